"""Plain-text cleaning: drop, paragraph by paragraph, what scraped text carries besides the report.

What goes, each recorded in ``removed`` with its reason:
  related-link   short lines that do not end a sentence (headlines of other stories interleaved
                 with the body); the first one, when it opens the text, is the title instead
  cookie-notice  consent banners addressed to the reader ("We use cookies ... accept")
  prompt         share / subscribe / newsletter / app / "read more" calls, and page furniture
  caption        photo captions and credits ("Photo: ...", "... REUTERS/Ana Lind")
  fragment       stray bits of three characters or fewer ("f", "1/5", "|")
  byline         author and date lines under the headline (the author and date are kept as metadata)

A paragraph that ends a sentence is only dropped by a rule that cannot fit report prose: a
consent notice, a prompt that addresses the reader, or a caption ending in a photo credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removed
from .meta import find_byline

_SENTENCE_END = re.compile(r"""[.!?:;"'”’)\]…]\s*$""")
# Consent notices speak to the reader about cookies or their privacy choices.
_CONSENT = re.compile(r"\bcookies?\b|\b(consent|privacy) (settings|preferences|choices)\b", re.I)
_CONSENT_VOICE = re.compile(
    r"\b(we|our|you|your|this (site|website))\b.{0,80}\b(use|uses|accept|agree|consent|manage|"
    r"settings|preferences|continuing)\b", re.I)
# Prompts that may be phrased as a sentence: they address the reader, which report prose does not.
_PROMPT_SENTENCE = re.compile(
    r"^(sign up|subscribe|follow us|download (the|our) app|click here|read more|continue reading|"
    r"support (our|independent|quality) journalism|join (us|our)|already a subscriber|create (a|an|your) "
    r"(free )?account|(log|sign) in to|get (our|the) [\w\s'’-]{0,30}newsletter|don'?t miss|"
    r"story continues below|this article (was|has been) (updated|amended)|have a (news )?tip|"
    r"we (want|would like) to hear|you can (also )?(read|watch|listen|follow))\b"
    r"|\bnewsletter\b.{0,80}\b(inbox|sign up|subscribe)\b|\b(sign up|subscribe)\b.{0,60}\bnewsletter\b",
    re.I)
# Page furniture: only when the line is short and does not end a sentence (or ends with a colon).
_PROMPT_LABEL = re.compile(
    r"^(share|tweet|email|e-mail|print|copy link|save|comments?|watch|listen|related|advertisement|"
    r"sponsored|more from|more on|recommended|trending|most (read|popular|viewed)|see also|also read|"
    r"read also|top stories|latest( news)?|skip to|back to top|next article|previous article|"
    r"facebook|twitter|whatsapp|linkedin|telegram|reddit|video|audio|photos?|gallery|menu|search|"
    r"home|opinion|topics?|tags?|filed under|explore more)\b", re.I)
_CREDIT_LEAD = re.compile(r"^(photo|image|picture|video|file photo|photograph|credit|caption|pictured)s?\b", re.I)
_CREDIT_TAIL = re.compile(
    r"(\(|\b)(photo|image|picture|photograph|credit)s?( by)?\s*[:/]\s*[^.!?]{0,60}\)?\s*$"
    r"|\b(getty images|shutterstock|via getty|ap photo|afp photo|file photo)\b[^.!?]{0,40}\)?\s*$", re.I)
# "... on March 4. REUTERS/Ana Lind", "(AFP/Getty Images)": an agency in capitals, a slash, a name.
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(?: [A-Z]{2,})?/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*\)?\s*$")
_MAX_HEADLINE_WORDS = 16
_MAX_PROMPT_WORDS = 30
_MAX_CAPTION_WORDS = 45
_MAX_NOTICE_WORDS = 90
_BYLINE_WITHIN = 4  # bylines and date stamps sit just under the headline


@dataclass
class CleanedText:
    title: str | None
    text: str
    removed: list[Removed]
    author: str | None = None
    published: str | None = None  # ISO day from a byline or date stamp
    outlet: str | None = None


def clean_text(raw: str) -> CleanedText:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw.replace("\r\n", "\n").replace("\r", "\n"))]
    paragraphs = [p for p in paragraphs if p]
    title = None
    if paragraphs and _looks_like_headline(paragraphs[0]) and not find_byline(paragraphs[0]) \
            and junk_reason(paragraphs[0]) in (None, "related-link"):
        title = paragraphs.pop(0)
    kept: list[str] = []
    removed: list[Removed] = []
    author = published = outlet = None
    for number, para in enumerate(paragraphs):
        byline = find_byline(para, stamp_only=bool(kept) or number >= _BYLINE_WITHIN)
        if byline:
            author = author or byline.author
            published = published or byline.published
            outlet = outlet or byline.outlet
            removed.append(Removed(para, "byline"))
            continue
        reason = junk_reason(para)
        if reason:
            removed.append(Removed(para, reason))
        else:
            kept.append(re.sub(r"[ \t]*\n[ \t]*", " ", para))
    return CleanedText(title=title, text="\n\n".join(kept), removed=removed, author=author, published=published,
                       outlet=outlet)


def junk_reason(line: str) -> str | None:
    """Why a paragraph is not part of the report, or None when it is body text."""
    words = line.split()
    if len(line) <= 3 or not re.search(r"[^\W\d_]{2}", line):
        return "fragment"
    if len(words) <= _MAX_NOTICE_WORDS and _CONSENT.search(line) and _CONSENT_VOICE.search(line):
        return "cookie-notice"
    if len(words) <= _MAX_PROMPT_WORDS and _PROMPT_SENTENCE.search(line):
        return "prompt"
    ends_sentence = _SENTENCE_END.search(line) and not line.rstrip().endswith(":")
    if len(words) <= _MAX_CAPTION_WORDS and (_CREDIT_TAIL.search(line) or _AGENCY_CREDIT.search(line) or
                                             (_CREDIT_LEAD.match(line) and not ends_sentence)):
        return "caption"
    if len(words) <= _MAX_HEADLINE_WORDS and not ends_sentence and _PROMPT_LABEL.match(line):
        return "prompt"
    if _looks_like_headline(line):
        return "related-link"
    return None


def _looks_like_headline(line: str) -> bool:
    """A short line that does not end a sentence: a headline or a related-story link."""
    words = line.split()
    return 1 <= len(words) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)
