"""Format 7 → 8: every map its own document, and the sections a regulation lacked.

Format 8 adds, all optional and left out of the file while unset:

- ``document`` on a map: its own passport, approvers and change log, and the regulation's
  general sections (general provisions, responsibility and authority, who analyses the
  processes, how often and where it is recorded, the document's review period and who may
  initiate a change). A map without one prints with the project's passport;
- ``references`` on the project: the normative documents the regulations refer to;
- on a process: what starts and ends it, its resources, risks and records;
- on a stage: its input, deadline or duration, documents and records, IT system;
- on a change-log entry: the version (edition) the change made.

Before format 8 every map printed with the project's passport and change log, so an AS IS
survey and the TO BE regulation were one document as far as control went. The migration
keeps what was issued and parts what was mixed: a top-level TO BE map keeps the project's
passport, approvers and change log as its own (a copy: the project's stay as the defaults of
new maps); a top-level AS IS map gets a survey identity of its own — the project's author,
version 1.0, a draft, no approvers (nobody approves a survey as a rule) and an empty change
log. Decomposition and reference maps keep printing with the project's passport.
"""

from __future__ import annotations

import os
from typing import Any

Json = dict[str, Any]


def migrate_7_to_8(data: Json, path: str | os.PathLike[str]) -> Json:
    maps = data.get("maps")
    if not isinstance(maps, list):  # malformed: the model's validation names the place
        return {**data, "format": 8}
    passport = data.get("passport") if isinstance(data.get("passport"), dict) else {}
    new_maps = []
    for m in maps:
        if isinstance(m, dict) and "document" not in m and not m.get("parent_process_id"):
            kind = m.get("kind", "as_is")
            if kind == "to_be":
                m = {**m, "document": _copied(data, passport, str(m.get("id", "")))}
            elif kind == "as_is":
                m = {**m, "document": _survey(passport)}
        new_maps.append(m)
    return {**data, "maps": new_maps, "format": 8}


def _list(data: Json, field: str) -> list[Any]:
    value = data.get(field)
    return value if isinstance(value, list) else []


def _copied(data: Json, passport: Json, map_id: str) -> Json:
    """The project's passport, approvers and change log as the map's own: the copied entries
    get ids of their own, made from the originals' so that a migration is reproducible."""

    def renamed(items: list[Any]) -> list[Any]:
        return [{**x, "id": f"{x.get('id')}_{map_id}"[:200]} if isinstance(x, dict) else x for x in items]

    return {
        "passport": dict(passport),
        "approvers": renamed(_list(data, "approvers")),
        "change_log": renamed(_list(data, "change_log")),
    }


def _survey(passport: Json) -> Json:
    own: Json = {"status": "draft", "version": "1.0"}
    if passport.get("author_id"):
        own["author_id"] = passport["author_id"]
    return {"passport": own}
