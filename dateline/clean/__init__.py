"""The clean stage: main text, title, publication date, dateline, language."""

from __future__ import annotations

import re

from ..model import Article, Dateline, StageError
from .html import clean_html
from .text import clean_text

__all__ = ["CleanStage", "dateline_agency", "find_dateline", "guess_language"]

# "ERBIL, Iraq -- ", "MOSUL, Iraq (Reuters) - ", "POPAYÁN, Colombia — ", "KYIV, Ukraine, March 12 (AP) -",
# "WASHINGTON, Jan 5 (Reuters) -", "UNITED NATIONS (AP) —", "ISLAMABAD/WASHINGTON —" (two bureaus). The
# city is in capitals (checked after matching, since ``re`` has no class for upper-case letters beyond ASCII).
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.])*"
_DATELINE = re.compile(
    rf"^(?P<place>(?P<city>{_WORD}(?:[ \-/]{_WORD}){{0,4}})(?:,\s*(?P<region>{_WORD}(?:[ \-]{_WORD}){{0,4}}))?)"
    r"(?:,\s*(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}))?"
    # the dash may be lost in scraping ("BEIRUT (AP) � A", "MEXICO CITY (AP) Mexico's") once an agency is named
    r"(?:\s*\((?P<agency>[^)]{1,40})\)\s*(?:--|—|–|-|:|\ufffd)?|\s*(?:--|—|–|-|:))\s+",
    re.I,
)
_ENGLISH = frozenset(
    "the of and to in a is that for on was with said as by at from his it an were are be has "
    "have had which this not but they who their been after".split()
)


class CleanStage:
    name = "clean"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("text", "title", "author", "published", "removed", "dateline", "language")

    def __call__(self, article: Article) -> Article:
        raw = article.raw
        if raw is not None and raw.cleaned:
            return article  # cleaned already (``ingest.dedupe`` cleans before the pipeline)
        if raw is not None and raw.html is not None:
            cleaned = clean_html(raw.html, article.url, find_published=not article.published)
            article.text = cleaned.text
            article.title = article.title or cleaned.title
            article.author = article.author or cleaned.author
            # Given > page metadata > the crawler's fetch date.
            article.published = article.published or cleaned.published or raw.fetched
            article.source = article.source or cleaned.source
            article.url = article.url or cleaned.url
            article.removed.extend(cleaned.removed)
            raw.html = None  # not needed any more; keeps the record small
        elif raw is None or raw.clean:
            result = clean_text(article.text)
            article.text = result.text
            article.title = article.title or result.title
            article.author = article.author or result.author
            article.published = article.published or result.published
            article.source = article.source or result.outlet
            article.removed.extend(result.removed)
        if raw is not None:
            raw.cleaned = True
        if not article.text.strip():
            article.errors.append(StageError(self.name, "no article text found"))
        article.dateline = find_dateline(article.text)
        article.source = article.source or dateline_agency(article.text)
        article.language = guess_language(article.text)
        if article.language != "en":
            article.errors.append(
                StageError(self.name, "not English: skipped by the English stages")
            )
        return article


def find_dateline(text: str) -> Dateline | None:
    match = _DATELINE.match(text)
    if not match:
        return None
    city, region = match.group("city"), match.group("region")
    if not city.isupper() or len(city) < 3 or (region and not region[0].isupper()):
        return None
    place = match.group("place")
    return Dateline(text=place, start=match.start("place"), end=match.end("place"))


def dateline_agency(text: str) -> str | None:
    """The wire agency named in the dateline ("MOSUL, Iraq (Reuters) -"), a fallback for the outlet."""
    match = _DATELINE.match(text) if find_dateline(text) else None
    agency = match.group("agency") if match else None
    return agency.strip() if agency else None


def guess_language(text: str) -> str | None:
    """'en' when common English function words make up a fair share of the words."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 8:
        return "en" if words else None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share >= 0.12 else "und"
