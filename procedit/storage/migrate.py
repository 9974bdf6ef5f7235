"""Older file formats and how they become the current one.

Format 1 (procedit 0.0.x) held a single map at the top level, and a process owner was a
plain person name::

    {"format": 1, "name": "...", "organization": "...", "kind": "as_is",
     "processes": [{"id", "code", "name", "owner": "Иван Петров", "description",
                    "inputs": ["..."], "outputs": ["..."], "x", "y", "width", "height"}],
     "parties": [{"id", "name", "kind", "x", "y"}],
     "links": [{"id", "source", "target", "label"}]}

Format 2 is the full ``Project``: several maps, a people register, strategy, ...
A criterion's ``target`` was free text ("≥ 120", "не более 2", "да").

Format 3 makes the target structured (``{"comparison", "value", "high",
"warning", "text"}``); criteria gain ``formula`` and ``data_source`` and processes their
corrective ``actions``. Text that cannot be read as a target is kept in ``text`` (and
reported by the control rules).

Format 4 gives each map a checking level (``check_level``: sketch, description,
regulation). A new map starts as a sketch; the maps of older files were checked against every
rule, so they keep that: they become ``regulation``.

Format 5 adds lineage, pairings and merge conflicts (see ``migrate_lineage``).

Format 6 adds the position register (see ``migrate_positions``).

Format 7 adds notes on the canvas: a map's ``notes`` (``{"id", "text", "x", "y",
"width", "height", "color"}``), left out of the file while a map has none. A format 6 file
has no notes; it reads as it is.

Format 8 gives each map its own document (passport, approvers, change log) and
adds the sections a regulation lacked (see ``migrate_documents``).

Format 9 (current) writes a criterion's measured values as arrays, one a line:
``["2026-10", 81.0]`` or ``["2026-10", null, "note"]`` (see ``migrate_actuals``).

Each migration takes the parsed JSON of one format and returns the JSON of the next one;
problems are reported with JSON paths into the file as it was written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from procedit.model import ExternalParty, Flow, Link, MapKind, PartyKind, Person, Process, ProcessMap, Project

from .errors import ProjectFileError, from_validation_error
from .migrate_actuals import migrate_8_to_9
from .migrate_documents import migrate_7_to_8
from .migrate_lineage import migrate_4_to_5
from .migrate_positions import migrate_5_to_6

# ------------------------------------------------------------------ format 1


class _V1(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class _V1Process(_V1):
    id: str
    code: str = ""
    name: str = ""
    owner: str = ""
    description: str = ""
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    x: float = 0.0
    y: float = 0.0
    width: float = 180.0
    height: float = 80.0


class _V1Party(_V1):
    id: str
    name: str = ""
    kind: PartyKind = PartyKind.CUSTOMER
    x: float = 0.0
    y: float = 0.0


class _V1Link(_V1):
    id: str
    source: str
    target: str
    label: str = ""


class _V1File(_V1):
    format: int
    name: str = ""
    organization: str = ""
    kind: MapKind = MapKind.AS_IS
    processes: tuple[_V1Process, ...] = ()
    parties: tuple[_V1Party, ...] = ()
    links: tuple[_V1Link, ...] = ()


def migrate_1_to_2(data: dict[str, Any], path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        v1 = _V1File.model_validate(data)
    except ValidationError as e:
        raise from_validation_error(path, e) from None
    used: dict[str, str] = {}
    for field in ("processes", "parties", "links"):
        for i, item in enumerate(getattr(v1, field)):
            where = f"$.{field}[{i}].id"
            if not item.id:
                raise ProjectFileError(path, where, "empty id", "пустой идентификатор")
            if item.id in used:
                raise ProjectFileError(
                    path,
                    where,
                    f"duplicate id {item.id!r} (first used at {used[item.id]})",
                    f"идентификатор {item.id!r} повторяется (впервые: {used[item.id]})",
                )
            used[item.id] = f"$.{field}[{i}]"
    nodes = {p.id for p in v1.processes} | {p.id for p in v1.parties}
    for i, link in enumerate(v1.links):
        for end in ("source", "target"):
            ref = getattr(link, end)
            if ref not in nodes:
                raise ProjectFileError(
                    path,
                    f"$.links[{i}].{end}",
                    f"refers to {ref!r}, which does not exist",
                    f"ссылка на несуществующий элемент {ref!r}",
                )

    taken = set(used)

    def fresh(base: str) -> str:
        n = 1
        while f"{base}_{n}" in taken:
            n += 1
        ident = f"{base}_{n}"
        taken.add(ident)
        return ident

    people: dict[str, Person] = {}
    for p in v1.processes:
        name = p.owner.strip()
        if name and name not in people:
            people[name] = Person(id=fresh("person"), name=name)
    processes = []
    for p in v1.processes:
        owner = people.get(p.owner.strip())
        processes.append(
            Process(
                id=p.id,
                code=p.code,
                name=p.name,
                description=p.description,
                owner_id=owner.id if owner else None,
                inputs=tuple(Flow(id=fresh(f"{p.id}_in"), what=w) for w in p.inputs),
                outputs=tuple(Flow(id=fresh(f"{p.id}_out"), what=w) for w in p.outputs),
                x=p.x,
                y=p.y,
                width=p.width,
                height=p.height,
            )
        )
    pmap = ProcessMap(
        id=fresh("map"),
        name=v1.name,
        kind=v1.kind,
        processes=tuple(processes),
        parties=tuple(ExternalParty(id=q.id, name=q.name, kind=q.kind, x=q.x, y=q.y) for q in v1.parties),
        links=tuple(Link(id=k.id, source_id=k.source, target_id=k.target, label=k.label) for k in v1.links),
    )
    project = Project(name=v1.name, organization=v1.organization, people=tuple(people.values()), maps=(pmap,))
    return {"format": 2, **project.model_dump(mode="json")}


# ------------------------------------------------------------------ format 2


def migrate_2_to_3(data: dict[str, Any], path: str | os.PathLike[str]) -> dict[str, Any]:
    """Free-text targets become structured ones; the unit written in the target ("≤ 5 %")
    fills an empty unit. Anything else passes through (and is validated as format 3)."""
    from procedit.control.targets import parse_target

    maps = data.get("maps")
    for m in maps if isinstance(maps, list) else ():
        processes = m.get("processes") if isinstance(m, dict) else None
        for p in processes if isinstance(processes, list) else ():
            criteria = p.get("criteria") if isinstance(p, dict) else None
            for c in criteria if isinstance(criteria, list) else ():
                if not isinstance(c, dict) or not isinstance(c.get("target", ""), str):
                    continue  # already structured, or wrong (then format 3 validation says where)
                unit = c.get("unit", "")
                target, found_unit = parse_target(c.get("target", ""), unit if isinstance(unit, str) else "")
                c["target"] = target.model_dump(mode="json")
                if isinstance(unit, str) and not unit.strip() and found_unit:
                    c["unit"] = found_unit
    return {**data, "format": 3}


# ------------------------------------------------------------------ format 3


def migrate_3_to_4(data: dict[str, Any], path: str | os.PathLike[str]) -> dict[str, Any]:
    """Every map gets the checking level it was checked at: all rules (``regulation``)."""
    maps = data.get("maps", [])
    if not isinstance(maps, list):
        return {**data, "format": 4}  # the model's validation names the place and the reason
    leveled = [{**m, "check_level": "regulation"} if isinstance(m, dict) else m for m in maps]
    return {**data, "format": 4, "maps": leveled}


# ------------------------------------------------------------------ format 6


def migrate_6_to_7(data: dict[str, Any], path: str | os.PathLike[str]) -> dict[str, Any]:
    """Nothing to convert: a map of an older file has no notes (no older procedit wrote the
    key; the model's validation of the current format checks whatever the file holds)."""
    return {**data, "format": 7}


# from-format -> function returning the next format's JSON
MIGRATIONS: dict[int, Callable[[dict[str, Any], str | os.PathLike[str]], dict[str, Any]]] = {
    1: migrate_1_to_2,
    2: migrate_2_to_3,
    3: migrate_3_to_4,
    4: migrate_4_to_5,
    5: migrate_5_to_6,
    6: migrate_6_to_7,
    7: migrate_7_to_8,
    8: migrate_8_to_9,
}
