"""The canvas paints a frame in one pass over the items in view (``canvas.frame``): what it
shows is what Qt's item-by-item painting shows, pixel for pixel, in every state a user sees
(zoomed out with texts drawn bigger, presentation's text floor, selection, hover, the owner's
view dimming, badges, the name editor), and edits, drags and undo repaint where they should."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_helpers import drag, hover, make_canvas, small_project
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from procedit.model import Severity
from procedit.ui.canvas import view as view_module
from procedit.ui.canvas.items import Badge, LinkItem, ProcessItem
from procedit.ui.canvas.style import PRESENTATION_FLOOR, TEXT_FLOOR

_INDIRECT = QGraphicsView.OptimizationFlag.IndirectPainting
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture
def one_pass(monkeypatch):
    """Counts the frames painted in one pass."""
    calls = []
    real = view_module.paint_items

    def counted(painter, items, exposed, widget):
        calls.append(len(items))
        real(painter, items, exposed, widget)

    monkeypatch.setattr(view_module, "paint_items", counted)
    return calls


def _frame(view) -> QImage:
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def _item_by_item(view) -> QImage:
    """The same view painted by Qt, item by item (each item's paint())."""
    view.setOptimizationFlag(_INDIRECT, False)
    try:
        return view.viewport().grab().toImage()
    finally:
        view.setOptimizationFlag(_INDIRECT, True)


def _same(view, one_pass) -> QImage:
    before = len(one_pass)
    img = _frame(view)
    assert len(one_pass) > before and max(one_pass[before:]) > 0, "the frame was not painted in one pass"
    assert img == _item_by_item(view)
    return img


def _example_or_small():
    if EXAMPLE.exists():
        from procedit.storage import load

        return load(EXAMPLE)
    return small_project()


def test_a_frame_in_one_pass_shows_what_item_by_item_painting_shows(qtbot, one_pass):
    c = make_canvas(qtbot, _example_or_small(), fit=True)
    c.view.resize(1280, 720)
    _same(c.view, one_pass)
    center = c.view.mapToScene(c.view.viewport().rect().center())
    for floor in (TEXT_FLOOR, PRESENTATION_FLOOR):
        c.scene.set_text_floor(floor)
        for zoom in (1.0, 0.7, 0.55, 0.45, 0.38):
            c.view.set_zoom(zoom)
            c.view.centerOn(center)
            _same(c.view, one_pass)
    # presentation: fitted no further out than its floor, texts at its floor
    c.view.set_fit_floor(0.45)
    c.view.fit_map()
    _same(c.view, one_pass)


def test_selection_hover_dimming_badges_and_the_editor_show_in_a_frame_in_one_pass(qtbot, one_pass):
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    plain = _same(c.view, one_pass)
    p1 = c.node("Привлечение клиентов")
    link = next(i for i in c.scene.items() if isinstance(i, LinkItem))
    c.scene.select_ids([p1.id, link.elem_id])
    selected = _same(c.view, one_pass)
    assert selected != plain  # the selection outline and handles show
    c.scene.clearSelection()
    assert _same(c.view, one_pass) == plain
    hover(c.view, c.center(p1.id))
    assert c.scene.item_for(p1.id)._hover
    hovered = _same(c.view, one_pass)
    assert hovered != plain  # the link handles show
    hover(c.view, QPoint(2, 2))
    c.scene.set_dimmed({c.node("Продажи").id})
    dimmed = _same(c.view, one_pass)
    assert dimmed != plain
    c.scene.set_dimmed(None)
    assert _same(c.view, one_pass) == plain
    item = c.scene.item_for(p1.id)
    assert isinstance(item, ProcessItem)
    item.set_badge(Badge(Severity.ERROR, 3, ("a", "b", "c")))
    assert _same(c.view, one_pass) != plain
    c.scene.set_badges_visible(False)
    assert _same(c.view, one_pass) == plain
    c.scene.edit_text(item)
    assert _same(c.view, one_pass) != plain  # the name editor (not a map item) is painted too
    c.scene.close_editor(commit=False)
    assert _same(c.view, one_pass) == plain


def test_a_drag_and_its_undo_repaint_where_the_box_was_and_is(qtbot, one_pass):
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    plain = _same(c.view, one_pass)
    p1 = c.node("Привлечение клиентов")
    start = c.center(p1.id)
    drag(c.view, start, start + QPoint(60, 140))
    assert c.doc.get(p1.id).y != p1.y
    # only the changed areas are repainted (minimal viewport updates): the view then shows
    # what a full repaint item by item shows
    moved = _frame(c.view)
    assert moved != plain and moved == _item_by_item(c.view)
    found = c.scene.items(c.view.mapToScene(start + QPoint(60, 140)))
    assert c.scene.item_for(p1.id) in found  # hit where it is drawn now
    c.history.undo()
    back = _frame(c.view)
    assert back != moved and back == _item_by_item(c.view)
    c.scene.clearSelection()
    hover(c.view, QPoint(2, 2))
    assert _frame(c.view) == plain


def test_the_view_rendered_into_an_image_shows_what_item_by_item_rendering_shows(qtbot, one_pass):
    """QGraphicsView.render hands the items to the same one pass, outside any paint event
    (and with another transform than the last frame's)."""
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    c.view.centerOn(c.scene.map_rect().center())
    _frame(c.view)
    corner = c.center(c.node("Продажи").id)
    c.view.viewport().repaint(QRect(corner, corner + QPoint(8, 8)))  # the last paint event: a spot
    source = c.view.viewport().rect()

    def rendered() -> QImage:
        image = QImage(source.width() // 2, source.height() // 2, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        c.view.render(painter, QRectF(image.rect()), source)
        painter.end()
        return image

    before = len(one_pass)
    in_one_pass = rendered()
    assert len(one_pass) > before
    c.view.setOptimizationFlag(_INDIRECT, False)
    try:
        by_item = rendered()
    finally:
        c.view.setOptimizationFlag(_INDIRECT, True)
    assert in_one_pass == by_item
    blank = QImage(in_one_pass.size(), in_one_pass.format())
    blank.fill(QColor("white"))
    assert in_one_pass != blank
