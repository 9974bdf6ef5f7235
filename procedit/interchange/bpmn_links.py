"""Links of an imported BPMN file: sequence flows (bridged through gateways) and message flows."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from procedit.model import Link

from .bpmn_ns import BRIDGED
from .bpmn_read import Container, Flow, Pool

if TYPE_CHECKING:
    from .bpmn_import import MapState, _Builder

M = TypeVar("M", bound=BaseModel)


def updated(value: M, update: dict[str, Any], also: dict[str, Any] | None = None) -> M:
    """``value`` with ``update`` (the same value when nothing in it differs: a round trip of
    procedit's own file changes nothing, and a copy of 5,000 processes is not free) and with
    ``also`` (not compared: known to differ)."""
    changed = {k: v for k, v in update.items() if getattr(value, k) != v}
    if also:
        changed.update(also)
    return value.model_copy(update=changed) if changed else value


def _link(bld: _Builder, ms: MapState, flow: Flow, source: str, target: str, first: bool) -> None:
    """A link for ``flow`` (procedit's own data of it when ``first``: a flow bridged through
    gateways or split over two maps makes further links of its own)."""
    label = bld._name(flow.name) if flow.name else ""
    link = bld.ext_link(flow.id, source, target, label) if first else None
    if link is None:
        ident = bld.unique(flow.id if first else None, kind="Link")
        ms.links.append(Link(id=ident, source_id=source, target_id=target, label=label))
        return
    ident = bld.unique(link.id, flow.id, kind="Link")
    if ident == link.id and link.source_id == source and link.target_id == target and link.label == label:
        ms.links.append(link)  # (the usual case: the ends and the label were read into it)
        return
    update: dict[str, Any] = {"source_id": source, "target_id": target}
    if ident != link.id:
        update["id"] = ident
    if flow.name:
        update["label"] = label
    ms.links.append(updated(link, update))


def sequence_links(bld: _Builder, c: Container, ms: MapState) -> int:
    """Links for the sequence flows of one process; a hand-off through gateways (or
    intermediate events) from one activity to another becomes one link."""
    out: dict[str, list[Flow]] = {}
    for f in c.flows:
        out.setdefault(f.source, []).append(f)
    acts = [act.id for act in c.activities]
    act_set = set(acts)
    bridges = {ident for ident, kind in c.others.items() if kind in BRIDGED}
    made: set[tuple[str, str]] = set()
    count = 0
    for a in acts:
        for f in out.get(a, ()):
            if f.target in act_set:
                _link(bld, ms, f, ms.processes[a].id, ms.processes[f.target].id, True)
                made.add((a, f.target))
                count += 1
    for a in acts:
        for f in out.get(a, ()):
            if f.target not in bridges:
                continue
            for target, name in _reach(f, out, act_set, bridges):
                if (a, target) in made:
                    continue
                made.add((a, target))
                hop = Flow("", a, target, name)
                _link(bld, ms, hop, ms.processes[a].id, ms.processes[target].id, False)
                bld.summary.bridged += 1
                count += 1
    return count


def _reach(first: Flow, out: dict[str, list[Flow]], acts: set[str], bridges: set[str]) -> list[tuple[str, str]]:
    """Activities reached from ``first`` through bridge nodes only, with a label for each."""
    found: list[tuple[str, str]] = []
    seen = {first.target}
    todo = deque([(first.target, first.name)])
    while todo:
        node, label = todo.popleft()
        for f in out.get(node, ()):
            name = f.name or label
            if f.target in acts:
                found.append((f.target, name))
            elif f.target in bridges and f.target not in seen:
                seen.add(f.target)
                todo.append((f.target, name))
    return found


def message_links(bld: _Builder, flows: list[Flow], black: dict[str, Pool]) -> int:
    """Links for message flows. An end in another pool is represented in each map by an
    external party standing for that pool (a black-box pool is that party itself)."""
    count = 0
    for f in flows:
        s, t = _end(bld, f.source, black), _end(bld, f.target, black)
        if s is None or t is None:
            _skip(bld)
            continue
        made = 0
        if s[0] == "node" and t[0] == "node" and s[1] is t[1]:
            _link(bld, s[1], f, s[2], t[2], True)
            made = 1
        else:
            if s[0] == "node":
                party = _party(bld, s[1], t, black)
                if party is not None:
                    _link(bld, s[1], f, s[2], party.id, made == 0)
                    made += 1
            if t[0] == "node":
                party = _party(bld, t[1], s, black)
                if party is not None:
                    _link(bld, t[1], f, party.id, t[2], made == 0)
                    made += 1
        if not made:
            _skip(bld)
        count += made
    return count


def _skip(bld: _Builder) -> None:
    bld.summary.skipped["messageFlow"] = bld.summary.skipped.get("messageFlow", 0) + 1


def _end(bld: _Builder, ident: str, black: dict[str, Pool]):
    """("node", map, process id) | ("bb", None, pool id) | ("pool", map, BPMN id) | None."""
    if ident in bld.nodes:
        ms, _ = bld.nodes[ident]
        return ("node", ms, ms.processes[ident].id)
    if ident in black:
        return ("bb", None, ident)
    if ident in bld.owner:
        return ("pool", bld.owner[ident], ident)
    return None


def _party(bld: _Builder, ms: MapState, other, black: dict[str, Pool]):
    kind, other_map, ident = other
    if kind == "bb":
        return bld.party_for_pool(ms, black[ident])
    if other_map is ms:
        return None  # the map's own pool or one of its events: nothing to link to
    return bld.party_for_map(ms, other_map)
