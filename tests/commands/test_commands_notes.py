"""Notes on the canvas are map elements: added, moved, resized, edited and deleted by commands that undo exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from procedit.commands import (
    AddElements,
    Delete,
    Document,
    History,
    SetFields,
    copy_map,
    delete_map,
    duplicate_map,
)
from procedit.model import Note, NoteColor, check_integrity, limits
from procedit.model.limits import LimitError
from procedit.storage import dumps, load, loads

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture
def history() -> History:
    return History(Document(load(EXAMPLE)))


def _round_trip(history: History, command) -> None:
    doc = history.doc
    before = doc.project
    history.push(command)
    after = doc.project
    assert after != before and check_integrity(after) == []
    assert history.undo() and doc.project == before
    assert history.redo() and doc.project == after


def test_add_move_resize_edit_recolour_delete_each_undo_exactly(history):
    doc = history.doc
    note = Note(id="note_1", text="Клиент: «счёт приходит через неделю»", x=40.0, y=500.0)
    changes = []
    doc.subscribe(changes.append)
    _round_trip(history, AddElements("map_as_is", [note]))
    assert doc.get("note_1") == note and doc.map_of("note_1") == "map_as_is"
    assert "note_1" in changes[0].ids  # the canvas hears of it like any element
    _round_trip(history, SetFields({"note_1": {"x": 300.0, "y": 520.0}}, "Move"))
    _round_trip(history, SetFields({"note_1": {"width": 260.0, "height": 160.0}}, "Resize"))
    _round_trip(history, SetFields({"note_1": {"text": "Счёт за 2 дня\nпроверить"}}, "Edit note"))
    _round_trip(history, SetFields({"note_1": {"color": NoteColor.PINK}}, "Colour"))
    _round_trip(history, Delete(["note_1"]))
    assert doc.get("note_1") is None
    history.undo()
    assert doc.get("note_1").color == NoteColor.PINK


def test_notes_never_touch_the_checks_and_go_with_their_map(history):
    doc = history.doc
    history.push(AddElements("map_as_is", [Note(id="note_1", text="x")]))
    copy = copy_map(doc, "map_as_is")
    history.push(copy)
    (copied,) = doc.map(copy.pmap.id).notes
    assert copied.id != "note_1" and copied.text == "x"  # a copy of the map copies its notes, new ids
    history.push(duplicate_map(doc, "map_as_is", "Копия"))
    assert check_integrity(doc.project) == []
    history.push(delete_map(doc, "map_as_is"))
    assert doc.get("note_1") is None
    history.undo()
    assert doc.get("note_1").text == "x"
    assert loads(dumps(doc.project)) == doc.project


def test_a_note_beyond_the_limits_is_refused_and_nothing_changes(history):
    doc = history.doc
    history.push(AddElements("map_as_is", [Note(id="note_1")]))
    before = doc.project
    with pytest.raises(LimitError):
        history.push(SetFields({"note_1": {"width": limits.MAX_SIZE + 1}}))
    with pytest.raises(LimitError):
        history.push(SetFields({"note_1": {"text": "\x1b[2J"}}))
    assert doc.project == before
