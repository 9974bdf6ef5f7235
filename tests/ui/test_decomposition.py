"""Decomposition in the window: decompose, draw inside, go up and back, undo across maps, the
breadcrumbs, the decomposed mark, and deleting and restoring a sub-map.

The tests that press keys are marked ``xcb``: they run again on the real X11 platform, where the
standard bindings differ (tests/ui/test_xcb_suite.py); tests/ui/test_keys_overlap.py checks that
no key of ours (Alt+Up, Ctrl+Enter, Alt+Left, Alt+Right) is claimed twice there."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_helpers import drag
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from window_helpers import type_text

from procedit.commands.hierarchy import parent_of
from procedit.storage import load
from procedit.ui.canvas.items import LaneItem, ProcessItem

pytestmark = pytest.mark.usefixtures("isolated_settings")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"
LEADS = "tobe_leads"
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def undecomposed():
    """The Russian example without its decomposition of М-07 (the tests make it themselves)."""
    p = load(EXAMPLE)
    maps = [m for m in p.maps if m.parent_process_id is None]
    to_be = maps[1].with_(processes=tuple(x.with_(subprocess_map_id=None) for x in maps[1].processes))
    return p.with_(maps=(maps[0], to_be))


@pytest.fixture
def window(open_window):
    w = open_window(undecomposed())
    w.switch_map("map_to_be")
    return w


def decompose(w, pid: str = LEADS, procedure: bool = False) -> str:
    w.switch_map(w.doc.map_of(pid))
    w.scene.select_ids([pid])
    (w.nav.decompose_procedure_action if procedure else w.nav.decompose_action).trigger()
    sub = w.doc.get(pid).subprocess_map_id
    assert sub and w.map_id == sub
    return sub


def focus_map(w, qtbot) -> None:
    """The window active and the map focused, as after a click on it (keys act on the map)."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.view.setFocus()


def in_view(w, elem_id: str) -> bool:
    item = w.scene.item_for(elem_id)
    rect = w.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return w.view.viewport().rect().contains(rect.center())


@pytest.mark.xcb  # keys: Alt+Up, Ctrl+Enter, Alt+Left/Right (also on X11, test_xcb_suite.py)
def test_decompose_draw_inside_go_up_and_undo_from_the_landscape(window, qtbot):
    w = window
    sub = decompose(w)
    assert w.nav.breadcrumbs.texts() == ["Маркетинг — TO BE", "М-07 Генерация лидов"]
    assert "Орлов Дмитрий Павлович" in w.nav.breadcrumbs.owner_label.text()  # the parent's owner owns it
    assert {q.name for q in w.doc.parties(sub)} >= {"М-08 Обработка лидов"}  # the boundary is drawn
    # draw inside: double-click empty canvas, type the name, Enter
    spot = w.view.mapFromScene(QPointF(360, 400))
    qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert w.scene.editor is not None
    type_text(w.view, "Запуск кампании")
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    (made,) = [p for p in w.doc.processes(sub) if p.name == "Запуск кампании"]
    # Alt+Up: the parent map, the parent process selected and in view
    focus_map(w, qtbot)
    qtbot.keyClick(w.view, Qt.Key.Key_Up, ALT)
    assert w.map_id == "map_to_be"
    assert w.scene.selected_ids() == [LEADS] and in_view(w, LEADS)
    assert w.nav.breadcrumbs.texts() == ["Маркетинг — TO BE"]
    # undo from the landscape: the sub-map comes into view, the box gone from it
    w.actions.undo.trigger()
    assert w.map_id == sub and w.doc.get(made.id) is None
    qtbot.keyClick(w.view, Qt.Key.Key_Up, ALT)
    w.actions.redo.trigger()  # redo from the landscape too: there it is, selected
    assert w.map_id == sub and w.scene.selected_ids() == [made.id] and in_view(w, made.id)
    # undo everything down to the decomposition itself: the landscape, no sub-map left
    while w.doc.has_map(sub):
        w.actions.undo.trigger()
    assert w.map_id == "map_to_be" and w.doc.get(LEADS).subprocess_map_id is None


@pytest.mark.xcb  # keys: Alt+Up, Ctrl+Enter, Alt+Left/Right (also on X11, test_xcb_suite.py)
def test_the_mark_ctrl_enter_menu_back_and_forward(window, qtbot):
    w = window
    sub = decompose(w)
    focus_map(w, qtbot)
    qtbot.keyClick(w.view, Qt.Key.Key_Up, ALT)
    item = w.scene.item_for(LEADS)
    assert isinstance(item, ProcessItem) and item.decomposed
    mark = item.mapToScene(item.mark_rect().center())
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=w.view.mapFromScene(mark))
    qtbot.waitUntil(lambda: w.map_id == sub)
    qtbot.keyClick(w.view, Qt.Key.Key_Left, ALT)  # back
    assert w.map_id == "map_to_be"
    qtbot.keyClick(w.view, Qt.Key.Key_Right, ALT)  # forward
    assert w.map_id == sub
    qtbot.keyClick(w.view, Qt.Key.Key_Left, ALT)
    w.scene.select_ids([LEADS])
    qtbot.keyClick(w.view, Qt.Key.Key_Return, CTRL)
    assert w.map_id == sub
    assert (
        w.nav.back_action.isEnabled() and not w.nav.forward_action.isEnabled()
    )  # a new visit ends "forward"
    # the right-click menu on the decomposed process offers to open it; on another one, to decompose
    w.nav.go_up()
    w.scene.select_ids([LEADS])
    w._show_canvas_menu(w.view.mapToGlobal(QPoint(10, 10)), QPointF(0, 0))
    assert w.nav.open_submap_action in w.canvas_menu.actions()
    w.canvas_menu.close()
    w.scene.select_ids(["tobe_report"])
    w._show_canvas_menu(w.view.mapToGlobal(QPoint(10, 10)), QPointF(0, 0))
    assert w.nav.decompose_action in w.canvas_menu.actions()
    assert w.nav.open_submap_action not in w.canvas_menu.actions()
    w.canvas_menu.close()
    # a breadcrumb opens its map with the process that leads down selected
    w.switch_map(sub)
    w.nav.breadcrumbs.findChild(QToolButton, "crumb_0").click()
    assert w.map_id == "map_to_be" and w.scene.selected_ids() == [LEADS]


def test_delete_and_restore_a_sub_map(window, qtbot, monkeypatch):
    w = window
    sub = decompose(w)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    w.nav.delete_map_action.trigger()
    assert "«М-07 Генерация лидов»" in asked[0] or "“М-07 Генерация лидов”" in asked[0]
    assert not w.doc.has_map(sub) and w.map_id == "map_to_be"
    assert w.doc.get(LEADS).subprocess_map_id is None
    assert not w.scene.item_for(LEADS).decomposed
    assert sub not in w.maps_panel._map_items
    w.actions.undo.trigger()  # one step brings back the map and the process's decomposition
    assert w.doc.has_map(sub) and w.doc.get(LEADS).subprocess_map_id == sub
    assert w.scene.item_for(LEADS).decomposed
    assert sub in w.maps_panel._map_items
    assert w.maps_panel._map_items[sub].parent().text(0) == "М-07 Генерация лидов"


def test_the_last_map_is_never_deleted(open_window, monkeypatch):
    from window_helpers import sample_project

    p = sample_project()
    w = open_window(p.with_(maps=p.maps[:1]))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert not w.nav.delete_map(confirm=False)
    assert shown and len(w.doc.map_ids()) == 1


@pytest.mark.xcb  # keys: Alt+Up, Ctrl+Enter, Alt+Left/Right (also on X11, test_xcb_suite.py)
def test_procedure_lanes_give_and_take_departments(open_window, qtbot):
    w = open_window(load(EXAMPLE))  # М-07 of TO BE opens into its cross-functional procedure
    w.switch_map("map_to_be")
    w.scene.select_ids([LEADS])
    focus_map(w, qtbot)
    qtbot.keyClick(w.view, Qt.Key.Key_Return, CTRL)
    sub = w.map_id
    assert sub == "map_to_be_leads"
    assert w.nav.breadcrumbs.texts() == ["Маркетинг — TO BE", "М-07 Генерация лидов"]
    lanes = list(w.doc.elements(sub, "lanes"))
    heads = {d.id: d.head_id for d in w.doc.header.departments}
    people = {p.id: p.name for p in w.doc.header.people}
    for lane in lanes:  # a lane shows its department's head
        item = w.scene.item_for(lane.id)
        assert isinstance(item, LaneItem) and people[heads[lane.department_id]] in item.name
    first, second = lanes[0], lanes[1]
    box = w.doc.get("leads_crm")  # in the marketing lane
    assert box.lane_id == first.id
    w.view.set_zoom(0.6)
    w.view.centerOn(box.x + 90, second.y)
    start = w.view.mapFromScene(QPointF(box.x + 90, box.y + 40))
    drag(w.view, start, w.view.mapFromScene(QPointF(box.x + 90, second.y + 80)))
    moved = w.doc.get(box.id)
    assert moved.lane_id == second.id and moved.department_id == second.department_id == "dept_design"
    # dragged out below every lane: no lane, and the lane's department goes with it
    bottom = max(lane.y + lane.height for lane in lanes)
    w.view.centerOn(moved.x + 90, bottom)
    start = w.view.mapFromScene(QPointF(moved.x + 90, moved.y + 40))
    drag(w.view, start, w.view.mapFromScene(QPointF(moved.x + 90, bottom + 200)))
    out = w.doc.get(box.id)
    assert out.lane_id is None and out.department_id is None
    w.actions.undo.trigger()
    assert w.doc.get(box.id).lane_id == second.id
    w.actions.undo.trigger()
    assert w.doc.get(box.id) == box


def test_stages_and_sub_processes_trade_places(window):
    w = window
    sub = decompose(w)
    w.nav.go_up()
    w.scene.select_ids([LEADS])
    w.nav.stages_to_sub_action.trigger()
    assert w.map_id == sub
    names = [s.name for s in w.doc.get(LEADS).stages]
    assert sorted(p.name for p in w.doc.processes(sub)) == sorted(names)
    w.nav.go_up()
    w.scene.select_ids([LEADS])
    w.nav.sub_to_stages_action.trigger()
    assert [s.name for s in w.doc.get(LEADS).stages] == names
    assert parent_of(w.doc, sub) == ("map_to_be", LEADS)


def test_the_breadcrumbs_of_the_map_left_are_not_painted_over_the_new_ones(window):
    """Switching maps replaces the crumbs at once: the old buttons (deleted later) must not stay
    visible on top of the new ones until the event loop runs (a screenshot caught them)."""
    w = window
    bar = w.nav.breadcrumbs
    old = [b for b in bar.findChildren(QToolButton) if b.objectName().startswith("crumb") and b.isVisibleTo(bar)]
    assert [b.text() for b in old] == ["Маркетинг — TO BE"]
    w.switch_map("map_as_is")
    assert not any(b.isVisibleTo(bar) for b in old)
    assert bar.texts() == ["Маркетинг — AS IS"]
