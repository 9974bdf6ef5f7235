"""Format 6 → 7: notes on the canvas. Old files open unchanged; notes save, load and keep the limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.model import Note, NoteColor, check_integrity, limits
from procedit.storage import FORMAT, ProjectFileError, dumps, load, loads

DATA = Path(__file__).parent / "data"
V6 = DATA / "workshop_v6.procmap"


def test_a_format_6_file_opens_with_no_notes_and_saves_as_the_current_format():
    project = load(V6)
    assert check_integrity(project) == []
    assert [m.notes for m in project.maps] == [(), ()]
    asis, tobe = project.maps
    assert [p.name for p in asis.processes] == ["Приём заказа", "Отгрузка"]
    assert asis.lanes[0].department_id == "dept_sales"
    assert tobe.processes[0].origin == "proc_order" and tobe.pairings[0].theirs == "proc_order"
    data = json.loads(dumps(project))
    assert data["format"] == FORMAT
    assert all("notes" not in m for m in data["maps"])  # a map without notes writes no key
    # apart from the format number and the defaults it spells out, the file is what it was
    old = json.loads(V6.read_text(encoding="utf-8"))
    assert [m["id"] for m in data["maps"]] == [m["id"] for m in old["maps"]]


def _with_notes(*notes: Note):
    project = load(V6)
    first = project.maps[0].with_(notes=notes)
    return project.with_(maps=(first, *project.maps[1:]))


def test_notes_save_and_load_on_both_paths_with_cyrillic_and_line_breaks():
    notes = (
        Note(text="Клиент говорит: заказ ждёт 3 дня.\nПроверить у склада", x=40.0, y=260.0),
        Note(text="Идея: онлайн-оплата", x=400.0, y=260.0, width=160.0, height=90.0, color=NoteColor.GREEN),
    )
    project = _with_notes(*notes)
    data = dumps(project)
    assert "Клиент говорит" in data.decode("utf-8")  # UTF-8, never \u escapes
    tree = json.loads(data)
    assert [n["color"] for n in tree["maps"][0]["notes"]] == ["yellow", "green"]
    assert "notes" not in tree["maps"][1]
    assert loads(data) == project  # the fast path
    spaced = json.dumps(tree, ensure_ascii=False, indent=4).encode("utf-8")
    assert loads(spaced) == project  # (and the slow path)
    assert dumps(loads(data)) == data  # byte for byte again


def test_a_note_that_breaks_the_limits_or_an_id_is_refused_with_its_place():
    project = _with_notes(Note(id="note_a", text="ok"))
    tree = json.loads(dumps(project))
    bad = json.loads(json.dumps(tree))
    bad["maps"][0]["notes"][0]["width"] = limits.MAX_SIZE * 10
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(bad).encode())
    assert "notes[0].width" in e.value.where
    bad = json.loads(json.dumps(tree))
    bad["maps"][0]["notes"][0]["color"] = "purple"
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(bad).encode())
    assert "notes[0].color" in e.value.where
    bad = json.loads(json.dumps(tree))
    bad["maps"][0]["notes"][0]["id"] = "proc_order"  # the id of a process
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(bad).encode())
    assert "proc_order" in e.value.reason and "notes[0]" in e.value.where + e.value.reason
    bad = json.loads(json.dumps(tree))
    bad["maps"][0]["notes"] = [{"id": f"n{i}"} for i in range(limits.MAX_NOTES + 1)]
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(bad).encode())
    assert "notes" in e.value.where


def test_a_file_of_a_newer_format_is_refused_by_its_number():
    """What an older procedit meets: the number says the file is newer (not a vague 'unknown key')."""
    data = json.loads(dumps(_with_notes(Note(text="x"))))
    data["format"] = FORMAT + 1
    with pytest.raises(ProjectFileError) as e:
        loads(json.dumps(data).encode())
    assert e.value.where == "$.format" and "newer" in e.value.reason
