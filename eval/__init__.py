"""The evaluation harness: reads third-party sets from ../shared/eval in place, prints figures.

Run ``python -m eval NAME [options]``; each NAME is a module in this folder with a ``main(argv)``.
The sets are never copied into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

EVAL_ROOT = Path(os.environ.get("DATELINE_EVAL", Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"))


def eval_path(*parts: str) -> Path:
    """A path inside the evaluation sets; exits with a clear message when they are absent."""
    path = EVAL_ROOT.joinpath(*parts)
    if not path.exists():
        raise SystemExit(f"evaluation data not found at {path} (set DATELINE_EVAL to its folder)")
    return path
