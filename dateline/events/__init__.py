"""The events stage: triggers -> type, actors, place, date, counts, modality, evidence."""

from __future__ import annotations

from .detect import EventStage
from .taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

__all__ = ["EVENT_TYPES", "SUB_EVENT_TYPES", "EventStage"]
