"""Plain-text cleaning: drop, line by line, what scraped text carries besides the report.

Each dropped line is kept in ``removed`` with its reason; a line that reads like a body
paragraph (it ends a sentence) is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removed
from .meta import find_byline

_SENTENCE_END = re.compile(r"""[.!?:;"'”’)\]]\s*$""")
_CONSENT = re.compile(r"\bcookies?\b|\bconsent\b|privacy (policy|settings)", re.I)
_PROMPT = re.compile(
    r"^(share|subscribe|sign up|follow us|newsletter|advertisement|read more|related|"
    r"click here|download (the|our) app|watch|listen)\b",
    re.I,
)
_CREDIT = re.compile(r"^(photo|image|picture|video|file photo|credit)\b.{0,80}$|\b(getty images|"
                     r"reuters/|ap photo|afp via getty)\b", re.I)
_MAX_HEADLINE_WORDS = 16
_BYLINE_WITHIN = 4  # bylines and date stamps sit just under the headline


@dataclass
class CleanedText:
    title: str | None
    text: str
    removed: list[Removed]
    author: str | None = None
    published: str | None = None  # ISO day from a byline or date stamp


def clean_text(raw: str) -> CleanedText:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\r\n\s*\r\n", raw.replace("\r\n", "\n"))]
    paragraphs = [p for p in paragraphs if p]
    title = None
    if paragraphs and _looks_like_headline(paragraphs[0]):
        title = paragraphs.pop(0)
    kept: list[str] = []
    removed: list[Removed] = []
    author = published = None
    for number, para in enumerate(paragraphs):
        byline = find_byline(para) if number < _BYLINE_WITHIN and not kept else None
        if byline:
            author = author or byline.author
            published = published or byline.published
            removed.append(Removed(para, "byline"))
            continue
        reason = junk_reason(para)
        if reason:
            removed.append(Removed(para, reason))
        else:
            kept.append(re.sub(r"[ \t]*\n[ \t]*", " ", para))
    return CleanedText(title=title, text="\n\n".join(kept), removed=removed, author=author, published=published)


def junk_reason(line: str) -> str | None:
    """Why a paragraph is not part of the report, or None when it is body text."""
    words = line.split()
    if len(line) <= 3:
        return "fragment"
    if _CONSENT.search(line) and re.search(r"\b(accept|use|agree|manage|policy)\b", line, re.I):
        return "cookie-notice"
    if _PROMPT.search(line) and len(words) <= _MAX_HEADLINE_WORDS:
        return "prompt"
    if _CREDIT.search(line) and len(words) <= 25:
        return "caption"
    if _looks_like_headline(line):
        return "related-link"
    return None


def _looks_like_headline(line: str) -> bool:
    """A short line that does not end a sentence: a headline or a related-story link."""
    words = line.split()
    return 1 <= len(words) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)
