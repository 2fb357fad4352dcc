from pathlib import Path

from dateline.store import Store
from dateline.store.cluster import StoryClusterer, cluster, terms
from eval.clustering import pair_scores
from tests.test_store import report

HEADLINES = [
    ("1", "Central bank of Freedonia raises interest rates to curb inflation", "2031-04-01"),
    ("2", "Freedonia central bank hikes rates again as inflation bites", "2031-04-01"),
    ("3", "Inflation: Freedonia's central bank lifts interest rate by half a point", "2031-04-02"),
    ("4", "Volcano on Isla Verde erupts, thousands evacuated", "2031-04-01"),
    ("5", "Thousands evacuated as Isla Verde volcano erupts", "2031-04-02"),
    ("6", "Harbor City football club signs new striker", "2031-04-02"),
    ("7", "Isla Verde volcano erupts again", "2031-05-20"),  # weeks later: a new story
]


def test_terms_fold_and_stem() -> None:
    assert terms("Freedonia's rates, tapering & Évacuations!") == ["freedonia", "rate", "taper", "evacu"]


def test_headlines_cluster_by_story_and_time() -> None:
    got = cluster([(i, t, None, d) for i, t, d in HEADLINES])
    assert got["1"] == got["2"] == got["3"]
    assert got["4"] == got["5"]
    assert len({got["1"], got["4"], got["6"], got["7"]}) == 4


def test_pair_scores() -> None:
    s = pair_scores(["a", "a", "b", "b"], ["x", "x", "y", "z"])
    assert (s["precision"], s["recall"]) == (1.0, 0.5)
    assert pair_scores(["a", "a", "b"], ["x", "x", "y"])["ari"] == 1.0


def test_store_clusters_incrementally_like_memory(tmp_path: Path) -> None:
    memory = StoryClusterer()
    with Store(tmp_path / "s.db") as store:
        for i, title, day in HEADLINES:
            article = report(f"{title}. Fictional report {i}.", title=title, source="Wire", published=day,
                             events=[])
            store.add(article)
            assert store.article(article.id)["story_id"] == memory.assign(  # type: ignore[index]
                article.id, title, article.text, day)
        sizes = sorted(s["n_articles"] for s in store.stories())
    assert sizes == [1, 1, 2, 3]
