// Starts the bundled Swagger UI on this server's OpenAPI document (no CDN; a CSP forbids inline script).
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
