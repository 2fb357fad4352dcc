"""WARC and WARC.gz crawls (e.g. Common Crawl's CC-NEWS): HTML responses only, with URL and crawl date.

Records are streamed, so a crawl file may be far larger than the per-document size limit; each
record is held to that limit. A truncated or corrupt file keeps the records read before the damage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..options import Options
from ._common import InputProblem, Item, decode_bytes
from .html import html_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(handle: BinaryIO, origin: str, options: Options) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = records = 0
    try:
        for record in ArchiveIterator(handle, arc2warc=True):
            records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{url}"
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            status = record.http_headers.get_statuscode()
            if not content_type.startswith(_HTML_TYPES) or not str(status).startswith("2"):
                continue
            body = record.content_stream().read(options.max_input_bytes + 1)
            count += 1
            if len(body) > options.max_input_bytes:
                yield InputProblem(where, f"record is over the limit of {options.max_input_bytes:,} bytes")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # warcio stops quietly at a cut: the record is short
                count -= 1
                raise EOFError(f"record {url} ends early")
            html = _decode(body, content_type)
            if html is None:
                yield InputProblem(where, "response is binary, not HTML")
                continue
            record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            yield html_article(
                html, where, None, url=url, fmt="warc",
                fetched=record.rec_headers.get_header("WARC-Date"),
                own_id=record_id.removeprefix("urn:uuid:") or None,
            )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield InputProblem(origin, f"truncated or corrupt WARC after {count} HTML record(s): {exc}")
        return
    if records == 0:
        yield InputProblem(origin, "no WARC records found (not a WARC file, or cut short before its first record)")
    elif count == 0:
        yield InputProblem(origin, "no HTML response records in this WARC", fatal=False)


def _decode(body: bytes, content_type: str) -> str | None:
    charset = re.search(r"charset=([\w.:-]+)", content_type)
    if charset:
        try:
            return body.decode(charset.group(1), errors="replace")
        except LookupError:  # an unknown charset name: detect it instead
            pass
    decoded = decode_bytes(body)
    return decoded[0] if decoded else None
