"""JSONL exports from news APIs: ``{"id", "text" | "html", "url", "published", "title", "source"}`` a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import Article, RawInput, article_id
from ._common import InputProblem, Item, str_or_none


def read_jsonl(text: str, origin: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield InputProblem(where, f"not valid JSON ({reason})")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, "each line must be a JSON object")
            continue
        yield article_from_record(record, where)


def article_from_record(record: dict[str, Any], where: str) -> Article | InputProblem:
    """An Article from one record (a JSONL line, a Parquet row in the Spark job)."""
    body, html = record.get("text"), record.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        return InputProblem(where, "needs a 'text' or 'html' string")
    url = str_or_none(record.get("url"))
    use_html = isinstance(html, str) and not body
    raw = RawInput(
        origin=where,
        format="html" if use_html else "text",
        html=html if use_html else None,
        clean=record.get("clean", True) is not False,
    )
    content = body if isinstance(body, str) else ""
    return Article(
        text=content,
        id=str_or_none(record.get("id")) or article_id(url, content or html or ""),
        url=url,
        source=str_or_none(record.get("source")),
        title=str_or_none(record.get("title")),
        author=str_or_none(record.get("author")),
        published=str_or_none(record.get("published")),
        raw=raw,
    )
