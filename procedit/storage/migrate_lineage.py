"""Format 4 → 5: lineage and the comparison's bookkeeping.

Format 5 adds, all optional and left out of the file while unset:

- ``origin`` on processes, parties, links, inputs/outputs, stages, criteria and documents:
  the element a copy was made from (a TO BE process remembers its AS IS process);
- ``pairings`` on a map: the user's confirmed or broken pairs when comparing it with a map
  that shares no lineage (a reference model, another file);
- ``conflicts`` on the project: what a three-way merge could not decide.

A TO BE map of an older file made from an AS IS map (``source_map_id``) did not record where its
elements came from. The migration recovers what it safely can: a process whose code (or,
without a code, whose name) is unique in both maps is paired with its AS IS process, parties
by unique name, links by paired ends, and inside paired processes the inputs, outputs,
stages, criteria and documents by unique name. Anything ambiguous stays without an origin,
so the comparison falls back on matching by code and name, as for any other map.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

Json = dict[str, Any]

_NESTED = {"inputs": "what", "outputs": "what", "stages": "name", "criteria": "name", "documents": "title"}


def migrate_4_to_5(data: Json, path: str | os.PathLike[str]) -> Json:
    maps = data.get("maps")
    if not isinstance(maps, list):  # malformed: the model's validation names the place
        return {**data, "format": 5}
    by_id = {m.get("id"): m for m in maps if isinstance(m, dict)}
    new_maps = []
    for m in maps:
        source = by_id.get(m.get("source_map_id")) if isinstance(m, dict) else None
        new_maps.append(_with_lineage(m, source) if source is not None and source is not m else m)
    return {**data, "maps": new_maps, "format": 5}


def _key(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _unique_pairs(old: Iterable[Json], new: Iterable[Json], key: Callable[[Json], str]) -> dict[str, str]:
    """new id → old id for the elements whose (non-empty) key is unique on both sides."""

    def index(items: Iterable[Json]) -> dict[str, str | None]:
        seen: dict[str, str | None] = {}
        for item in items:
            k = key(item)
            if k:
                seen[k] = None if k in seen else item.get("id")
        return seen

    old_index, new_index = index(old), index(new)
    return {
        new_id: old_index[k]
        for k, new_id in new_index.items()
        if new_id is not None and old_index.get(k) is not None
    }


def _items(m: Json, field: str) -> list[Json]:
    value = m.get(field)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _with_lineage(m: Any, source: Json) -> Any:
    if not isinstance(m, dict):
        return m
    old_procs, new_procs = _items(source, "processes"), _items(m, "processes")
    pairs = _unique_pairs(old_procs, new_procs, lambda p: _key(p.get("code")))
    taken = set(pairs.values())
    by_name = _unique_pairs(
        [p for p in old_procs if p.get("id") not in taken],
        [p for p in new_procs if p.get("id") not in pairs],
        lambda p: _key(p.get("name")),
    )
    pairs.update(by_name)
    pairs.update(
        _unique_pairs(_items(source, "parties"), _items(m, "parties"), lambda q: _key(q.get("name")))
    )
    old_by_id = {p.get("id"): p for p in old_procs}
    processes = [
        _process_lineage(p, old_by_id[pairs[p.get("id")]]) if p.get("id") in pairs else p
        for p in m.get("processes", [])
    ]
    parties = [
        {**q, "origin": pairs[q.get("id")]} if isinstance(q, dict) and q.get("id") in pairs else q
        for q in m.get("parties", [])
    ]
    old_links: dict[tuple[Any, Any], list[Any]] = {}
    for lk in _items(source, "links"):
        old_links.setdefault((lk.get("source_id"), lk.get("target_id")), []).append(lk.get("id"))
    links = []
    for lk in m.get("links", []):
        if isinstance(lk, dict):
            ends = (pairs.get(lk.get("source_id")), pairs.get(lk.get("target_id")))
            candidates = old_links.get(ends, [])
            if None not in ends and len(candidates) == 1:
                lk = {**lk, "origin": candidates[0]}
        links.append(lk)
    return {**m, "processes": processes, "parties": parties, "links": links}


def _process_lineage(p: Json, old: Json) -> Json:
    out = {**p, "origin": old.get("id")}
    for field, name in _NESTED.items():
        pairs = _unique_pairs(_items(old, field), _items(p, field), lambda x, name=name: _key(x.get(name)))
        if pairs:
            out[field] = [
                {**x, "origin": pairs[x.get("id")]} if isinstance(x, dict) and x.get("id") in pairs else x
                for x in p.get(field, [])
            ]
    return out
