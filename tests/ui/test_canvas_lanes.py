"""Department lanes on the canvas: added from the Map menu, drawn behind the boxes, selected by
their title, edited in the properties panel, deleted and restored with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from window_helpers import sample_project, type_text

from procedit.commands import SetFields
from procedit.model import Lane, ProcessMap
from procedit.ui.canvas.items import LaneItem
from procedit.ui.canvas.items.lane import LANE_FILLS
from procedit.ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def window(open_window):
    return open_window()


def _lanes(w: MainWindow) -> list[Lane]:
    return list(w.doc.elements(w.map_id, "lanes"))


def _pixel(w: MainWindow, x: float, y: float):
    image = w.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return image.pixelColor(w.view.mapFromScene(QPointF(x, y)))


def test_add_lane_draws_a_band_behind_the_boxes_and_shows_its_form(window):
    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    assert lane.name == "Lane 1" and lane.height > 0
    assert window.scene.selected_ids() == [lane.id]
    assert window.panels.properties.current_form() is window.panels.properties.forms["lane"]
    item = window.scene.item_for(lane.id)
    assert isinstance(item, LaneItem) and item.zValue() < 0  # behind links and boxes
    boxes = [*window.doc.processes(window.map_id), *window.doc.parties(window.map_id)]
    assert lane.y <= min(b.y for b in boxes)  # the first lane starts above the boxes
    window.scene.clearSelection()
    # a point of the band that no box covers shows the band's colour
    left, span = window.scene.lane_span()
    x, y = left + span - 20, lane.y + lane.height / 2
    window.view.centerOn(x, y)
    assert _pixel(window, x, y) == LANE_FILLS[0]

    window.actions.add_lane.trigger()
    second = _lanes(window)[1]
    assert second.y == lane.y + lane.height  # stacked under the first
    window.view.centerOn(x, second.y + 100)
    assert _pixel(window, x, second.y + 100) == LANE_FILLS[1]


def test_the_panel_edits_title_top_and_height_and_refuses_nonsense(window, qtbot):
    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    form = window.panels.properties.forms["lane"]
    form.name.setFocus()
    form.name.selectAll()
    type_text(form.name, "Отдел продаж")
    form.lane_height.setFocus()
    form.lane_height.selectAll()
    type_text(form.lane_height, "320")
    form.lane_top.setFocus()  # leaving the field writes it
    form.lane_top.selectAll()
    type_text(form.lane_top, "-100")
    QTest.keyClick(form.lane_top, Qt.Key.Key_Return)
    lane = window.doc.get(lane.id)
    assert (lane.name, lane.height, lane.y) == ("Отдел продаж", 320.0, -100.0)
    item = window.scene.item_for(lane.id)
    assert item.name == "Отдел продаж" and item.extent()[1] == -100.0 and item.extent()[3] == 220.0
    form.lane_height.setFocus()
    form.lane_height.selectAll()
    type_text(form.lane_height, "-5")  # not a height: marked, nothing written
    assert form.lane_height.toolTip()
    QTest.keyClick(form.lane_height, Qt.Key.Key_Return)
    assert window.doc.get(lane.id).height == 320.0
    assert form.lane_height.text() == "320" and "-5" in form.lane_height.toolTip()
    window.actions.undo.trigger()
    assert window.doc.get(lane.id).y != -100.0


def test_only_the_title_selects_a_lane_and_delete_undo_work(window, qtbot):
    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    window.scene.clearSelection()
    left, _span = window.scene.lane_span()
    title = QPointF(left + 40, lane.y + 10)
    window.view.centerOn(title)
    vp = window.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(title))
    assert window.scene.selected_ids() == [lane.id]
    window.scene.clearSelection()
    body = QPointF(left + 40, lane.y + lane.height - 10)  # inside the band, away from the title
    assert window.scene.top_item_at(body) is None or not isinstance(window.scene.top_item_at(body), LaneItem)
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(body))
    assert lane.id not in window.scene.selected_ids()
    window.scene.select_ids([lane.id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.doc.get(lane.id) is None
    assert window.scene.item_for(lane.id) is None
    window.actions.undo.trigger()
    assert isinstance(window.scene.item_for(lane.id), LaneItem)


def test_lanes_in_a_file_are_drawn_far_zoomed_out_too(open_window):
    project = sample_project()
    first = project.maps[0]
    lanes = (Lane(name="Маркетинг", y=-60.0, height=180.0), Lane(name="Продажи", y=120.0, height=220.0))
    w = open_window(project.with_(maps=(ProcessMap(**{**dict(first), "lanes": lanes}), *project.maps[1:])))
    assert {i.name for i in w.scene.items() if isinstance(i, LaneItem)} == {"Маркетинг", "Продажи"}
    left, span = w.scene.lane_span()
    x = left + span - 10  # right of every box
    w.view.set_zoom(0.2)
    assert w.scene.overview_mode()
    w.view.centerOn(x, 100)
    assert _pixel(w, x, 0) == LANE_FILLS[0]
    assert _pixel(w, x, 250) == LANE_FILLS[1]
    # a lane changed far zoomed out is drawn where it is now (the picture is not an old copy)
    w.push(SetFields({lanes[1].id: {"height": 500.0}}))
    assert _pixel(w, x, 500) == LANE_FILLS[1]
    w.push(SetFields({lanes[1].id: {"height": 220.0}}))
    assert _pixel(w, x, 500) != LANE_FILLS[1]


def test_dragging_a_lane_moves_it_and_its_bottom_edge_resizes_it(window, qtbot):
    from canvas_helpers import drag

    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    left, _span = window.scene.lane_span()
    title = QPointF(left + 60, lane.y + 12)
    window.view.centerOn(left + 300, lane.y + lane.height / 2)
    start = window.view.mapFromScene(title)
    drag(window.view, start, start + QPoint(0, 100))
    moved = window.doc.get(lane.id)
    assert moved.y == lane.y + 100 and moved.height == lane.height  # one step, snapped to the grid
    assert window.undo_stack.undoText() == "Move lane"
    edge = window.view.mapFromScene(QPointF(left + 600, moved.y + moved.height - 1))
    drag(window.view, edge, edge + QPoint(0, 60))
    resized = window.doc.get(lane.id)
    assert resized.y == moved.y and resized.height == moved.height + 60
    drag(window.view, edge + QPoint(0, 60), edge + QPoint(0, -400))  # never thinner than its title
    assert window.doc.get(lane.id).height == 40.0
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    assert window.doc.get(lane.id).y == lane.y and window.doc.get(lane.id).height == lane.height


def test_a_lane_far_below_the_boxes_can_be_scrolled_to(open_window):
    project = sample_project()
    first = project.maps[0]
    far = Lane(name="Склад", y=5000.0, height=200.0)
    w = open_window(project.with_(maps=(ProcessMap(**{**dict(first), "lanes": (far,)}), *project.maps[1:])))
    assert w.scene.sceneRect().contains(w.scene.item_for(far.id).sceneBoundingRect())
    assert w.scene.map_rect().bottom() >= 5200.0  # "fit map" shows it too


def test_a_lane_99999999_high_is_refused_and_the_previous_height_kept_visibly(window, qtbot):
    """Typing 99999999 used to write every valid prefix (9, 99, … 9999999) as it went: the lane
    became 9,999,999 high and Fit Map zoomed the map away. Now nothing is written until the
    field is finished, and a number out of bounds is refused then, keeping the old one."""
    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    form = window.panels.properties.forms["lane"]
    heights = []
    unsubscribe = window.doc.subscribe(lambda _c: heights.append(window.doc.get(lane.id).height))
    form.lane_height.setFocus()
    form.lane_height.selectAll()
    type_text(form.lane_height, "99999999")
    assert form.lane_height.toolTip()  # marked while typed
    QTest.keyClick(form.lane_height, Qt.Key.Key_Return)
    unsubscribe()
    assert heights == []  # not one prefix reached the model
    assert window.doc.get(lane.id).height == lane.height == 200.0
    assert form.lane_height.text() == "200"  # the previous value is back in the field
    assert "99999999" in form.lane_height.toolTip() and "200" in form.lane_height.toolTip()
    window.view.fit_map()
    assert window.view.zoom > 0.2  # the map stays readable


def _finish(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_the_panel_takes_a_lane_exactly_within_the_models_limits(window):
    """The panel's bounds are the file's (model/limits.py): every height and top it accepts
    saves and loads again, and the edges of the model's range are accepted, beyond them refused."""
    from procedit.model import limits
    from procedit.storage import dumps, loads

    window.actions.add_lane.trigger()
    (lane,) = _lanes(window)
    form = window.panels.properties.forms["lane"]
    for text, height in (
        (f"{limits.MAX_LANE_HEIGHT:.0f}", limits.MAX_LANE_HEIGHT),
        (f"{limits.MAX_LANE_HEIGHT + 1:.0f}", limits.MAX_LANE_HEIGHT),  # refused, kept
        (f"{limits.MIN_SIZE:.0f}", limits.MIN_SIZE),
        (f"{limits.MIN_SIZE - 1:.0f}", limits.MIN_SIZE),  # refused, kept
    ):
        _finish(form.lane_height, text)
        assert window.doc.get(lane.id).height == height, text
    assert f"{limits.MIN_SIZE:.0f}" in form.lane_height.toolTip()  # says the range it takes
    assert f"{limits.MAX_LANE_HEIGHT:.0f}" in form.lane_height.toolTip()
    for text, top in ((f"{-limits.MAX_COORD:.0f}", -limits.MAX_COORD), (f"{limits.MAX_COORD + 1:.0f}", -limits.MAX_COORD)):
        _finish(form.lane_top, text)
        assert window.doc.get(lane.id).y == top, text
    assert f"{limits.MAX_COORD:.0f}" in form.lane_top.toolTip()  # "1000000", not "1e+06"
    assert loads(dumps(window.doc.project)) == window.doc.project  # what it took is a valid file
