"""Notes in the main window: N and the menus add one, the panel edits it, presentation mode
and print show it."""

from __future__ import annotations

import subprocess

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import type_text

from procedit.model import Note, NoteColor
from procedit.ui.canvas.items import NoteItem
from procedit.ui.window.printing import make_printer, print_map

pytestmark = pytest.mark.usefixtures("isolated_settings")


def _notes(w) -> list[Note]:
    return list(w.doc.elements(w.map_id, "notes"))


@pytest.fixture
def window(open_window):
    w = open_window()
    yield w
    if w.canvas_menu is not None and shiboken6.isValid(w.canvas_menu):
        w.canvas_menu.close()


def test_n_drops_a_note_under_the_mouse_and_the_map_menu_has_it(window, qtbot):
    assert window.actions.add_note in window.menus["map"].actions()
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key.Key_N)
    assert window.scene.editor is not None and window.scene.editor.multiline
    type_text(window.view, "Идея: онлайн-оплата")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    (note,) = _notes(window)
    assert note.text == "Идея: онлайн-оплата"
    assert window.panels.properties.current_form() is window.panels.properties.forms["note"]
    assert window.undo_stack.undoText() == "Add note"


def test_the_panel_edits_a_notes_text_and_colour_in_undoable_steps(window, qtbot):
    window.actions.add_note.trigger()
    type_text(window.view, "Черновик")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    (note,) = _notes(window)
    form = window.panels.properties.forms["note"]
    assert form.text.toPlainText() == "Черновик"
    form.text.setFocus()
    form.text.selectAll()
    type_text(form.text, "Счёт за 2 дня")
    form.color.setFocus()  # (leaving the text finishes its edit)
    form.color.setCurrentIndex(list(NoteColor).index(NoteColor.BLUE))
    form.color.activated.emit(form.color.currentIndex())  # as the user's pick does
    window.view.setFocus()
    qtbot.waitUntil(lambda: window.doc.get(note.id).color == NoteColor.BLUE)
    assert window.doc.get(note.id).text == "Счёт за 2 дня"
    window.actions.undo.trigger()
    assert window.doc.get(note.id).color == NoteColor.YELLOW
    window.actions.undo.trigger()
    assert window.doc.get(note.id).text == "Черновик"


def _right_click(w, scene_x: float, scene_y: float):
    pos = w.view.mapFromScene(QPointF(scene_x, scene_y))
    assert w.view.viewport().rect().contains(pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, w.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(w.view.viewport(), event)
    return w.canvas_menu


def test_right_click_adds_a_note_there_and_recolours_a_selected_one(window):
    spot = window.view.mapToScene(window.view.viewport().rect().center() + QPoint(200, 200))
    assert window.scene.top_item_at(spot) is None
    menu = _right_click(window, spot.x(), spot.y())
    next(a for a in menu.actions() if a.objectName() == "add_note_here").trigger()
    window.scene.editor.setPlainText("Здесь")
    window.scene.editor.finish(True)
    (note,) = _notes(window)
    assert note.x <= spot.x() <= note.x + note.width and note.y <= spot.y() <= note.y + note.height
    menu.close()
    menu = _right_click(window, note.x + 20, note.y + 20)
    colours = next(
        a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "note_colour_menu"
    )
    next(a for a in colours.actions() if a.objectName() == "note_colour_green").trigger()
    assert window.doc.get(note.id).color == NoteColor.GREEN


def test_presentation_mode_shows_notes_and_they_print(window, tmp_path):
    window.actions.add_note.trigger()
    type_text(window.view, "Вопрос к клиенту")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    (note,) = _notes(window)
    window.actions.presentation.trigger()
    item = window.scene.item_for(note.id)
    assert isinstance(item, NoteItem) and item.isVisible()
    assert (
        window.view.mapToScene(window.view.viewport().rect())
        .boundingRect()
        .contains(item.sceneBoundingRect())
    )
    window.presentation.set_active(False)
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "map.pdf"))
    print_map(printer, window.scene, "Карта")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Вопрос к клиенту" in text
