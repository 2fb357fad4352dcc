from dateline.model import Article, Entity
from dateline.quotes import QuoteStage

TEXT = """Interior Minister Amina Yusuf visited the site on Monday.

"We will not be intimidated," said Yusuf. “The attackers will be found,” she added.

Police spokesman John Okoro said the situation was under control.

“Stay at home,” he says, according to a translation provided by the Monitoring Desk."""


def article_with_people() -> Article:
    people = []
    for number, name in enumerate(["Amina Yusuf", "John Okoro"], start=1):
        mentions = []
        for surname in (name, name.split()[-1]):
            start = TEXT.find(surname)
            while start != -1:
                mentions.append((start, start + len(surname)))
                start = TEXT.find(surname, start + len(surname) + 1)
        people.append(Entity(id=f"e{number}", name=name, label="PERSON", aliases=[name.split()[-1]],
                             mentions=sorted(set(mentions))))
    return Article(text=TEXT, entities=people)


def test_direct_quotes_speakers_cues_and_via() -> None:
    quotes = QuoteStage()(article_with_people()).quotes
    direct = [(q.text, q.speaker, q.cue, q.via) for q in quotes if q.direct]
    assert direct == [
        ("We will not be intimidated,", "Amina Yusuf", "said", None),
        ("The attackers will be found,", "Amina Yusuf", "added", None),
        ("Stay at home,", "John Okoro", "says", "Monitoring Desk"),
    ]
    for q in quotes:
        assert TEXT[q.start : q.end] == q.text


def test_reported_speech() -> None:
    quotes = QuoteStage()(article_with_people()).quotes
    reported = [q for q in quotes if not q.direct]
    assert len(reported) == 1
    assert reported[0].speaker == "John Okoro"
    assert reported[0].text == "the situation was under control."


# --- pairing quotation marks and attribution without a parse ----------------------------------


def _people(text: str, *names: str) -> list[Entity]:
    out = []
    for number, name in enumerate(names, start=1):
        mentions = []
        for form in {name, name.split()[-1]}:
            at = text.find(form)
            while at != -1:
                if not any(s <= at < e for s, e in mentions):
                    mentions.append((at, at + len(form)))
                at = text.find(form, at + len(form))
        out.append(Entity(id=f"e{number}", name=name, label="PERSON", aliases=[name.split()[-1]],
                          mentions=sorted(mentions)))
    return out


def quotes_of(text: str, *names: str) -> list[tuple[str, str | None]]:
    article = QuoteStage()(Article(text=text, entities=_people(text, *names)))
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker) for q in article.quotes if q.direct]


def test_role_words_between_cue_and_name() -> None:
    text = '"The vehicle did not stop," said police spokesman Abel Mutasa, adding that it exploded.'
    assert quotes_of(text, "Abel Mutasa") == [("The vehicle did not stop,", "Abel Mutasa")]


def test_quote_split_around_the_cue_and_a_second_quote_after_the_cue() -> None:
    text = "“We waited,” she says, “and nobody came.” “It was dark.”\n\nThe minister, Rosa Ilunga, spoke first."
    text = "Rosa Ilunga was at the hall.\n\n" + text
    assert quotes_of(text, "Rosa Ilunga") == [
        ("We waited,", "Rosa Ilunga"), ("and nobody came.", "Rosa Ilunga"), ("It was dark.", "Rosa Ilunga"),
    ]


def test_quote_continues_into_the_next_paragraph() -> None:
    text = ("Councillor Femi Adeyemi spoke at length.\n\n"
            "“The market burned for two days. Nobody came to help.\n\n"
            "“We rebuilt it ourselves,” Adeyemi said.")
    assert quotes_of(text, "Femi Adeyemi") == [
        ("The market burned for two days. Nobody came to help.", "Femi Adeyemi"),
        ("We rebuilt it ourselves,", "Femi Adeyemi"),
    ]


def test_odd_marks_do_not_shift_later_pairs() -> None:
    text = ('Tomas Brell wrote: "The bridge is closed.\n\n'
            '"We will reopen it," said Ana Siva. He called it "temporary."')
    found = quotes_of(text, "Tomas Brell", "Ana Siva")
    assert ("The bridge is closed.", "Tomas Brell") in found
    assert ("We will reopen it,", "Ana Siva") in found
    assert found[-1][0] == "temporary."


def test_nested_marks_colon_and_dash_attributions() -> None:
    text = ("Ana Siva: “They told us \"wait\" and we waited.”\n\n"
            "Tomas Brell — “Not again.”")
    assert quotes_of(text, "Ana Siva", "Tomas Brell") == [
        ('They told us "wait" and we waited.', "Ana Siva"),
        ("Not again.", "Tomas Brell"),
    ]


def test_titles_in_marks_are_not_quotes() -> None:
    assert quotes_of('She wrote "The Long Road Home" in prison.') == []


def test_according_to_reported_speech() -> None:
    text = "According to Ana Siva, the road will reopen on Monday."
    article = QuoteStage()(Article(text=text, entities=_people(text, "Ana Siva")))
    (quote,) = article.quotes
    assert (quote.direct, quote.speaker, quote.cue, quote.text) == (
        False, "Ana Siva", "according to", "the road will reopen on Monday.")


# --- with the parse ---------------------------------------------------------------------------


def test_speakers_from_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Governor Lucia Marno visited the flooded district of Tarva on Monday.\n\n"
            "Marno called the relief effort “a disgrace to every official involved.”\n\n"
            "The commander of the regional brigade, Colonel Ivo Dresk, told reporters that rescue teams "
            "had reached 40 villages. “We are moving as fast as the water allows,” he said.\n\n"
            "The Tarva Relief Network said the shelters were full.")
    article = nlp(text)
    speakers = {q.text: q.speaker for q in article.quotes}
    assert speakers["a disgrace to every official involved."] == "Lucia Marno"
    assert speakers["We are moving as fast as the water allows,"] == "Ivo Dresk"
    reported = {q.text: q.speaker for q in article.quotes if not q.direct}
    assert reported.get("rescue teams had reached 40 villages") == "Ivo Dresk"
    assert reported.get("the shelters were full") == "Tarva Relief Network"


def test_markup_ids_and_handles_are_not_quotes() -> None:
    text = 'Embedded: <blockquote data-id="771156540103417856">Vote!</blockquote> via "@someone" and "2016-09-01".'
    assert quotes_of(text) == []


def test_signed_quotes() -> None:
    text = "“The lines were too long.” ― Jane Roe, Ohio\n“Nobody listened to us.”\nTomas Brell, Iowa\n"
    assert quotes_of(text, "Jane Roe", "Tomas Brell") == [
        ("The lines were too long.", "Jane Roe"), ("Nobody listened to us.", "Tomas Brell"),
    ]
