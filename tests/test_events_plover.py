"""PLOVER coding of statements and non-ACLED actions (fictional sentences)."""

from dateline.events.plover import code_sentence


def coded(nlp, text: str) -> tuple[str, str | None, str | None]:  # type: ignore[no-untyped-def]
    article = nlp(text, published="2025-03-13")
    code = code_sentence(article, 0)
    assert code is not None
    return code.plover, code.source, code.target


def test_verbal_events(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "The Kenyan government condemned the decision of the electoral board.")[:2] == (
        "ACCUSE", "Kenyan government")
    assert coded(nlp, "Tanzania rejected the proposal on Tuesday.")[:2] == ("REJECT", "Tanzania")
    assert coded(nlp, "Uganda expelled two diplomats from Kenya.")[0] == "SANCTION"


def test_intentions_and_demands_follow_the_mood(nlp) -> None:  # type: ignore[no-untyped-def]
    plover, source, _ = coded(nlp, "Ghana said it will send doctors to the region.")
    assert (plover, source) == ("AGREE", "Ghana")
    assert coded(nlp, "Mali said it would impose sanctions on the traders.")[0] == "THREATEN"
    plover, source, _ = coded(nlp, "The union said the government must release the prisoners.")
    assert (plover, source) == ("REQUEST", "union")
    assert coded(nlp, "Chad will not accept the plan.")[0] == "REJECT"
