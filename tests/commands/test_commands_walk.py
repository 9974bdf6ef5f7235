"""A random walk of 200 commands: the model stays consistent, and undo/redo replay it exactly."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedit.commands import (
    AddElements,
    AddMap,
    Compound,
    Delete,
    Document,
    History,
    SetFields,
    SetMapFields,
    SetProjectFields,
    add_item,
    copy_map,
    move_item,
    remove_item,
    set_item_fields,
)
from procedit.model import (
    Criterion,
    ExternalParty,
    Flow,
    Goal,
    Lane,
    Link,
    MapKind,
    Person,
    Process,
    ProcessMap,
    check_integrity,
)
from procedit.storage import load

PROJECT = load(Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap")
STEPS = 200
names = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяABC 0123456789«»-", max_size=12)


def nodes(doc: Document, map_id: str) -> list:
    return [*doc.processes(map_id), *doc.parties(map_id)]


def random_command(draw, doc: Document, counter):
    """One command that makes sense in the document as it is now (or None when it cannot)."""
    n = next(counter)
    map_id = draw(st.sampled_from(doc.map_ids()))
    procs = list(doc.processes(map_id))
    all_nodes = nodes(doc, map_id)
    people = [p.id for p in doc.header.people]
    kind = draw(
        st.sampled_from(
            [
                "add_process",
                "add_party",
                "add_link",
                "add_lane",
                "move",
                "rename",
                "owner",
                "customers",
                "project",
                "map_fields",
                "delete",
                "delete_nested",
                "add_map",
                "copy_map",
                "compound",
                "add_input",
                "move_input",
                "edit_input",
                "remove_input",
                "add_person",
                "add_goal",
                "add_criterion",
            ]
        )
    )
    if kind == "add_process":
        return AddElements(map_id, [Process(id=f"proc_w{n}", name=draw(names), x=n * 10.0)])
    if kind == "add_party":
        return AddElements(map_id, [ExternalParty(id=f"party_w{n}", name=draw(names))])
    if kind == "add_lane":
        return AddElements(map_id, [Lane(id=f"lane_w{n}", name=draw(names))])
    if kind == "add_link" and all_nodes:
        a, b = draw(st.sampled_from(all_nodes)), draw(st.sampled_from(all_nodes))
        out = getattr(a, "outputs", ())
        source_output = draw(st.sampled_from([None, *[f.id for f in out]]))
        return AddElements(
            map_id, [Link(id=f"link_w{n}", source_id=a.id, target_id=b.id, source_output_id=source_output)]
        )
    if kind in ("move", "rename", "owner", "customers") and procs:
        p = draw(st.sampled_from(procs))
        if kind == "move":
            return SetFields({p.id: {"x": draw(st.floats(-1e4, 1e4)), "y": draw(st.floats(-1e4, 1e4))}})
        if kind == "rename":
            return SetFields(
                {p.id: {"name": draw(names)}}, merge_key=draw(st.sampled_from([None, ("name", p.id)]))
            )
        if kind == "owner":
            return SetFields({p.id: {"owner_id": draw(st.sampled_from([None, *people]))}})
        customers = draw(st.lists(st.sampled_from([x.id for x in all_nodes]), max_size=3, unique=True))
        return SetFields({p.id: {"customer_ids": tuple(customers)}})
    if kind == "project":
        return SetProjectFields({"name": draw(names)}, merge_key=draw(st.sampled_from([None, "name"])))
    if kind == "map_fields":
        return SetMapFields(map_id, {"name": draw(names), "kind": draw(st.sampled_from(list(MapKind)))})
    if kind == "delete":
        candidates = [
            e.id for c in ("processes", "parties", "links", "lanes") for e in doc.elements(map_id, c)
        ]
        if len(doc.map_ids()) > 1:
            candidates.append(map_id)
        if candidates:
            return Delete(draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=3)))
    if kind == "delete_nested":
        h = doc.header
        candidates = [x.id for x in (*h.people, *h.strategy.goals, *h.departments, *h.approvers)]
        candidates += [f.id for p in procs for f in (*p.inputs, *p.outputs, *p.criteria, *p.stages)]
        if candidates:
            return Delete([draw(st.sampled_from(candidates))])
    if kind in ("add_map", "copy_map") and len(doc.map_ids()) >= 4:
        kind = "rename"  # keep the project small enough for a fast walk
    if kind == "rename" and procs:
        p = draw(st.sampled_from(procs))
        return SetFields({p.id: {"name": draw(names)}}, merge_key=("name", p.id))
    if kind == "add_map":
        return AddMap(ProcessMap(id=f"map_w{n}", name=draw(names)), index=draw(st.sampled_from([None, 0])))
    if kind == "copy_map":
        return copy_map(doc, map_id)
    if kind == "compound":
        p = Process(id=f"proc_w{n}", name=draw(names))
        parts = [AddElements(map_id, [p])]
        if all_nodes:
            target = draw(st.sampled_from(all_nodes))
            parts.append(AddElements(map_id, [Link(id=f"link_w{n}", source_id=p.id, target_id=target.id)]))
        return Compound("add and connect", parts)
    if kind in ("add_input", "move_input", "edit_input", "remove_input", "add_criterion") and procs:
        p = draw(st.sampled_from(procs))
        if kind == "add_input":
            party = draw(st.sampled_from([None, *[x.id for x in all_nodes]]))
            return add_item(
                doc, p.id, "inputs", Flow(id=f"flow_w{n}", what=draw(names), party_id=party), index=0
            )
        if kind == "add_criterion":
            who = draw(st.sampled_from([None, *people]))
            return add_item(
                doc, p.id, "criteria", Criterion(id=f"crit_w{n}", name=draw(names), responsible_id=who)
            )
        if p.inputs:
            i = draw(st.integers(0, len(p.inputs) - 1))
            if kind == "move_input":
                return move_item(doc, p.id, "inputs", i, draw(st.integers(0, len(p.inputs) - 1)))
            if kind == "edit_input":
                return set_item_fields(doc, p.id, "inputs", p.inputs[i].id, {"what": draw(names)})
            return remove_item(p.inputs[i].id)
    if kind == "add_person":
        dept = draw(st.sampled_from([None, *[d.id for d in doc.header.departments]]))
        return add_item(doc, None, "people", Person(id=f"person_w{n}", name=draw(names), department_id=dept))
    if kind == "add_goal":
        goals = (*doc.header.strategy.goals, Goal(id=f"goal_w{n}", title=draw(names)))
        return SetProjectFields({"strategy": doc.header.strategy.with_(goals=goals)})
    return None


@settings(
    max_examples=4,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_random_walk_undo_and_redo_replay_exactly(data):
    doc = Document(PROJECT)
    history = History(doc)
    notices = []
    doc.subscribe(notices.append)
    counter = itertools.count()
    initial = doc.project
    pushed = 0
    for _ in range(STEPS):
        command = random_command(data.draw, doc, counter)
        if command is None:
            continue
        before = len(notices)
        history.push(command)
        pushed += 1
        assert len(notices) == before + 1  # one notice per command
        assert check_integrity(doc.project) == [], command.label
    final = doc.project
    steps = history.index
    assert steps <= pushed
    while history.undo():
        assert check_integrity(doc.project) == []
    assert doc.project == initial
    while history.redo():
        pass
    assert history.index == steps
    assert doc.project == final
