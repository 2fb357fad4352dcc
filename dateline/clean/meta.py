"""Metadata found in plain text: byline lines with the author and the publication date.

"By Jane Roe, Dateline Wire | March 12, 2025", "Published: 12 March 2025 10:04 GMT",
"Updated 2025-03-12". Dates come back as ISO days; only lines that are not sentences count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b"),
]
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|al|bin|da|dos|del|la|le))*"
_BYLINE = re.compile(rf"^by\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)\s*(?:$|[,|•·—–-]\s*|\s+in\s+)",
                     re.I)
_AUTHOR_CASE = re.compile(rf"^(?:{_NAME})(?:\s*(?:,|and|&)\s*{_NAME})*$")
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday the a an this that "
    "then now late early noon midday dawn".split()) | frozenset(_MONTHS)
_STAMP = re.compile(r"^(published|posted|updated|first published|last updated|date)\b\s*(on|:)?", re.I)
_MAX_WORDS = 20


@dataclass
class Byline:
    author: str | None
    published: str | None
    outlet: str | None = None  # "By Ana Lind, Herald Wire | ...": the outlet after the name


def parse_date(text: str) -> str | None:
    """The first explicit calendar date in ``text`` as an ISO day, or None."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["num"]) if groups.get("num") else _MONTHS.get(groups["month"].lower().rstrip("."))
            try:
                return date(int(groups["year"]), month or 0, int(groups["day"])).isoformat()
            except ValueError:
                continue
    return None


def find_byline(line: str, *, stamp_only: bool = False) -> Byline | None:
    """Author and/or date when ``line`` is a byline, date stamp or bare date; None for anything else.

    ``stamp_only`` (away from the headline) accepts only labelled stamps ("Updated March 3, 2025").
    """
    words = line.split()
    if not words or len(words) > _MAX_WORDS or line.rstrip().endswith((".", "!", "?", '"', "”")):
        return None
    published = parse_date(line)
    author = None
    if stamp_only:
        return Byline(None, published) if published and _STAMP.match(line) else None
    match = _BYLINE.match(line)
    if match:
        # The names must keep their capitals: "By early afternoon" is no byline.
        author = match.group("author").strip(" ,")
        first = re.split(r"\W+", author.lower(), maxsplit=1)[0]
        author = author if _AUTHOR_CASE.match(author) and first not in _NOT_NAMES else None
    if author or (published and (_STAMP.match(line) or _only_date(line))):
        return Byline(author, published, _outlet(line[match.end():]) if match and author else None)
    return None


def _only_date(line: str) -> bool:
    rest = line
    for pattern in _DATES:
        rest = pattern.sub("", rest)
    rest = re.sub(r"\b\d{1,2}[:.]\d\d\s*(am|pm|a\.m\.|p\.m\.)?|\b(gmt|utc|[ecmp][sd]t|bst|cet|eat|wat)\b|"
                  r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", "", rest, flags=re.I)
    return not re.search(r"\w", rest)


def _outlet(rest: str) -> str | None:
    part = re.split(r"\s*[|•·—–]\s*", rest.strip(), maxsplit=1)[0].strip(" ,")
    if not part or not part[0].isupper() or parse_date(part) or len(part.split()) > 5:
        return None
    return part
