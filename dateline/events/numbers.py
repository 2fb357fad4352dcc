"""Casualty counts: "at least 80 people", "killing the attacker", "dozens", "10 to 15"."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "a thousand": 1000, "both": 2, "a pair of": 2,
}
# Vague quantities: ACLED records the conservative figure (dozens -> 12).
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3,
         "many": 3, "a few": 2, "some": 2}

_NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
        + r"|" + "|".join(VAGUE) + r")")
_QUAL = r"(?P<qual>at least|more than|over|nearly|almost|about|around|up to|some|as many as)?\s*"
_RANGE = r"(?P<n>" + _NUM + r")(?:\s*(?:to|-|–|or)\s*(?P<n2>" + _NUM + r"))?"
_WHO = (r"(?:\s+(?:of\s+)?(?:(?:other|more)\s+)?(?:\w+\s+)?(?:people|persons|civilians|soldiers|troops|"
        r"police(?:men| officers)?|"
        r"officers|fighters|militants|insurgents|rebels|children|women|men|protesters|"
        r"demonstrators|villagers|residents|workers|passengers|members|others|attackers?|"
        r"security personnel|personnel|of them))?")
_DEATH = r"(?:killed|dead|died|slain|shot dead|killing|deaths|lost their lives|perished)"
_HURT = r"(?:injured|wounded|hurt|injuring|wounding|injuries)"

_PATTERNS = {
    "killed": [
        re.compile(r"\b(?:kill(?:ing|ed|s)?|left|claimed the lives of)\s+" + _QUAL + _RANGE + _WHO, re.I),
        re.compile(r"\b" + _QUAL + _RANGE + _WHO + r"\s+(?:were|was|have been|had been|are|being)?\s*"
                   r"(?:reported\s+)?" + _DEATH, re.I),
        re.compile(r"\b(?:death toll|toll)\s+(?:rose|climbed|stood|stands|reached|of|at|to)\s+"
                   + _QUAL + _RANGE, re.I),
    ],
    "injured": [
        re.compile(r"\b(?:injur(?:ing|ed)|wound(?:ing|ed))\s+" + _QUAL + _RANGE + _WHO, re.I),
        re.compile(r"\b" + _QUAL + _RANGE + _WHO + r"\s+(?:were|was|have been|had been|are)?\s*"
                   + _HURT, re.I),
    ],
}
_KILLED_ONE = re.compile(r"\bkill(?:ing|ed)\s+(?:the|a|its)\s+(?:suicide\s+)?(?:attacker|bomber|"
                         r"driver|gunman|assailant)\b|\b(?:the|a)\s+(?:suicide\s+)?(?:attacker|bomber|"
                         r"gunman|assailant)\s+(?:was|were)\s+(?:also\s+)?killed", re.I)
_NONE = re.compile(r"\b(?:no (?:one|deaths|casualties|fatalities)|nobody)\s+(?:was|were|have been)?\s*"
                   r"(?:killed|reported|hurt|injured)?|\bno (?:deaths|casualties|fatalities)\b", re.I)


@dataclass(frozen=True)
class Count:
    low: int
    high: int
    start: int
    end: int


def to_number(word: str) -> int | None:
    word = word.lower().strip()
    if re.fullmatch(r"[\d,]+", word):
        return int(word.replace(",", ""))
    return WORD_NUMBERS.get(word, VAGUE.get(word))


def find_count(sentence: str, kind: str) -> Count | None:
    """The largest conservative count of ``kind`` ("killed" or "injured") in a sentence."""
    best: Count | None = None
    for pattern in _PATTERNS[kind]:
        for m in pattern.finditer(sentence):
            low = to_number(m["n"])
            if low is None:
                continue
            high = to_number(m["n2"]) if m["n2"] else None
            if high is None:
                high = low
            count = Count(min(low, high), max(low, high), m.start(), m.end())
            if best is None or count.low > best.low:
                best = count
    if kind == "killed" and best is None:
        one = _KILLED_ONE.search(sentence)
        if one:
            best = Count(1, 1, one.start(), one.end())
    if best is None and kind == "killed":
        none = _NONE.search(sentence)
        if none and re.search(r"kill|death|casualt|fatalit|dead", none.group(0), re.I):
            best = Count(0, 0, none.start(), none.end())
    return best
