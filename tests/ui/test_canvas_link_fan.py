"""Links joining the same two boxes are drawn side by side, not on top of each other."""

from __future__ import annotations

import math

from canvas_helpers import make_canvas
from PySide6.QtCore import QPointF

from procedit.commands import AddElements, Delete, SetFields
from procedit.geometry import LINK_SPACING, polyline_midpoint
from procedit.model import Link


def _apart(c, first_id, second_id) -> float:
    p = c.scene.item_for(first_id).points()
    q = c.scene.item_for(second_id).points()
    return math.dist(polyline_midpoint(p), polyline_midpoint(q))


def test_a_link_back_is_drawn_beside_the_first_and_both_can_be_clicked(qtbot):
    c = make_canvas(qtbot)
    a, b = c.node("Привлечение клиентов").id, c.node("Продажи").id
    (there,) = [lk for lk in c.doc.links(c.map_id) if lk.source_id == a and lk.target_id == b]
    straight = c.scene.item_for(there.id).points()
    back = Link(source_id=b, target_id=a, label="возвраты")
    c.history.push(AddElements(c.map_id, [back]))
    assert _apart(c, there.id, back.id) >= LINK_SPACING - 0.5
    assert c.scene.item_for(there.id).points() != straight
    for link_id in (there.id, back.id):  # each label is where a click finds its own link
        item = c.scene.item_for(link_id)
        mid = polyline_midpoint(item.points())
        assert item.contains(QPointF(*mid))
        found = [
            i for i in c.scene.items(QPointF(*mid)) if getattr(i, "elem_id", None) in (there.id, back.id)
        ]
        assert found and found[0] is item
    # the way back removed: the first link is straight again
    c.history.push(Delete([back.id]))
    assert c.scene.item_for(there.id).points() == straight
    c.history.undo()
    assert _apart(c, there.id, back.id) >= LINK_SPACING - 0.5


def test_turning_a_link_round_or_reconnecting_it_refans_both_pairs(qtbot):
    c = make_canvas(qtbot)
    a, b = c.node("Привлечение клиентов").id, c.node("Продажи").id
    z = c.node("Закупки").id
    (there,) = [lk for lk in c.doc.links(c.map_id) if lk.source_id == a and lk.target_id == b]
    extra = Link(source_id=a, target_id=b, label="ещё")
    c.history.push(AddElements(c.map_id, [extra]))
    assert _apart(c, there.id, extra.id) >= LINK_SPACING - 0.5
    straight_before = c.scene.item_for(there.id).offset
    assert straight_before != 0
    c.history.push(SetFields({extra.id: {"target_id": z}}, "reconnect", None))
    assert c.scene.item_for(there.id).offset == 0  # alone again between its boxes
    assert c.scene.item_for(extra.id).offset == 0


def test_a_reopened_map_fans_out_the_same_way(qtbot):
    c = make_canvas(qtbot)
    a, b = c.node("Привлечение клиентов").id, c.node("Продажи").id
    back = Link(source_id=b, target_id=a)
    c.history.push(AddElements(c.map_id, [back]))
    before = {i: c.scene.item_for(i).points() for i in (back.id,)}
    c.scene.set_map(c.map_id)
    assert {i: c.scene.item_for(i).points() for i in before} == before
