"""Format 8 → 9: a measured value is an array on one line, not an object over five.

Format 8 wrote each actual value of a criterion as ``{"period": "2026-10", "value": 81.0,
"note": ""}`` (over five lines, pretty-printed): at 3 criteria × 24 months on 5,000
processes, 360,000 of them were three fifths of the file and most of its loading time.
Format 9 writes ``["2026-10", 81.0]``, the note as a third item when there is one, one
measurement a line (a map kept in git still diffs by value).

The migration turns each object into that array; an object with a key a measurement does not
have, or without its period, is refused as format 8 refused it (the place named as the key's
in the file); anything else is left to the model's validation to name.
"""

from __future__ import annotations

import os
from typing import Any

from .errors import ProjectFileError, json_path

Json = dict[str, Any]
_FIELDS = ("period", "value", "note")


def migrate_8_to_9(data: Json, path: str | os.PathLike[str]) -> Json:
    maps = data.get("maps")
    if not isinstance(maps, list):  # malformed: the model's validation names the place
        return {**data, "format": 9}
    for i, m in enumerate(maps):
        processes = m.get("processes") if isinstance(m, dict) else None
        for j, p in enumerate(processes if isinstance(processes, list) else ()):
            criteria = p.get("criteria") if isinstance(p, dict) else None
            for k, c in enumerate(criteria if isinstance(criteria, list) else ()):
                actuals = c.get("actuals") if isinstance(c, dict) else None
                if isinstance(actuals, list):
                    where = ("maps", i, "processes", j, "criteria", k, "actuals")
                    c["actuals"] = [_array(a, (*where, n), path) for n, a in enumerate(actuals)]
    return {**data, "format": 9}


def _array(value: Any, loc: tuple[Any, ...], path: str | os.PathLike[str]) -> Any:
    """``{"period", "value", "note"}`` as ``[period, value]`` or ``[period, value, note]``."""
    if not isinstance(value, dict):
        return value
    for key in value:
        if key not in _FIELDS:
            raise ProjectFileError(path, json_path((*loc, key)), "unknown field", "неизвестное поле")
    if "period" not in value:
        raise ProjectFileError(
            path, json_path((*loc, "period")), "required field is missing", "нет обязательного поля"
        )
    out = [value["period"], value.get("value")]
    note = value.get("note", "")
    if note != "":
        out.append(note)
    return out
