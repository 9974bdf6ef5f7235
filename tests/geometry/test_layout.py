"""Layered auto-layout: left to right along the links, loops allowed, no overlaps."""

from __future__ import annotations

import itertools
import random

from procedit.geometry.layout import layered_layout

SIZE = (180.0, 80.0)


def _overlap(a, b) -> bool:
    return a[0] < b[0] + SIZE[0] and b[0] < a[0] + SIZE[0] and a[1] < b[1] + SIZE[1] and b[1] < a[1] + SIZE[1]


def test_a_chain_goes_left_to_right():
    sizes = {n: SIZE for n in "abcd"}
    pos = layered_layout(sizes, [("a", "b"), ("b", "c"), ("c", "d")])
    xs = [pos[n][0] for n in "abcd"]
    assert xs == sorted(xs) and len(set(xs)) == 4


def test_a_feedback_loop_is_laid_out_without_overlaps():
    sizes = {n: SIZE for n in "abcde"}
    edges = [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d"), ("d", "a"), ("d", "e")]
    pos = layered_layout(sizes, edges)
    assert set(pos) == set(sizes)
    assert pos["a"][0] < pos["b"][0] < pos["c"][0]  # the loop is entered at a
    for p, q in itertools.combinations(pos.values(), 2):
        assert not _overlap(p, q)


def test_barycenter_keeps_branches_apart():
    # two chains a1→a2, b1→b2, with initial order a above b: they must not cross
    sizes = {n: SIZE for n in ("a1", "a2", "b1", "b2")}
    pos = layered_layout(
        sizes, [("a1", "a2"), ("b1", "b2")], initial_y={"a1": 0, "b1": 500, "a2": 900, "b2": 0}
    )
    assert (pos["a1"][1] < pos["b1"][1]) == (pos["a2"][1] < pos["b2"][1])


def test_large_random_graph_has_no_overlaps_and_ignores_bad_edges():
    rnd = random.Random(3)
    n = 3000
    sizes = {f"n{i}": SIZE for i in range(n)}
    edges = [(f"n{rnd.randrange(n)}", f"n{rnd.randrange(n)}") for _ in range(2 * n)]
    edges += [("n1", "n1"), ("n2", "missing")]
    pos = layered_layout(sizes, edges, origin=(100, 50))
    assert set(pos) == set(sizes)
    assert min(x for x, _ in pos.values()) == 100
    by_column: dict[float, list[float]] = {}
    for x, y in pos.values():
        by_column.setdefault(x, []).append(y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= SIZE[1] for a, b in itertools.pairwise(ys))


def test_empty():
    assert layered_layout({}, []) == {}


def _passes_through(a, b, box, clearance=2.0) -> bool:
    """Whether the straight line between centres a and b crosses ``box`` (x, y), sampled."""
    x, y = box
    for k in range(201):
        t = k / 200
        px, py = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        if x - clearance < px < x + SIZE[0] + clearance and y - clearance < py < y + SIZE[1] + clearance:
            return True
    return False


def test_a_loop_in_one_row_does_not_draw_its_way_back_over_the_row():
    # the bakery example: customer → take orders → bake → deliver → customer, plan ↔ bake/deliver
    sizes = {n: SIZE for n in ("customer", "take", "bake", "deliver", "plan")}
    edges = [
        ("customer", "take"),
        ("take", "bake"),
        ("bake", "deliver"),
        ("deliver", "customer"),
        ("plan", "bake"),
        ("deliver", "plan"),
    ]
    pos = layered_layout(sizes, edges)

    def centre(n):
        return pos[n][0] + SIZE[0] / 2, pos[n][1] + SIZE[1] / 2

    for s, t in edges:
        for n in sizes:
            if n not in (s, t):
                assert not _passes_through(centre(s), centre(t), pos[n]), (s, t, n)
    for p, q in itertools.combinations(pos.values(), 2):
        assert not _overlap(p, q)
