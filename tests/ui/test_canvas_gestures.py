"""Real gestures on the canvas viewport: create, name, link, select, move, delete, undo."""

from __future__ import annotations

from canvas_helpers import drag, hover, make_canvas, type_text
from PySide6.QtCore import QPoint, Qt

from procedit.model import Process
from procedit.ui.canvas.style import tr


def test_double_click_creates_a_process_named_in_place(qtbot):
    c = make_canvas(qtbot)
    before = len(list(c.doc.processes(c.map_id)))
    qtbot.mouseDClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.at(700, 500))
    assert c.scene.editor is not None
    type_text(c.view, "Отгрузка заказа")
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    names = [p.name for p in c.doc.processes(c.map_id)]
    assert len(names) == before + 1
    assert "Отгрузка заказа" in names
    new = c.node("Отгрузка заказа")
    assert new.code == "П-04"
    assert c.scene.item_for(new.id) is not None
    assert c.scene.selected_ids() == [new.id]
    # one undo step removes it again
    assert c.history.undo_label
    c.history.undo()
    assert len(list(c.doc.processes(c.map_id))) == before
    assert c.scene.item_for(new.id) is None


def test_escape_on_a_new_process_leaves_nothing_behind(qtbot):
    c = make_canvas(qtbot)
    before = len(list(c.doc.processes(c.map_id)))
    qtbot.mouseDClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.at(700, 500))
    type_text(c.view, "Черновик")
    qtbot.keyClick(c.view, Qt.Key.Key_Escape)
    assert len(list(c.doc.processes(c.map_id))) == before
    assert not c.history.can_undo
    assert all(not isinstance(i, Process) for i in c.scene.items())


def test_double_click_on_a_process_renames_it(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Продажи")
    qtbot.mouseDClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.center(p.id))
    type_text(c.view, "Продажи B2B")
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    assert c.doc.get(p.id).name == "Продажи B2B"
    c.history.undo()
    assert c.doc.get(p.id).name == "Продажи"


def test_drag_from_a_handle_creates_a_link(qtbot):
    c = make_canvas(qtbot)
    src, dst = c.node("Продажи"), c.node("Закупки")
    item = c.scene.item_for(src.id)
    handle = c.view.mapFromScene(item.mapToScene(item.handles()[1]))  # bottom middle
    hover(c.view, c.center(src.id))
    drag(c.view, handle, c.center(dst.id))
    links = [lk for lk in c.doc.links(c.map_id) if (lk.source_id, lk.target_id) == (src.id, dst.id)]
    assert len(links) == 1
    assert c.scene.item_for(links[0].id) is not None
    c.history.undo()
    assert not any(lk.target_id == dst.id for lk in c.doc.links(c.map_id))


def test_a_duplicate_link_is_refused_with_a_reason(qtbot):
    c = make_canvas(qtbot)
    src, dst = c.node("Привлечение клиентов"), c.node("Продажи")
    messages = []
    c.scene.message.connect(messages.append)
    count = len(list(c.doc.links(c.map_id)))
    drag(c.view, c.center(src.id), c.center(dst.id), mods=Qt.KeyboardModifier.ShiftModifier)
    assert len(list(c.doc.links(c.map_id))) == count
    assert len(messages) == 1
    assert messages[0] == tr("These two are already linked in this direction.")


def test_link_dropped_on_empty_canvas_creates_a_named_process(qtbot):
    c = make_canvas(qtbot)
    src = c.node("Закупки")
    item = c.scene.item_for(src.id)
    c.scene.select_ids([src.id])
    handle = c.view.mapFromScene(item.mapToScene(item.handles()[0]))  # right middle
    drag(c.view, handle, c.at(750, 240))
    type_text(c.view, "Приёмка")
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    new = c.node("Приёмка")
    assert any((lk.source_id, lk.target_id) == (src.id, new.id) for lk in c.doc.links(c.map_id))
    c.history.undo()  # one step takes both away
    assert all(p.name != "Приёмка" for p in c.doc.processes(c.map_id))
    assert not any(lk.source_id == src.id for lk in c.doc.links(c.map_id))


def test_rubber_band_selects_and_delete_removes_with_links(qtbot):
    c = make_canvas(qtbot)
    a, b = c.node("Привлечение клиентов"), c.node("Продажи")
    drag(c.view, c.at(-30, -40), c.at(520, 110))
    assert {a.id, b.id} <= set(c.scene.selected_ids())
    assert c.node("Закупки").id not in c.scene.selected_ids()
    links_before = len(list(c.doc.links(c.map_id)))
    qtbot.keyClick(c.view, Qt.Key.Key_Delete)
    assert c.doc.get(a.id) is None and c.doc.get(b.id) is None
    assert len(list(c.doc.links(c.map_id))) == 0 < links_before
    assert not [
        i
        for i in c.scene.items()
        if hasattr(i, "elem_id") and i.elem_id not in {c.node("Закупки").id, c.node("Клиент").id}
    ]
    c.history.undo()
    assert c.doc.get(a.id) is not None
    assert len(list(c.doc.links(c.map_id))) == links_before
    assert all(c.scene.item_for(lk.id) is not None for lk in c.doc.links(c.map_id))


def test_dragging_three_boxes_is_one_undo_step_and_links_follow(qtbot):
    c = make_canvas(qtbot)
    ids = [c.node(n).id for n in ("Привлечение клиентов", "Продажи", "Закупки")]
    c.scene.select_ids(ids)
    link = next(lk for lk in c.doc.links(c.map_id) if lk.source_id == ids[0])
    before = c.scene.item_for(link.id).points()
    start = c.center(ids[1])
    drag(c.view, start, start + QPoint(100, 60))
    moved = [c.doc.get(i) for i in ids]
    assert [(p.x, p.y) for p in moved] == [(100, 60), (400, 60), (400, 260)]
    assert c.scene.item_for(link.id).points() != before
    assert c.history.undo_label == tr("Move %n processes").replace("%n", "3")
    c.history.undo()
    assert [(c.doc.get(i).x, c.doc.get(i).y) for i in ids] == [(0, 0), (300, 0), (300, 200)]
    assert c.scene.item_for(ids[0]).pos().toTuple() == (0, 0)
    assert c.scene.item_for(link.id).points() == before


def test_moves_snap_to_the_grid_unless_alt(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Продажи")
    start = c.center(p.id)
    drag(c.view, start, start + QPoint(33, 17))
    assert (c.doc.get(p.id).x, c.doc.get(p.id).y) == (330, 20)
    drag(c.view, c.center(p.id), c.center(p.id) + QPoint(13, 14), mods=Qt.KeyboardModifier.AltModifier)
    assert (c.doc.get(p.id).x, c.doc.get(p.id).y) == (343, 34)


def test_arrow_keys_nudge_and_merge_into_one_step(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Продажи")
    c.scene.select_ids([p.id])
    qtbot.keyClick(c.view, Qt.Key.Key_Right)
    qtbot.keyClick(c.view, Qt.Key.Key_Right)
    qtbot.keyClick(c.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (c.doc.get(p.id).x, c.doc.get(p.id).y) == (320, 50)
    c.history.undo()
    assert (c.doc.get(p.id).x, c.doc.get(p.id).y) == (300, 0)


def test_click_and_ctrl_click_select(qtbot):
    c = make_canvas(qtbot)
    a, b = c.node("Продажи"), c.node("Закупки")
    qtbot.mouseClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.center(a.id))
    assert c.scene.selected_ids() == [a.id]
    qtbot.mouseClick(
        c.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, c.center(b.id)
    )
    assert set(c.scene.selected_ids()) == {a.id, b.id}
    qtbot.mouseClick(
        c.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, c.center(a.id)
    )
    assert c.scene.selected_ids() == [b.id]
    qtbot.mouseClick(c.view.viewport(), Qt.MouseButton.LeftButton, pos=c.at(800, 600))
    assert c.scene.selected_ids() == []


def test_switching_maps_while_naming_keeps_the_process_on_its_map(qtbot):
    c = make_canvas(qtbot)
    first, second = (m.id for m in c.doc.project.maps)
    c.scene.add_process_at(c.scene.sceneRect().center())
    type_text(c.view, "Склад")
    c.scene.set_map(second)
    assert [p.name for p in c.doc.processes(first)].count("Склад") == 1
    assert not list(c.doc.processes(second))


def test_escape_cancels_a_link_drag(qtbot):
    from canvas_helpers import _send
    from PySide6.QtCore import QEvent

    c = make_canvas(qtbot)
    src = c.node("Продажи")
    item = c.scene.item_for(src.id)
    c.scene.select_ids([src.id])
    handle = c.view.mapFromScene(item.mapToScene(item.handles()[1]))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    _send(c.view, QEvent.Type.MouseButtonPress, handle, left, left, mods)
    _send(c.view, QEvent.Type.MouseMove, handle + QPoint(40, 90), none, left, mods)
    assert len(c.scene.items()) > 6  # the dashed preview arrow is shown
    qtbot.keyClick(c.view, Qt.Key.Key_Escape)
    _send(c.view, QEvent.Type.MouseButtonRelease, handle + QPoint(40, 90), left, none, mods)
    assert not c.history.can_undo
    assert c.scene.editor is None
    assert len(c.scene.items()) == 6


def test_a_link_back_to_its_own_box_is_refused_with_a_reason(qtbot):
    c = make_canvas(qtbot)
    src = c.node("Продажи")
    messages = []
    c.scene.message.connect(messages.append)
    item = c.scene.item_for(src.id)
    c.scene.select_ids([src.id])
    handle = c.view.mapFromScene(item.mapToScene(item.handles()[0]))
    from canvas_helpers import _send
    from PySide6.QtCore import QEvent

    left, none, mods = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    _send(c.view, QEvent.Type.MouseButtonPress, handle, left, left, mods)
    _send(c.view, QEvent.Type.MouseMove, handle + QPoint(120, 0), none, left, mods)
    _send(c.view, QEvent.Type.MouseMove, c.center(src.id), none, left, mods)
    _send(c.view, QEvent.Type.MouseButtonRelease, c.center(src.id), left, none, mods)
    assert messages == [tr("A process cannot be linked to itself.")]
    assert not c.history.can_undo
