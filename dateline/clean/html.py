"""HTML cleaning: main text and page metadata, by a numbered fallback cascade.

1. trafilatura with ``favor_precision`` (boilerplate-averse; tables kept, because report
   figures often sit in them);
2. when that yields under ``MIN_PRECISE_CHARS`` (short or oddly marked-up pages), trafilatura
   with ``favor_recall``;
3. when both yield nothing, the page's ``<p>`` paragraphs of sentence length, found by a plain
   scan of the markup (a last resort for pages lxml cannot parse, such as absurdly deep nesting),
   so a page is only empty when it has no paragraph text.

A result of fewer than ``MIN_WORDS`` words (a lone menu item) counts as no article text.

Measured on the article-extraction-benchmark by ``python -m eval main_text``. Metadata
(title, date, author, outlet) comes from trafilatura; the date falls back to htmldate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from typing import Any

import trafilatura

MIN_PRECISE_CHARS = 300
MIN_WORDS = 5
_MIN_FALLBACK_PARAGRAPH_CHARS = 80


@dataclass
class CleanedHtml:
    text: str
    title: str | None
    published: str | None
    author: str | None
    source: str | None
    url: str | None
    method: str = "precision"  # which cascade step gave the text: precision | recall | paragraphs | none


def clean_html(html: str, url: str | None = None) -> CleanedHtml:
    meta = _extract(html, url, precision=True)
    text, method = _text(meta), "precision"
    if len(text) < MIN_PRECISE_CHARS:
        recall = _extract(html, url, precision=False)
        if len(_text(recall)) > len(text):
            text, method = _text(recall), "recall"
            meta = meta or recall
    if len(text.split()) < MIN_WORDS:
        text, method = _paragraphs(html), "paragraphs"
    if len(text.split()) < MIN_WORDS:
        text, method = "", "none"
    meta = meta or {}
    text = _without_title(text, meta.get("title"))
    return CleanedHtml(
        text=text,
        title=meta.get("title"),
        published=meta.get("date") or _page_date(html),
        author=meta.get("author"),
        source=meta.get("sitename") or meta.get("hostname"),
        url=meta.get("url") or url,
        method=method,
    )


def _extract(html: str, url: str | None, *, precision: bool) -> dict[str, Any] | None:
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=precision, favor_recall=not precision,
        )
    except (ValueError, RecursionError):  # malformed or absurdly nested markup: try the next step
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def _text(meta: dict[str, Any] | None) -> str:
    return _normalise_paragraphs((meta or {}).get("text") or "")


def _without_title(text: str, title: str | None) -> str:
    # Extractors keep the page's <h1>; the headline is metadata, and the body should open with the dateline.
    first, _, rest = text.partition("\n\n")
    if title and rest and _key(first) and (_key(first) == _key(title) or _key(title).startswith(_key(first))):
        return rest
    return text


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _normalise_paragraphs(text: str) -> str:
    # trafilatura separates paragraphs by single newlines; the pipeline uses blank lines.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


_SKIP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)(?=</p\s*>|<p\b|</div|</article|</body|$)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def _paragraphs(html: str) -> str:
    kept = []
    for match in _PARAGRAPH.finditer(_SKIP.sub(" ", html)):
        line = re.sub(r"\s+", " ", unescape(_TAG.sub(" ", match.group(1)))).strip()
        if len(line) >= _MIN_FALLBACK_PARAGRAPH_CHARS and re.search(r"[.!?]", line):
            kept.append(line)
    return "\n\n".join(kept)


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on some malformed pages; a date is optional
        return None
