"""The JSON Schema of ``.procmap`` files, generated from the model.

``procedit schema`` prints it; ``resources/procmap.schema.json`` is a committed copy for
editors and other tools (a test keeps the two equal).
"""

from __future__ import annotations

import json
from typing import Any

from procedit.model import Project
from procedit.model.limits import MAX_BOXES, MAX_MEASUREMENTS, MAX_OBJECTS

from .fileformat import FORMAT, MAX_BYTES

SCHEMA_ID = f"https://procedit.invalid/schema/procmap-{FORMAT}.schema.json"


def json_schema() -> dict[str, Any]:
    """The schema of the current file format (the project plus its ``format`` number)."""
    base = Project.model_json_schema()
    properties = {
        "format": {
            "const": FORMAT,
            "description": "File format version; older versions are migrated on load.",
            "title": "Format",
            "type": "integer",
        },
        **base.get("properties", {}),
    }
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "procedit project file (.procmap)",
        "description": (
            "A procedit project: organization, strategy, people and process maps. A file holds at most "
            f"{MAX_OBJECTS:,} elements besides {MAX_MEASUREMENTS:,} measured values, "
            f"{MAX_BOXES:,} processes and external parties, in {MAX_BYTES // (1024 * 1024)} MB."
        ),
        "type": "object",
        "properties": properties,
        "required": ["format", *base.get("required", [])],
        "additionalProperties": False,
    }
    if "$defs" in base:
        schema["$defs"] = base["$defs"]
    return schema


def schema_text() -> str:
    """The schema as pretty JSON text (UTF-8 friendly, ends with a newline)."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
