"""Names that fit: boxes grow to their names (words whole), resize by a grip (snapped, one undo
step, never smaller than the name), link labels on two lines placed clear of their boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_helpers import drag, make_canvas
from PySide6.QtCore import Qt
from window_helpers import type_text

from procedit import storage
from procedit.commands import SetFields
from procedit.model import ExternalParty, Link, PartyKind, Process, ProcessMap, Project
from procedit.ui.canvas.fit import fitted_size
from procedit.ui.canvas.items import LinkItem, PartyItem, ProcessItem

pytestmark = pytest.mark.usefixtures("isolated_settings")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def _lines(item) -> list[str]:
    item._layout() if isinstance(item, ProcessItem) else item._layout(0.0)
    return [runs.text for _pos, runs in item._lines]


def test_a_renamed_box_grows_to_its_name_in_one_undo_step(open_window):
    w = open_window()
    p = next(iter(w.doc.processes(w.map_id)))
    long = "Разработка стратегии позиционирования компании на рынке"
    w.push(SetFields({p.id: {"name": long}}, "Rename"))
    grown = w.doc.get(p.id)
    assert grown.width > p.width or grown.height > p.height
    item = w.scene.item_for(p.id)
    lines = _lines(item)
    assert " ".join(lines) == long and not item._cut  # every word shown, none split
    assert not any(line.endswith("-") or line.endswith("…") for line in lines)
    w.undo_stack.undo()  # one step: the name and the size come back together
    back = w.doc.get(p.id)
    assert (back.name, back.width, back.height) == (p.name, p.width, p.height)


def test_renamed_in_place_the_box_grows_too(open_window, qtbot):
    w = open_window()
    p = next(iter(w.doc.processes(w.map_id)))
    w.scene.select_ids([p.id])
    w.scene.rename_selection()
    assert w.scene.editor is not None
    type_text(w.view, " команде маркетинга и отдела продаж")  # the editor starts with the name
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    renamed = w.doc.get(p.id)
    assert renamed.name.endswith("отдела продаж")
    assert (renamed.width, renamed.height) == fitted_size(renamed, "Иванов Иван") != (p.width, p.height)
    assert not w.scene.item_for(p.id)._cut
    w.undo_stack.undo()
    assert (w.doc.get(p.id).width, w.doc.get(p.id).name) == (p.width, p.name)


def test_a_party_name_is_never_hyphenated_inside_a_word(qtbot):
    party = ExternalParty(name="Генеральный директор", kind=PartyKind.SUPPLIER, width=140, height=70)
    project = Project(name="T", maps=(ProcessMap(name="M", parties=(party,)),))
    c = make_canvas(qtbot, project)
    item = c.scene.item_for(party.id)
    assert isinstance(item, PartyItem)
    assert _lines(item) and all(line in ("Генеральный директор", "Генеральный", "директор") for line in _lines(item))


def test_the_grip_resizes_a_box_snapped_in_one_undo_step(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Продажи")
    c.scene.select_ids([p.id])
    corner = c.at(p.x + p.width - 1, p.y + p.height - 1)
    drag(c.view, corner, c.at(p.x + p.width + 57, p.y + p.height + 33))
    resized = c.doc.get(p.id)
    assert (resized.width, resized.height) == (p.width + 60, p.height + 30)  # snapped to 10
    assert (resized.x, resized.y) == (p.x, p.y)
    link = next(lk for lk in c.doc.links(c.map_id) if lk.target_id == p.id)
    assert c.scene.item_for(link.id).points()[-1].x == pytest.approx(p.x)  # the link followed
    assert c.history.undo_label == "Resize"
    c.history.undo()
    assert (c.doc.get(p.id).width, c.doc.get(p.id).height) == (p.width, p.height)


def test_a_box_is_never_resized_smaller_than_its_name(qtbot):
    c = make_canvas(qtbot)
    p = c.node("Привлечение клиентов")
    c.scene.select_ids([p.id])
    drag(c.view, c.at(p.x + p.width - 1, p.y + p.height - 1), c.at(p.x + 5, p.y + 5))
    small = c.doc.get(p.id)
    assert 60 <= small.width < p.width and small.height >= 40
    item = c.scene.item_for(p.id)
    assert " ".join(_lines(item)) == "Привлечение клиентов" and not item._cut


def test_a_long_link_label_wraps_to_two_lines_off_its_boxes(qtbot):
    a = Process(code="A", name="Первый", x=0, y=0)
    b = Process(code="B", name="Второй", x=260, y=0)  # 80 units between the boxes
    label = "техническое задание дизайнеру на рекламу"
    link = Link(source_id=a.id, target_id=b.id, label=label)
    project = Project(name="T", maps=(ProcessMap(name="M", processes=(a, b), links=(link,)),))
    c = make_canvas(qtbot, project)
    item = c.scene.item_for(link.id)
    assert isinstance(item, LinkItem)
    lines, rect = item._label_box()
    assert len(lines) <= 2 and " ".join(r.text for r in lines) == label  # whole, not "техн…"
    for box in (c.scene.item_for(a.id).box(), c.scene.item_for(b.id).box()):
        assert rect.right() <= box.left or rect.left() >= box.right or rect.bottom() <= box.top or rect.top() >= box.bottom
    assert item.boundingRect().contains(rect)


def test_the_russian_example_shows_every_name_and_owner_whole(qtbot):
    project = storage.load(EXAMPLE)
    c = make_canvas(qtbot, project, fit=True)
    for item in c.scene.node_items():
        lines = _lines(item)
        e = c.doc.get(item.elem_id)
        assert " ".join(lines) == " ".join(e.name.split()), e.name
        if isinstance(item, ProcessItem) and item.owner:
            assert item._owner_text[1].text == item.owner  # "Соколова Анна Викторовна", not "Викторо…"
