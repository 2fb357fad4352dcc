"""The JSON Schema of the output, generated from the dataclasses in ``model.py``.

``schema.json`` in the package is this generator's output; a test keeps the two equal, and
``python -m dateline.schema > dateline/schema.json`` regenerates it after a model change.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import SCHEMA_VERSION, Article

_PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}
_LEFT_OUT = {"nlp", "raw"}  # working state, not part of the contract


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [a for a in args if a is not type(None)]
        schema = _type_schema(inner[0], defs)
        if type(None) in args:
            return {"anyOf": [schema, {"type": "null"}]}
        return schema
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin is tuple:
        items = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"type": "array", "prefixItems": items, "minItems": len(items),
                "maxItems": len(items)}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if tp in _PRIMITIVES:
        return {"type": _PRIMITIVES[tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.name not in _LEFT_OUT]
    return {
        "type": "object",
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


def generate() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _object_schema(Article, defs)
    root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://dateline.invalid/schema/article-v{SCHEMA_VERSION}.json",
        "title": "dateline article",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The packaged schema (what users validate against)."""
    text = resources.files("dateline").joinpath("schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def validate(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``record`` does not follow the contract."""
    import jsonschema

    jsonschema.validate(record, article_schema())


if __name__ == "__main__":
    json.dump(generate(), sys.stdout, indent=1)
    sys.stdout.write("\n")
