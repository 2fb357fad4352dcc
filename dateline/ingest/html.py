"""Saved HTML pages (and pages from crawls and URLs): one article each, extracted by the clean stage."""

from __future__ import annotations

from ..model import Article, RawInput, article_id


def html_article(html: str, origin: str, published: str | None, url: str | None = None,
                 fmt: str = "html", fetched: str | None = None, own_id: str | None = None) -> Article:
    # The id hashes the raw page until cleaning; a given url keeps it stable across fetches.
    return Article(
        text="",
        id=own_id or article_id(url, html if url is None else ""),
        url=url,
        published=published,
        raw=RawInput(origin=origin, format=fmt, html=html, fetched=fetched),
    )
