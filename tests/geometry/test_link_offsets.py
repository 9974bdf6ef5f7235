"""Links joining the same two boxes are fanned out sideways (canvas and PDF alike)."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procedit.geometry import LINK_SPACING, Rect, link_offsets, link_route, polyline_midpoint, route
from procedit.model import Link, Process, Routing

A = Rect(0, 0, 180, 80)
B = Rect(400, 0, 180, 80)
C = Rect(400, 300, 180, 80)


def _on_border(r: Rect, p) -> bool:
    inside = r.left - 1e-6 <= p.x <= r.right + 1e-6 and r.top - 1e-6 <= p.y <= r.bottom + 1e-6
    edge = min(abs(p.x - r.left), abs(p.x - r.right), abs(p.y - r.top), abs(p.y - r.bottom))
    return inside and edge < 1e-6


def _segments(points):
    return list(itertools.pairwise(points))


def _distance_between(p, q) -> float:
    """Smallest distance between two polylines' vertices and segments (sampled)."""

    def samples(points):
        for a, b in _segments(points):
            for k in range(21):
                t = k / 20
                yield (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)

    return min(math.dist(a, b) for a in samples(p) for b in samples(q))


def test_without_offset_the_route_is_unchanged():
    for routing in Routing:
        for a, b in ((A, B), (A, C), (C, A)):
            assert route(a, b, routing) == route(a, b, routing, 0.0)


@pytest.mark.parametrize("routing", list(Routing))
@pytest.mark.parametrize("target", [B, C], ids=["side by side", "diagonal"])
def test_two_opposite_links_are_apart_with_their_labels(routing, target):
    there = Link(source_id="a", target_id="b")
    back = Link(source_id="b", target_id="a")
    offsets = link_offsets([there, back])
    boxes = {"a": A, "b": target}
    p = route(boxes["a"], boxes["b"], routing, offsets[there.id])
    q = route(boxes["b"], boxes["a"], routing, offsets[back.id])
    assert _distance_between(p, q) >= LINK_SPACING - 1e-6
    # the labels sit at the midpoints: a label is 20 high, so they do not cover each other
    assert math.dist(polyline_midpoint(p), polyline_midpoint(q)) >= 20
    for points, (src, dst) in ((p, (boxes["a"], boxes["b"])), (q, (boxes["b"], boxes["a"]))):
        assert _on_border(src, points[0]) and _on_border(dst, points[-1])


def test_three_links_the_same_way_get_three_lanes():
    links = [Link(source_id="a", target_id="b") for _ in range(3)]
    offsets = link_offsets(links)
    assert sorted(offsets.values()) == [-LINK_SPACING, 0.0, LINK_SPACING]
    routes = [route(A, B, Routing.STRAIGHT, offsets[lk.id]) for lk in links]
    for p, q in itertools.combinations(routes, 2):
        assert _distance_between(p, q) >= LINK_SPACING - 1e-6


def test_a_link_alone_between_its_boxes_is_not_moved_and_order_does_not_matter():
    links = [
        Link(source_id="a", target_id="b"),
        Link(source_id="b", target_id="a"),
        Link(source_id="a", target_id="c"),
    ]
    offsets = link_offsets(links)
    assert links[2].id not in offsets
    assert link_offsets(reversed(links)) == offsets


def test_link_route_takes_the_offset():
    a = Process(code="1", name="a", x=0, y=0)
    b = Process(code="2", name="b", x=400, y=0)
    link = Link(source_id=a.id, target_id=b.id)
    nodes = {a.id: a, b.id: b}
    assert link_route(nodes, link) == route(
        Rect(a.x, a.y, a.width, a.height), Rect(b.x, b.y, b.width, b.height)
    )
    moved = link_route(nodes, link, 13.0)
    plain = link_route(nodes, link)
    assert all(math.isclose(m.y - p.y, 13.0) for m, p in zip(moved, plain, strict=True))


boxes = st.builds(
    Rect,
    st.floats(-2000, 2000),
    st.floats(-2000, 2000),
    st.floats(40, 400),
    st.floats(30, 300),
)


@given(boxes, boxes, st.floats(-200, 200), st.sampled_from(list(Routing)))
def test_a_moved_route_still_starts_and_ends_on_the_borders(src, dst, offset, routing):
    points = route(src, dst, routing, offset)
    assert len(points) >= 2
    if routing == Routing.STRAIGHT and src.center != dst.center:
        assert _on_border(src, points[0]) and _on_border(dst, points[-1])
    if routing == Routing.ORTHOGONAL:  # still axis-parallel (route() calls 0.5 apart "aligned")
        assert all(
            math.isclose(a.x, b.x, abs_tol=0.5) or math.isclose(a.y, b.y, abs_tol=0.5)
            for a, b in _segments(points)
        )
