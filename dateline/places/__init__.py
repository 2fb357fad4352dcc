"""Places: the gazetteer index and toponym resolution."""

from .gazetteer import GazEntry, Gazetteer, normalise_name
from .resolve import PlaceStage

__all__ = ["GazEntry", "Gazetteer", "PlaceStage", "normalise_name"]
