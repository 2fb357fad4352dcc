"""The Article record and its parts: the output contract of SCHEMA.md as typed dataclasses.

Every annotation is an offset into ``Article.text`` so the record serialises as it is and does
not depend on the NLP backend. ``to_dict()``/``from_dict()`` round-trip; the JSON Schema in
``dateline/schema.json`` is generated from these classes (``dateline.schema``).

The linguistic layer (``Article.nlp``: sentences, tokens, named entities) is working state for
the stages; it is left out of ``to_dict()`` unless asked for, because it is large and
backend-specific.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA_VERSION = 1

Span = tuple[int, int]
T = TypeVar("T")


@dataclass
class Removed:
    """A piece of the input that cleaning dropped, and why."""

    text: str
    reason: str


@dataclass
class StageError:
    """A problem one stage had with one article; the article and the batch go on."""

    stage: str
    message: str


@dataclass
class Dateline:
    """The dateline that opens a report ("ERBIL, Iraq --"), and the place it names."""

    text: str
    place_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Entity:
    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    actor_type: str | None = None
    sector: str | None = None
    country: str | None = None


@dataclass
class Place:
    id: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None
    resolved_via: str | None = None
    parent: str | None = None


@dataclass
class Actor:
    name: str
    entity_id: str | None = None
    actor_type: str | None = None


@dataclass
class Location:
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Event:
    id: str
    event_type: str
    sub_event_type: str
    plover: str | None = None
    plover_mode: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: str | None = None
    date_text: str | None = None
    time_precision: int | None = None
    place_id: str | None = None
    location: Location | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    modality: str = "asserted"
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Quote:
    text: str
    start: int
    end: int
    direct: bool = True
    cue: str | None = None
    speaker: str | None = None
    speaker_entity_id: str | None = None
    via: str | None = None


@dataclass
class DateMention:
    """A date expression in the text, resolved against the publication date."""

    start: int
    end: int
    text: str
    date: str  # ISO day, or YYYY-MM / YYYY when vaguer
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month or vaguer


# --- the linguistic layer (working state, not part of the contract) --------------------------


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the head token in NlpLayer.tokens (itself for the root)
    ent: str = ""  # named-entity label of the token, "" outside entities


@dataclass
class NamedSpan:
    start: int
    end: int
    label: str
    text: str


@dataclass
class NlpLayer:
    model: str
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    ents: list[NamedSpan] = field(default_factory=list)
    # token index range of each sentence, parallel to ``sentences``
    sentence_tokens: list[Span] = field(default_factory=list)


@dataclass
class RawInput:
    """What ingest read, before cleaning: where it came from and its raw form."""

    origin: str  # file path, URL or "<stdin>", for messages
    format: str  # "text" | "html" | "jsonl" | "warc" | "feed" | "url"
    html: str | None = None
    clean: bool = True  # False keeps text verbatim, so offsets match the input
    fetched: str | None = None  # when a crawler fetched it (WARC-Date): a last-resort publication date
    cleaned: bool = False  # set by the clean stage, so running it again changes nothing


@dataclass
class Article:
    """One article, flowing through every stage of the pipeline."""

    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = "en"
    duplicate_of: str | None = None  # id of the earlier article this one repeats (exact or near copy)
    dateline: Dateline | None = None
    removed: list[Removed] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    nlp: NlpLayer | None = None
    raw: RawInput | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.url, self.text)

    def to_dict(self, *, include_nlp: bool = False) -> dict[str, Any]:
        data = _to_plain(self)
        data.pop("raw", None)
        if not include_nlp:
            data.pop("nlp", None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _from_plain(cls, data)

    # Small helpers the stages share.
    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def article_id(url: str | None, text: str) -> str:
    """A stable id: a hash of the url and the whitespace-normalised text."""
    digest = hashlib.sha256(f"{url or ''}\n{normalise_text(text)}".encode())
    return digest.hexdigest()[:16]


# --- (de)serialisation -------------------------------------------------------------------------


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    return value


def _from_plain(tp: Any, value: Any) -> Any:
    """Build ``tp`` from plain JSON data, following the dataclass type hints."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_plain(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_plain(item, v) for v in value]
    if origin is tuple:
        return tuple(_from_plain(a, v) for a, v in zip(typing.get_args(tp), value, strict=True))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        kwargs = {k: _from_plain(hints[k], v) for k, v in value.items() if k in known}
        return tp(**kwargs)
    return value
