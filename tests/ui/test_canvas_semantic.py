"""Semantic zoom: zoomed out, boxes and link labels draw fewer words in bigger type (whole
words, the code kept) instead of text too small to read; the overview below it is unchanged."""

from __future__ import annotations

from canvas_helpers import make_canvas

from procedit.model import Link, Process, ProcessMap, Project
from procedit.ui.canvas.items import LinkItem, ProcessItem
from procedit.ui.canvas.style import NAME_PX, PRESENTATION_FLOOR, TEXT_FLOOR, text_scale


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


def test_zoomed_out_a_link_label_stays_readable_on_one_line(qtbot):
    c = make_canvas(qtbot, _project())
    link = next(i for i in c.scene.items() if isinstance(i, LinkItem))
    _painted(c, 0.5)
    ((k, (lines, rect)),) = link._big.items()
    assert k > 1.0 and len(lines) == 1
    text = lines[0].text
    assert text == "стратегия позиционирования и план" or text.endswith("…")
    assert len(text.rstrip("…")) > 3  # never cut to a few letters
    assert link.boundingRect().contains(rect)  # painted within its bounds (no trails)


def test_the_scene_text_floor_changes_what_is_drawn(qtbot):
    c = make_canvas(qtbot, _project())
    a = next(i for i in c.scene.node_items() if i.code == "М-02")
    _painted(c, 0.7)
    assert not a._big  # 15 px × 0.7 is above the editing floor
    c.scene.set_text_floor(PRESENTATION_FLOOR)
    c.view.viewport().grab()
    assert a._big  # not above the presentation's
