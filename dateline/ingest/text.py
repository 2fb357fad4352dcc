"""Plain text files and pasted text: one article each, cleaned later by the line filter."""

from __future__ import annotations

from ..model import Article, RawInput


def text_article(text: str, origin: str, published: str | None) -> Article:
    return Article(text=text, published=published, raw=RawInput(origin=origin, format="text"))
