"""Automatic layered layout of a map, left to right along the links (plain numbers, no Qt).

Strongly connected components (feedback loops) are condensed first so the layering is
well defined without enumerating cycles; inside a component the nodes are spread over
consecutive layers by breadth-first distance from its entry. Nodes in a layer are ordered
by the barycenter of their neighbours (a few sweeps), then placed in columns.
Linear in nodes + links apart from the sorts, so 5,000 nodes take well under a second.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

import networkx as nx

from .shapes import clip_segment

Size = tuple[float, float]


def layered_layout(
    sizes: Mapping[str, Size],
    edges: Iterable[tuple[str, str]],
    *,
    origin: tuple[float, float] = (0.0, 0.0),
    h_gap: float = 150.0,
    v_gap: float = 50.0,
    initial_y: Mapping[str, float] | None = None,
    sweeps: int = 4,
) -> dict[str, tuple[float, float]]:
    """Top-left positions ``{node: (x, y)}`` for nodes of the given ``(width, height)``.

    ``edges`` between unknown nodes and self-loops are ignored. ``initial_y`` (current
    positions) breaks ties so that a re-layout keeps the user's vertical order.
    """
    if not sizes:
        return {}
    g = nx.DiGraph()
    g.add_nodes_from(sizes)
    g.add_edges_from((s, t) for s, t in edges if s != t and s in sizes and t in sizes)
    layer = _layers(g)
    order = _order(g, layer, initial_y or {}, sweeps)
    positions = _place(order, sizes, origin, h_gap, v_gap)
    if len(sizes) <= UNTANGLE_MAX_NODES:
        _untangle(positions, order, layer, sizes, list(g.edges), v_gap)
    return positions


UNTANGLE_MAX_NODES = 400  # beyond this the crossing checks would cost more than they help
_CLEARANCE = 8.0  # how near a link may pass a box it does not belong to


def _untangle(
    positions: dict[str, tuple[float, float]],
    layers: list[list[str]],
    layer: dict[str, int],
    sizes: Mapping[str, Size],
    edges: list[tuple[str, str]],
    v_gap: float,
    passes: int = 3,
) -> None:
    """Move boxes that a link skipping their column would be drawn through (links are straight
    lines between box centres: a loop laid out in one row drew its way back over the whole
    row) to the bottom of their column. A few passes; boxes only move down, never overlap."""

    def center(n: str) -> tuple[float, float]:
        x, y = positions[n]
        return x + sizes[n][0] / 2, y + sizes[n][1] / 2

    long_edges = [(s, t) for s, t in edges if abs(layer[s] - layer[t]) >= 2]
    for _ in range(passes):
        moved = False
        for s, t in long_edges:
            a, b = center(s), center(t)
            lo, hi = sorted((layer[s], layer[t]))
            for i in range(lo + 1, hi):
                for n in layers[i]:
                    x, y = positions[n]
                    w, h = sizes[n]
                    box = (x - _CLEARANCE, y - _CLEARANCE, x + w + _CLEARANCE, y + h + _CLEARANCE)
                    if _segment_hits(a, b, box):
                        bottom = max(positions[m][1] + sizes[m][1] for m in layers[i])
                        positions[n] = (x, bottom + v_gap)
                        moved = True
        if not moved:
            return


def _segment_hits(a: tuple[float, float], b: tuple[float, float], box: tuple[float, ...]) -> bool:
    """Whether the segment a–b meets the rectangle (left, top, right, bottom)."""
    return clip_segment(a[0], a[1], b[0], b[1], *box) is not None


def _layers(g: nx.DiGraph) -> dict[str, int]:
    """Longest-path layering of the condensation; components spread over sub-layers."""
    cond = nx.condensation(g)
    members: dict[int, set[str]] = {c: data["members"] for c, data in cond.nodes(data=True)}
    sub: dict[str, int] = {}
    span: dict[int, int] = {}
    for c, nodes in members.items():
        if len(nodes) == 1:
            (only,) = nodes
            sub[only] = 0
            span[c] = 1
            continue
        # entry: the member with most links from outside (ties: by name for determinism)
        entry = max(sorted(nodes), key=lambda n: sum(1 for p in g.predecessors(n) if p not in nodes))
        dist = {entry: 0}
        queue = deque([entry])
        while queue:
            n = queue.popleft()
            for m in g.successors(n):
                if m in nodes and m not in dist:
                    dist[m] = dist[n] + 1
                    queue.append(m)
        sub.update(dist)
        span[c] = max(dist.values()) + 1
    start: dict[int, int] = {}
    topo = list(nx.topological_sort(cond))
    for c in topo:
        start[c] = max((start[p] + span[p] for p in cond.predecessors(c)), default=0)
    # a source (a supplier, say) sits right before its first consumer, not far left in column 0
    for c in reversed(topo):
        if cond.in_degree(c) == 0 and cond.out_degree(c) > 0:
            start[c] = max(0, min(start[s] for s in cond.successors(c)) - span[c])
    mapping = cond.graph["mapping"]
    return {n: start[mapping[n]] + sub[n] for n in g}


def _order(
    g: nx.DiGraph, layer: dict[str, int], initial_y: Mapping[str, float], sweeps: int
) -> list[list[str]]:
    count = max(layer.values()) + 1
    layers: list[list[str]] = [[] for _ in range(count)]
    for n in sorted(g, key=lambda n: (initial_y.get(n, 0.0), n)):
        layers[layer[n]].append(n)
    pos = {n: i / max(len(lst), 1) for lst in layers for i, n in enumerate(lst)}

    def sweep(indices: Iterable[int], neighbours) -> None:
        for i in indices:
            nodes = layers[i]
            keys = {}
            for idx, n in enumerate(nodes):
                near = [pos[m] for m in neighbours(n) if layer[m] != i]
                keys[n] = (sum(near) / len(near)) if near else pos[n]
                keys[n] = (keys[n], idx)
            nodes.sort(key=keys.__getitem__)
            for idx, n in enumerate(nodes):
                pos[n] = idx / max(len(nodes), 1)

    for k in range(sweeps):
        if k % 2 == 0:
            sweep(range(1, count), lambda n: g.predecessors(n))
        else:
            sweep(range(count - 2, -1, -1), lambda n: g.successors(n))
    return layers


def _place(
    layers: list[list[str]],
    sizes: Mapping[str, Size],
    origin: tuple[float, float],
    h_gap: float,
    v_gap: float,
) -> dict[str, tuple[float, float]]:
    heights = [sum(sizes[n][1] for n in lst) + v_gap * max(len(lst) - 1, 0) for lst in layers]
    tallest = max(heights)
    result: dict[str, tuple[float, float]] = {}
    x = origin[0]
    for lst, height in zip(layers, heights, strict=True):
        if not lst:
            continue
        width = max(sizes[n][0] for n in lst)
        y = origin[1] + (tallest - height) / 2
        for n in lst:
            w, h = sizes[n]
            result[n] = (x + (width - w) / 2, y)
            y += h + v_gap
        x += width + h_gap
    return result
