import json
from importlib import resources

import jsonschema
import pytest

from dateline import schema
from tests.test_model import full_article


def test_packaged_schema_equals_the_generated_one() -> None:
    packaged = json.loads(resources.files("dateline").joinpath("schema.json").read_text())
    assert packaged == schema.generate(), "run: python -m dateline.schema > dateline/schema.json"


def test_valid_record_passes_and_broken_one_fails() -> None:
    record = full_article().to_dict()
    schema.validate(record)
    record["events"][0]["fatalities"] = "twelve"
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(record)
    del record["events"]
    with pytest.raises(jsonschema.ValidationError):
        schema.validate(record)
