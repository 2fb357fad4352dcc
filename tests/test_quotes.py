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
