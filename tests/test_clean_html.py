from dateline.clean import CleanStage
from dateline.clean.html import clean_html
from dateline.model import Article, RawInput

PARA = ("<p>LUMBRA, Freedonia -- Heavy rain flooded the lower town on Thursday, officials said, and hundreds "
        "of families left their homes for higher ground near the old market square.</p>")


def test_page_metadata_author_and_outlet() -> None:
    html = f"""<html><head><title>Flood in Lumbra | Freedonia Herald</title>
    <meta name="author" content="Ana Lind"><meta property="og:site_name" content="Freedonia Herald">
    <meta property="article:published_time" content="2025-04-05T10:00:00Z"></head>
    <body><nav><a href="/">Home</a></nav><article><h1>Flood in Lumbra</h1>{PARA}
    <p>The river rose two metres overnight, according to the water authority, which warned that more rain was
    expected over the weekend across the whole of the valley and its villages.</p></article>
    <aside><h3>Related</h3><ul><li><a href="/x">Five things to know about Freedonia</a></li></ul></aside>
    </body></html>"""
    article = CleanStage()(Article(text="", raw=RawInput("a.html", "html", html=html)))
    assert article.author == "Ana Lind" and article.source == "Freedonia Herald"
    assert article.published is not None and article.published.startswith("2025-04-05")
    assert article.title == "Flood in Lumbra"
    assert article.text.startswith("LUMBRA, Freedonia -- Heavy rain") and article.text.endswith("and its villages.")
    assert "Five things" not in article.text
    assert article.dateline is not None and article.dateline.text == "LUMBRA, Freedonia"


def test_cascade_steps() -> None:
    more = "".join(f"<p>Paragraph {n} of the report adds detail on the damage, officials in the town said today.</p>"
                   for n in range(6))
    assert clean_html(f"<html><body><article>{PARA}{more}</article></body></html>").method == "precision"
    # Paragraphs lxml cannot reach (nesting beyond its depth limit) come from the plain scan.
    deep = "<html><body>" + "<div>" * 5000 + PARA + "</div>" * 5000 + "</body></html>"
    result = clean_html(deep)
    assert result.method == "paragraphs" and result.text.startswith("LUMBRA, Freedonia -- Heavy rain")
    empty = clean_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert (empty.text, empty.method) == ("", "none")


def test_clean_stage_runs_once() -> None:
    stage = CleanStage()
    article = stage(Article(text="Headline here\n\nBody text of the story, said officials.\n\nx",
                            raw=RawInput("t.txt", "text")))
    again = stage(article)
    assert again.text == "Body text of the story, said officials." and len(again.removed) == 1
    assert again.title == "Headline here"


def test_byline_in_the_page_text_gives_author_and_date_when_metadata_has_none() -> None:
    html = f"""<html><head><title>Flood in Lumbra</title></head><body><article><h1>Flood in Lumbra</h1>
    <p>By Tomas Berg | March 3, 2025</p>{PARA}
    <p>The river rose two metres overnight, according to the water authority, which warned that more rain was
    expected over the weekend across the whole of the valley and its villages.</p></article></body></html>"""
    article = CleanStage()(Article(text="", raw=RawInput("a.html", "html", html=html)))
    assert (article.author, article.published) == ("Tomas Berg", "2025-03-03")
    assert article.text.startswith("LUMBRA, Freedonia") and article.removed[0].reason == "byline"


def test_inert_subtrees_dropped_after_metadata_is_read() -> None:
    # JSON-LD (in a <script>) still gives the date; scripts, nav and footer never reach the text;
    # text after a dropped inline element (its tail) stays in the paragraph.
    html = f"""<html><head><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "Flood in Lumbra", "datePublished": "2025-04-07T08:00:00Z"}}</script>
    <script>var tracker = "Subscribe now for offers";</script><style>p {{ color: red }}</style></head>
    <body><nav><a href="/">Home</a> <a href="/w">World news index page</a></nav><article>{PARA}
    <p>The river rose two metres overnight <svg><text>ICON LABEL</text></svg>according to the water authority,
    which warned that more rain was expected over the weekend across the valley.</p></article>
    <footer><p>Copyright Freedonia Herald, all rights reserved, reproduction is forbidden without consent.</p></footer>
    </body></html>"""
    cleaned = clean_html(html)
    assert cleaned.published is not None and cleaned.published.startswith("2025-04-07")
    assert "overnight according to the water authority" in " ".join(cleaned.text.split())
    for noise in ("Subscribe", "color", "ICON", "World news", "Copyright"):
        assert noise not in cleaned.text


def test_page_with_encoding_declaration_and_body_in_a_form() -> None:
    # lxml refuses a str that declares its encoding (parsed as bytes instead); ASP.NET-style pages wrap
    # the whole body in a <form>, which must not lose the article.
    more = "".join(f"<p>Paragraph {n} of the report adds detail on the damage, officials in the town said today.</p>"
                   for n in range(4))
    html = (f'<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>Flood in Lumbra</title></head>'
            f'<body><form id="aspnetForm"><input type="hidden" value="x"><article>{PARA}{more}</article></form>'
            f"</body></html>")
    cleaned = clean_html(html)
    assert cleaned.text.startswith("LUMBRA, Freedonia -- Heavy rain") and "Paragraph 3 of the report" in cleaned.text
    assert cleaned.title == "Flood in Lumbra"
