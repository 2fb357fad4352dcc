// dateline web page: map, timeline, event list and article view. Plain JS + SVG, no network beyond this server.
// Every string from the data goes into the page through textContent or setAttribute, never as markup.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);  // strings become text nodes
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

const state = { config: {}, points: [], selected: null, offset: 0, article: null, timeline: [] };

// --- filters ------------------------------------------------------------------------------------

function filters(withDates = true) {
  const f = {
    text: $("f-text").value.trim(), type: $("f-type").value, actor: $("f-actor").value.trim(),
    country: $("f-country").value.trim().toUpperCase().replace(/\s+/g, ""), modality: $("f-modality").value,
    min_confidence: $("f-conf").value,
  };
  if (withDates) { f.start = $("f-start").value; f.end = $("f-end").value; }
  if ($("f-inview").checked) f.bbox = map.bboxParam();
  return f;
}

function showError(err) { $("event-count").textContent = `error: ${err.message}`; }

async function refresh() {
  state.offset = 0;
  try {
    await Promise.all([loadEvents(false), loadPoints(), loadTimeline()]);
  } catch (err) { showError(err); }
}

// --- event list ---------------------------------------------------------------------------------

function actorsText(e) {
  return [e.actor1, e.actor2].filter(Boolean).map((a) => a.name).join(" → ") || "actors not named";
}

function eventItem(e) {
  const head = el("div", { class: "head" }, el("span", { class: "date" }, e.date || "date?"), el("span", {}, e.sub_event_type));
  const badges = el("div", {});
  if (e.fatalities !== null && e.fatalities !== undefined) badges.append(el("span", { class: "badge killed" }, `${e.fatalities} killed`), " ");
  if (e.n_articles > 1) badges.append(el("span", { class: "badge sources", title: (e.sources || []).join(", ") }, `${e.n_articles} reports · ${e.n_sources} source${e.n_sources === 1 ? "" : "s"}`), " ");
  badges.append(el("span", { class: `badge ${e.modality}` }, e.modality), " ", el("span", { class: "badge" }, `conf ${Number(e.confidence).toFixed(2)}`));
  const where = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ""}` : "place unknown";
  const evidence = (e.evidence && e.evidence[0] ? e.evidence[0].text : "").replace(/\s+/g, " ").trim();
  const item = el("li", { class: "event-item", "data-id": e.id }, head, el("div", { class: "where" }, where),
    el("div", { class: "who" }, actorsText(e)), badges,
    el("div", { class: "quote" }, evidence.length > 180 ? `“${evidence.slice(0, 179)}…”` : `“${evidence}”`));
  item.addEventListener("click", () => selectEvent(e.id, e.article_id));
  return item;
}

async function loadEvents(append) {
  const page = await getJSON("/events", { ...filters(), limit: 50, offset: state.offset });
  const list = $("events");
  if (!append) list.replaceChildren();
  for (const e of page.items) list.append(eventItem(e));
  state.offset = page.offset + page.items.length;
  $("event-count").textContent = `${page.total.toLocaleString()} event${page.total === 1 ? "" : "s"}`;
  $("more").hidden = state.offset >= page.total;
  markSelected();
}

// --- map: Web Mercator in "world" units (0..256 at zoom 0), SVG, grid clustering in screen space -----

const map = {
  svgEl: null, k: 1, tx: 0, ty: 0, width: 0, height: 0,
  layers: {},
  project(lon, lat) {
    const clamped = Math.max(-85.05, Math.min(85.05, lat)) * Math.PI / 180;
    return [(lon + 180) / 360 * 256, (1 - Math.log(Math.tan(clamped) + 1 / Math.cos(clamped)) / Math.PI) / 2 * 256];
  },
  unproject(x, y) {
    const lon = x / 256 * 360 - 180;
    const n = Math.PI - 2 * Math.PI * y / 256;
    return [lon, 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
  },
  init() {
    this.svgEl = $("map");
    for (const name of ["tiles", "countries", "markers"]) { this.layers[name] = svg("g", { class: name }); this.svgEl.append(this.layers[name]); }
    this.resize();
    this.fitWorld();
    new ResizeObserver(() => { this.resize(); this.render(); }).observe(this.svgEl);
    this.svgEl.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const r = this.svgEl.getBoundingClientRect();
      this.zoomAt(ev.deltaY < 0 ? 1.5 : 1 / 1.5, ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    let drag = null;
    this.svgEl.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest(".marker, .cluster")) return;
      drag = { x: ev.clientX, y: ev.clientY, tx: this.tx, ty: this.ty, moved: false };
      this.svgEl.setPointerCapture(ev.pointerId);
      this.svgEl.classList.add("dragging");
    });
    this.svgEl.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      this.tx = drag.tx + ev.clientX - drag.x; this.ty = drag.ty + ev.clientY - drag.y; drag.moved = true;
      this.render();
    });
    const end = () => { if (drag && drag.moved) this.moved(); drag = null; this.svgEl.classList.remove("dragging"); };
    this.svgEl.addEventListener("pointerup", end);
    this.svgEl.addEventListener("pointercancel", end);
    $("zoom-in").addEventListener("click", () => this.zoomAt(2, this.width / 2, this.height / 2));
    $("zoom-out").addEventListener("click", () => this.zoomAt(0.5, this.width / 2, this.height / 2));
    $("zoom-all").addEventListener("click", () => { this.fitPoints(); this.moved(); });
  },
  resize() { const r = this.svgEl.getBoundingClientRect(); this.width = r.width || 600; this.height = r.height || 400; },
  fitWorld() { this.k = Math.max(this.width, 1) / 256; this.tx = 0; this.ty = (this.height - 256 * this.k) / 2 + 40 * this.k; },
  fitPoints() {
    if (!state.points.length) { this.fitWorld(); this.render(); return; }
    const xy = state.points.map((p) => this.project(p.lon, p.lat));
    const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min(this.width / Math.max(x1 - x0, 2), this.height / Math.max(y1 - y0, 2)) * 0.8;
    this.k = Math.max(this.width / 256, Math.min(k, 2 ** 12));
    this.tx = this.width / 2 - (x0 + x1) / 2 * this.k; this.ty = this.height / 2 - (y0 + y1) / 2 * this.k;
    this.render();
  },
  zoomAt(factor, sx, sy) {
    const k = Math.max(this.width / 512, Math.min(this.k * factor, 2 ** 14));
    this.tx = sx - (sx - this.tx) * (k / this.k); this.ty = sy - (sy - this.ty) * (k / this.k); this.k = k;
    this.render(); this.moved();
  },
  moved() { if ($("f-inview").checked) { clearTimeout(this.timer); this.timer = setTimeout(refresh, 250); } },
  bboxParam() {
    const [west, north] = this.unproject(-this.tx / this.k, -this.ty / this.k);
    const [east, south] = this.unproject((this.width - this.tx) / this.k, (this.height - this.ty) / this.k);
    const c = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(4);
    return [c(west, 180), c(south, 90), c(east, 180), c(north, 90)].join(",");
  },
  setCountries(pathData) {
    this.layers.countries.replaceChildren(...pathData.map((d) => svg("path", { d, class: "country", "vector-effect": "non-scaling-stroke" })));
    this.render();
  },
  render() {
    const t = `translate(${this.tx},${this.ty}) scale(${this.k})`;
    this.layers.countries.setAttribute("transform", t);
    this.layers.countries.style.display = state.config.tile_url ? "none" : "";
    this.renderTiles();
    this.renderMarkers();
  },
  renderTiles() {
    const template = state.config.tile_url;
    if (!template) return;
    const z = Math.max(0, Math.min(18, Math.round(Math.log2(this.k))));
    const n = 2 ** z, size = 256 / n * this.k;
    const x0 = Math.max(0, Math.floor(-this.tx / size)), x1 = Math.min(n - 1, Math.floor((this.width - this.tx) / size));
    const y0 = Math.max(0, Math.floor(-this.ty / size)), y1 = Math.min(n - 1, Math.floor((this.height - this.ty) / size));
    const tiles = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const href = template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y));
      tiles.push(svg("image", { href, x: this.tx + x * size, y: this.ty + y * size, width: size + 0.5, height: size + 0.5 }));
    }
    this.layers.tiles.replaceChildren(...tiles);
  },
  renderMarkers() {
    const cell = 44, groups = new Map();
    for (const p of state.points) {
      const [wx, wy] = this.project(p.lon, p.lat);
      const sx = wx * this.k + this.tx, sy = wy * this.k + this.ty;
      if (sx < -cell || sy < -cell || sx > this.width + cell || sy > this.height + cell) continue;
      const key = `${Math.floor(sx / cell)},${Math.floor(sy / cell)}`;
      let g = groups.get(key);
      if (!g) { g = { sx: 0, sy: 0, items: [] }; groups.set(key, g); }
      g.sx += sx; g.sy += sy; g.items.push(p);
    }
    // Grid cells split close neighbours: fold groups whose centres would overlap into the larger one.
    const kept = [];
    for (const g of [...groups.values()].sort((a, b) => b.items.length - a.items.length)) {
      const [gx, gy] = [g.sx / g.items.length, g.sy / g.items.length];
      const near = kept.find((k) => Math.hypot(k.sx / k.items.length - gx, k.sy / k.items.length - gy) < cell);
      if (near) { near.sx += g.sx; near.sy += g.sy; near.items.push(...g.items); } else kept.push(g);
    }
    const nodes = [];
    const selectedId = state.selected ? state.selected.id : null;
    for (const g of kept) {
      const x = g.sx / g.items.length, y = g.sy / g.items.length;
      // Events at one spot stay one marker at any zoom: a cluster only when they can be pulled apart.
      const oneSpot = g.items.every((p) => p.lat === g.items[0].lat && p.lon === g.items[0].lon);
      if (g.items.length === 1 || (oneSpot && this.k > 2 ** 10)) {
        const p = g.items[0];
        const node = svg("g", { class: "marker", "data-id": p.id, transform: `translate(${x},${y})` });
        node.append(svg("circle", { r: g.items.length > 1 ? 9 : 7 }));
        const title = svg("title", {});
        title.textContent = `${p.date || "?"} · ${p.sub_event_type} · ${p.location || ""}${p.n_articles > 1 ? ` · ${p.n_articles} reports` : ""}${g.items.length > 1 ? ` (+${g.items.length - 1} more here)` : ""}`;
        node.append(title);
        if (g.items.some((q) => q.id === selectedId)) node.classList.add("selected");
        node.addEventListener("click", () => selectEvent(p.id));
        nodes.push(node);
      } else {
        const r = 11 + Math.min(14, Math.log2(g.items.length) * 3);
        const node = svg("g", { class: "cluster", transform: `translate(${x},${y})` });
        if (g.items.some((q) => q.id === selectedId)) node.classList.add("selected");
        node.append(svg("circle", { r }));
        const label = svg("text", {}); label.textContent = String(g.items.length); node.append(label);
        node.addEventListener("click", () => this.zoomAt(oneSpot ? 2 ** 11 / this.k : 2.5, x, y));
        nodes.push(node);
      }
    }
    this.layers.markers.replaceChildren(...nodes);
  },
};

async function loadPoints() {
  state.points = await getJSON("/events/points", filters());
  map.render();
}

// TopoJSON (world-atlas, Natural Earth 110m) to SVG path data in map world units.
function topologyPaths(topo, objectName) {
  const [sx, sy] = topo.transform.scale, [ox, oy] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return map.project(x * sx + ox, y * sy + oy); });
  });
  const ring = (indexes) => {
    const points = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return "M" + points.map((p) => `${p[0].toFixed(2)},${p[1].toFixed(2)}`).join("L") + "Z";
  };
  const paths = [];
  for (const geom of topo.objects[objectName].geometries) {
    const polygons = geom.type === "Polygon" ? [geom.arcs] : geom.type === "MultiPolygon" ? geom.arcs : [];
    paths.push(polygons.map((rings) => rings.map(ring).join("")).join(""));
  }
  return paths.filter(Boolean);
}

// --- timeline -------------------------------------------------------------------------------------

const DAY = 86400000;
const toDay = (s) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

async function loadTimeline() {
  state.timeline = await getJSON("/events/timeline", filters(false));
  drawTimeline();
}

function drawTimeline() {
  const node = $("timeline");
  const r = node.getBoundingClientRect();
  const width = r.width || 600, height = r.height || 90, pad = 14;
  node.replaceChildren();
  const rows = state.timeline.filter((d) => !Number.isNaN(toDay(d.date)));
  if (!rows.length) { $("range").textContent = ""; return; }
  const first = toDay(rows[0].date), last = toDay(rows[rows.length - 1].date) + DAY;
  const span = Math.max(last - first, DAY);
  const nBins = Math.max(1, Math.min(120, Math.round(span / DAY)));
  const binSpan = span / nBins, bins = new Array(nBins).fill(0);
  for (const d of rows) bins[Math.min(nBins - 1, Math.floor((toDay(d.date) - first) / binSpan))] += d.count;
  const top = Math.max(...bins), scaleX = (t) => (t - first) / span * width;
  const start = $("f-start").value ? toDay($("f-start").value) : null, end = $("f-end").value ? toDay($("f-end").value) + DAY : null;
  bins.forEach((count, i) => {
    if (!count) return;
    const t0 = first + i * binSpan, h = count / top * (height - pad - 4);
    const inRange = (start === null || t0 + binSpan > start) && (end === null || t0 < end);
    const bar = svg("rect", { class: `bin${inRange ? " in" : ""}`, x: scaleX(t0) + 0.5, y: height - pad - h, width: Math.max(1, width / nBins - 1), height: h });
    const title = svg("title", {}); title.textContent = `${isoDay(t0)}: ${count}`; bar.append(title);
    node.append(bar);
  });
  for (const [t, anchor] of [[first, "start"], [last - DAY, "end"]]) {
    const label = svg("text", { class: "axis", x: anchor === "start" ? 0 : width, y: height - 2, "text-anchor": anchor });
    label.textContent = isoDay(t); node.append(label);
  }
  if (start !== null || end !== null) {
    const x0 = scaleX(Math.max(first, start ?? first)), x1 = scaleX(Math.min(last, end ?? last));
    node.append(svg("rect", { class: "brush", x: x0, y: 0, width: Math.max(1, x1 - x0), height: height - pad }));
    $("range").textContent = `${$("f-start").value || "…"} to ${$("f-end").value || "…"}`;
  } else $("range").textContent = "";
  node.dataset.first = String(first); node.dataset.span = String(span); node.dataset.width = String(width);
}

function initBrush() {
  const node = $("timeline");
  let from = null, brush = null;
  const timeAt = (ev) => {
    const r = node.getBoundingClientRect();
    return Number(node.dataset.first) + Math.max(0, Math.min(1, (ev.clientX - r.left) / r.width)) * Number(node.dataset.span);
  };
  node.addEventListener("pointerdown", (ev) => {
    if (!node.dataset.first) return;
    from = ev.clientX - node.getBoundingClientRect().left;
    brush = svg("rect", { class: "brush", x: from, y: 0, width: 1, height: node.getBoundingClientRect().height - 14 });
    node.append(brush);
    node.setPointerCapture(ev.pointerId);
    node.dataset.t0 = String(timeAt(ev));
  });
  node.addEventListener("pointermove", (ev) => {
    if (from === null) return;
    const x = ev.clientX - node.getBoundingClientRect().left;
    brush.setAttribute("x", Math.min(from, x)); brush.setAttribute("width", Math.max(1, Math.abs(x - from)));
  });
  node.addEventListener("pointerup", (ev) => {
    if (from === null) return;
    from = null;
    const a = Number(node.dataset.t0), b = timeAt(ev);
    if (Math.abs(b - a) < DAY / 2) { drawTimeline(); return; }
    $("f-start").value = isoDay(Math.min(a, b)); $("f-end").value = isoDay(Math.max(a, b));
    refresh();
  });
  node.addEventListener("dblclick", () => { $("f-start").value = ""; $("f-end").value = ""; refresh(); });
}

// --- article view ---------------------------------------------------------------------------------

function markSelected() {
  const id = state.selected ? state.selected.id : null;
  for (const item of document.querySelectorAll(".event-item, #article-events li")) item.classList.toggle("selected", item.dataset.id === id);
  map.renderMarkers();
}

// An event is merged from every article that reported it: show the first report (or the one asked for),
// list the others, and light the event's sentences in whichever is open.
async function selectEvent(id, articleId) {
  try {
    state.selected = { id };
    markSelected();
    const event = await getJSON(`/events/${encodeURIComponent(id)}`);
    if (!state.selected || state.selected.id !== id) return;  // another click came first
    state.selected.event = event;
    const articles = event.articles || [];
    const wanted = articles.some((a) => a.id === articleId) ? articleId
      : (state.article && articles.some((a) => a.id === state.article.id) ? state.article.id : event.article_id);
    await openArticle(wanted);
  } catch (err) { showError(err); }
}

async function openArticle(articleId) {
  if (articleId && (!state.article || state.article.id !== articleId)) {
    state.article = await getJSON(`/articles/${encodeURIComponent(articleId)}`);
    renderArticle(state.article);
  }
  renderSources();
  if (state.selected) lightEvent(state.selected.id);
}

function renderSources() {
  const box = $("event-sources");
  const event = state.selected && state.selected.event;
  if (!event) { box.hidden = true; return; }
  const n = event.n_articles, s = event.n_sources;
  $("event-sources-head").textContent = `${event.sub_event_type} · ${event.date || "date?"}: reported by ${n} article${n === 1 ? "" : "s"} from ${s} source${s === 1 ? "" : "s"}` +
    (event.first_report ? ` · first ${event.first_report.slice(0, 10)}, last ${(event.last_report || "").slice(0, 10)}` : "");
  const list = $("event-articles");
  list.replaceChildren(...(event.articles || []).map((a) => {
    const li = el("li", { "data-article": a.id, class: state.article && state.article.id === a.id ? "current" : null },
      `${a.published ? a.published.slice(0, 10) : "date?"} · ${a.source || "source unknown"} · ${a.title || a.id}`);
    li.addEventListener("click", () => openArticle(a.id).catch(showError));
    return li;
  }));
  box.hidden = false;
}

function lightEvent(id) {
  let first = null;
  for (const span of document.querySelectorAll("#article-text span[data-events]")) {
    const on = span.dataset.events.split(" ").includes(id);
    span.classList.toggle("lit", on);
    if (on && !first) first = span;
  }
  for (const li of document.querySelectorAll("#article-events li")) li.classList.toggle("selected", li.dataset.id === id);
  if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
}

// Cut the text at every annotation boundary; each piece is a text-only span carrying the kinds that cover it.
function annotatedText(record) {
  const spans = [];
  for (const e of record.entities || []) for (const [s, t] of e.mentions || []) spans.push({ s, t, kind: "ent", label: `${e.name} · ${e.label}${e.actor_type ? ` · ${e.actor_type}` : ""}` });
  for (const p of record.places || []) for (const [s, t] of p.mentions || []) spans.push({ s, t, kind: "place", label: `${p.name}${p.country ? ` (${p.country})` : ""}${p.admin1 ? ` · ${p.admin1}` : ""}` });
  for (const q of record.quotes || []) spans.push({ s: q.start, t: q.end, kind: "quote", label: `quote · ${q.speaker || "speaker unknown"}` });
  for (const e of record.events || []) for (const ev of e.evidence || []) spans.push({ s: ev.start, t: ev.end, kind: "ev", event: e.ref, label: `evidence · ${e.sub_event_type}` });
  const text = record.text || "";
  const cuts = new Set([0, text.length]);
  for (const a of spans) { a.s = Math.max(0, Math.min(text.length, a.s)); a.t = Math.max(a.s, Math.min(text.length, a.t)); cuts.add(a.s); cuts.add(a.t); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i], points[i + 1]];
    const piece = text.slice(s, t);
    const covering = spans.filter((a) => a.s <= s && a.t >= t && a.t > a.s);
    if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
    const span = document.createElement("span");
    span.textContent = piece;
    const kinds = new Set(covering.map((a) => a.kind));
    for (const kind of kinds) span.classList.add(`hl-${kind}`);
    const events = covering.filter((a) => a.event).map((a) => a.event);
    if (events.length) span.dataset.events = [...new Set(events)].join(" ");
    span.title = [...new Set(covering.map((a) => a.label))].join("\n");
    out.append(span);
  }
  return out;
}

function renderArticle(record) {
  $("article-empty").hidden = true;
  $("article").hidden = false;
  $("article-title").textContent = record.title || "(untitled)";
  const meta = $("article-meta");
  meta.replaceChildren(`${record.source || "source unknown"} · ${record.published || "date unknown"} · ${record.id}`);
  if (record.url && /^https?:\/\//i.test(record.url)) {
    const link = el("a", { rel: "noopener noreferrer nofollow", target: "_blank" }, "original");
    link.href = record.url;
    meta.append(" · ", link);
  }
  $("article-text").replaceChildren(annotatedText(record));
  const events = $("article-events");
  events.replaceChildren();
  for (const e of record.events || []) {
    const where = e.location ? ` · ${e.location.name}` : "";
    const li = el("li", { "data-id": e.ref }, el("strong", {}, e.sub_event_type), ` · ${e.date || "date?"}${where} · ${actorsText(e)} · `,
      el("span", { class: `badge ${e.modality}` }, e.modality));
    li.addEventListener("click", () => selectEvent(e.ref, record.id));
    events.append(li);
  }
  const quotes = $("article-quotes");
  quotes.replaceChildren(...(record.quotes || []).map((q) => el("li", {}, `“${q.text}” — ${q.speaker || "unknown"}${q.via ? ` (via ${q.via})` : ""}`)));
  if (!record.quotes || !record.quotes.length) quotes.append(el("li", { class: "muted" }, "none"));
}

// --- start ----------------------------------------------------------------------------------------

async function start() {
  map.init();
  initBrush();
  for (const box of document.querySelectorAll("#legend input")) {
    box.addEventListener("change", () => $("article-text").classList.toggle(`no-${box.dataset.kind}`, !box.checked));
  }
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("reset").addEventListener("click", () => { $("filters").reset(); refresh(); });
  $("f-inview").addEventListener("change", refresh);
  $("more").addEventListener("click", () => loadEvents(true).catch(showError));
  new ResizeObserver(() => drawTimeline()).observe($("timeline"));
  try {
    state.config = await getJSON("/config");
    if (state.config.tile_attribution) $("map-credit").textContent = state.config.tile_attribution;
    else if (!state.config.tile_url) $("map-credit").textContent = "Country outlines: Natural Earth";
    const [stats, topo] = await Promise.all([getJSON("/stats"), state.config.tile_url ? null : getJSON("/static/vendor/world-atlas/countries-110m.json")]);
    $("stats").textContent = `${stats.articles} articles · ${stats.merged_events} events (${stats.multi_source_events} with several sources) · ${stats.quotes} quotes${stats.first_event ? ` · ${stats.first_event} to ${stats.last_event}` : ""}`;
    const typeSelect = $("f-type");
    for (const [name, n] of Object.entries(stats.by_type)) typeSelect.append(el("option", { value: name }, `${name} (${n})`));
    for (const [name, n] of Object.entries(stats.by_sub_event_type)) typeSelect.append(el("option", { value: name }, `· ${name} (${n})`));
    if (topo) map.setCountries(topologyPaths(topo, "countries"));
    await refresh();
    map.fitPoints();
    document.body.dataset.ready = "1";
  } catch (err) { showError(err); }
}

document.addEventListener("DOMContentLoaded", start);
