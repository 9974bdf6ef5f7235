"""Every command undoes and redoes exactly, keeps the model consistent and announces itself once."""

from __future__ import annotations

from pathlib import Path

import pytest

from procedit.commands import (
    AddElements,
    AddMap,
    Compound,
    Delete,
    Document,
    EditOutsideCommandError,
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
    ExternalParty,
    Flow,
    Lane,
    Link,
    MapKind,
    Person,
    Process,
    ProcessMap,
    check_integrity,
)
from procedit.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"
PROJECT = load(EXAMPLE)


@pytest.fixture
def doc() -> Document:
    return Document(PROJECT)


@pytest.fixture
def history(doc) -> History:
    return History(doc)


def round_trip(history: History, command) -> tuple:
    """Push, undo, redo; the model is consistent and exactly as expected after each step."""
    doc = history.doc
    before = doc.project
    history.push(command)
    after = doc.project
    assert after != before, "the command changed nothing"
    assert check_integrity(after) == []
    assert history.undo()
    assert doc.project == before
    assert check_integrity(doc.project) == []
    assert history.redo()
    assert doc.project == after
    return before, after


def proc(doc: Document, code: str, map_id: str = "map_to_be") -> Process:
    return next(p for p in doc.processes(map_id) if p.code == code)


def test_add_elements_of_every_kind(history, doc):
    p = Process(id="proc_new", code="М-10", name="Новый процесс", x=100, y=600)
    q = ExternalParty(id="party_new", name="Поставщик")
    link = Link(id="link_new", source_id="party_new", target_id="proc_new", label="сырьё")
    lane = Lane(id="lane_new", name="Маркетинг", department_id="dept_marketing")
    round_trip(history, AddElements("map_to_be", [link, p, q, lane]))  # links after nodes, whatever the order
    assert doc.get("link_new") == link
    assert {x.id for x in doc.links_of("proc_new")} == {"link_new"}
    assert history.undo_label == "Add 4 items"


def test_set_fields_and_merging_keystrokes(history, doc):
    strategy = proc(doc, "М-02")
    round_trip(history, SetFields({strategy.id: {"x": 500.0, "y": 20.0}}, label="Move process"))
    before = doc.project
    for text in ("Р", "Ра", "Раз"):
        history.push(SetFields({strategy.id: {"name": text}}, merge_key=("name", strategy.id)))
    assert doc.get(strategy.id).name == "Раз"
    history.undo()  # all three keystrokes are one step
    assert doc.project == before
    history.redo()
    assert doc.get(strategy.id).name == "Раз"


def test_set_project_fields_and_merge(history, doc):
    round_trip(history, SetProjectFields({"name": "Маркетинг 2027", "organization": "ООО «Вектор»"}))
    before = doc.project
    history.push(SetProjectFields({"purpose": "а"}, merge_key="purpose"))
    history.push(SetProjectFields({"purpose": "аб"}, merge_key="purpose"))
    history.undo()
    assert doc.project == before


def test_set_map_fields_and_merge(history, doc):
    round_trip(history, SetMapFields("map_as_is", {"name": "Как есть", "kind": MapKind.REFERENCE}))
    before = doc.project
    history.push(SetMapFields("map_as_is", {"description": "x"}, merge_key="d"))
    history.push(SetMapFields("map_as_is", {"description": "xy"}, merge_key="d"))
    history.undo()
    assert doc.project == before


def test_delete_process_takes_its_links_and_clears_references(history, doc):
    leads = proc(doc, "М-07")
    links = {x.id for x in doc.links_of(leads.id)}
    assert links
    _, after = round_trip(history, Delete([leads.id]))
    ids = {x.id for m in after.maps for x in (*m.processes, *m.links)}
    assert leads.id not in ids and not (links & ids)
    for p in after.maps[1].processes:
        assert leads.id not in p.customer_ids
        assert all(f.party_id != leads.id for f in (*p.inputs, *p.outputs))


def test_delete_party_and_link(history, doc):
    round_trip(history, Delete(["tobe_client"]))
    history.undo()
    link = next(iter(doc.links("map_to_be")))
    round_trip(history, Delete([link.id]))
    assert doc.get(link.id) is None


def test_delete_person_clears_owners_and_drops_their_approval(history, doc):
    _, after = round_trip(history, Delete(["person_volkova"]))
    assert "person_volkova" not in {p.id for p in after.people}
    assert "appr_analytics" not in {a.id for a in after.approvers}  # an approval cannot lack its person
    assert all(p.owner_id != "person_volkova" for m in after.maps for p in m.processes)
    assert all(
        c.responsible_id != "person_volkova" for m in after.maps for p in m.processes for c in p.criteria
    )
    assert all(d.head_id != "person_volkova" for d in after.departments)


def test_delete_goal_flow_and_map(history, doc):
    _, after = round_trip(history, Delete(["goal_leads"]))
    assert all("goal_leads" not in p.goal_ids for m in after.maps for p in m.processes)
    history.undo()
    leads = proc(doc, "М-07")
    flow = leads.inputs[0]
    _, after = round_trip(history, Delete([flow.id]))
    assert all(k.target_input_id != flow.id for k in after.maps[1].links)
    history.undo()
    _, after = round_trip(history, Delete(["map_as_is"]))
    assert [m.id for m in after.maps] == ["map_to_be", "map_to_be_leads"]
    assert after.maps[0].source_map_id is None


def test_add_map_and_copy_map(history, doc):
    round_trip(history, AddMap(ProcessMap(id="map_new", name="Эталон", kind=MapKind.REFERENCE), index=0))
    assert doc.map_ids()[0] == "map_new"
    command = copy_map(doc, "map_as_is")
    _, after = round_trip(history, command)
    copy = after.maps[-1]
    source = doc.map("map_as_is")
    assert copy.source_map_id == "map_as_is" and copy.kind == MapKind.TO_BE
    assert [p.name for p in copy.processes] == [p.name for p in source.processes]
    assert not {p.id for p in copy.processes} & {p.id for p in source.processes}
    # links in the copy join the copied processes, not the originals
    copied = {p.id for p in copy.processes} | {q.id for q in copy.parties}
    assert all(k.source_id in copied and k.target_id in copied for k in copy.links)


def test_compound_is_one_step_and_one_notice(history, doc):
    notices = []
    doc.subscribe(notices.append)
    p = Process(id="proc_c1", name="Новый")
    link = Link(id="link_c1", source_id=proc(doc, "М-09").id, target_id="proc_c1")
    command = Compound("Add and connect", [AddElements("map_to_be", [p]), AddElements("map_to_be", [link])])
    round_trip(history, command)
    assert len(notices) == 3  # push, undo, redo
    assert notices[0].ids >= {"proc_c1", "link_c1"} and not notices[0].undo
    assert notices[1].undo and notices[1].label == "Add and connect"


def test_list_helpers(history, doc):
    leads = proc(doc, "М-07")
    flow = Flow(id="flow_extra", what="бриф кампании")
    round_trip(history, add_item(doc, leads.id, "inputs", flow, index=0))
    assert doc.get(leads.id).inputs[0] == flow
    round_trip(history, move_item(doc, leads.id, "inputs", 0, 2))
    assert doc.get(leads.id).inputs[2] == flow
    before = doc.project
    history.push(set_item_fields(doc, leads.id, "inputs", "flow_extra", {"what": "б"}))
    history.push(set_item_fields(doc, leads.id, "inputs", "flow_extra", {"what": "бр"}))
    assert [f.what for f in doc.get(leads.id).inputs if f.id == "flow_extra"] == ["бр"]
    history.undo()
    assert doc.project == before
    round_trip(history, remove_item("flow_extra"))
    # project-level lists (owner None): people
    person = Person(id="person_new", name="Новиков Н. Н.")
    round_trip(history, add_item(doc, None, "people", person))
    round_trip(history, set_item_fields(doc, None, "people", "person_new", {"position": "Стажёр"}))
    round_trip(history, move_item(doc, None, "people", len(doc.header.people) - 1, 0))
    assert doc.header.people[0].id == "person_new"


def test_every_command_sends_exactly_one_notice(history, doc):
    notices = []
    doc.subscribe(notices.append)
    history.push(Delete(["person_volkova"]))  # touches many elements, the header and approvers
    assert len(notices) == 1
    change = notices[0]
    assert change.project and change.ids
    history.undo()
    assert len(notices) == 2 and notices[1].undo


def test_writing_outside_a_command_is_refused(doc):
    p = Process(id="proc_sneaky")
    with pytest.raises(EditOutsideCommandError):
        doc.put("map_to_be", p)
    with pytest.raises(EditOutsideCommandError):
        doc.set_project_fields(name="x")
    with pytest.raises(EditOutsideCommandError):
        doc.remove(proc(doc, "М-01").id)
    assert doc.get("proc_sneaky") is None


def test_a_command_may_not_start_another_command(history, doc):
    class Nested(SetProjectFields):
        def apply(self, d):
            super().apply(d)
            history.push(SetProjectFields({"scope": "вложенная"}))

    before = doc.project
    with pytest.raises(EditOutsideCommandError):
        history.push(Nested({"name": "x"}))
    assert doc.project == before  # the half-done command was rolled back


def test_a_failing_command_is_rolled_back_silently(history, doc):
    notices = []
    doc.subscribe(notices.append)
    before = doc.project
    bad = Compound(
        "half",
        [SetProjectFields({"name": "x"}), SetFields({"no_such_id": {"name": "y"}})],
    )
    with pytest.raises(KeyError):
        history.push(bad)
    assert doc.project == before
    assert notices == [] and not history.can_undo
