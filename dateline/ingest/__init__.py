"""Readers: turn paths (files, folders, globs, ``-`` for stdin) into a stream of raw Articles.

Problems with one input (missing, empty, binary, too large, unknown format, bad line) are
yielded as ``InputProblem`` so the caller reports them and the other inputs go on.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..model import Article, RawInput, article_id
from ..options import Options

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

__all__ = ["KNOWN_SUFFIXES", "InputProblem", "decode_bytes", "read_inputs"]


@dataclass
class InputProblem:
    """One input that could not be read, or was read with a caveat (``fatal=False``)."""

    origin: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Article | InputProblem


def read_inputs(paths: Iterable[str], options: Options | None = None) -> Iterator[Item]:
    options = options or Options()
    for spec in paths:
        if spec == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "text", options)
            continue
        matches = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]
        if not matches:
            yield InputProblem(spec, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file())
                for file in files:
                    if file.suffix.lower() in KNOWN_SUFFIXES:
                        yield from _read_file(file, options)
            else:
                yield from _read_file(path, options)


def _read_file(path: Path, options: Options) -> Iterator[Item]:
    origin = str(path)
    if not path.exists():
        yield InputProblem(origin, "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        known = ", ".join(sorted(KNOWN_SUFFIXES))
        yield InputProblem(origin, f"unknown file type '{suffix or '(none)'}' (known: {known})")
        return
    size = path.stat().st_size
    if size > options.max_input_bytes:
        yield InputProblem(
            origin, f"file is {size:,} bytes, over the limit of {options.max_input_bytes:,}"
        )
        return
    fmt = "html" if suffix in HTML_SUFFIXES else "jsonl" if suffix in JSONL_SUFFIXES else "text"
    with path.open("rb") as handle:
        yield from _read_stream(handle, origin, fmt, options)


def _read_stream(handle: BinaryIO, origin: str, fmt: str, options: Options) -> Iterator[Item]:
    data = handle.read(options.max_input_bytes + 1)
    if len(data) > options.max_input_bytes:
        yield InputProblem(origin, f"input is over the limit of {options.max_input_bytes:,} bytes")
        return
    if not data.strip():
        yield InputProblem(origin, "empty input")
        return
    decoded = decode_bytes(data)
    if decoded is None:
        yield InputProblem(origin, "binary data, not text (is this the right file?)")
        return
    text, encoding = decoded
    if encoding not in ("utf-8", "utf-8-sig"):
        yield InputProblem(origin, f"not UTF-8; read as {encoding}", fatal=False)
    if fmt == "jsonl":
        yield from _read_jsonl(text, origin)
        return
    yield _make_article(text, origin, fmt, options.published)


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode text input; None for binary data. Tries BOMs, UTF-8, then cp1252 (never fails)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    head = data[:8192]
    if b"\x00" in head:
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        return None
    return data.decode("cp1252", errors="replace"), "cp1252"


def _make_article(text: str, origin: str, fmt: str, published: str | None) -> Article:
    if fmt == "html":
        return Article(
            text="",
            id=article_id(None, text),
            published=published,
            raw=RawInput(origin=origin, format="html", html=text),
        )
    return Article(text=text, published=published, raw=RawInput(origin=origin, format="text"))


def _read_jsonl(text: str, origin: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, "each line must be a JSON object")
            continue
        body, html = record.get("text"), record.get("html")
        if not isinstance(body, str) and not isinstance(html, str):
            yield InputProblem(where, "needs a 'text' or 'html' string")
            continue
        url = _str_or_none(record.get("url"))
        raw = RawInput(
            origin=where,
            format="html" if html and not body else "text",
            html=html if isinstance(html, str) and not body else None,
            clean=record.get("clean", True) is not False,
        )
        content = body if isinstance(body, str) else ""
        own_id = _str_or_none(record.get("id"))
        yield Article(
            text=content,
            id=own_id or article_id(url, content or html or ""),
            url=url,
            source=_str_or_none(record.get("source")),
            title=_str_or_none(record.get("title")),
            published=_str_or_none(record.get("published")),
            raw=raw,
        )


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
