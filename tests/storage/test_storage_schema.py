"""The JSON Schema is generated from the model; the committed copy stays equal to it."""

from __future__ import annotations

import json
from pathlib import Path

from procedit.model import Project
from procedit.storage import FORMAT, json_schema, schema_text

COPY = Path(__file__).resolve().parents[2] / "resources" / "procmap.schema.json"


def test_committed_copy_equals_the_generated_schema():
    assert COPY.read_text(encoding="utf-8") == schema_text(), (
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
