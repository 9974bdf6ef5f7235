"""Far zoomed out, the view paints the map in one pass (the overview) instead of item by item;
a big map's items are made after its first frame. The user must not see the difference."""

from __future__ import annotations

import pytest
from canvas_helpers import make_canvas, small_project
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGraphicsItem

import procedit.ui.canvas.view as view_module
from procedit.commands import SetFields
from procedit.model import Link, Person, Process, ProcessKind, ProcessMap, Project, Severity
from procedit.ui.canvas.export_image import export_png
from procedit.ui.canvas.items import LinkItem, NodeItem
from procedit.ui.canvas.overview import OVERVIEW_LOD
from procedit.ui.canvas.scene import PROGRESSIVE_MIN
from procedit.ui.canvas.view import MapView

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
BACKGROUND = QColor("#fbfcfd").rgb()


class _Finding:
    def __init__(self, severity: Severity):
        self.severity = severity

    def message(self, lang: str) -> str:
        return "нет владельца"


def _grab(view: MapView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing(a: QImage, b: QImage, tolerance: int = 40) -> int:
    """How many pixels of ``a`` and ``b`` differ by more than ``tolerance`` (summed over RGB)."""
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                diff = sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16))
                count += diff > tolerance
    return count


def _drawn(image: QImage) -> int:
    """Pixels (of every other row and column) that are not the canvas background."""
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != BACKGROUND
    )


def _big_project(n: int = 700) -> Project:
    """``n`` processes on a grid, each linked to its right and lower neighbours (~3n elements)."""
    owner = Person(name="Петров Пётр")
    cols = 30
    procs = [
        Process(
            code=f"П-{i:04d}",
            name=f"Процесс {i}",
            kind=(ProcessKind.CORE, ProcessKind.SUPPORT, ProcessKind.MANAGEMENT)[i % 3],
            owner_id=owner.id,
            x=(i % cols) * 260.0,
            y=(i // cols) * 160.0,
        )
        for i in range(n)
    ]
    links = []
    for i, p in enumerate(procs):
        if (i + 1) % cols and i + 1 < n:
            links.append(Link(source_id=p.id, target_id=procs[i + 1].id))
        if i + cols < n:
            links.append(Link(source_id=p.id, target_id=procs[i + cols].id))
    return Project(
        name="Большая карта",
        people=(owner,),
        maps=(ProcessMap(name="Карта", processes=tuple(procs), links=tuple(links)),),
    )


def test_zooming_out_past_the_threshold_paints_the_overview_and_back(qtbot):
    c = make_canvas(qtbot)
    items = [i for i in c.scene.items() if isinstance(i, NodeItem | LinkItem)]
    c.view.set_zoom(1.0)
    assert not c.scene.overview_mode()
    assert not any(i.flags() & NO_CONTENTS for i in items)
    c.view.set_zoom(OVERVIEW_LOD * 0.8)
    assert c.scene.overview_mode()
    assert all(i.flags() & NO_CONTENTS for i in items)  # Qt does not ask them to paint
    c.view.set_zoom(1.0)
    assert not c.scene.overview_mode()
    assert not any(i.flags() & NO_CONTENTS for i in items)


def test_the_overview_looks_like_the_items_it_replaces(qtbot, monkeypatch):
    """Boxes, links, heads, selection outlines and badges in the same places, the same colours."""
    c = make_canvas(qtbot)
    ids = [c.node("Привлечение клиентов").id, c.node("Продажи").id]
    c.scene.select_ids(ids)
    c.view.set_zoom(0.3)  # arrow heads drawn, no text
    c.view.centerOn(150, 80)
    assert c.scene.overview_mode()
    overview = _grab(c.view)
    monkeypatch.setattr(view_module, "OVERVIEW_LOD", 0.0)  # the same zoom, painted item by item
    c.view.viewport().update()
    items = _grab(c.view)
    assert not c.scene.overview_mode()
    assert _drawn(items) > 400  # boxes and links are there to compare
    assert _differing(overview, items) <= 2


def test_a_big_map_shows_its_first_frame_before_its_items_are_made(qtbot):
    project = _big_project()
    total = len(project.maps[0].processes) + len(project.maps[0].links)
    assert total > PROGRESSIVE_MIN
    c = make_canvas(qtbot, project, fit=True)
    scene = c.scene
    view = c.view
    assert scene.overview_mode()
    assert scene.build_pending()
    assert len(scene.built_items()) < total
    first = _grab(view)
    assert _drawn(first) > 5000  # the whole map is there, painted from the model
    qtbot.waitUntil(lambda: not scene.build_pending(), timeout=10000)
    assert len(scene.built_items()) == total
    view.viewport().update()
    assert _differing(first, _grab(view)) < 40  # the same picture once every item exists


def test_anything_that_needs_the_items_finishes_the_build_first(qtbot):
    project = _big_project()
    last_link = project.maps[0].links[-1]
    c = make_canvas(qtbot, project, fit=True)
    scene = c.scene
    assert scene.build_pending()
    assert scene.item_for(last_link.id) is not None
    assert not scene.build_pending()

    c2 = make_canvas(qtbot, project, fit=True)
    scene2 = c2.scene
    assert scene2.build_pending()
    scene2.select_all()
    assert len(scene2.selected_ids()) == len(project.maps[0].processes) + len(project.maps[0].links)


def test_a_click_while_the_items_are_being_made_selects_the_box(qtbot):
    project = _big_project()
    c = make_canvas(qtbot, project)
    scene = c.scene
    view = c.view
    view.set_zoom(OVERVIEW_LOD * 0.9)
    target = project.maps[0].processes[-1]
    view.centerOn(target.x + 90, target.y + 40)
    assert scene.build_pending()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(target.x + 90, target.y + 40)
    )
    assert scene.selected_ids() == [target.id]


def test_an_edit_while_the_items_are_being_made_shows(qtbot):
    project = _big_project()
    c = make_canvas(qtbot, project, fit=True)
    history = c.history
    scene = c.scene
    target = project.maps[0].processes[-1]
    history.push(SetFields({target.id: {"x": target.x + 500.0}}, "Move"))
    assert not scene.build_pending()
    assert scene.item_for(target.id).box().x == target.x + 500.0


def test_dragging_far_zoomed_out_moves_the_box_in_the_picture(qtbot):
    c = make_canvas(qtbot)
    c.view.set_zoom(0.3)
    c.view.centerOn(150, 80)
    p = c.node("Продажи")
    start = c.center(p.id)
    before = _grab(c.view)
    assert before.pixel(start) != BACKGROUND
    left = Qt.MouseButton.LeftButton
    vp = c.view.viewport()
    qtbot.mousePress(vp, left, pos=start)
    for k in range(1, 7):
        qtbot.mouseMove(vp, start + QPoint(0, 20 * k))
    moving = _grab(c.view)  # the box follows the pointer before anything is saved
    assert c.doc.get(p.id).y == p.y
    assert moving.pixel(start) == BACKGROUND
    assert moving.pixel(start + QPoint(0, 120)) == before.pixel(start)
    qtbot.mouseRelease(vp, left, pos=start + QPoint(0, 120))
    assert c.doc.get(p.id).y == pytest.approx(p.y + 400, abs=20)
    after = _grab(c.view)
    assert after.pixel(start) == BACKGROUND
    assert after.pixel(start + QPoint(0, 120)) == before.pixel(start)


def test_selection_and_findings_show_far_zoomed_out(qtbot):
    c = make_canvas(qtbot)
    c.view.set_zoom(0.3)
    c.view.centerOn(150, 80)
    plain = _grab(c.view)
    p = c.node("Закупки")
    c.scene.select_ids([p.id])
    selected = _grab(c.view)
    assert _differing(plain, selected) > 10  # the dashed outline
    c.scene.clearSelection()
    c.scene.set_findings({p.id: [_Finding(Severity.ERROR)]})
    badge = c.view.mapFromScene(p.x + p.width - 2, p.y + 2)
    color = _grab(c.view).pixelColor(badge)
    assert color.red() > 180 and color.green() < 90  # the red dot of an error


def test_image_export_far_zoomed_out_is_the_full_drawing(qtbot, tmp_path):
    c = make_canvas(qtbot, small_project())
    c.view.set_zoom(1.0)
    export_png(c.scene, tmp_path / "near.png")
    c.view.set_zoom(0.2)
    assert c.scene.overview_mode()
    export_png(c.scene, tmp_path / "far.png")
    assert c.scene.overview_mode()  # the view is left as it was
    near, far = QImage(str(tmp_path / "near.png")), QImage(str(tmp_path / "far.png"))
    assert near == far


def test_export_of_a_big_map_makes_every_item(qtbot, tmp_path):
    project = _big_project()
    c = make_canvas(qtbot, project, fit=True)
    scene = c.scene
    assert scene.build_pending()
    size = export_png(scene, tmp_path / "map.png", scale=0.1)
    assert not scene.build_pending()
    bounds = QRectF(0, 0, 29 * 260 + 180, 23 * 160 + 80)
    assert size.width() >= bounds.width() * 0.1


def test_adding_and_deleting_while_the_items_are_being_made(qtbot):
    """Edits that add or remove elements mid-build: the build ends and the edit shows, and undo."""
    from procedit.commands import AddElements, Delete

    project = _big_project()
    c = make_canvas(qtbot, project, fit=True)
    history = c.history
    scene = c.scene
    map_id = project.maps[0].id
    first, last = project.maps[0].processes[0], project.maps[0].processes[-1]
    new = Process(name="Новый", x=-400.0, y=0.0)
    assert scene.build_pending()
    history.push(AddElements(map_id, [new, Link(source_id=new.id, target_id=first.id)], label="Add"))
    assert not scene.build_pending()
    assert scene.item_for(new.id) is not None
    total = len(project.maps[0].processes) + len(project.maps[0].links) + 2
    assert len(scene.built_items()) == total

    c2 = make_canvas(qtbot, project, fit=True)
    history2 = c2.history
    scene2 = c2.scene
    assert scene2.build_pending()
    history2.push(Delete([last.id], label="Delete"))
    assert scene2.item_for(last.id) is None
    assert not any(isinstance(i, LinkItem) and last.id in (i.source_id, i.target_id) for i in scene2.items())
    history2.undo()
    assert scene2.item_for(last.id) is not None


def test_choosing_a_dock_tab_does_not_paint_the_map_again(open_window, monkeypatch, qtbot):
    """Far zoomed out, the map is not drawn again when the Criteria tab is chosen over Problems
    (Qt raises the canvas and repaints it: the picture is copied back), and still shows edits."""
    from procedit.ui.canvas.overview import Overview

    w = open_window(_big_project(200))
    p = next(iter(w.doc.processes(w.map_id)))
    w.view.set_zoom(OVERVIEW_LOD * 0.5)
    w.view.centerOn(p.x, p.y)
    before = _grab(w.view)
    painted = []
    paint = Overview.paint
    monkeypatch.setattr(Overview, "paint", lambda self, *a: (painted.append(1), paint(self, *a)))
    # nor does Qt gather the map's items (none has contents there) and a style option for each
    # to hand to the one-pass painter: ~60 ms per repaint at N = 5,000
    indirect = view_module.QGraphicsView.OptimizationFlag.IndirectPainting
    assert not w.view.optimizationFlags() & indirect
    w.control.dock.raise_()
    w.problems_dock.raise_()
    assert _grab(w.view) == before
    assert painted == []
    w.push(SetFields({p.id: {"y": p.y + 120}}))
    qtbot.waitUntil(lambda: _differing(_grab(w.view), before) > 10)  # the box moved in the picture
    w.view.set_zoom(1.0)  # close in, the items paint themselves, in one pass
    assert w.view.optimizationFlags() & indirect
