"""dateline: news articles in, trustworthy event data out.

    >>> import dateline
    >>> nlp = dateline.load()
    >>> article = nlp("KADUNA, Nigeria -- Gunmen attacked ...", published="2025-03-12")
    >>> article.events[0].sub_event_type
"""

from __future__ import annotations

from .errors import DatelineError, InputError, ModelError, PipelineError, StoreError
from .model import (
    Actor,
    Article,
    Dateline,
    DateMention,
    Entity,
    Event,
    Evidence,
    Location,
    Place,
    Quote,
)
from .options import Options
from .pipeline import Pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "DateMention",
    "Dateline",
    "DatelineError",
    "Entity",
    "Event",
    "Evidence",
    "InputError",
    "Location",
    "ModelError",
    "Options",
    "Pipeline",
    "PipelineError",
    "Place",
    "Quote",
    "StoreError",
    "__version__",
    "load",
]


def load(model: str | None = None, *, options: Options | None = None) -> Pipeline:
    """Build the full pipeline: clean -> nlp -> entities -> places -> time -> events -> quotes."""
    from dataclasses import replace
    from functools import partial

    from .clean import CleanStage
    from .entities import EntityStage
    from .events import EventStage
    from .nlp import NlpStage
    from .places import Gazetteer, PlaceStage
    from .quotes import QuoteStage
    from .timex import TimeStage

    options = options or Options()
    if model:
        options = replace(options, model=model)
    gazetteer = Gazetteer.open(options.gazetteer, user_csv=options.user_places)
    return Pipeline(
        [
            CleanStage(),
            NlpStage(options.model),
            EntityStage(),
            PlaceStage(gazetteer),
            TimeStage(),
            EventStage(),
            QuoteStage(),
        ],
        options,
        recipe=partial(load, options=options),  # spawned workers rebuild it rather than unpickle it
    )
