"""HTML cleaning: trafilatura extracts the main text and the page's metadata."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura


@dataclass
class CleanedHtml:
    text: str
    title: str | None
    published: str | None
    author: str | None
    source: str | None
    url: str | None


def clean_html(html: str, url: str | None = None) -> CleanedHtml:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=True,
    )
    if doc is None:
        return CleanedHtml("", None, _page_date(html), None, None, url)
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    return CleanedHtml(
        text=_normalise_paragraphs(meta.get("text") or ""),
        title=meta.get("title"),
        published=meta.get("date") or _page_date(html),
        author=meta.get("author"),
        source=meta.get("sitename") or meta.get("hostname"),
        url=meta.get("url") or url,
    )


def _normalise_paragraphs(text: str) -> str:
    # trafilatura separates paragraphs by single newlines; the pipeline uses blank lines.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on some malformed pages; a date is optional
        return None
