"""Format 5 → 6: people's free-text positions become the position register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.model import check_integrity
from procedit.storage import FORMAT, ProjectFileError, dumps, load, loads

DATA = Path(__file__).parent / "data"
V5 = DATA / "positions_v5.procmap"


def test_free_text_positions_become_register_entries_held_by_their_people():
    project = load(V5)
    assert check_integrity(project) == []
    held = {p.id: project.position_of(p) for p in project.people}
    head = held["person_ivanova"]
    assert (head.name, head.department_id) == ("Руководитель отдела продаж", "dept_sales")
    # the same text in one department (spacing and case aside) is one position with two holders
    assert held["person_sidorov"] is not None and held["person_sidorov"] == held["person_kim"]
    assert held["person_sidorov"].name == "Менеджер"
    # the same text in another department is another position
    assert held["person_popova"].id != held["person_sidorov"].id
    assert held["person_popova"].department_id == "dept_purchase"
    assert held["p7"].name == "Консультант" and held["p7"].department_id is None
    assert held["person_noname"] is None  # no text: no position invented
    assert len(project.positions) == 4
    # the text moved: one place holds a position, and the label reads the same as before
    assert all(p.position == "" for p in project.people)
    assert project.position_label(project.people[2]) == "Менеджер"
    # nothing is guessed beyond the holders' department
    assert all(
        q.reports_to_id is None and q.substitute_id is None and not q.rights for q in project.positions
    )


def test_new_ids_never_repeat_an_id_of_the_file():
    project = load(V5)
    ids = [q.id for q in project.positions]
    assert "pos_sidorov" not in ids  # the file's map already has that id
    assert len(set(ids)) == len(ids)


def test_migration_is_deterministic_and_saves_in_the_current_format():
    first, second = load(V5), load(V5)
    assert first == second
    saved = dumps(first)
    tree = json.loads(saved)
    assert tree["format"] == FORMAT
    assert "position" not in tree["people"][0]  # an empty free-text position is left out of the file
    assert tree["people"][0]["position_id"] == "pos_ivanova"
    assert loads(saved, "again") == first


def test_a_current_file_may_keep_a_free_text_position_without_a_register_entry():
    tree = json.loads(dumps(load(V5)))
    tree["people"][4]["position"] = "Стажёр"
    project = loads(json.dumps(tree, ensure_ascii=False).encode(), "x")
    assert project.position_label(project.people[4]) == "Стажёр"
    assert project.position_labels()["person_noname"] == "Стажёр"


def test_a_dangling_position_reference_is_a_clear_load_error():
    tree = json.loads(dumps(load(V5)))
    tree["people"][0]["position_id"] = "pos_gone"
    tree["positions"][1]["reports_to_id"] = "dept_sales"
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(tree, ensure_ascii=False).encode(), "x.procmap")
    text = e.value.message("en")
    assert "people[0].position_id" in text or "positions[1].reports_to_id" in text
