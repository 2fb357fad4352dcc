"""A real `dateline ingest` killed mid-run (SIGKILL) and run again: nothing lost, nothing duplicated."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N_ARTICLES = 40
TOWNS = ["Kajuru", "Zaria", "Kafanchan", "Birnin Gwari", "Giwa", "Ikara", "Makarfi", "Soba", "Lere", "Kauru"]


def write_articles(folder: Path) -> None:
    for i in range(N_ARTICLES):
        town = TOWNS[i % len(TOWNS)]
        body = (f"KADUNA, Nigeria (Fictional Wire) -- Gunmen attacked a market in {town} on Tuesday, killing "
                f"{i % 7 + 2} people, police said. Report number {i} of this fictional test series. "
                f"Residents said the attackers arrived on motorcycles and set several shops on fire. "
                f"Police spokesman Musa Danladi said an investigation had begun.\n")
        (folder / f"story_{i:03d}.txt").write_text(f"Gunmen attack market in {town}, report {i}\n\n{body}")


def ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(folder), "--db", str(db),
                             "--published", "2025-03-12"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=os.environ.copy())


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet, or mid-migration


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_articles(folder)
    db = tmp_path / "kill.db"
    proc = ingest(folder, db)
    deadline = time.monotonic() + 120
    while stored(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = stored(db)
    assert 5 <= at_kill < N_ARTICLES, f"the kill must land mid-run (stored {at_kill})"

    again = ingest(folder, db)
    _, err = again.communicate(timeout=180)
    assert again.returncode == 0, err.decode()
    assert f"{N_ARTICLES - at_kill} new article(s), {at_kill} already stored" in err.decode()

    with sqlite3.connect(db) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM articles") == N_ARTICLES
        assert one("SELECT count(DISTINCT id) FROM articles") == N_ARTICLES
        assert one("PRAGMA integrity_check") == "ok"
        # Every mention merged exactly once, every merged event backed by its mentions, every article in a story.
        assert one("SELECT count(*) FROM events WHERE merged_id IS NULL") == 0
        assert one("SELECT count(*) FROM merged_events m WHERE n_mentions !="
                   " (SELECT count(*) FROM events e WHERE e.merged_id = m.id)") == 0
        assert one("SELECT count(*) FROM articles WHERE story_id IS NULL") == 0
        assert one("SELECT count(*) FROM articles_fts") == N_ARTICLES
        assert one("SELECT sum(n) FROM stories") == N_ARTICLES
        assert one("SELECT value FROM meta WHERE key = 'n_docs'") == str(N_ARTICLES)
    # A third run adds nothing.
    third = ingest(folder, db)
    _, err = third.communicate(timeout=180)
    assert f"0 new article(s), {N_ARTICLES} already stored" in err.decode()
