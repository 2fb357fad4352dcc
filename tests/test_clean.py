from dateline.clean import CleanStage, find_dateline, guess_language
from dateline.model import Article, RawInput

SCRAPED = """Rebels and army agree to talks in border town

LUMBRA, Freedonia -- Rebel commanders and army officers met on Monday in the border town of
Lumbra, the first such meeting in years.

Read more: Five things to know about Freedonia

The talks lasted six hours, officials said.

Five things to know about Freedonia

x

We use cookies to improve your experience. By continuing to use this site, you accept our cookie policy.
"""


def test_plain_text_keeps_the_body_and_records_what_it_drops() -> None:
    article = CleanStage()(Article(text=SCRAPED, raw=RawInput("t.txt", "text")))
    assert article.title == "Rebels and army agree to talks in border town"
    assert article.text.startswith("LUMBRA, Freedonia -- Rebel commanders")
    assert "The talks lasted six hours, officials said." in article.text
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons == {
        "Read more: Five thin": "prompt",
        "Five things to know ": "related-link",
        "x": "fragment",
        "We use cookies to im": "cookie-notice",
    }
    assert article.dateline is not None and article.dateline.text == "LUMBRA, Freedonia"


def test_clean_false_keeps_text_verbatim() -> None:
    raw = "Short line\n\nx\n\nBody."
    article = CleanStage()(Article(text=raw, raw=RawInput("e.jsonl:1", "text", clean=False)))
    assert article.text == raw and article.removed == []


def test_html_main_text_title_and_date() -> None:
    html = """<html><head><title>Flood hits Lumbra | Daily</title>
    <meta property="article:published_time" content="2024-04-05T10:00:00Z"></head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Flood hits Lumbra</h1>
    <p>LUMBRA, Freedonia -- Heavy rain flooded the lower town on Thursday, officials said, and
    hundreds of families left their homes for higher ground near the old market.</p>
    <p>The river rose two metres overnight, according to the water authority, which warned
    that more rain was expected over the weekend across the whole of the valley.</p></article>
    <footer>Copyright Daily. All rights reserved.</footer></body></html>"""
    article = CleanStage()(Article(text="", raw=RawInput("a.html", "html", html=html)))
    assert "Heavy rain flooded" in article.text and "river rose" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.published is not None and article.published.startswith("2024-04-05")
    assert article.title and "Flood hits Lumbra" in article.title


def test_datelines() -> None:
    assert find_dateline("MOSUL, Iraq (Wire) - Text").text == "MOSUL, Iraq"  # type: ignore[union-attr]
    assert find_dateline("BEIRUT -- Text").text == "BEIRUT"  # type: ignore[union-attr]
    assert find_dateline("The army said") is None
    # the dash lost in scraping: the agency still marks the dateline
    assert find_dateline("MEXICO CITY (Wire) Lawmakers met.").text == "MEXICO CITY"  # type: ignore[union-attr]
    assert find_dateline("LUMBRA (Wire) \ufffd Lawmakers met.").text == "LUMBRA"  # type: ignore[union-attr]
    assert find_dateline("BREAKING NEWS Lawmakers met.") is None


def test_language() -> None:
    assert guess_language("The army said that it was ready for the talks in the city.") == "en"
    assert guess_language("El ejército dijo que estaba listo para las conversaciones de paz.") == "und"


def test_dateline_of_two_bureaus() -> None:
    found = find_dateline("ISLAMABAD/WASHINGTON — A plane crashed on Monday.")
    assert found is not None and found.text == "ISLAMABAD/WASHINGTON"
    assert find_dateline("and/or — a note") is None  # not in capitals
