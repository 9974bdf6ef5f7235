"""Canvas editing actions: clipboard, duplicate, align, distribute, auto-layout, badges, dimming."""

from __future__ import annotations

import json

from canvas_helpers import make_canvas, small_project
from PySide6.QtGui import QGuiApplication

from procedit.commands import SetFields
from procedit.model import Link, Process, Severity, check_integrity
from procedit.ui.canvas.clipboard import MIME
from procedit.ui.canvas.items import LinkItem, NodeItem
from procedit.ui.canvas.style import tr


def _ids(c, names):
    return [c.node(n).id for n in names]


def test_copy_paste_gets_fresh_ids_offset_and_keeps_internal_links(qtbot):
    c = make_canvas(qtbot)
    a, b = _ids(c, ["Привлечение клиентов", "Продажи"])
    c.scene.select_ids([a, b])
    c.scene.copy_selection()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME)
    assert json.loads(mime.text())["format"] == "procedit-elements"
    c.scene.paste()
    pasted = c.scene.selected_ids()
    assert len(pasted) == 3  # two boxes and the link between them
    assert not set(pasted) & {a, b}
    copies = [c.doc.get(i) for i in pasted]
    boxes = [e for e in copies if isinstance(e, Process)]
    assert sorted((p.x, p.y) for p in boxes) == [(30, 30), (330, 30)]
    (link,) = [e for e in copies if isinstance(e, Link)]
    assert {link.source_id, link.target_id} == {p.id for p in boxes}
    assert all(c.scene.item_for(i) is not None for i in pasted)
    # a second paste does not land on the first
    c.scene.paste()
    second = [c.doc.get(i) for i in c.scene.selected_ids() if isinstance(c.doc.get(i), Process)]
    assert sorted((p.x, p.y) for p in second) == [(60, 60), (360, 60)]
    assert check_integrity(c.doc.project) == []
    c.history.undo()
    c.history.undo()
    assert len(list(c.doc.processes(c.map_id))) == 3


def test_paste_into_another_project_clears_unknown_references(qtbot):
    c = make_canvas(qtbot)
    (a,) = _ids(c, ["Привлечение клиентов"])
    assert c.doc.get(a).owner_id is not None
    c.scene.select_ids([a])
    c.scene.copy_selection()
    other = make_canvas(qtbot, small_project())  # new people with other ids
    other.scene.paste()
    (new_id,) = other.scene.selected_ids()
    pasted = other.doc.get(new_id)
    assert pasted.name == "Привлечение клиентов"
    assert pasted.owner_id is None  # the owner is not a person of this project
    assert check_integrity(other.doc.project) == []


def test_paste_of_foreign_text_says_why_nothing_happened(qtbot):
    c = make_canvas(qtbot)
    messages = []
    c.scene.message.connect(messages.append)
    QGuiApplication.clipboard().setText("просто текст")
    c.scene.paste()
    assert messages
    assert not c.history.can_undo


def test_cut_and_paste_into_another_map(qtbot):
    c = make_canvas(qtbot)
    a, b = _ids(c, ["Привлечение клиентов", "Продажи"])
    c.scene.select_ids([a, b])
    c.scene.cut_selection()
    assert c.doc.get(a) is None and c.doc.get(b) is None
    other_map = c.doc.project.maps[1].id
    c.scene.set_map(other_map)
    c.scene.paste()
    names = sorted(p.name for p in c.doc.processes(other_map))
    assert names == ["Привлечение клиентов", "Продажи"]
    assert len(list(c.doc.links(other_map))) == 1
    assert check_integrity(c.doc.project) == []


def test_duplicate(qtbot):
    c = make_canvas(qtbot)
    (a,) = _ids(c, ["Закупки"])
    c.scene.select_ids([a])
    c.scene.duplicate_selection()
    (dup,) = c.scene.selected_ids()
    assert dup != a
    assert c.doc.get(dup).name == "Закупки"
    assert c.history.undo_label == tr("Duplicate")


def test_align_and_distribute_are_single_steps(qtbot):
    c = make_canvas(qtbot)
    ids = _ids(c, ["Привлечение клиентов", "Продажи", "Закупки"])
    c.scene.select_ids(ids)
    c.scene.align("top")
    assert {c.doc.get(i).y for i in ids} == {0}
    c.scene.align("left")
    assert {c.doc.get(i).x for i in ids} == {0}
    c.history.undo()
    c.history.undo()
    assert [(c.doc.get(i).x, c.doc.get(i).y) for i in ids] == [(0, 0), (300, 0), (300, 200)]
    c.history.push(SetFields({ids[1]: {"x": 100}, ids[2]: {"x": 600, "y": 0}}))
    c.scene.distribute("horizontal")
    xs = sorted(c.doc.get(i).x for i in ids)
    assert xs == [0, 300, 600]


def test_auto_layout_arranges_left_to_right_and_undoes(qtbot):
    c = make_canvas(qtbot)
    before = {p.id: (p.x, p.y) for p in c.doc.processes(c.map_id)}
    client = c.node("Клиент")
    a, b = _ids(c, ["Привлечение клиентов", "Продажи"])
    c.scene.auto_layout()
    assert c.history.undo_label == tr("Auto-layout")
    x = {i: c.doc.get(i).x for i in (client.id, a, b)}
    assert x[client.id] < x[a] < x[b]  # along the links
    assert c.scene.item_for(a).x() == c.doc.get(a).x
    c.history.undo()
    assert {p.id: (p.x, p.y) for p in c.doc.processes(c.map_id)} == before


def test_findings_show_a_badge_counting_them_in_the_worst_severitys_colour(qtbot):
    c = make_canvas(qtbot)
    (a,) = _ids(c, ["Продажи"])

    class F:
        def __init__(self, severity, text):
            self.severity, self.text = severity, text

        def message(self, lang="ru"):
            return self.text

    c.scene.set_findings({a: [F(Severity.WARNING, "нет критериев"), F(Severity.ERROR, "нет владельца")]})
    item = c.scene.item_for(a)
    assert item._badge.severity == Severity.ERROR and item._badge.count == 2
    assert "нет владельца" in item.tooltip_text(item.local_box().topRight())
    c.scene.set_findings({})
    assert item._badge is None


def test_dimming_fades_the_others_and_their_links(qtbot):
    c = make_canvas(qtbot)
    (a,) = _ids(c, ["Привлечение клиентов"])
    c.scene.set_dimmed({a})
    assert c.scene.item_for(a).dimmed
    link_items = [c.scene.item_for(lk.id) for lk in c.doc.links_of(a)]
    assert link_items and all(li.opacity() < 1 for li in link_items)
    c.scene.set_dimmed(None)
    assert not c.scene.item_for(a).dimmed


def test_scene_follows_commands_from_elsewhere(qtbot):
    """The properties panel changes a name or an owner: the box shows it."""
    c = make_canvas(qtbot)
    (a,) = _ids(c, ["Продажи"])
    c.history.push(SetFields({a: {"name": "Продажи и сервис", "width": 220.0}}))
    item = c.scene.item_for(a)
    assert item.name == "Продажи и сервис"
    assert item.box().width == 220
    counts = {NodeItem: 0, LinkItem: 0}
    for i in c.scene.items():
        for cls in counts:
            counts[cls] += isinstance(i, cls)
    assert counts == {NodeItem: 4, LinkItem: 2}
