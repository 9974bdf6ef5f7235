"""The canvas's right-click menu and pasting where the mouse is, in the main window."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QContextMenuEvent, QCursor
from PySide6.QtWidgets import QApplication

from procedit.ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def window(open_window):
    w = open_window()
    w.view.centerOn(150, 100)
    yield w
    if w.canvas_menu is not None and shiboken6.isValid(w.canvas_menu):
        w.canvas_menu.close()


def _process(w: MainWindow, name: str):
    return next(p for p in w.doc.processes(w.map_id) if p.name == name)


def _inside(w: MainWindow, dx: int, dy: int) -> QPointF:
    """A map point ``dx, dy`` pixels from the middle of the view (visible whatever the docks)."""
    return w.view.mapToScene(w.view.viewport().rect().center() + QPoint(dx, dy))


def _right_click(w: MainWindow, scene_x: float, scene_y: float):
    pos = w.view.mapFromScene(QPointF(scene_x, scene_y))
    assert w.view.viewport().rect().contains(pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, w.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(w.view.viewport(), event)
    menu = w.canvas_menu
    assert menu is not None and menu.isVisible()
    return menu


def _assert_opens_at(menu, at: QPoint) -> None:
    """The menu's corner is at ``at``, or as near as the screen lets a popup be (Qt keeps it on screen)."""
    pos = menu.pos()
    assert abs(pos.y() - at.y()) < 40
    assert pos.x() <= at.x() + 5 and (
        at.x() - pos.x() < 40 or menu.geometry().right() >= menu.screen().geometry().right() - 5
    )


def _entries(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_a_box_selects_it_and_offers_what_acts_on_it(window):
    p = _process(window, "Продажи")
    menu = _right_click(window, p.x + 20, p.y + 20)
    assert window.scene.selected_ids() == [p.id]
    entries = _entries(menu)
    assert entries[:5] == ["Rename", "Cut", "Copy", "Duplicate", "Delete"]
    assert "Add Process Here" not in entries
    next(a for a in menu.actions() if a.objectName() == "rename_here").trigger()
    assert window.scene.editor is not None  # the name is being edited in place
    window.scene.close_editor(commit=False)
    menu = _right_click(window, p.x + 20, p.y + 20)
    next(a for a in menu.actions() if a.text().replace("&", "") == "Delete").trigger()
    assert window.doc.get(p.id) is None
    window.actions.undo.trigger()
    assert window.doc.get(p.id) is not None


def test_right_click_on_empty_map_adds_a_process_right_there(window):
    window.scene.select_ids([_process(window, "Продажи").id])
    spot = _inside(window, 200, 200)  # below and right of the boxes
    assert window.scene.top_item_at(spot) is None
    menu = _right_click(window, spot.x(), spot.y())
    assert window.scene.selected_ids() == []  # as a click on the empty map would
    entries = _entries(menu)
    assert "Add Process Here" in entries and "Add External Party Here" in entries and "Paste Here" in entries
    before = {p.id for p in window.doc.processes(window.map_id)}
    next(a for a in menu.actions() if a.objectName() == "add_process_here").trigger()
    editor = window.scene.editor
    assert editor is not None  # named in place, as a double click does
    editor.setPlainText("Новый процесс")
    editor.finish(True)
    added = [p for p in window.doc.processes(window.map_id) if p.id not in before]
    assert len(added) == 1
    box = added[0]
    assert box.x <= spot.x() <= box.x + box.width and box.y <= spot.y() <= box.y + box.height


def test_paste_here_centres_the_copy_on_the_click(window):
    p = _process(window, "Продажи")
    window.scene.select_ids([p.id])
    window.actions.copy.trigger()
    spot = _inside(window, 250, 220)
    menu = _right_click(window, spot.x(), spot.y())
    next(a for a in menu.actions() if a.objectName() == "paste_here").trigger()
    (copy_id,) = window.scene.selected_ids()
    copy = window.doc.get(copy_id)
    assert copy.name == p.name and copy.id != p.id
    assert abs(copy.x + copy.width / 2 - spot.x()) <= 10 and abs(copy.y + copy.height / 2 - spot.y()) <= 10


def test_ctrl_v_pastes_under_the_mouse_or_beside_the_original(window, monkeypatch):
    p = _process(window, "Продажи")
    window.scene.select_ids([p.id])
    window.actions.copy.trigger()
    viewport = window.view.viewport()
    spot = _inside(window, -300, 200)
    over_map = viewport.mapToGlobal(window.view.mapFromScene(spot))
    monkeypatch.setattr(QCursor, "pos", staticmethod(lambda: over_map))
    window.actions.paste.trigger()
    (first,) = window.scene.selected_ids()
    copy = window.doc.get(first)
    assert abs(copy.x + copy.width / 2 - spot.x()) <= 10 and abs(copy.y + copy.height / 2 - spot.y()) <= 10

    outside = viewport.mapToGlobal(QPoint(-50, -50))  # over the toolbar, not the map
    monkeypatch.setattr(QCursor, "pos", staticmethod(lambda: outside))
    window.actions.paste.trigger()
    (second,) = window.scene.selected_ids()
    copy = window.doc.get(second)
    assert (copy.x, copy.y) != (p.x, p.y)
    assert abs(copy.x - p.x) <= 100 and abs(copy.y - p.y) <= 100  # offset beside the original


def test_the_menu_key_opens_the_menu_in_the_middle_of_the_view(window):
    viewport = window.view.viewport()
    center = viewport.rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), viewport.mapToGlobal(QPoint(0, 0))
    )
    QApplication.sendEvent(viewport, event)
    assert window.canvas_menu is not None and window.canvas_menu.isVisible()
    _assert_opens_at(window.canvas_menu, viewport.mapToGlobal(center))


def test_the_menu_key_acts_on_the_selection_and_opens_at_it(window):
    p = _process(window, "Продажи")
    window.scene.select_ids([p.id])
    viewport = window.view.viewport()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), viewport.mapToGlobal(QPoint(0, 0))
        ),
    )
    assert window.scene.selected_ids() == [p.id]  # kept, whatever lies in the middle of the view
    assert "Delete" in _entries(window.canvas_menu)
    at = viewport.mapToGlobal(window.view.mapFromScene(QPointF(p.x + p.width / 2, p.y + p.height / 2)))
    _assert_opens_at(window.canvas_menu, at)
