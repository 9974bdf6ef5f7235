"""The maps as a tree: the landscape, its decomposed processes and their sub-maps (reading only).

A map decomposes a process when its ``parent_process_id`` names a process of another map.
A map whose parent process is missing (deleted, or in a file that lost it) is a top-level map;
a loop of maps decomposing each other (only a hand-edited file can make one) is cut where it
closes, so every walk here ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from procedit.model import Process

from .document import Document


@dataclass(frozen=True)
class MapNode:
    """One map of the tree, with the processes of it that other maps decompose."""

    map_id: str
    children: tuple[tuple[str, tuple[MapNode, ...]], ...]  # (process id, its sub-maps) in map order


def parent_of(doc: Document, map_id: str) -> tuple[str, str] | None:
    """(parent map id, parent process id) of a decomposition map; None for a top-level map."""
    pid = doc.map_header(map_id).parent_process_id
    if not pid:
        return None
    parent_map = doc.map_of(pid)
    if parent_map is None or parent_map == map_id or not isinstance(doc.get(pid), Process):
        return None
    return parent_map, pid


def ancestry(doc: Document, map_id: str) -> list[tuple[str, str | None]]:
    """The path from the top-level map down to ``map_id``: [(map id, process it details), ...];
    the first entry's process is None."""
    path: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    current: str | None = map_id
    while current is not None and current not in seen:
        seen.add(current)
        up = parent_of(doc, current)
        path.append((current, up[1] if up else None))
        current = up[0] if up else None
    path.reverse()
    if path and path[0][1] is not None:  # a loop: start where it was cut
        path[0] = (path[0][0], None)
    return path


def sub_maps(doc: Document) -> dict[str, list[str]]:
    """Process id → the maps decomposing it, in the project's order of maps."""
    result: dict[str, list[str]] = {}
    for map_id in doc.map_ids():
        up = parent_of(doc, map_id)
        if up is not None:
            result.setdefault(up[1], []).append(map_id)
    return result


def map_tree(doc: Document) -> list[MapNode]:
    """Every map once: the top-level maps in the project's order, each with its sub-maps below
    the processes they decompose (in the order of the processes on their map)."""
    children = sub_maps(doc)
    placed: set[str] = set()

    def node(map_id: str) -> MapNode:
        placed.add(map_id)
        rows = []
        if children:
            for p in doc.processes(map_id):
                subs = children.get(p.id)
                if subs:
                    below = tuple(node(m) for m in subs if m not in placed)
                    if below:
                        rows.append((p.id, below))
        return MapNode(map_id, tuple(rows))

    tops = [node(m) for m in doc.map_ids() if parent_of(doc, m) is None and m not in placed]
    # maps caught in a loop have a parent but no top-level ancestor: show them at the top
    tops += [node(m) for m in doc.map_ids() if m not in placed]
    return tops


def descendants(doc: Document, map_id: str) -> list[str]:
    """The maps below ``map_id`` (its sub-maps, theirs, ...), each once, not ``map_id`` itself."""
    children = sub_maps(doc)
    found: list[str] = []
    seen = {map_id}
    stack = [map_id]
    while stack:
        current = stack.pop()
        for p in doc.processes(current):
            for sub in children.get(p.id, ()):
                if sub not in seen:
                    seen.add(sub)
                    found.append(sub)
                    stack.append(sub)
    return found


def walk(nodes: list[MapNode] | tuple[MapNode, ...]) -> Iterator[MapNode]:
    for n in nodes:
        yield n
        for _pid, below in n.children:
            yield from walk(below)
