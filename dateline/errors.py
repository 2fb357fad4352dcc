"""The exception tree. Each error carries a short code (like spaCy's E001) that users can search."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""

    code = "D000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(DatelineError):
    """An input cannot be read: missing, empty, binary, too large, unknown format."""

    code = "D100"


class PipelineError(DatelineError):
    """The pipeline is assembled wrongly (a stage needs a field no earlier stage sets)."""

    code = "D200"


class ModelError(DatelineError):
    """The NLP model cannot be loaded (not installed, wrong name)."""

    code = "D300"


class StoreError(DatelineError):
    """The store cannot be opened or written (corrupt, foreign, read-only, full)."""

    code = "D400"
