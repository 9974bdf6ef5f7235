"""Saving reuses the text of unchanged elements, and the bytes stay exactly pydantic's own output."""

from __future__ import annotations

import re

from procedit.commands import AddElements, Delete, Document, History, SetFields
from procedit.control import target_of
from procedit.model import (
    Criterion,
    ExternalParty,
    Flow,
    Lane,
    Link,
    Process,
    ProcessMap,
    Project,
)
from procedit.storage import FORMAT, dumps, loads
from procedit.storage.serialize import project_json

# a measurement as pydantic pretty-prints it in a project: an array over five lines
_MEASUREMENT = re.compile(
    rb'\[\n {18}("(?:[^"\\]|\\.)*"),\n {18}([^\n]*?),\n {18}("(?:[^"\\]|\\.)*")\n {16}\]'
)


def _measurement_line(m: re.Match[bytes]) -> bytes:
    period, value, note = m.groups()
    return b"[%s, %s%s]" % (period, value, b"" if note == b'""' else b", " + note)


def reference(project: Project) -> bytes:
    """What the file must contain: the format number, then pydantic's pretty JSON of the project
    with each measurement on one line, ``["2026-10", 81.0]`` (its note third when it has one)."""
    body = _MEASUREMENT.sub(_measurement_line, Project.__pydantic_serializer__.to_json(project, indent=2))
    return b'{\n  "format": %d,\n' % FORMAT + body[2:] + b"\n"


def big_project(n: int = 300) -> Project:
    procs = tuple(
        Process(
            id=f"proc_{i}",
            name=f"Процесс {i}",
            inputs=(Flow(id=f"in_{i}", what="вход"),),
            criteria=(Criterion(id=f"crit_{i}", name="КПЭ", target=target_of("100")),),
            x=i * 10.0,
        )
        for i in range(n)
    )
    links = tuple(
        Link(id=f"link_{i}", source_id=f"proc_{i}", target_id=f"proc_{i + 1}") for i in range(n - 1)
    )
    main = ProcessMap(
        id="map_main",
        name="Основная",
        processes=procs,
        links=links,
        parties=(ExternalParty(id="party_1", name="Клиент"),),
    )
    only_lanes = ProcessMap(id="map_lanes", lanes=(Lane(id="lane_1", name="Продажи"),))
    return Project(name="Большой", maps=(ProcessMap(id="map_empty"), main, only_lanes))


def test_large_projects_serialize_exactly_like_pydantic():
    project = big_project()
    assert dumps(project) == reference(project)
    assert dumps(project) == reference(project)  # the second time from the reused text
    assert loads(dumps(project), "x") == project


def test_after_edits_only_the_text_is_new_and_still_exact():
    doc = Document(big_project())
    history = History(doc)
    dumps(doc.project)
    history.push(SetFields({"proc_7": {"name": "Переименован", "x": 5.5}}))
    history.push(Delete(["proc_100"]))
    history.push(AddElements("map_main", [Process(id="proc_new", name="Новый")]))
    history.push(AddElements("map_lanes", [Lane(id="lane_2", name="Маркетинг")]))
    assert dumps(doc.project) == reference(doc.project)
    while history.undo():
        assert dumps(doc.project) == reference(doc.project)


def test_prefix_and_suffix_for_small_and_large_projects():
    for project in (Project(), Project(maps=(ProcessMap(id="m"),)), big_project(250)):
        plain = reference(project)[len(b'{\n  "format": %d,\n' % FORMAT) - 2 : -1]
        assert project_json(project, b"{X\n", b"Y") == b"{X\n" + plain[2:] + b"Y"
