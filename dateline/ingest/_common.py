"""What every reader shares: the problem record, byte decoding, small converters."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from ..model import Article


@dataclass
class InputProblem:
    """One input that could not be read, or was read with a caveat (``fatal=False``)."""

    origin: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Article | InputProblem


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Decode text input; None for binary data. Tries BOMs, UTF-16 without BOM, UTF-8, then cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    head = data[:8192]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            return None
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        return None
    # cp1252 is a superset of latin-1's printable range: it reads both, and never fails.
    return data.decode("cp1252", errors="replace"), "cp1252"


def _bomless_utf16(head: bytes) -> str | None:
    # Text in UTF-16 has a zero byte in every other position (ASCII-range characters).
    even, odd = head[0::2], head[1::2]
    if len(head) < 8:
        return None
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data up to ``limit`` bytes; ValueError for truncated or corrupt data or over the limit."""
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"corrupt gzip data ({exc})") from exc
    if len(out) > limit:
        raise ValueError(f"decompresses to over the limit of {limit:,} bytes")
    if not inflater.eof:
        raise ValueError("truncated gzip data (the file ends before the compressed stream does)")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value).strip() or None


__all__ = ["InputProblem", "Item", "decode_bytes", "gunzip", "is_gzip", "str_or_none"]
