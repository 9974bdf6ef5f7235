"""Notes on the canvas: dropped with N (or the menus), typed in place, moved, resized, recoloured,
copied with the boxes, deleted; every step one undo; never checked, never linked."""

from __future__ import annotations

import pytest
from canvas_helpers import drag, make_canvas, type_text
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from procedit.commands import AddElements
from procedit.model import Note, NoteColor
from procedit.ui.canvas import notes
from procedit.ui.canvas.items import NoteItem
from procedit.ui.canvas.items.note import NOTE_COLORS

pytestmark = pytest.mark.usefixtures("isolated_settings")

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _notes(c) -> list[Note]:
    return list(c.doc.elements(c.map_id, "notes"))


def _add(c, **fields) -> Note:
    note = Note(**{"text": "Клиент ждёт счёт неделю", "x": 0.0, "y": 200.0, **fields})
    c.history.push(AddElements(c.map_id, [note]))
    return note


def test_a_note_is_typed_in_place_with_line_breaks_and_added_in_one_step(qtbot):
    c = make_canvas(qtbot)
    notes.add_note_at(c.scene, QPointF(100, 300))
    assert _notes(c) == []  # shown, not in the model yet
    editor = c.scene.editor
    assert editor is not None and editor.multiline
    type_text(c.view, "Вопрос:")
    QTest.keyClick(c.view, Qt.Key.Key_Return, SHIFT)  # a second line, not the end
    assert c.scene.editor is editor
    type_text(c.view, "кто согласует ТЗ?")
    QTest.keyClick(c.view, Qt.Key.Key_Return)
    (note,) = _notes(c)
    assert note.text == "Вопрос:\nкто согласует ТЗ?"
    assert abs(note.x + note.width / 2 - 100) <= 10 and abs(note.y + note.height / 2 - 300) <= 10
    assert c.scene.selected_ids() == [note.id]
    assert isinstance(c.scene.item_for(note.id), NoteItem)
    assert c.history.undo_label == "Add note"
    c.history.undo()
    assert _notes(c) == [] and c.scene.item_for(note.id) is None


def test_esc_or_no_text_leaves_nothing_behind(qtbot):
    c = make_canvas(qtbot)
    items = len(c.scene.items())
    notes.add_note_at(c.scene, QPointF(100, 300))
    type_text(c.view, "черновик")
    QTest.keyClick(c.view, Qt.Key.Key_Escape)
    notes.add_note_at(c.scene, QPointF(100, 300))
    QTest.keyClick(c.view, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert _notes(c) == [] and not c.history.can_undo
    assert len(c.scene.items()) == items


def test_double_click_edits_the_text_and_f2_too(qtbot):
    c = make_canvas(qtbot)
    note = _add(c)
    QTest.mouseDClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.center(note.id))
    editor = c.scene.editor
    assert editor is not None and editor.toPlainText() == note.text
    editor.setPlainText("Счёт — за 2 дня")
    QTest.keyClick(c.view, Qt.Key.Key_Return)
    assert c.doc.get(note.id).text == "Счёт — за 2 дня"
    assert c.history.undo_label == "Edit note"


def test_a_note_moves_and_resizes_like_a_box_and_takes_no_link(qtbot):
    c = make_canvas(qtbot)
    note = _add(c)
    drag(c.view, c.center(note.id), c.center(note.id) + QPoint(100, 40))
    moved = c.doc.get(note.id)
    assert (moved.x, moved.y) != (note.x, note.y) and c.history.undo_label == "Move note"
    item = c.scene.item_for(note.id)
    assert item.handles() == []  # no link handles
    grip = c.view.mapFromScene(item.mapToScene(item.resize_grip().center()))
    drag(c.view, grip, grip + QPoint(80, 60))
    resized = c.doc.get(note.id)
    assert resized.width > note.width and resized.height > note.height
    drag(c.view, grip + QPoint(80, 60), grip - QPoint(600, 600))  # never smaller than a note
    small = c.doc.get(note.id)
    assert small.width >= 60 and small.height >= 40
    links = len(list(c.doc.links(c.map_id)))
    # Shift+drag from a note (a link from a box) moves it; a link dropped on a note is not made
    drag(c.view, c.center(note.id), c.center(note.id) + QPoint(0, 80), mods=SHIFT)
    p1 = c.node("Привлечение клиентов")
    c.scene.select_ids([p1.id])
    start = c.view.mapFromScene(c.scene.item_for(p1.id).mapToScene(c.scene.item_for(p1.id).handles()[1]))
    drag(c.view, start, c.center(note.id))
    assert len(list(c.doc.links(c.map_id))) == links


def test_copy_paste_and_duplicate_take_notes_with_the_boxes(qtbot):
    c = make_canvas(qtbot)
    note = _add(c, color=NoteColor.BLUE)
    p1 = c.node("Привлечение клиентов")
    c.scene.select_ids([note.id, p1.id])
    c.scene.duplicate_selection()
    assert len(_notes(c)) == 2
    copy = next(n for n in _notes(c) if n.id != note.id)
    assert copy.text == note.text and copy.color == NoteColor.BLUE and (copy.x, copy.y) != (note.x, note.y)
    assert set(c.scene.selected_ids()) >= {copy.id}
    c.scene.select_ids([note.id])
    c.scene.copy_selection()
    assert note.text in QGuiApplication.clipboard().text()
    c.scene.paste(QPointF(600, 600))
    assert len(_notes(c)) == 3
    c.scene.select_ids([note.id])
    c.scene.delete_selection()
    assert c.doc.get(note.id) is None
    c.history.undo()
    assert c.doc.get(note.id) == note


def test_colour_from_the_menu_and_a_new_note_takes_the_last_colour(qtbot):
    c = make_canvas(qtbot)
    note = _add(c)
    notes.set_color(c.scene, [note.id], NoteColor.PINK)
    assert c.doc.get(note.id).color == NoteColor.PINK and c.history.undo_label == "Change note colour"
    image = c.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inside = c.view.mapFromScene(QPointF(note.x + 4, note.y + note.height - 6))
    assert image.pixelColor(inside) == NOTE_COLORS[NoteColor.PINK][0]  # the paper is drawn pink
    notes.add_note_at(c.scene, QPointF(400, 400))
    type_text(c.view, "ещё")
    QTest.keyClick(c.view, Qt.Key.Key_Return)
    assert _notes(c)[-1].color == NoteColor.PINK


def test_a_note_shows_far_zoomed_out_too(qtbot):
    c = make_canvas(qtbot)
    note = _add(c, color=NoteColor.GREEN, x=-400.0, y=400.0, width=400.0, height=300.0)
    c.view.fit_map()
    c.view.set_zoom(0.2)
    c.view.centerOn(note.x + note.width / 2, note.y + note.height / 2)
    qtbot.wait(10)
    assert c.scene.overview_mode()
    image = c.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    centre = c.view.mapFromScene(QPointF(note.x + note.width / 2, note.y + note.height / 2))
    assert image.pixelColor(centre) == NOTE_COLORS[NoteColor.GREEN][0]


def test_a_note_keeps_its_whole_text_on_a_projector_while_it_is_readable(qtbot):
    from procedit.ui.canvas.style import PRESENTATION_FLOOR, WHOLE_FLOOR, text_scale

    c = make_canvas(qtbot)
    note = _add(c, text="Клиент: счёт приходит\nчерез неделю")
    item = c.scene.item_for(note.id)
    c.view.viewport().grab()
    lod = 0.63
    lines = item.lines_at(lod, text_scale(lod, PRESENTATION_FLOOR))
    assert " ".join(r.text for _p, r in lines).split() == note.text.split()  # whole
    assert lines[0][1].font.pixelSize() * lod >= WHOLE_FLOOR - 0.5
    long = _add(c, text="слово " * 80, x=600.0)
    lines = c.scene.item_for(long.id).lines_at(lod, text_scale(lod, PRESENTATION_FLOOR))
    assert lines[-1][1].text.endswith("…")  # too long for the note: it ends in "…", whole words
