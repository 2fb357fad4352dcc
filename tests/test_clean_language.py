from dateline.clean import CleanStage, guess_language
from dateline.model import Article, RawInput
from dateline.pipeline import Pipeline

SPANISH = ("Titular de prueba\n\nLUMBRA, Freedonia -- El ejército dijo el martes que los combates en la ciudad "
           "habían terminado y que los vecinos podían volver a sus casas, según un comunicado oficial.")


class Marker:
    name = "marker"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, article: Article) -> Article:
        article.title = "marked"
        return article


def test_non_english_is_recorded_and_skipped_by_later_stages() -> None:
    pipeline = Pipeline([CleanStage(), Marker()])
    article = pipeline(Article(text=SPANISH, raw=RawInput("es.txt", "text")))
    assert article.language == "und" and article.title == "Titular de prueba"
    assert [(e.stage, e.message) for e in article.errors] == [("clean", "not English: skipped by the English stages")]
    english = pipeline(Article(text="Headline\n\nThe army said on Tuesday that the fighting in the city was over.",
                               raw=RawInput("en.txt", "text")))
    assert english.language == "en" and english.title == "marked" and not english.errors


def test_guess_language() -> None:
    assert guess_language("Die Armee sagte am Dienstag, dass die Kämpfe in der Stadt beendet seien.") == "und"
    assert guess_language("") is None
