"""The JSON Schema is generated from the model; the committed copy stays equal to it."""

from __future__ import annotations

import json

import procedit_resources

from procedit.model import Project
from procedit.storage import FORMAT, json_schema, schema_text


def test_committed_copy_equals_the_generated_schema():
    # the shipped copy, read as an installed resource (resources/ is the package procedit_resources)
    copy = procedit_resources.resource("procmap.schema.json")
    assert copy.read_text(encoding="utf-8") == schema_text(), (
        "run: procedit schema > resources/procmap.schema.json"
    )


def test_schema_describes_the_file_format():
    schema = json_schema()
    assert next(iter(schema["properties"])) == "format"
    assert schema["properties"]["format"]["const"] == FORMAT
    assert "format" in schema["required"]
    assert set(schema["properties"]) == {"format", *Project.model_fields}
    assert schema["additionalProperties"] is False
    assert "Process" in schema["$defs"] and "ProcessMap" in schema["$defs"]
    json.loads(schema_text())
