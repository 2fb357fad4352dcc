from pathlib import Path

from dateline.clean import CleanStage
from dateline.ingest import InputProblem, read_inputs
from dateline.model import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Freedonia Herald</title><link>https://herald.example/</link>
<item><title>Floods close the Lumbra road</title><link>https://herald.example/floods</link>
<pubDate>Wed, 12 Mar 2025 09:15:00 GMT</pubDate><author>desk@herald.example (Ana Lind)</author>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>LUMBRA, Freedonia -- Floods closed the main road on Tuesday.</p>
<figure><figcaption>Photo: the flooded road</figcaption></figure>
<p>Officials said repairs would take a week.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://herald.example/summary</link>
<pubDate>Thu, 13 Mar 2025 10:00:00 GMT</pubDate><description>Talks resumed in Oskar on Thursday.</description></item>
<item><title>Empty</title><link>https://herald.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Oskar Times</title>
<entry><title>Market reopens</title><link href="https://times.example/market"/><id>tag:times.example,2025:1</id>
<updated>2025-04-02T11:00:00Z</updated><summary type="html">&lt;p&gt;The market in Oskar reopened.&lt;/p&gt;</summary>
</entry></feed>"""


def test_rss_items_become_articles_with_link_date_and_outlet(tmp_path: Path) -> None:
    (tmp_path / "herald.rss").write_text(RSS)
    out = list(read_inputs([str(tmp_path / "herald.rss")]))
    first, second, problem = out
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.url, first.title, first.source) == ("https://herald.example/floods", "Floods close the Lumbra road",
                                                      "Freedonia Herald")
    assert first.published == "2025-03-12T09:15:00Z"
    assert first.text == ("LUMBRA, Freedonia -- Floods closed the main road on Tuesday.\n\n"
                          "Officials said repairs would take a week.")
    assert second.text == "Talks resumed in Oskar on Thursday." and second.published == "2025-03-13T10:00:00Z"
    assert isinstance(problem, InputProblem) and problem.origin.endswith("#3") and "no content" in problem.message
    assert CleanStage()(first).dateline.text == "LUMBRA, Freedonia"  # type: ignore[union-attr]


def test_atom_entry_from_xml_file(tmp_path: Path) -> None:
    (tmp_path / "times.xml").write_text(ATOM)
    (article,) = read_inputs([str(tmp_path / "times.xml")])
    assert isinstance(article, Article)
    assert (article.url, article.source, article.published) == ("https://times.example/market", "Oskar Times",
                                                                "2025-04-02T11:00:00Z")
    assert article.text == "The market in Oskar reopened."


def test_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "notes.xml").write_text("<notes><note>hello</note></notes>")
    (problem,) = read_inputs([str(tmp_path / "notes.xml")])
    assert isinstance(problem, InputProblem) and "no feed items" in problem.message
