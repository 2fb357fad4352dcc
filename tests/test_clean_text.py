"""Plain-text cleaning on scraped text of every kind the line filter knows (fictional articles)."""

from dateline.clean import CleanStage, dateline_agency, find_dateline
from dateline.clean.meta import Byline, find_byline, parse_date
from dateline.model import Article, RawInput

BODY = [
    "OSKAR, Freedonia (Herald Wire) -- Militia fighters attacked an army post outside the northern town of "
    "Oskar late on Tuesday, killing four soldiers, the defence ministry said.",
    "The attackers arrived in pickup trucks shortly after dusk and fired on the post for about an hour before "
    "withdrawing towards the hills, according to a local official who asked not to be named.",
    "“We heard the shooting from the market,” said Lena Varga, a shopkeeper. “Nobody slept.”",
    "By early afternoon on Wednesday, soldiers had sealed the roads into Oskar and were searching houses.",
    "Watch groups said the number of attacks in the province had doubled since January.",
    "The company said its privacy policy had not changed, and regulators declined to comment.",
    "What happens next is unclear.",
]
JUNK = {
    "By Mara Lind, Herald Wire | Wednesday, March 12, 2025": "byline",
    "Share this article": "prompt",
    "Sign up for our morning briefing and get the day's top stories in your inbox.": "prompt",
    "Freedonia's long war, explained": "related-link",
    "Photo: Army vehicles outside Oskar on Wednesday. HERALD/Tomas Berg": "caption",
    "Soldiers stand guard at the entrance to Oskar on Wednesday. (Photo: Tomas Berg/Herald Wire)": "caption",
    "Advertisement": "prompt",
    "Opposition leader arrested at rally in the capital": "related-link",
    "1/12": "fragment",
    "f": "fragment",
    "Read more: Who are Freedonia's militias?": "prompt",
    "This site uses cookies to personalise content. By continuing to browse, you agree to our use of cookies. "
    "Manage preferences": "cookie-notice",
}
ORDER = [0, "By Mara Lind, Herald Wire | Wednesday, March 12, 2025", "Share this article", 1,
         "Freedonia's long war, explained", 2, "Photo: Army vehicles outside Oskar on Wednesday. HERALD/Tomas Berg",
         3, "Advertisement", 4, "Soldiers stand guard at the entrance to Oskar on Wednesday. (Photo: Tomas Berg/"
         "Herald Wire)", "Opposition leader arrested at rally in the capital", 5, "1/12",
         "Sign up for our morning briefing and get the day's top stories in your inbox.", 6,
         "Read more: Who are Freedonia's militias?", "f",
         "This site uses cookies to personalise content. By continuing to browse, you agree to our use of cookies. "
         "Manage preferences"]


def scraped() -> str:
    parts = ["Militia attack kills four soldiers near Oskar"]
    parts += [BODY[p] if isinstance(p, int) else p for p in ORDER]
    # The byline sits under the headline, as scraped pages have it.
    byline = parts.pop(2)
    parts.insert(1, byline)
    return "\n\n".join(parts)


def test_every_kind_of_junk_goes_with_its_reason_and_every_body_paragraph_stays() -> None:
    article = CleanStage()(Article(text=scraped(), raw=RawInput("oskar.txt", "text")))
    assert article.text.split("\n\n") == BODY
    assert {r.text: r.reason for r in article.removed} == JUNK
    assert article.title == "Militia attack kills four soldiers near Oskar"
    assert (article.author, article.published, article.source) == ("Mara Lind", "2025-03-12", "Herald Wire")
    assert article.dateline is not None and article.dateline.text == "OSKAR, Freedonia"
    assert article.text[article.dateline.start:article.dateline.end] == "OSKAR, Freedonia"  # type: ignore[misc]


def test_given_date_wins_over_the_byline() -> None:
    article = CleanStage()(Article(text=scraped(), published="2025-03-13", raw=RawInput("o.txt", "text")))
    assert article.published == "2025-03-13"


def test_bylines_and_dates() -> None:
    assert find_byline("By Ana Lind and Tom Berg") is not None
    assert find_byline("By Tuesday, the army said") is None
    assert find_byline("By Ana Lind, March 3, 2025") == Byline("Ana Lind", "2025-03-03", None)
    assert find_byline("By early afternoon, police had sealed the roads") is None
    stamp = find_byline("Updated 14 March 2025 09:10 GMT", stamp_only=True)
    assert stamp is not None and stamp.published == "2025-03-14"
    assert find_byline("By Ana Lind", stamp_only=True) is None
    assert parse_date("Sept. 3, 2024") == "2024-09-03" and parse_date("2025-02-30") is None
    assert find_byline("The ceasefire was signed on March 3, 2025.") is None


def test_wire_datelines() -> None:
    cases = {
        "POPAYÁN, Colombia (Horizon News) - Text": "POPAYÁN, Colombia",
        "KYIV, Ukraine, March 12 (AP) — Text": "KYIV, Ukraine",
        "WASHINGTON, Jan 5 (Reuters) - Text": "WASHINGTON",
        "UNITED NATIONS (AP) — Text": "UNITED NATIONS",
        "MA'ARRAT AL-NUMAN, Syria -- Text": "MA'ARRAT AL-NUMAN, Syria",
    }
    for text, place in cases.items():
        found = find_dateline(text)
        assert found is not None and found.text == place, text
    assert dateline_agency("MOSUL, Iraq (Reuters) - Text") == "Reuters" and dateline_agency("The army (x) - y") is None
    assert find_dateline("Officials - and residents - said") is None
    assert find_dateline("The army said: nothing") is None
