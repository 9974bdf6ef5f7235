"""A BPMN model's maps added to an open project: ids that clash replaced everywhere, people and
departments matched by name or added, map names made unique, one undo step, the limits kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from procedit.commands import Document, History
from procedit.interchange import export_bpmn, import_bpmn_bytes, into_command, into_project, plan_into
from procedit.model import (
    Department,
    Person,
    Position,
    Process,
    ProcessMap,
    Project,
    all_ids,
    check_integrity,
)
from procedit.model import limits as model_limits
from procedit.model.limits import LimitError

MIWG = Path(__file__).resolve().parent / "data" / "miwg"



def _same_file_again(example):
    """The project's own export: every id, person, department and map name clashes."""
    return import_bpmn_bytes(export_bpmn(example)).project


def test_own_export_goes_in_with_new_ids_and_numbered_names(example):
    imported = _same_file_again(example)
    merged, plan = into_project(example, imported)
    assert check_integrity(merged) == []
    old_ids = all_ids(example)
    added = merged.maps[len(example.maps) :]
    assert merged.maps[: len(example.maps)] == example.maps  # the project's own maps untouched
    assert [m.name for m in added] == [f"{m.name} 2" for m in example.maps]
    assert plan.renamed == [(m.name, f"{m.name} 2") for m in example.maps]
    for m in added:
        ids = {m.id, *(p.id for p in m.processes), *(q.id for q in m.parties), *(lk.id for lk in m.links)}
        assert not ids & old_ids
    assert plan.new_ids > 0 and str(plan.new_ids) in plan.text("en")
    # every person, department and goal was found by name: the registers did not grow
    assert (merged.people, merged.departments, merged.strategy) == (
        example.people,
        example.departments,
        example.strategy,
    )
    assert plan.matched["people"] == len(example.people) and not plan.people


def test_references_follow_the_new_ids(example):
    merged, _plan = into_project(example, _same_file_again(example))
    for old, new in zip(example.maps, merged.maps[len(example.maps) :], strict=True):
        assert len(new.processes) == len(old.processes) and len(new.links) == len(old.links)
        here = {p.id for p in new.processes} | {q.id for q in new.parties}
        assert all(lk.source_id in here and lk.target_id in here for lk in new.links)
        for p, q in zip(old.processes, new.processes, strict=True):
            assert (q.name, q.x, q.y, q.owner_id, q.department_id) == (p.name, p.x, p.y, p.owner_id, p.department_id)
    added = {m.id for m in merged.maps[len(example.maps) :]}
    for m in merged.maps[len(example.maps) :]:  # a decomposition or a TO BE source points inside the copy
        assert m.parent_process_id is None or any(
            p.id == m.parent_process_id for mm in merged.maps if mm.id in added for p in mm.processes
        )
        assert m.source_map_id is None or m.source_map_id in added


def test_people_and_departments_are_matched_by_name_or_added():
    boss = Person(id="person_a", name="Иванов  Иван")
    project = Project(
        people=(boss,),
        departments=(Department(id="dept_a", name="Продажи"),),
        positions=(Position(id="pos_a", name="Менеджер", department_id="dept_a"),),
        maps=(ProcessMap(id="map_a", name="Карта"),),
    )
    theirs_boss = Person(id="person_a", name="иванов иван")  # the same person, the same id by chance
    newcomer = Person(id="person_b", name="Петрова Анна", department_id="dept_x", position_id="pos_b")
    other = Person(id="person_c", name="Сидоров", department_id="dept_y", position_id="pos_a")
    imported = Project(
        people=(theirs_boss, newcomer, other),
        departments=(Department(id="dept_x", name="Снабжение"), Department(id="dept_y", name="ПРОДАЖИ")),
        positions=(  # a manager of purchasing is not the manager of sales; the one of sales is found
            Position(id="pos_b", name="Менеджер", department_id="dept_x"),
            Position(id="pos_a", name="менеджер", department_id="dept_y"),
        ),
        maps=(
            ProcessMap(
                id="map_a",
                name="Карта",
                processes=(
                    Process(id="p1", name="Закупка", owner_id="person_b", department_id="dept_x"),
                    Process(id="p2", name="Сделка", owner_id="person_a", department_id="dept_y"),
                ),
            ),
        ),
    )
    merged, plan = into_project(project, imported)
    assert check_integrity(merged) == []
    assert plan.matched == {"people": 1, "departments": 1, "positions": 1, "goals": 0}
    assert [p.name for p in merged.people] == ["Иванов  Иван", "Петрова Анна", "Сидоров"]
    sidorov = merged.people[2]
    assert (sidorov.department_id, sidorov.position_id) == ("dept_a", "pos_a")
    purchasing = merged.positions[1]
    assert [q.name for q in merged.positions] == ["Менеджер", "Менеджер"]
    assert merged.people[1].position_id == purchasing.id and purchasing.department_id == merged.departments[1].id
    assert [d.name for d in merged.departments] == ["Продажи", "Снабжение"]
    new_map = merged.maps[1]
    assert new_map.id != "map_a" and new_map.name == "Карта 2"
    buying, deal = new_map.processes
    assert deal.owner_id == "person_a" and deal.department_id == "dept_a"  # found by name
    petrova = merged.people[1]
    assert buying.owner_id == petrova.id == "person_b"  # no clash: the file's id is kept
    assert petrova.department_id == buying.department_id == merged.departments[1].id
    assert "добавлены: 2, 1, 1, 0" in plan.text("ru") and "added: 2, 1, 1, 0" in plan.text("en")


def test_one_undo_step_brings_the_project_back(example):
    doc = Document(example)
    history = History(doc)
    plan = plan_into(example, import_bpmn_bytes((MIWG / "C.1.0.bpmn").read_bytes()).project)
    history.push(into_command(plan, example))
    assert len(doc.project.maps) == len(example.maps) + 2
    assert len(doc.project.departments) == len(example.departments) + len(plan.departments) > len(example.departments)
    history.undo()
    assert doc.project == example
    history.redo()
    assert [m.id for m in doc.project.maps[len(example.maps) :]] == [m.id for m in plan.maps]


def test_beyond_the_limits_nothing_is_added(example, monkeypatch):
    monkeypatch.setattr(model_limits, "MAX_MAPS", len(example.maps))  # full
    with pytest.raises(LimitError):
        into_project(example, _same_file_again(example))
