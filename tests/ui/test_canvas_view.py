"""The view and the rest of the canvas plumbing: zoom, pan, keyboard undo, signals, labels."""

from __future__ import annotations

from canvas_helpers import make_canvas, type_text
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from procedit.commands import SetFields


def _wheel(view, pos: QPoint, delta: int, mods) -> None:
    vp = view.viewport()
    event = QWheelEvent(
        QPointF(pos),
        QPointF(vp.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, event)


def test_ctrl_wheel_zooms_around_the_mouse(qtbot):
    c = make_canvas(qtbot)
    zooms = []
    c.view.zoomChanged.connect(zooms.append)
    p = c.node("Продажи")
    under = c.center(p.id)
    scene_before = c.view.mapToScene(under)
    _wheel(c.view, under, 120, Qt.KeyboardModifier.ControlModifier)
    assert c.view.zoom > 1.0
    assert zooms and zooms[-1] == c.view.zoom
    scene_after = c.view.mapToScene(under)
    assert abs(scene_after.x() - scene_before.x()) < 3 and abs(scene_after.y() - scene_before.y()) < 3
    c.view.actual_size()
    assert c.view.zoom == 1.0
    c.view.zoom_out()
    assert c.view.zoom < 1.0


def test_fit_map_shows_every_box(qtbot):
    c = make_canvas(qtbot)
    # (far enough for the whole map to beat its names: test_canvas_fit_names has the other case)
    c.history.push(SetFields({c.node("Закупки").id: {"x": 8000.0, "y": 5000.0}}))
    assert c.scene.sceneRect().contains(c.scene.item_for(c.node("Закупки").id).sceneBoundingRect())
    c.view.fit_map()
    visible = c.view.mapToScene(c.view.viewport().rect()).boundingRect()
    assert visible.contains(c.scene.map_rect())
    assert c.view.zoom < 1.0


def test_middle_button_pans(qtbot):
    c = make_canvas(qtbot)
    vp = c.view.viewport()
    before = c.view.mapToScene(QPoint(100, 100))
    mid = Qt.MouseButton.MiddleButton
    for kind, pos, button, buttons in (
        (QEvent.Type.MouseButtonPress, QPoint(400, 400), mid, mid),
        (QEvent.Type.MouseMove, QPoint(300, 350), Qt.MouseButton.NoButton, mid),
        (QEvent.Type.MouseButtonRelease, QPoint(300, 350), mid, Qt.MouseButton.NoButton),
    ):
        ev = QMouseEvent(
            kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(vp, ev)
    after = c.view.mapToScene(QPoint(100, 100))
    assert (round(after.x() - before.x()), round(after.y() - before.y())) == (100, 50)
    assert not c.history.can_undo  # panning is not an edit


def test_keyboard_undo_redo_through_actions(qtbot):
    """The window wires Edit ▸ Undo/Redo; a minimal QAction setup does the same here."""
    c = make_canvas(qtbot)
    undo = QAction("Undo", c.view)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(c.history.undo)
    redo = QAction("Redo", c.view)
    redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    redo.triggered.connect(c.history.redo)
    c.view.addActions([undo, redo])
    p = c.node("Продажи")
    c.scene.select_ids([p.id])
    qtbot.keyClick(c.view, Qt.Key.Key_Delete)
    assert c.doc.get(p.id) is None
    undo.trigger() if not _shortcut(
        qtbot, c.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    ) else None
    assert c.doc.get(p.id) is not None
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    redo.trigger() if not _shortcut(qtbot, c.view, Qt.Key.Key_Z, mods) else None
    assert c.doc.get(p.id) is None


def _shortcut(qtbot, widget, key, mods) -> bool:
    """Press a shortcut; False if the offscreen platform did not deliver it (then trigger)."""
    before = widget.property("_n") or 0
    qtbot.keyClick(widget, key, mods)
    return (widget.property("_n") or 0) != before


def test_double_click_on_a_link_edits_its_label(qtbot):
    c = make_canvas(qtbot)
    link = next(lk for lk in c.doc.links(c.map_id) if lk.label == "лиды")
    item = c.scene.item_for(link.id)
    pts = item.points()
    mid = QPointF((pts[0].x + pts[-1].x) / 2, (pts[0].y + pts[-1].y) / 2)
    qtbot.mouseDClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.view.mapFromScene(mid))
    assert c.scene.editor is not None
    type_text(c.view, "тёплые лиды")
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    assert c.doc.get(link.id).label == "тёплые лиды"
    assert c.scene.item_for(link.id).label == "тёплые лиды"


def test_selection_signal_carries_ids(qtbot):
    c = make_canvas(qtbot)
    got = []
    c.scene.selectedIdsChanged.connect(got.append)
    p = c.node("Продажи")
    qtbot.mouseClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.center(p.id))
    assert got and got[-1] == [p.id]
    c.scene.select_all()
    assert len(got[-1]) == 6  # 4 boxes and 2 links


def test_f2_renames_and_empty_name_keeps_the_old_one(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Закупки")
    c.scene.select_ids([p.id])
    qtbot.keyClick(c.view, Qt.Key.Key_F2)
    assert c.scene.editor is not None
    qtbot.keyClick(c.view, Qt.Key.Key_Backspace)  # the whole name was selected
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    assert c.doc.get(p.id).name == "Закупки"
    assert not c.history.can_undo


def test_space_drag_pans_without_selecting_or_moving(qtbot):
    from canvas_helpers import drag

    c = make_canvas(qtbot)
    p = c.node("Продажи")
    before = c.view.mapToScene(QPoint(100, 100))
    qtbot.keyPress(c.view, Qt.Key.Key_Space)
    drag(c.view, c.center(p.id), c.center(p.id) + QPoint(-80, -40))
    qtbot.keyRelease(c.view, Qt.Key.Key_Space)
    after = c.view.mapToScene(QPoint(100, 100))
    assert (round(after.x() - before.x()), round(after.y() - before.y())) == (80, 40)
    assert (c.doc.get(p.id).x, c.doc.get(p.id).y) == (300, 0)
    assert not c.history.can_undo


def test_tooltip_text_names_the_whole_process(qtbot):
    c = make_canvas(qtbot)
    long_name = "Согласование и подписание договоров поставки с ключевыми поставщиками региона"
    p = c.node("Закупки")
    c.history.push(SetFields({p.id: {"name": long_name}}))
    item = c.scene.item_for(p.id)
    item._layout()
    assert item._cut  # the box shows it shortened ...
    assert long_name in item.tooltip_text(item.local_box().center())  # ... the tooltip in full


def test_map_rect_is_where_every_element_is_drawn(qtbot):
    from PySide6.QtCore import QRectF

    from procedit.commands import AddElements
    from procedit.model import Link
    from procedit.ui.canvas.items import LinkItem

    c = make_canvas(qtbot)

    def united() -> QRectF:
        # (a link's bounds also hold the room its label may move into when drawn bigger far
        # out, clear of other boxes; the map is where its label is drawn at the usual size)
        rect = QRectF()
        for item in c.scene.items():
            if getattr(item, "elem_id", None) is not None and c.scene.item_for(item.elem_id) is item:
                if isinstance(item, LinkItem):
                    left, top, right, bottom = item.extent
                    rect = rect.united(QRectF(left, top, right - left, bottom - top))
                else:
                    rect = rect.united(item.sceneBoundingRect())
        return rect

    assert c.scene.map_rect() == united()
    # a long label far out on a link between two stacked boxes, a moved and a resized box
    a, z = c.node("Продажи").id, c.node("Закупки").id
    c.history.push(
        AddElements(c.map_id, [Link(source_id=z, target_id=a, label="очень длинная подпись " * 4)])
    )
    c.history.push(SetFields({a: {"x": -900.0, "y": 700.0}, z: {"width": 400.0}}, "move", None))
    assert c.scene.map_rect() == united()
    c.scene.item_for(z).move_to(2000.0, -300.0)  # a drag preview, not yet in the model
    assert c.scene.map_rect() == united()
