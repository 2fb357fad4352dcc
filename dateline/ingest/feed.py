"""RSS and Atom feed files: one article per item (its content, else its summary), with link and date."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from ..model import Article, RawInput
from ..options import Options
from ._common import InputProblem, Item, str_or_none


def read_feed(data: bytes, origin: str, options: Options) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        yield InputProblem(origin, f"no feed items found{reason}")
        return
    outlet = str_or_none(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        body = _body(entry)
        if not body:
            yield InputProblem(where, "feed item has no content or summary")
            continue
        link = str_or_none(entry.get("link"))
        text = fragment_text(body)
        if not text:
            yield InputProblem(where, "feed item has no text")
            continue
        article = Article(text=text, url=link, raw=RawInput(origin=where, format="feed"),
                          id=str_or_none(entry.get("id")) or "")
        article.title = str_or_none(entry.get("title"))
        article.author = str_or_none(entry.get("author"))
        article.source = outlet
        article.published = _date(entry)  # --published is a fallback, applied by the pipeline
        yield article


def _body(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    return max(contents, key=len) if contents else entry.get("summary") or ""


_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def fragment_text(body: str) -> str:
    """Feed content is an HTML fragment (or plain text) holding just the story: its text, a paragraph a block."""
    if "<" not in body:
        return body.strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, "script", "style", "figure", "figcaption", with_tail=False)
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return str_or_none(entry.get("published") or entry.get("updated"))
