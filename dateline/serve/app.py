"""The FastAPI app: the JSON API over a dateline database and the offline web page.

Reads go through ``queries.Queries``, a thin adapter over the ``Store`` query API (a small pool of
read-only Stores). Read endpoints are async and run their query and JSON encoding on worker threads
under a limiter of ``READERS``: two threads keep both cores busy (SQLite releases the GIL), where
more fought over the GIL (the default pool of 40 cost several times the CPU per response).
Events are the store's merged events, each with the evidence of every article that reported it.
``POST /articles`` runs the pipeline and writes through ``Store`` under a lock. Article text is
untrusted everywhere: the page renders it with textContent and a strict CSP forbids inline
script, so stored markup stays inert.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import DatelineError
from ..model import Article, RawInput, article_id
from ..pipeline import Pipeline
from ..store.sqlite import compact_json
from .queries import MAX_PAGE, MAX_POINTS, READERS, Encoded, NotFound, Queries

STATIC = Path(str(resources.files("dateline.serve") / "static"))
DEFAULT_MAX_BODY = 2 * 1024 * 1024
TOKEN_ENV = "DATELINE_TOKEN"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


# Query parameters shared by the event endpoints.
Bbox = Annotated[str | None, Query(description="west,south,east,north in degrees", max_length=200)]
Start = Annotated[str | None, Query(description="first date, YYYY-MM-DD", max_length=10)]
End = Annotated[str | None, Query(description="last date, YYYY-MM-DD", max_length=10)]
Types = Annotated[list[str] | None, Query(alias="type", description="ACLED event or sub-event type")]
Actor = Annotated[str | None, Query(description="part of an actor's name", max_length=200)]
Country = Annotated[list[str] | None, Query(description="ISO 3166 alpha-2 code(s)")]
Text = Annotated[str | None, Query(description="words in a source article's title or text (all must occur)",
                                   max_length=200)]
Modality = Annotated[list[str] | None, Query(description="asserted, negated, future, ...")]
MinConf = Annotated[float | None, Query(ge=0, le=1, description="minimum confidence")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]


@dataclass(frozen=True)
class ServeConfig:
    """What the server needs besides the database. ``token`` None disables ingest over HTTP."""

    token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    tile_url: str | None = None  # e.g. https://tiles.example.org/{z}/{x}/{y}.png; None: country outlines
    tile_attribution: str | None = None

    @classmethod
    def from_env(cls, **overrides: Any) -> ServeConfig:
        token = overrides.pop("token", None) or os.environ.get(TOKEN_ENV) or None
        return cls(token=token, **overrides)


class ArticleIn(BaseModel):
    """An article to ingest: plain ``text`` or raw ``html``, with what is known about it."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="plain text; the first line may be the title")
    html: str | None = Field(None, description="a web page; its main text is extracted")
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40, description="ISO date")


def _csp(config: ServeConfig) -> str:
    img = "'self' data:"
    if config.tile_url:
        match = re.match(r"^(https?://[^/{}]+)", config.tile_url)
        img += f" {match.group(1)}" if match else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'; object-src 'none'"
    )


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


def _parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    if not bbox:
        return None
    parts = bbox.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise _bad("bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise _bad("bbox out of range: longitudes in [-180, 180], latitudes in [-90, 90], south <= north")
    return west, south, east, north


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:  # a real calendar date (2025-02-30 is refused here, not deep in a query)
        valid = bool(_DATE.match(value)) and date.fromisoformat((value + "-01-01")[:10]) is not None
    except ValueError:
        valid = False
    if not valid:
        raise _bad(f"{name} must be a date like 2025-06-05")
    return value


def _split(values: list[str] | None) -> list[str] | None:
    """Repeated parameters and comma-separated lists both work: ?type=A&type=B or ?type=A,B."""
    if not values:
        return None
    out = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return out or None


_EVENT_STRINGS = {"bbox": 200, "start": 10, "end": 10, "actor": 200, "text": 200}  # name -> max length


def _invalid(name: str, message: str, value: str) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors."""
    return HTTPException(422, [{"type": "value_error", "loc": ["query", name], "msg": message, "input": value}])


def _string(q: Any, name: str, max_length: int) -> str | None:
    value: str | None = q.get(name)
    if value is not None and len(value) > max_length:
        raise _invalid(name, f"String should have at most {max_length} characters", value)
    return value


def _number(q: Any, name: str, kind: type[int] | type[float], default: float | None, low: float,
            high: float | None) -> float | None:
    value: str | None = q.get(name)
    if value is None or value == "":
        return default
    try:
        number = kind(value)
    except ValueError:
        raise _invalid(name, f"Input should be a valid {kind.__name__}", value) from None
    if not (low <= number and (high is None or number <= high)) or number != number:  # NaN is out of range too
        bounds = f">= {low}" + (f" and <= {high}" if high is not None else "")
        raise _invalid(name, f"Input should be {bounds}", value)
    return number


def _openapi_parameters(spec: Callable[..., None]) -> list[dict[str, Any]]:
    """The OpenAPI parameters FastAPI would document for a function with ``spec``'s annotated signature."""
    scratch = FastAPI()
    scratch.get("/spec")(spec)
    parameters: list[dict[str, Any]] = scratch.openapi()["paths"]["/spec"]["get"]["parameters"]
    return parameters


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory`` and for each worker of ``dateline serve --workers N``."""
    settings = json.loads(os.environ.get("DATELINE_SERVE", "{}"))
    db = settings.pop("db", None)
    if not db:
        raise DatelineError("set DATELINE_SERVE to a JSON object with 'db' (the database path)")
    return create_app(db, ServeConfig.from_env(**settings))


def create_app(
    db_path: str | Path,
    config: ServeConfig | None = None,
    *,
    pipeline_factory: Callable[[], Pipeline] | None = None,
) -> FastAPI:
    """The app for one database. ``pipeline_factory`` builds the pipeline on the first ingest."""
    from ..store import Store

    config = config or ServeConfig()
    db_path = Path(db_path)
    Store(db_path).close()  # creates or migrates the file, and refuses foreign ones, before serving
    queries = Queries(db_path)
    limiter_box: list[anyio.CapacityLimiter] = []  # made in the event loop, on first use
    write_lock = threading.Lock()

    async def read(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Response:
        """``_json(fn(*args, **kwargs))`` on a worker thread, at most READERS at once."""
        if not limiter_box:
            limiter_box.append(anyio.CapacityLimiter(READERS))
        return await anyio.to_thread.run_sync(lambda: _json(fn(*args, **kwargs)), limiter=limiter_box[0])
    pipeline_box: dict[str, Pipeline] = {}

    def pipeline() -> Pipeline:
        if "p" not in pipeline_box:
            if pipeline_factory is not None:
                pipeline_box["p"] = pipeline_factory()
            else:
                from .. import load

                pipeline_box["p"] = load()
        return pipeline_box["p"]

    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Events extracted from news articles, each with the sentences it comes from.",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders, csp=_csp(config))

    def event_filters(
        bbox: str | None, start: str | None, end: str | None, type_: list[str] | None, actor: str | None,
        country: list[str] | None, text: str | None, modality: list[str] | None, min_confidence: float | None,
    ) -> dict[str, Any]:
        countries = _split(country)
        if countries and not all(_COUNTRY.match(c) for c in countries):
            raise _bad("country must be ISO 3166 alpha-2 codes, e.g. KE or KE,SO")
        return {
            "bbox": _parse_bbox(bbox), "start": _date(start, "start"), "end": _date(end, "end"),
            "types": _split(type_), "actor": actor or None, "country": countries, "text": text or None,
            "modality": _split(modality), "min_confidence": min_confidence,
        }

    # /events, /events/points and /events/timeline parse their query by hand (_event_query): FastAPI's
    # per-parameter validation of eleven parameters cost ~0.7 ms a request, a quarter of a small page. Their
    # OpenAPI parameters still come from FastAPI, generated from the annotated signatures below.
    def events_spec(
        bbox: Bbox = None, start: Start = None, end: End = None, type_: Types = None, actor: Actor = None,
        country: Country = None, text: Text = None, modality: Modality = None, min_confidence: MinConf = None,
        limit: Limit = 50, offset: Offset = 0,
    ) -> None: ...

    def points_spec(
        bbox: Bbox = None, start: Start = None, end: End = None, type_: Types = None, actor: Actor = None,
        country: Country = None, text: Text = None, modality: Modality = None, min_confidence: MinConf = None,
        limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = MAX_POINTS,
    ) -> None: ...

    def timeline_spec(
        bbox: Bbox = None, start: Start = None, end: End = None, type_: Types = None, actor: Actor = None,
        country: Country = None, text: Text = None, modality: Modality = None, min_confidence: MinConf = None,
    ) -> None: ...

    def event_query(request: Request, max_limit: int | None) -> tuple[dict[str, Any], int, int]:
        """(filters, limit, offset) from the query string, with the checks the annotated specs declare."""
        q = request.query_params
        strings = {name: _string(q, name, size) for name, size in _EVENT_STRINGS.items()}
        confidence = _number(q, "min_confidence", float, None, 0, 1)
        limit = (_number(q, "limit", int, 50 if max_limit == MAX_PAGE else max_limit, 1, max_limit)
                 if max_limit is not None else 0)  # the timeline has no limit (nor offset): ignored like any extra
        offset = _number(q, "offset", int, 0, 0, None) if max_limit == MAX_PAGE else 0
        filters = event_filters(strings["bbox"], strings["start"], strings["end"], q.getlist("type") or None,
                                strings["actor"], q.getlist("country") or None, strings["text"],
                                q.getlist("modality") or None, confidence)
        return filters, int(limit or 0), int(offset or 0)

    @app.get("/events", tags=["events"], openapi_extra={"parameters": _openapi_parameters(events_spec)})
    async def list_events(request: Request) -> Response:
        """Merged events matching every filter given, newest first, with the total that match.

        Each is one real-world event: ``n_articles``, ``n_sources``, ``first_report``/``last_report``,
        and ``evidence`` from every article that reported it (with its ``article_id``)."""
        filters, limit, offset = event_query(request, MAX_PAGE)
        return await read(lambda: queries.events(limit=limit, offset=offset, **filters).to_json())

    @app.get("/events/points", tags=["events"], openapi_extra={"parameters": _openapi_parameters(points_spec)})
    async def event_points(request: Request) -> Response:
        """The located events matching the filters, compact, for the map."""
        filters, limit, _ = event_query(request, MAX_POINTS)
        return await read(queries.points, limit=limit, **filters)

    @app.get("/events/timeline", tags=["events"], openapi_extra={"parameters": _openapi_parameters(timeline_spec)})
    async def event_timeline(request: Request) -> Response:
        """Counts of matching events per day, for the timeline."""
        filters, _, _ = event_query(request, None)
        return await read(queries.timeline, **filters)

    async def read_one(fn: Callable[[str], Any], what: str, key: str) -> Response:
        try:
            return await read(fn, key)
        except NotFound:
            raise HTTPException(404, f"no {what} {key!r}") from None

    @app.get("/events/{event_id}", tags=["events"])
    async def get_event(event_id: str) -> Response:
        """One merged event: its fields, every evidence sentence and the source ``articles``."""
        return await read_one(queries.event, "event", event_id)

    @app.get("/articles", tags=["articles"])
    async def list_articles(
        text: Annotated[str | None, Query(description="words in the title or text", max_length=200)] = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        start: Start = None, end: End = None, limit: Limit = 50, offset: Offset = 0,
    ) -> Response:
        """Stored articles, newest first."""
        filters = {"text": text, "source": source, "start": _date(start, "start"), "end": _date(end, "end")}
        return await read(lambda: queries.articles(limit=limit, offset=offset, **filters).to_dict())

    @app.get("/articles/{article_id}", tags=["articles"])
    async def get_article(article_id: str) -> Response:
        """One article's text with its entities, places, quotes and events, all as offsets into the text."""
        return await read_one(queries.article, "article", article_id)

    @app.post(
        "/articles", tags=["articles"], status_code=201,
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()}}}},
        responses={200: {"description": "already stored"}, 401: {"description": "no token"},
                   403: {"description": "wrong token, or ingest disabled"}, 413: {"description": "too large"}},
    )
    async def post_article(request: Request) -> JSONResponse:
        """Run the pipeline on one article and store it. Needs ``Authorization: Bearer <token>``."""
        _check_token(request.headers.get("authorization"), config.token)
        body = await _read_limited(request, config.max_body_bytes)
        try:
            incoming = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            raise HTTPException(422, json.loads(exc.json(include_url=False, include_input=False))) from None
        article = _to_article(incoming)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest, article)

    def _ingest(article: Article) -> JSONResponse:
        with write_lock:  # one pipeline, one writer
            try:
                done = pipeline()(article)
                with Store(db_path) as store:
                    added = store.add(done)
            except DatelineError as exc:
                raise HTTPException(500, exc.message) from None
        summary = {"id": done.id, "stored": added, "events": len(done.events), "quotes": len(done.quotes),
                   "errors": [{"stage": e.stage, "message": e.message} for e in done.errors]}
        return JSONResponse(summary, status_code=201 if added else 200)

    @app.get("/quotes", tags=["quotes"])
    async def list_quotes(
        article_id: Annotated[str | None, Query(max_length=200)] = None,
        speaker: Annotated[str | None, Query(max_length=200)] = None,
        text: Annotated[str | None, Query(max_length=200)] = None,
        direct: bool | None = None, limit: Limit = 50, offset: Offset = 0,
    ) -> Response:
        """Quotes with their speakers."""
        return await read(lambda: queries.quotes(article_id=article_id, speaker=speaker, text=text, direct=direct,
                                                 limit=limit, offset=offset).to_dict())

    @app.get("/stats", tags=["meta"])
    async def stats() -> Response:
        """Counts of articles, events and quotes, and events by type, country and modality."""
        return await read(queries.stats)

    @app.get("/config", tags=["meta"])
    async def page_config() -> Response:
        """Settings the web page needs: the tile URL when one is configured, and whether ingest is on."""
        return _json({"tile_url": config.tile_url, "tile_attribution": config.tile_attribution,
                "ingest": config.token is not None, "version": __version__})

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_HTML)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
    return app


def _json(data: Any) -> Response:
    # Plain dicts straight to JSON: FastAPI's response-model pass costs more than the query on small pages.
    return Response(data if isinstance(data, Encoded) else compact_json(data), media_type="application/json")


class SecurityHeaders:
    """CSP and friends on every response (plain ASGI: cheaper than BaseHTTPMiddleware under load)."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
        # Swagger UI styles itself inline; the docs page shows no article text.
        docs_csp = csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").encode()
        self.docs_headers = [(b"content-security-policy", docs_csp), *self.headers[1:]]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs_headers if scope["path"].startswith("/docs") else self.headers

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_DOCS_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>dateline API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


def _check_token(header: str | None, token: str | None) -> None:
    if token is None:
        raise HTTPException(403, f"ingest over HTTP is off: start the server with {TOKEN_ENV} set")
    if not header:
        raise HTTPException(401, "needs Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")


async def _read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to be over the limit (header or stream)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body over the limit of {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _to_article(incoming: ArticleIn) -> Article:
    has_text = bool(incoming.text and incoming.text.strip())
    has_html = bool(incoming.html and incoming.html.strip())
    if has_text == has_html:
        raise HTTPException(422, "give exactly one of 'text' or 'html', not empty")
    if incoming.published and not _DATE.match(incoming.published[:10]):
        raise HTTPException(422, "published must be an ISO date like 2025-06-05")
    if has_html:
        html = incoming.html or ""
        return Article(text="", id=incoming.id or article_id(incoming.url, html), url=incoming.url,
                       title=incoming.title, source=incoming.source, published=incoming.published,
                       raw=RawInput(origin="<http>", format="html", html=html))
    return Article(text=incoming.text or "", id=incoming.id or "", url=incoming.url, title=incoming.title,
                   source=incoming.source, published=incoming.published,
                   raw=RawInput(origin="<http>", format="text"))
