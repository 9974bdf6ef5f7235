"""Map management and decomposition commands: one undo step each, exact undo, references kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from procedit.commands import (
    AddElements,
    Document,
    History,
    MoveMap,
    SetFields,
    delete_map,
    duplicate_map,
    new_map,
)
from procedit.commands.decompose import (
    decompose,
    flow_order,
    stages_to_subprocesses,
    subprocesses_to_stages,
)
from procedit.commands.hierarchy import ancestry, descendants, map_tree, parent_of, walk
from procedit.model import Link, MapKind, PartyKind, Process, ProcessMap, Stage, check_integrity
from procedit.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"
LEADS = "tobe_leads"  # М-07 Генерация лидов: two inputs, one output, stages by three departments


def _undecomposed():
    """The example without its decomposition of М-07 (the tests make it themselves)."""
    p = load(EXAMPLE)
    maps = [m for m in p.maps if m.parent_process_id is None]
    to_be = maps[1].with_(processes=tuple(x.with_(subprocess_map_id=None) for x in maps[1].processes))
    return p.with_(maps=(maps[0], to_be))


PROJECT = _undecomposed()


@pytest.fixture
def history() -> History:
    return History(Document(PROJECT))


def round_trip(history: History, command) -> None:
    doc = history.doc
    before = doc.project
    history.push(command)
    after = doc.project
    assert after != before and check_integrity(after) == []
    history.undo()
    assert doc.project == before
    history.redo()
    assert doc.project == after


def decomposed(history: History, pid: str = LEADS, **kw) -> str:
    history.push(decompose(history.doc, pid, **kw))
    sub = history.doc.get(pid).subprocess_map_id
    assert sub and history.doc.has_map(sub)
    return sub


def test_decompose_starts_with_the_process_boundary(history):
    doc = history.doc
    parent = doc.get(LEADS)
    round_trip(history, decompose(doc, LEADS))
    sub_id = doc.get(LEADS).subprocess_map_id
    sub = doc.map(sub_id)
    assert sub.parent_process_id == LEADS and sub.kind == MapKind.TO_BE
    assert sub.name == "М-07 Генерация лидов"
    assert doc.map_ids().index(sub_id) == doc.map_ids().index("map_to_be") + 1  # right after its parent
    suppliers = [q for q in sub.parties if q.kind == PartyKind.SUPPLIER]
    consumers = [q for q in sub.parties if q.kind == PartyKind.CUSTOMER]
    # one incoming party per supplier of the inputs, one outgoing party per consumer of the outputs
    assert {q.name for q in suppliers} == {"М-06 Разработка рекламных материалов", doc.get("tobe_sales").name}
    assert {q.name for q in consumers} == {"М-08 Обработка лидов"}
    # each party says what it carries
    carried = " ".join(q.description for q in sub.parties)
    for f in (*parent.inputs, *parent.outputs):
        assert f.what in carried
    assert max(q.x for q in suppliers) < min(q.x for q in consumers)  # incoming left, outgoing right
    assert not sub.processes and not sub.links  # the inner flow is for the user to draw
    assert history.undo_label == "Decompose process"
    with pytest.raises(ValueError):
        decompose(doc, LEADS)  # once only


def test_decompose_as_procedure_lanes_by_department_and_stages_as_boxes(history):
    doc = history.doc
    parent = doc.get(LEADS)  # stages performed by marketing, design and analytics
    sub = doc.map(decomposed(history, LEADS, procedure=True))
    assert {lane.name for lane in sub.lanes} == {"Отдел маркетинга", "Отдел дизайна", "Отдел аналитики"}
    assert [p.name for p in sorted(sub.processes, key=lambda p: p.x)] == [s.name for s in parent.stages]
    lanes = {lane.id: lane for lane in sub.lanes}
    assert lanes and all(lane.department_id for lane in lanes.values())
    for p in sub.processes:  # every box sits in the lane of its department
        lane = lanes[p.lane_id]
        assert lane.department_id == p.department_id
        assert lane.y <= p.y and p.y + p.height <= lane.y + lane.height
        assert p.owner_id  # one owner per sub-process
    # the chain is linked in order, fed by the suppliers and delivering to the consumers
    order = [p.id for p in flow_order(doc, sub.id)]
    assert [doc.get(i).name for i in order] == [s.name for s in parent.stages]
    party_ids = {q.id for q in sub.parties}
    assert any(lk.source_id in party_ids and lk.target_id == order[0] for lk in sub.links)
    assert any(lk.source_id == order[-1] and lk.target_id in party_ids for lk in sub.links)


def test_stages_to_subprocesses_and_back(history):
    doc = history.doc
    sub_id = decomposed(history)
    round_trip(history, stages_to_subprocesses(doc, LEADS))
    stages = doc.get(LEADS).stages
    ordered = flow_order(doc, sub_id)
    assert [p.name for p in ordered] == [s.name for s in stages]
    assert ordered[0].code == "М-07.1"
    # links from the boundary parties drawn on the sub-map
    parties = {q.id for q in doc.parties(sub_id)}
    assert sum(1 for lk in doc.links(sub_id) if lk.source_id in parties) == len(doc.get(LEADS).inputs)

    # reorder the flow: the last becomes first by its links, whatever the boxes' positions
    first, *rest = ordered
    history.push(SetFields({first.id: {"name": "Новый первый этап"}}))
    round_trip(history, subprocesses_to_stages(doc, LEADS))
    assert [s.name for s in doc.get(LEADS).stages] == ["Новый первый этап", *(p.name for p in rest)]
    assert doc.get(LEADS).stages[0].performer_id == first.owner_id


def test_flow_order_follows_links_not_positions():
    a = Process(code="1", name="a", x=600)
    b = Process(code="2", name="b", x=0)
    c = Process(code="3", name="c", x=300)
    m = ProcessMap(
        processes=(a, b, c),
        links=(Link(source_id=a.id, target_id=c.id), Link(source_id=c.id, target_id=b.id)),
    )
    doc = Document(PROJECT.with_(maps=(*PROJECT.maps, m)))
    assert [p.name for p in flow_order(doc, m.id)] == ["a", "c", "b"]
    # a loop is broken left to right
    loop = ProcessMap(
        processes=(a, b), links=(Link(source_id=a.id, target_id=b.id), Link(source_id=b.id, target_id=a.id))
    )
    doc = Document(PROJECT.with_(maps=(*PROJECT.maps, loop)))
    assert [p.name for p in flow_order(doc, loop.id)] == ["b", "a"]


def test_new_blank_map_and_reorder(history):
    doc = history.doc
    command = new_map(doc, "Маркетинг — AS IS", MapKind.REFERENCE)
    round_trip(history, command)
    assert doc.map_header(command.pmap.id).name == "Маркетинг — AS IS 2"  # never a name in use
    assert doc.map_ids()[-1] == command.pmap.id
    round_trip(history, MoveMap(command.pmap.id, 0))
    assert doc.map_ids()[0] == command.pmap.id


def test_duplicate_map_copies_its_sub_maps_with_fresh_ids(history):
    doc = history.doc
    sub_id = decomposed(history)
    history.push(stages_to_subprocesses(doc, LEADS))
    command = duplicate_map(doc, "map_to_be", "Копия")
    round_trip(history, command)
    copy_id = command.pmap.id
    assert doc.map_header(copy_id).name == "Копия"
    below = descendants(doc, copy_id)
    assert len(below) == 1 and below[0] != sub_id
    copied_leads = next(p for p in doc.processes(copy_id) if p.code == "М-07")
    assert copied_leads.id != LEADS and copied_leads.subprocess_map_id == below[0]
    assert doc.map_header(below[0]).parent_process_id == copied_leads.id
    original_ids = {e.id for m in PROJECT.maps for e in (*m.processes, *m.links)} | {sub_id}
    copied = doc.map(below[0])
    assert not {e.id for e in (*copied.processes, *copied.links, *copied.parties)} & original_ids
    # the original is untouched
    assert doc.get(LEADS).subprocess_map_id == sub_id


def test_delete_map_takes_its_sub_maps_and_undo_restores_everything(history):
    doc = history.doc
    sub_id = decomposed(history)
    history.push(stages_to_subprocesses(doc, LEADS))
    deeper = next(doc.processes(sub_id)).id
    deeper_map = decomposed(history, deeper)
    before = doc.project
    history.push(delete_map(doc, "map_to_be"))
    assert not {"map_to_be", sub_id, deeper_map} & set(doc.map_ids())
    assert check_integrity(doc.project) == []
    history.undo()  # one step brings back all three maps, in place
    assert doc.project == before

    history.push(delete_map(doc, sub_id))  # a sub-map alone: its parent is no longer decomposed
    assert doc.get(LEADS).subprocess_map_id is None and not doc.has_map(deeper_map)
    history.undo()
    assert doc.get(LEADS).subprocess_map_id == sub_id and doc.project == before


def test_hierarchy_tree_path_and_loops(history):
    doc = history.doc
    sub_id = decomposed(history)
    history.push(stages_to_subprocesses(doc, LEADS))
    step = next(doc.processes(sub_id)).id
    deeper = decomposed(history, step)
    assert parent_of(doc, deeper) == (sub_id, step)
    assert ancestry(doc, deeper) == [("map_to_be", None), (sub_id, LEADS), (deeper, step)]
    tree = map_tree(doc)
    assert [n.map_id for n in tree] == ["map_as_is", "map_to_be"]
    assert [n.map_id for n in walk(tree)] == ["map_as_is", "map_to_be", sub_id, deeper]
    assert tree[1].children[0][0] == LEADS
    # a loop made by hand (the top map decomposes a process of its own sub-map): every map still once
    history.push(AddElements(deeper, [Process(id="proc_loop", name="петля")]))
    from procedit.commands import SetMapFields

    history.push(SetMapFields("map_to_be", {"parent_process_id": "proc_loop"}))
    assert sorted(n.map_id for n in walk(map_tree(doc))) == sorted(doc.map_ids())
    assert len(ancestry(doc, deeper)) == 3


def test_stage_performer_department_gives_head_as_owner(history):
    doc = history.doc
    dept = doc.header.departments[0]
    history.push(
        SetFields({LEADS: {"stages": (Stage(name="Этап отдела", performer_id=dept.id, result="итог"),)}})
    )
    sub = doc.map(decomposed(history, procedure=True))
    (p,) = sub.processes
    assert p.owner_id == dept.head_id and p.department_id == dept.id
