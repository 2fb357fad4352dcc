"""Date expressions resolved against the publication date, with ACLED time precision.

dateparser gets weekday and relative phrases wrong for news ("Thursday" -> a week early), so
this module resolves them itself: a weekday is the most recent such day on or before the
publication date. Precision: 1 day, 2 week, 3 month or vaguer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .model import Article, DateMention

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day_year", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)),
    ("day_month_year", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})", re.I)),
    ("day_month", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\b(?!,?\s*\d{4})", re.I)),
    ("month_year", re.compile(r"\b(?:(?:early|late|mid)[- ])?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("next_weekday", re.compile(r"\b(?:next|this coming|coming)\s+" + _WEEKDAY + r"\b", re.I)),
    ("next_period", re.compile(r"\b(?P<rel>tomorrow|next week|next month|next year|last year|this year)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?:late|early)\s+(?:on\s+)?)?(?:last\s+)?" + _WEEKDAY + r"\b", re.I)),
    ("relative_day", re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|this week|last week|"
                                r"this month|(?:early |late |mid-)?last month|the previous night|"
                                r"overnight)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|of)\s+(?P<year>(?:19|20)\d{2})\b")),
]


# "would appear in court on Monday", "is due to meet on Friday": a weekday in a clause about the
# future is the next such day, not the last one.
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|(?:is|are|was|were) due|due to|expected to|scheduled|set to|"
                            r"plans? to|planning to|planned for|to appear|"
                            r"to be (?:held|tried|sentenced|arraigned|heard))"
                            r"\b[^.;:!?\n]*$", re.I)


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` that can be resolved, left to right, no overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            resolved = _resolve(kind, match, published)
            if (kind == "weekday" and resolved is not None and published is not None
                    and not match.group(0).lower().startswith("last")
                    and _FUTURE_BEFORE.search(text[max(0, span[0] - 60) : span[0]])):
                ahead = (WEEKDAYS[match["weekday"].lower()] - published.weekday()) % 7
                resolved = (published + dt.timedelta(days=ahead)).isoformat(), 1
            if resolved is None:
                continue
            date, precision = resolved
            found.append(DateMention(span[0], span[1], match.group(0), date, precision))
            taken.append(span)
    return sorted(found, key=lambda t: t.start)


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[str, int] | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    try:
        if kind == "iso":
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), 1
        if kind in ("month_day_year", "day_month_year") and month:
            return dt.date(int(m["year"]), month, int(m["day"])).isoformat(), 1
        if kind in ("month_day", "day_month") and month and published:
            # No year: the most recent such date on or before publication.
            day = dt.date(published.year, month, int(m["day"]))
            if day > published + dt.timedelta(days=1):
                day = dt.date(published.year - 1, month, int(m["day"]))
            return day.isoformat(), 1
    except ValueError:
        return None
    if kind == "month_year" and month:
        return f"{int(m['year']):04d}-{month:02d}", 3
    if kind == "year":
        return m["year"], 3
    if published is None:
        return None
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[m["weekday"].lower()]) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat(), 1
    if kind == "relative_day":
        return _relative(m["rel"].lower(), published)
    if kind == "next_weekday":
        ahead = (WEEKDAYS[m["weekday"].lower()] - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=ahead)).isoformat(), 1
    if kind == "next_period":
        return _period(m["rel"].lower(), published)
    return None


def _relative(rel: str, published: dt.date) -> tuple[str, int]:
    if rel in ("today", "tonight", "this morning", "overnight"):
        return published.isoformat(), 1
    if rel in ("yesterday", "last night", "the previous night"):
        return (published - dt.timedelta(days=1)).isoformat(), 1
    if rel == "this week":
        return published.isoformat(), 2
    if rel == "last week":
        return (published - dt.timedelta(days=7)).isoformat(), 2
    if rel == "this month":
        return f"{published.year:04d}-{published.month:02d}", 3
    # "last month", "late last month", "early last month"
    first = published.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}", 3


def _period(rel: str, published: dt.date) -> tuple[str, int]:
    if rel == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat(), 1
    if rel == "next week":
        return (published + dt.timedelta(days=7)).isoformat(), 2
    if rel == "next month":
        first = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return f"{first.year:04d}-{first.month:02d}", 3
    year = published.year + {"next year": 1, "last year": -1}.get(rel, 0)
    return f"{year:04d}", 3


def iso_day(date: str) -> str:
    """A full ISO day for a vaguer date (ACLED still needs a day): the first of the period."""
    parts = date.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


class TimeStage:
    name = "time"
    requires: tuple[str, ...] = ("text", "published")
    assigns: tuple[str, ...] = ("dates",)

    def __call__(self, article: Article) -> Article:
        article.dates = find_dates(article.text, parse_published(article.published))
        return article
