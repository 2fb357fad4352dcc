"""Shared fixtures. Tests build articles directly (``make_article``) so stage tests need no model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.model import Article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def make_article(text: str = "", **fields: Any) -> Article:
    return Article(text=text, **fields)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    import dateline

    return dateline.load()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
