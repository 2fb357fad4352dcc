import sqlite3
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.store import Store
from tests.test_model import full_article


def test_add_is_idempotent_and_round_trips(tmp_path: Path) -> None:
    article = full_article()
    with Store(tmp_path / "s.db") as store:
        assert store.add(article) is True
        assert store.add(article) is False
        assert store.counts() == {"articles": 1, "events": 1, "quotes": 1}
        (back,) = store.articles()
    assert back == Article_without_working_state(article)


def Article_without_working_state(article):  # type: ignore[no-untyped-def]
    article.nlp = None
    article.raw = None
    return article


def test_foreign_and_corrupt_files_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("create table customers (id int)")
    with pytest.raises(StoreError, match="not dateline's"):
        Store(foreign)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a dateline database"):
        Store(corrupt)
