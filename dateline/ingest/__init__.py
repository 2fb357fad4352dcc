"""Readers: turn paths (files, folders, globs, URLs, ``-`` for stdin) into a stream of raw Articles.

One module per format: ``text`` (.txt), ``html`` (.html), ``jsonl``, ``warc`` (.warc, .warc.gz), ``feed``
(RSS/Atom: .rss, .atom, .xml), ``url`` (http/https, fetched under guards). Any single-document file
may also be gzipped (``page.html.gz``). Problems with one input (missing, empty, binary, too
large, truncated, unknown format, bad line) are yielded as ``InputProblem`` so the caller reports
them and the other inputs go on. ``dedupe`` drops repeated and syndicated copies from a stream.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..options import Options
from ._common import InputProblem, Item, decode_bytes, gunzip, is_gzip
from .dedup import Deduplicator, dedupe
from .feed import read_feed
from .html import html_article
from .jsonl import read_jsonl
from .text import text_article
from .url import is_url, read_url
from .warc import read_warc

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES

__all__ = ["KNOWN_SUFFIXES", "Deduplicator", "InputProblem", "Item", "decode_bytes", "dedupe", "read_inputs"]


def read_inputs(paths: Iterable[str], options: Options | None = None) -> Iterator[Item]:
    options = options or Options()
    for spec in paths:
        if spec == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", None, options)
            continue
        if not spec.strip():  # Path("") is the current folder: an unset shell variable must not read it all
            yield InputProblem(repr(spec), "empty path")
            continue
        if is_url(spec):
            yield from read_url(spec, options)
            continue
        matches = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]
        if not matches:
            yield InputProblem(spec, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                # hidden folders (.git, .venv) hold no articles, only files that look like them
                files = sorted(p for p in path.rglob("*") if p.is_file()
                               and not any(part.startswith(".") for part in p.relative_to(path).parts))
                for file in files:
                    if _format(file) is not None:
                        yield from _read_file(file, options)
            else:
                yield from _read_file(path, options)


def _format(path: Path) -> str | None:
    """The reader for a file name, looking through a ``.gz`` ending; None when unknown."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    for fmt, known in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES),
                       ("warc", WARC_SUFFIXES), ("feed", FEED_SUFFIXES)):
        if suffix in known:
            return fmt
    return None


def _read_file(path: Path, options: Options) -> Iterator[Item]:
    origin = str(path)
    if not path.exists():
        yield InputProblem(origin, "no such file or folder")
        return
    fmt = _format(path)
    if fmt is None:
        known = ", ".join(sorted(KNOWN_SUFFIXES))
        yield InputProblem(origin, f"unknown file type '{path.suffix or '(none)'}' (known: {known}, each also .gz)")
        return
    try:
        with path.open("rb") as handle:
            if fmt == "warc":  # streamed record by record: the limit holds per record, not per file
                yield from read_warc(handle, origin, options)
                return
            size = path.stat().st_size
            if size > options.max_input_bytes:
                yield InputProblem(
                    origin, f"file is {size:,} bytes, over the limit of {options.max_input_bytes:,}"
                )
                return
            yield from _read_stream(handle, origin, fmt, options)
    except OSError as exc:
        yield InputProblem(origin, f"cannot read ({exc.strerror or exc})")


def _read_stream(handle: BinaryIO, origin: str, fmt: str | None, options: Options) -> Iterator[Item]:
    data = handle.read(options.max_input_bytes + 1)
    if len(data) > options.max_input_bytes:
        yield InputProblem(origin, f"input is over the limit of {options.max_input_bytes:,} bytes")
        return
    if is_gzip(data):
        try:
            data = gunzip(data, options.max_input_bytes)
        except ValueError as exc:
            yield InputProblem(origin, str(exc))
            return
    fmt = fmt or _sniff(data)
    if not data.strip():
        yield InputProblem(origin, "empty input")
        return
    if fmt == "warc":
        import io

        yield from read_warc(io.BytesIO(data), origin, options)
        return
    if fmt == "feed":
        yield from read_feed(data, origin, options)
        return
    decoded = decode_bytes(data)
    if decoded is None:
        yield InputProblem(origin, "binary data, not text (is this the right file?)")
        return
    text, encoding = decoded
    if encoding not in ("utf-8", "utf-8-sig"):
        yield InputProblem(origin, f"not UTF-8; read as {encoding}", fatal=False)
    if fmt == "jsonl":
        yield from read_jsonl(text, origin)
    elif fmt == "html":
        yield html_article(text, origin, None)
    else:
        yield text_article(text, origin, None)


def _sniff(data: bytes) -> str:
    """The format of unnamed input (stdin) from its first bytes."""
    head = data[:512].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)) or head.startswith((b"<rss", b"<feed")):
        return "feed"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


