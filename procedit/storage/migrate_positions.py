"""Format 5 → 6: the position register.

Format 6 adds ``positions`` to the project (a position: name, department, whom it reports
to, who substitutes it, rights, responsibility, qualification requirements) and
``position_id`` to a person (the position they hold). A person's free-text ``position`` is
kept only for someone who holds no register position, and left out of the file when empty.

Older files wrote a position as free text per person. The migration makes a register entry
of each distinct text: people with the same text (spacing and case aside) in the same
department hold one position; the same text in two departments makes two positions (a
"Менеджер" of sales is not the manager of purchasing). The position takes the department of
its people; nothing is guessed beyond that (whom it reports to, who substitutes it and the
hand-written texts stay empty). Ids are derived from the first holder's id (``person_x`` →
``pos_x``), so a migration is deterministic and a file keeps diffing cleanly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

Json = dict[str, Any]


def migrate_5_to_6(data: Json, path: str | os.PathLike[str]) -> Json:
    people = data.get("people")
    if not isinstance(people, list) or "positions" in data:  # malformed: validation names the place
        return {**data, "format": 6}
    taken = set(_ids(data))
    positions: list[Json] = []
    by_key: dict[tuple[str, Any], str] = {}
    new_people = []
    for person in people:
        text = person.get("position") if isinstance(person, dict) else None
        if not isinstance(text, str) or not text.strip() or person.get("position_id") is not None:
            new_people.append(person)
            continue
        dept = person.get("department_id")
        key = (" ".join(text.split()).casefold(), dept if isinstance(dept, str) else None)
        ident = by_key.get(key)
        if ident is None:
            ident = by_key[key] = _fresh(_base(person.get("id")), taken)
            positions.append({"id": ident, "name": " ".join(text.split()), "department_id": key[1]})
        rest = {k: v for k, v in person.items() if k != "position"}
        new_people.append({**rest, "position_id": ident})
    return {**data, "people": new_people, "positions": positions, "format": 6}


def _base(person_id: Any) -> str:
    if isinstance(person_id, str) and person_id.startswith("person_") and len(person_id) > 7:
        return "pos_" + person_id[7:]
    return "pos"


def _fresh(base: str, taken: set[str]) -> str:
    ident, n = base, 2
    while ident in taken:
        ident = f"{base}_{n}"
        n += 1
    taken.add(ident)
    return ident


def _ids(value: Any) -> Iterator[str]:
    """Every ``id`` in the parsed file (a new id must not repeat one of them)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            ident = v.get("id")
            if isinstance(ident, str):
                yield ident
            stack.extend(x for x in v.values() if isinstance(x, (dict, list)))
        elif isinstance(v, list):
            stack.extend(x for x in v if isinstance(x, (dict, list)))
