"""What the pointer and the view reach: link handles from a few pixels outside a box, and the map
after Auto-Layout."""

from __future__ import annotations

from canvas_helpers import drag, make_canvas
from PySide6.QtCore import QPoint

from procedit.model import Process, ProcessMap, Project


def test_a_drag_begun_just_outside_a_box_at_its_handle_draws_a_link(qtbot):
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    c.view.centerOn(200, 100)
    src, dst = c.node("Продажи"), c.node("Закупки")
    item = c.scene.item_for(src.id)
    bottom = c.view.mapFromScene(item.mapToScene(item.handles()[1]))
    before = len(list(c.doc.links(c.map_id)))
    # the pointer comes from below and presses 4 px outside the box, never having been inside it
    drag(c.view, bottom + QPoint(0, 4), c.center(dst.id))
    links = [lk for lk in c.doc.links(c.map_id) if (lk.source_id, lk.target_id) == (src.id, dst.id)]
    assert len(links) == 1 and len(list(c.doc.links(c.map_id))) == before + 1


def test_far_from_a_handle_outside_the_box_is_still_empty_canvas(qtbot):
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    c.view.centerOn(200, 100)
    src = c.node("Продажи")
    item = c.scene.item_for(src.id)
    corner = c.view.mapFromScene(item.mapToScene(item.local_box().bottomRight()))
    assert c.scene.top_item_at(c.view.mapToScene(corner + QPoint(6, 6))) is None


def test_auto_layout_brings_the_laid_out_map_into_view(open_window, qtbot):
    boxes = tuple(
        Process(code=f"П-{i:02d}", name=f"Процесс {i}", x=(i % 3) * 4000.0, y=(i // 3) * 3000.0)
        for i in range(9)
    )
    window = open_window(Project(name="Разброс", maps=(ProcessMap(name="Карта", processes=boxes),)))
    window.view.set_zoom(1.0)
    window.view.centerOn(-20000, -20000)  # looking at empty canvas far away
    window.actions.auto_layout.trigger()
    bounds = window.scene.model_bounds()
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(bounds)
    window.undo_stack.undo()
    assert window.doc.get(boxes[1].id).x == 4000.0
