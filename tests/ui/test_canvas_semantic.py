"""Semantic zoom: zoomed out, boxes and link labels draw their texts bigger. A name (a label)
stays whole at the biggest scale its box (its room) holds while that is readable on screen
(``WHOLE_FLOOR``); farther out, fewer words in bigger type (whole words, the code kept) instead
of text too small to read; the overview below it is unchanged."""

from __future__ import annotations

from canvas_helpers import make_canvas

from procedit.model import Link, Process, ProcessMap, Project
from procedit.ui.canvas.items import LinkItem, ProcessItem
from procedit.ui.canvas.style import (
    LABEL_PX,
    NAME_PX,
    PRESENTATION_FLOOR,
    TEXT_FLOOR,
    WHOLE_FLOOR,
    text_scale,
)


def _project() -> Project:
    a = Process(code="М-02", name="Разработка стратегии позиционирования", x=0, y=0, width=200)
    b = Process(code="М-03", name="Продажи", x=400, y=0, width=200)
    link = Link(source_id=a.id, target_id=b.id, label="стратегия позиционирования и план")
    return Project(name="T", maps=(ProcessMap(name="M", processes=(a, b), links=(link,)),))


def _painted(c, zoom: float):
    c.view.set_zoom(zoom)
    c.view.centerOn(300, 40)
    c.view.viewport().grab()  # paint


def test_text_scale_keeps_names_above_the_floor():
    assert text_scale(1.0, TEXT_FLOOR) == 1.0
    for lod in (0.36, 0.45, 0.55):
        k = text_scale(lod, TEXT_FLOOR)
        assert k > 1.0 and NAME_PX * k * lod >= TEXT_FLOOR - 0.05
    # presentation's floor asks for bigger text at the same zoom
    assert text_scale(0.7, PRESENTATION_FLOOR) > text_scale(0.7, TEXT_FLOOR)


def test_zoomed_out_a_box_shows_its_code_and_whole_words_bigger(qtbot):
    c = make_canvas(qtbot, _project())
    a = next(i for i in c.scene.node_items() if i.code == "М-02")
    assert isinstance(a, ProcessItem)
    _painted(c, 1.0)
    assert not a._big  # at 100 % the usual layout
    _painted(c, 0.42)
    ((k, (code, lines)),) = a._big.items()
    assert k > 1.0
    assert code[1].text == "М-02" and code[1].font.pixelSize() > 12
    words = "Разработка стратегии позиционирования".split()
    shown = " ".join(r.text for _p, r in lines)
    assert shown.endswith("…") or shown == " ".join(words)
    for word in shown.rstrip("…").split():
        assert word in words  # whole words only, none cut
    size = lines[0][1].font.pixelSize()
    assert size > NAME_PX and size * 0.42 >= TEXT_FLOOR - 0.5  # readable on screen


def test_zoomed_out_a_link_label_stays_readable(qtbot):
    c = make_canvas(qtbot, _project())
    link = next(i for i in c.scene.items() if isinstance(i, LinkItem))
    _painted(c, 0.5)
    k = text_scale(0.5, TEXT_FLOOR, LABEL_PX)
    lines, rect, _step, scale = link.label_at(0.5, k)
    assert k > 1.0 and lines[0].font.pixelSize() * scale * 0.5 >= TEXT_FLOOR - 0.5
    text = " ".join(r.text for r in lines)
    assert text == "стратегия позиционирования и план" or (len(lines) == 1 and text.endswith("…"))
    assert len(text.rstrip("…")) > 3  # never cut to a few letters
    assert link.boundingRect().contains(rect)  # painted within its bounds (no trails)


def test_the_scene_text_floor_changes_what_is_drawn(qtbot):
    b = Process(code="М-03", name="Продажи", x=400, y=0, width=200)
    c = make_canvas(qtbot, Project(name="T", maps=(ProcessMap(name="M", processes=(b,)),)))
    b = next(iter(c.scene.node_items()))
    _painted(c, 0.7)
    assert not b._big  # 15 px × 0.7 is above the editing floor
    c.scene.set_text_floor(PRESENTATION_FLOOR)
    c.view.viewport().grab()
    assert b._big  # not above the presentation's: "Продажи" is drawn bigger, whole


def _shown(lines) -> str:
    return " ".join(r.text for _p, r in lines)


def test_a_name_stays_whole_while_whole_it_is_readable_and_is_shortened_only_beyond(qtbot):
    """At a projector's fit (1280×720: about 63 %) every name is whole, at the biggest scale its
    box holds; only where whole it would fall under WHOLE_FLOOR does it become shorter and bigger."""
    c = make_canvas(qtbot, _project())
    a = next(i for i in c.scene.node_items() if i.code == "М-02")
    name = "Разработка стратегии позиционирования"
    for lod in (0.63, 0.7, 0.75):
        k = text_scale(lod, PRESENTATION_FLOOR)
        assert k > 1.0
        code, lines = a.texts_at(lod, k)
        assert _shown(lines) == name, lod  # whole: no "…"
        size = lines[0][1].font.pixelSize()
        assert size * lod >= WHOLE_FLOOR - 0.5  # and readable
        assert code[1].text == "М-02"
    k = text_scale(0.42, PRESENTATION_FLOOR)
    _code, lines = a.texts_at(0.42, k)
    assert _shown(lines).endswith("…")  # whole it would be under the floor: shorter, bigger
    assert lines[0][1].font.pixelSize() > NAME_PX and lines[0][1].font.pixelSize() * 0.42 >= WHOLE_FLOOR


def test_a_label_stays_whole_at_a_projectors_fit(qtbot):
    c = make_canvas(qtbot, _project())
    link = next(i for i in c.scene.items() if isinstance(i, LinkItem))
    c.view.viewport().grab()
    for lod in (0.63, 0.7):
        lines, rect, _step, scale = link.label_at(lod, text_scale(lod, PRESENTATION_FLOOR, LABEL_PX))
        assert " ".join(r.text for r in lines) == "стратегия позиционирования и план"
        assert lines[0].font.pixelSize() * scale * lod >= WHOLE_FLOOR - 0.5
        assert link.boundingRect().contains(rect)


def test_the_russian_example_in_presentation_at_1280x720_cuts_no_name_and_no_label(open_window, qtbot):
    """The issue's check: on a 1280×720 projector (and a 1920×1080 one), at fit, every name and
    label of the example is whole; the names share one size; no label, drawn at its enlarged
    size, runs under a box other than its own ends or under another label; no scrollbars."""
    from pathlib import Path

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtWidgets import QApplication

    from procedit.storage import load
    from procedit.ui.canvas.items import PartyItem

    example = load(Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap")
    w = open_window(example)
    to_be = next(m for m in example.maps if "TO BE" in m.name)
    w.switch_map(to_be.id)
    assert w.view.horizontalScrollBar().isVisible()  # (the scene is bigger than the view)
    w.actions.presentation.trigger()
    for size in ((1280, 720), (1920, 1080)):
        w.setGeometry(0, 0, *size)  # (the offscreen screen's size is not a projector's)
        w.view.fit_map()
        w.view.viewport().grab()  # paint: labels are placed as they are drawn
        assert not w.view.horizontalScrollBar().isVisible() and not w.view.verticalScrollBar().isVisible()
        lod = w.view.zoom
        if size == (1280, 720):
            assert 0.45 <= lod < 0.8  # semantic zoom is at work at this fit
        k = text_scale(lod, PRESENTATION_FLOOR)
        name_sizes = set()
        boxes = {}
        for item in w.scene.node_items():
            if isinstance(item, ProcessItem):
                _code, lines = item.texts_at(lod, k)
            elif isinstance(item, PartyItem):
                lines = item.lines_at(lod, k)
            else:
                continue
            assert _shown(lines) == item.name, item.name
            assert lines[0][1].font.pixelSize() * lod >= WHOLE_FLOOR - 0.5
            name_sizes.add(lines[0][1].font.pixelSize())
            b = item.box()
            boxes[item.elem_id] = QRectF(b.x, b.y, b.width, b.height)
        assert len(name_sizes) == 1, (size, name_sizes)  # one size for every name on the map
        drawn = []
        for link in (i for i in w.scene.items() if isinstance(i, LinkItem) and i.label):
            lines, rect, _step, scale = link.label_at(lod, text_scale(lod, PRESENTATION_FLOOR, LABEL_PX))
            assert " ".join(r.text for r in lines) == " ".join(link.label.split()), link.label
            assert lines[0].font.pixelSize() * scale * lod >= WHOLE_FLOOR - 0.5
            # no label drawn bigger than the names: the boxes are what the room reads first
            assert lines[0].font.pixelSize() * scale <= max(name_sizes) + 0.5, (size, link.label)
            assert link.boundingRect().contains(rect)
            for elem_id, box in boxes.items():
                if elem_id not in (link.source_id, link.target_id):
                    assert not rect.adjusted(1, 1, -1, -1).intersects(box), (size, link.label, elem_id)
            for other, other_rect in drawn:
                assert not rect.adjusted(1, 1, -1, -1).intersects(other_rect), (size, link.label, other)
            drawn.append((link.label, rect))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    assert not w.presentation.active
    assert w.view.horizontalScrollBar().isVisible()  # back with the rest of the window


def test_a_whole_name_takes_the_biggest_scale_its_box_holds(qtbot):
    """The scale a whole name is drawn at is the biggest up to k at which it wraps into the box
    whole (what trying every scale from the top finds; the box tries from the bottom, once)."""
    from procedit.geometry.textfit import wrap_words
    from procedit.ui.canvas.fit import PROCESS_INSET
    from procedit.ui.canvas.items.process import PAD
    from procedit.ui.canvas.style import TEXT_SCALES, fonts

    names = ["Продажи", "Разработка стратегии позиционирования", "ТЗ", "Обработка входящих лидов отдела"]
    procs = tuple(
        Process(code=f"М-{i}", name=name, x=i * 400.0, y=j * 300.0, width=w, height=h)
        for i, name in enumerate(names)
        for j, (w, h) in enumerate([(120, 60), (200, 80), (260, 140), (300, 220)])
    )
    c = make_canvas(qtbot, Project(name="T", maps=(ProcessMap(name="M", processes=procs),)))
    f = fonts()
    for item in c.scene.node_items():
        width = item._w - 2 * PROCESS_INSET
        for k in TEXT_SCALES:
            expected = 1.0
            for scale in TEXT_SCALES:
                s = f.scaled(scale)
                room = item._h - PAD / 2 - (PAD - 2 + s.code_m.height())
                max_lines = max(1, 1 + int((room - s.name_m.height()) / s.name_m.lineSpacing() + 1e-6))
                measure = f.measure(s.name_m)
                lines, cut = wrap_words(item.name, measure, width, max_lines)
                if 1.0 < scale <= k and not cut and all(measure(x) <= width for x in lines):
                    expected = scale
            assert item._whole_scale(k) == expected, (item.name, item._w, item._h, k)
