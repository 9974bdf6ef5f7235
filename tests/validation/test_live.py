"""The live validator, fed by document changes, always equals a full validate()."""

from __future__ import annotations

import random

import pytest
from vbuild import PEOPLE, clean_map, clean_project

from procedit.commands import (
    AddElements,
    Delete,
    Document,
    History,
    SetFields,
    SetMapFields,
    SetProjectFields,
)
from procedit.control import target_of
from procedit.model import (
    Criterion,
    DocumentKind,
    DocumentRef,
    ExternalParty,
    Flow,
    Link,
    MapKind,
    PartyKind,
    Person,
    Process,
    RuleConfig,
    Severity,
)
from procedit.validation import LiveValidator, validate


def _start() -> tuple[Document, History, LiveValidator]:
    project = clean_project(clean_map("map_a", MapKind.AS_IS), clean_map("map_b", MapKind.TO_BE))
    doc = Document(project)
    return doc, History(doc), LiveValidator(doc)


def _assert_current(doc: Document, live: LiveValidator) -> None:
    project = doc.project
    for m in project.maps:
        assert live.findings_for(m.id) == validate(project, m.id), m.id
        by_element: dict[str, list] = {}
        for f in live.findings_for(m.id):
            by_element.setdefault(f.element_id, []).append(f)
        assert {k: sorted(v, key=repr) for k, v in live.by_element(m.id).items()} == {
            k: sorted(v, key=repr) for k, v in by_element.items()
        }


def _random_command(rng: random.Random, doc: Document):
    map_id = rng.choice(doc.map_ids())
    procs = list(doc.processes(map_id))
    parties = list(doc.parties(map_id))
    links = list(doc.links(map_id))
    nodes = [e.id for e in procs + parties]
    people = [p.id for p in doc.header.people]
    choice = rng.randrange(16)
    if choice == 0 or not procs:
        p = Process(
            code=rng.choice(["П-1", "П-2", "П-7", ""]),
            name=rng.choice(["Приём заказа", "Новый", ""]),
            owner_id=rng.choice([None, *people]),
            x=rng.uniform(0, 500),
        )
        return AddElements(map_id, [p])
    p = rng.choice(procs)
    if choice == 1 and len(nodes) >= 2:
        a, b = rng.sample(nodes, 2)
        src = doc.get(a)
        out = (
            rng.choice(src.outputs).id
            if isinstance(src, Process) and src.outputs and rng.random() < 0.5
            else None
        )
        return AddElements(map_id, [Link(source_id=a, target_id=b, source_output_id=out)])
    if choice == 2 and links:
        return Delete([rng.choice(links).id])
    if choice == 3:
        return Delete([p.id])
    if choice == 4:
        return AddElements(map_id, [ExternalParty(name="Сторона", kind=rng.choice(list(PartyKind)))])
    if choice == 5 and parties:
        party = rng.choice(parties)
        return SetFields({party.id: {"kind": rng.choice(list(PartyKind)), "name": rng.choice(["А", "Б"])}})
    if choice == 6:
        return SetFields({p.id: {"name": rng.choice(["Приём заказа", "Выполнение заказа", "Иное", ""])}})
    if choice == 7:
        return SetFields({p.id: {"code": rng.choice(["П-1", "П-2", "п-1", ""])}})
    if choice == 8:
        return SetFields({p.id: {"owner_id": rng.choice([None, "dept_x", *people])}})
    if choice == 9:
        return SetFields({p.id: {"customer_ids": tuple(rng.sample(nodes + people, rng.randrange(2)))}})
    if choice == 10:
        flows = tuple(
            Flow(what="выход", party_id=rng.choice([None, *nodes])) for _ in range(rng.randrange(3))
        )
        return SetFields({p.id: {"outputs": flows}})
    if choice == 11:
        flows = tuple(Flow(what="вход", party_id=rng.choice([None, *nodes])) for _ in range(rng.randrange(3)))
        return SetFields({p.id: {"inputs": flows}})
    if choice == 12:
        crit = Criterion(
            name="KPI", target=target_of(rng.choice(["", "1"])), responsible_id=rng.choice([None, *people])
        )
        docs = (DocumentRef(kind=rng.choice(list(DocumentKind))),)
        return SetFields(
            {p.id: {"criteria": rng.choice([(), (crit,)]), "documents": docs, "goal": rng.choice(["", "x"])}}
        )
    if choice == 13:
        return SetFields({p.id: {"x": rng.uniform(0, 900), "description": rng.choice(["", "описание"])}})
    if choice == 14:
        return SetMapFields(map_id, {"kind": rng.choice(list(MapKind)), "name": rng.choice(["A", "B"])})
    if rng.random() < 0.5:
        people = (*doc.header.people[:-1],) if len(doc.header.people) > 1 else PEOPLE
        return SetProjectFields({"people": (*people, Person(name="Новый"))})
    rules = {
        "no_owner": RuleConfig(enabled=rng.random() < 0.5),
        "no_goal": RuleConfig(severity=Severity.ERROR),
    }
    return SetProjectFields(
        {
            "validation": doc.header.validation.with_(
                rules=rules, params={"owner_share": rng.choice([0.3, 0.5])}
            )
        }
    )


@pytest.mark.parametrize("seed", range(8))
def test_live_findings_equal_a_full_validation_after_random_edits(seed):
    rng = random.Random(seed)
    doc, history, live = _start()
    _assert_current(doc, live)
    # a canvas that refreshes only the badges it is told about stays right
    badges = {m: live.by_element(m) for m in doc.map_ids()}

    def on_elements(map_id, ids):
        if ids is None:
            badges[map_id] = live.by_element(map_id)
            return
        current = live.by_element(map_id)
        for elem_id in ids:
            badges[map_id].pop(elem_id, None)
            if elem_id in current:
                badges[map_id][elem_id] = current[elem_id]

    live.subscribe_elements(on_elements)
    for _ in range(60):
        roll = rng.random()
        if roll < 0.12 and history.can_undo:
            history.undo()
        elif roll < 0.18 and history.can_redo:
            history.redo()
        else:
            history.push(_random_command(rng, doc), merge=False)
        _assert_current(doc, live)
        for map_id in doc.map_ids():
            assert badges[map_id] == live.by_element(map_id)


def test_listeners_hear_which_maps_changed_and_nothing_for_a_move():
    _doc, history, live = _start()
    heard: list[frozenset[str]] = []
    unsubscribe = live.subscribe(heard.append)
    assert live.findings_for("map_a") == []  # (maps are validated on first use)
    history.push(SetFields({"map_a_p1": {"x": 300.0}}))
    assert heard == []  # moving a box changes no finding
    history.push(SetFields({"map_a_p1": {"owner_id": None}}))
    assert heard == [frozenset({"map_a"})]
    assert [f.rule for f in live.by_element("map_a")["map_a_p1"]] == ["no_owner"]
    assert live.counts("map_a")[Severity.ERROR] == 1 and live.counts()[Severity.ERROR] == 1
    history.undo()
    assert heard[-1] == frozenset({"map_a"}) and live.findings_for("map_a") == []
    unsubscribe()
    history.redo()
    assert len(heard) == 2 and len(live.findings_for("map_a")) == 1


def test_renaming_updates_the_names_in_graph_findings():
    doc, history, live = _start()
    history.push(Delete(["map_a_l3"]))  # p2 no longer reaches the client
    history.push(SetFields({"map_a_p2": {"outputs": (Flow(what="x", party_id="map_a_p1"),)}}))
    history.push(SetFields({"map_a_p2": {"name": "Переименован"}}))
    names = {f.element_name for f in live.findings_for("map_a") if f.element_id == "map_a_p2"}
    assert names == {"П-2 Переименован"}
    _assert_current(doc, live)


def test_maps_not_asked_for_yet_are_reported_as_possibly_changed():
    _doc, history, live = _start()
    heard: list[frozenset[str]] = []
    live.subscribe(heard.append)
    history.push(SetFields({"map_b_p2": {"owner_id": None}}))
    assert heard == [frozenset({"map_b"})]
    assert [f.rule for f in live.findings_for("map_b")] == ["no_owner"]
    assert live.counts() == {Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 0}


def test_close_stops_following_the_document():
    _doc, history, live = _start()
    assert live.findings_for("map_a") == []
    live.close()
    history.push(SetFields({"map_a_p1": {"owner_id": None}}))
    assert live.findings_for("map_a") == []


def test_renaming_a_map_renames_its_map_level_findings():
    doc, history, live = _start()
    side = Process(id="side", code="С-1", name="Сбоку", customer_ids=("partner",))
    partner = ExternalParty(id="partner", name="Партнёр", kind=PartyKind.CUSTOMER)
    history.push(AddElements("map_a", [side, partner]))
    history.push(AddElements("map_a", [Link(source_id="side", target_id="partner")]))
    assert [f.element_name for f in live.findings_for("map_a") if f.rule == "map_disconnected"] == [
        "Основная карта"
    ]
    history.push(SetMapFields("map_a", {"name": "Продажи"}))
    assert [f.element_name for f in live.findings_for("map_a") if f.rule == "map_disconnected"] == ["Продажи"]
    _assert_current(doc, live)


def test_a_failure_inside_the_validator_does_not_break_editing(monkeypatch, caplog):
    doc, history, live = _start()
    assert live.findings_for("map_a") == []
    heard: list[frozenset[str]] = []
    live.subscribe(heard.append)

    def broken(*_args):
        raise RuntimeError("rule bug")

    monkeypatch.setattr(live, "_apply", broken)
    history.push(SetFields({"map_a_p1": {"owner_id": None}}))  # does not raise
    assert "live validation failed" in caplog.text
    assert heard == [frozenset({"map_a", "map_b"})]
    monkeypatch.undo()
    assert live.findings_for("map_a") == validate(doc.project, "map_a")  # validated again from scratch


def test_by_element_of_some_ids_is_the_whole_maps_restricted_to_them():
    from procedit.model import CheckLevel

    _doc, history, live = _start()
    history.push(SetFields({"map_a_p1": {"owner_id": None}, "map_a_p2": {"goal": ""}}))
    for level in (None, CheckLevel.SKETCH, CheckLevel.DESCRIPTION, CheckLevel.REGULATION):
        whole = live.by_element("map_a", level)
        some = live.by_element("map_a", level, ids=["map_a_p1", "nothing"])
        assert some == {k: v for k, v in whole.items() if k == "map_a_p1"}
