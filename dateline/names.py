"""Repairs of spaCy's name spans shared by the entities and places stages."""

from __future__ import annotations

import re

# A possessive or a preposition NER glues to the front of a name.
_LEADING_JUNK = re.compile(r"(?:[’']s\s+|(?:Inside|In|At|Near|From|Outside|Into|On|By|For|With|Without|"
                           r"Across|Meanwhile|But|And|Then|Under|After|Before|Like|As)\s+)", re.U)


def junk_before_name(span: str) -> int:
    """How many characters of a NER span come before the name: a possessive or a preposition
    glued to its front ("’s al-Furqan", "Inside Gogjali")."""
    cut = 0
    while (m := _LEADING_JUNK.match(span, cut)) and m.end() < len(span):
        cut = m.end()
    return cut
