"""The live validator: keeps the findings of an edited document current after every command.

It listens to the document's change notices and re-runs only what an edit can affect:

- process rules for the processes touched (and for both ends of a link added, removed or
  re-attached);
- group rules (same code, same name, same owner) for the groups a touched process left or
  joined (all groups of a rule that depends on the process count, when it changed);
- graph rules (one networkx graph per map) only when the structure changed: nodes or links
  added or removed, a link re-attached, suppliers, consumers or customers changed, a party's
  kind changed;
- a whole map when its kind changed (a map's name only renames its map-level findings);
- everything, when the project's people, goals or rule configuration changed.

Moving a box, editing a description or a criterion therefore costs a few process rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable
from dataclasses import replace
from typing import Any, Protocol

from procedit.model import CheckLevel, ExternalParty, Link, Process, ProcessMap, Project, Severity

from .balance import BalanceTracker
from .context import MapContext, ProjectFacts, node_name
from .engine import active_rules, check_group, check_map, check_process, group_processes
from .findings import Finding, sort_key
from .levels import at_level, effective_level
from .ordered import OrderedFindings
from .registry import Rule


class ChangeLike(Protocol):
    """What the validator reads of ``procedit.commands.Change`` (validation imports only the model)."""

    ids: frozenset[str]
    maps: frozenset[str]
    project: bool


class DocumentLike(Protocol):
    """What the validator reads of ``procedit.commands.Document``."""

    @property
    def header(self) -> Project: ...
    def map_ids(self) -> list[str]: ...
    def map(self, map_id: str) -> ProcessMap: ...
    def map_header(self, map_id: str) -> ProcessMap: ...
    def has_map(self, map_id: str) -> bool: ...
    def get(self, elem_id: str) -> Any: ...
    def map_of(self, elem_id: str) -> str | None: ...
    def subscribe(self, listener: Callable[[Any], None]) -> Callable[[], None]: ...


_log = logging.getLogger(__name__)

Listener = Callable[[frozenset[str]], None]
ElementListener = Callable[[str, frozenset[str] | None], None]


def _graph_key(p: Process) -> tuple[Any, ...]:
    return (p.customer_ids, tuple(f.party_id for f in p.inputs), tuple(f.party_id for f in p.outputs))


def _link_ends(link: Link) -> tuple[str, str]:
    return link.source_id, link.target_id


GroupId = tuple[str, Hashable]  # (rule id, key)


class _MapState:
    __slots__ = (
        "aggregate",
        "balance",
        "ctx",
        "flat",
        "ghits",
        "gkeys",
        "graph",
        "groups",
        "level",
        "local",
        "merged",
    )

    def __init__(self, ctx: MapContext, level: CheckLevel):
        self.ctx = ctx
        self.level = level  # the map's checking level: what it reports of ``merged``
        self.local: dict[str, list[Finding]] = {}
        # group rules: each process's key, the groups, and findings by element and group
        self.gkeys: dict[str, dict[str, Hashable]] = {}
        self.groups: dict[str, dict[Hashable, dict[str, Process]]] = {}
        self.aggregate: dict[str, dict[GroupId, list[Finding]]] = {}
        self.ghits: dict[GroupId, set[str]] = {}  # the elements each group has findings on
        self.graph: dict[str, list[Finding]] = {}
        self.balance: dict[str, list[Finding]] = {}  # findings of the decompositions it takes part in
        self.merged: dict[str, list[Finding]] = {}
        self.flat: OrderedFindings | None = None  # ``merged`` in report order, made when asked for


class _Dirty:
    __slots__ = ("count", "graph", "local", "procs", "renamed")

    def __init__(self) -> None:
        self.local: set[str] = set()  # processes whose process rules must re-run
        self.procs: set[str] = set()  # processes added, removed or changed (their groups re-run)
        self.count = False  # the number of processes changed
        self.graph = False
        self.renamed: set[str] = set()


class LiveValidator:
    """Findings of every map of ``doc``, kept current from the document's change notices."""

    def __init__(self, doc: DocumentLike):
        self._doc = doc
        self._listeners: list[Listener] = []
        self._element_listeners: list[ElementListener] = []
        self._touched: dict[str, set[str]] | None = None  # while a change is applied: what moved
        self._header: Project = doc.header
        self._facts = ProjectFacts(self._header)
        # maps are validated on first use (opening a big project does not wait for it) and
        # kept current from then on; a map nobody asked about costs nothing per edit
        self._maps: dict[str, _MapState] = {}
        self._balance: BalanceTracker | None = None  # made with the first map validated
        self._unsubscribe = doc.subscribe(self._on_change)

    def _state(self, map_id: str) -> _MapState | None:
        state = self._maps.get(map_id)
        if state is None and self._doc.has_map(map_id):
            state = self._maps[map_id] = self._full(map_id)
        return state

    # ------------------------------------------------------------------ reading
    # Every rule runs; what a map reports is what its checking level asks for (``level`` asks for
    # another level's, e.g. to say what the next one would add).
    def level(self, map_id: str) -> CheckLevel:
        """The map's checking level (its own, raised by its kind and the project's status)."""
        state = self._state(map_id)
        return state.level if state is not None else CheckLevel.REGULATION

    def findings_for(self, map_id: str, level: CheckLevel | None = None) -> list[Finding]:
        """Every finding the map reports, errors first (empty for an unknown map)."""
        state = self._state(map_id)
        if state is None:
            return []
        return _ordered(state).at(level or state.level)

    def by_element(
        self, map_id: str, level: CheckLevel | None = None, ids: Iterable[str] | None = None
    ) -> dict[str, list[Finding]]:
        """The map's findings by element id (a process, a party, or the map itself); only those of
        ``ids`` when given (an edit's badges need a few elements, not the whole map)."""
        state = self._state(map_id)
        if state is None:
            return {}
        level = level or state.level
        merged = state.merged
        if ids is not None:
            merged = {i: merged[i] for i in ids if i in merged}
        if level == CheckLevel.REGULATION:
            return dict(merged)
        result = {}
        for elem_id, found in merged.items():
            shown = at_level(found, level)
            if shown:
                result[elem_id] = shown
        return result

    def all_findings(self) -> list[Finding]:
        """The findings of every map at its level, map by map in the document's order."""
        return [f for map_id in self._doc.map_ids() for f in self.findings_for(map_id)]

    def counts(self, map_id: str | None = None, level: CheckLevel | None = None) -> dict[Severity, int]:
        """How many errors, warnings and infos (of one map, or of all) the maps report."""
        result = dict.fromkeys(Severity, 0)
        for state_id in self._doc.map_ids() if map_id is None else [map_id]:
            state = self._state(state_id)
            if state is not None:
                for severity, n in _ordered(state).counts(level or state.level).items():
                    result[severity] += n
        return result

    def known_counts(self, map_id: str) -> dict[Severity, int] | None:
        """The map's counts if it has been validated already, else None (nothing is validated)."""
        return self.counts(map_id) if map_id in self._maps else None

    # ------------------------------------------------------------------ listening
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(map_ids)`` whenever the findings of those maps changed."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def subscribe_elements(self, listener: ElementListener) -> Callable[[], None]:
        """Call ``listener(map_id, element_ids)`` after each change, for every map whose findings
        changed, with the ids of the elements whose findings changed; ``None`` instead of ids
        means "anything may have changed" (a whole map was re-validated, added or removed).

        Lets the canvas refresh only the badges that changed.
        """
        self._element_listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._element_listeners:
                self._element_listeners.remove(listener)

        return unsubscribe

    def close(self) -> None:
        """Stop following the document."""
        self._unsubscribe()

    # ------------------------------------------------------------------ full runs
    def _full(self, map_id: str) -> _MapState:
        ctx = MapContext.from_map(self._facts, self._doc.map(map_id))
        state = _MapState(ctx, effective_level(self._header, self._doc.map_header(map_id)))
        active = active_rules(self._facts, "process")
        for pid, p in ctx.processes.items():
            found = check_process(ctx, p, active)
            if found:
                state.local[pid] = found
        for r, severity in active_rules(self._facts, "group"):
            groups = {k: dict(m) for k, m in group_processes(ctx, r).items()}
            state.groups[r.id] = groups
            state.gkeys[r.id] = {pid: k for k, members in groups.items() for pid in members}
            for k in groups:
                self._judge(state, r, severity, k)
        ctx.start_graph_run()
        state.graph = check_map(ctx, active_rules(self._facts, "graph"))
        if self._balance is None:
            self._balance = BalanceTracker(self._doc, self._facts)
        state.balance = {k: list(v) for k, v in self._balance.by_map.get(map_id, {}).items()}
        for elem_id in {*state.local, *state.aggregate, *state.graph, *state.balance}:
            self._merge(state, elem_id)
        return state

    def _regroup(self, state: _MapState, r: Rule, severity: Severity, d: _Dirty) -> set[str]:
        """Move changed processes between the rule's groups and re-judge the groups they left or joined."""
        keys, groups = state.gkeys[r.id], state.groups[r.id]
        assert r.key is not None
        marked: set[Hashable] = set()
        for pid in d.procs:
            old_key = keys.pop(pid, None)
            if old_key is not None:
                members = groups[old_key]
                del members[pid]
                if not members:
                    del groups[old_key]
                marked.add(old_key)
            p = state.ctx.processes.get(pid)
            if p is not None:
                new_key = r.key(p)
                if new_key is not None:
                    keys[pid] = new_key
                    groups.setdefault(new_key, {})[pid] = p
                    marked.add(new_key)
        if r.whole and d.count:
            marked.update(groups)
            marked.update(k for rid, k in state.ghits if rid == r.id)
        touched: set[str] = set()
        for key in marked:
            touched |= self._judge(state, r, severity, key)
        return touched

    def _judge(self, state: _MapState, r: Rule, severity: Severity, key: Hashable) -> set[str]:
        """Re-run a group rule on one group; returns the ids of the elements whose findings moved."""
        gid = (r.id, key)
        touched = state.ghits.pop(gid, set())
        for elem_id in touched:
            per_group = state.aggregate[elem_id]
            del per_group[gid]
            if not per_group:
                del state.aggregate[elem_id]
        members = state.groups[r.id].get(key)
        if members:
            found = check_group(state.ctx, r, severity, key, members.values())
            if found:
                hit = set()
                for f in found:
                    state.aggregate.setdefault(f.element_id, {}).setdefault(gid, []).append(f)
                    hit.add(f.element_id)
                state.ghits[gid] = hit
                touched = touched | hit
        return touched

    def _merge(self, state: _MapState, elem_id: str) -> bool:
        """Recompute the element's merged findings; True when they changed."""
        new = [*state.local.get(elem_id, ())]
        for items in state.aggregate.get(elem_id, {}).values():
            new.extend(items)
        new.extend(state.graph.get(elem_id, ()))
        new.extend(state.balance.get(elem_id, ()))
        new.sort(key=sort_key)
        old = state.merged.get(elem_id)
        if new:
            if old == new:
                return False
            state.merged[elem_id] = new
        elif old is None:
            return False
        else:
            del state.merged[elem_id]
        if state.flat is not None:
            state.flat.replace(old or (), new)
        if self._touched is not None:
            self._touched.setdefault(state.ctx.map_id, set()).add(elem_id)
        return True

    # ------------------------------------------------------------------ incremental
    def _on_change(self, change: ChangeLike) -> None:
        self._touched = {}
        try:
            changed, whole = self._update(change)
            touched = self._touched
        except Exception:  # a bug here must not break the document's other listeners
            _log.exception("live validation failed; the maps will be validated again from scratch")
            changed = whole = set(self._maps) | set(self._doc.map_ids())
            touched = {}
            self._maps.clear()
        finally:
            self._touched = None
        if changed:
            frozen = frozenset(changed)
            for listener in list(self._listeners):
                listener(frozen)
            for map_id in changed:
                ids = None if map_id in whole else frozenset(touched.get(map_id, ()))
                for element_listener in list(self._element_listeners):
                    element_listener(map_id, ids)

    def _update(self, change: ChangeLike) -> tuple[set[str], set[str]]:
        """Bring the validated maps up to date; returns (changed maps, maps changed as a whole)."""
        doc = self._doc
        changed: set[str] = set()
        redo_all = False
        if change.project:
            header = doc.header
            old = self._header
            self._header = header
            if (header.people, header.strategy.goals, header.validation) != (
                old.people,
                old.strategy.goals,
                old.validation,
            ) or _document_fields(header) != _document_fields(old):
                self._facts = ProjectFacts(header)
                redo_all = True
        balance: dict[str, set[str]] = {}
        if self._balance is not None:
            if redo_all:
                self._balance.reset(self._facts)
            else:
                balance = self._balance.update(change)
        full: set[str] = set()
        for map_id in change.maps:
            state = self._maps.get(map_id)
            if not doc.has_map(map_id):
                if self._maps.pop(map_id, None) is not None:
                    changed.add(map_id)
            elif state is None:
                changed.add(map_id)  # a new map (or one not validated yet): validated when asked for
            elif (
                h := doc.map_header(map_id)
            ).kind == state.ctx.kind and h.document is state.ctx.header.document:
                if self._rename_map(state, doc.map_header(map_id)):  # only the name or description
                    changed.add(map_id)
            else:
                full.add(map_id)
        if redo_all:
            full.update(self._maps)
        for map_id in full:
            old_state = self._maps.get(map_id)
            state = self._maps[map_id] = self._full(map_id)
            if old_state is None or (old_state.merged, old_state.level) != (state.merged, state.level):
                changed.add(map_id)

        dirty: dict[str, _Dirty] = {}
        for elem_id in change.ids:
            map_id = self._note(elem_id, full, dirty)
            if map_id is not None and map_id not in self._maps and doc.has_map(map_id):
                changed.add(map_id)  # not validated yet: its findings, when asked for, may differ
        for map_id, d in dirty.items():
            if self._apply(self._maps[map_id], d):
                changed.add(map_id)
        for map_id, ids in balance.items():
            state = self._maps.get(map_id)
            if state is None or map_id in full:
                continue
            per = self._balance.by_map.get(map_id, {}) if self._balance is not None else {}
            for elem_id in ids:
                if elem_id in per:
                    state.balance[elem_id] = list(per[elem_id])
                else:
                    state.balance.pop(elem_id, None)
                if self._merge(state, elem_id):
                    changed.add(map_id)
        if change.project or change.maps:  # a map's level, its kind or the project's status moved
            for map_id, state in self._maps.items():
                level = effective_level(self._header, doc.map_header(map_id))
                if level != state.level:
                    state.level = level
                    changed.add(map_id)
                    full.add(map_id)  # for the listeners: anything on the map may show or hide
        whole = {m for m in changed if m in full or m not in self._maps}
        return changed, whole

    def _rename_map(self, state: _MapState, header: ProcessMap) -> bool:
        """The map's own fields changed but not its kind: only map-level findings carry its name."""
        ctx = state.ctx
        ctx.set_header(header)
        name = ctx.map_name or ctx.map_id
        items = state.graph.get(ctx.map_id)
        if items:
            state.graph[ctx.map_id] = [replace(f, element_name=name) for f in items]
        for gid, found in state.aggregate.get(ctx.map_id, {}).items():
            state.aggregate[ctx.map_id][gid] = [replace(f, element_name=name) for f in found]
        return self._merge(state, ctx.map_id)

    def _locate(self, elem_id: str) -> str | None:
        """The map an element is (or, if just removed, was) in, as far as we know it."""
        map_id = self._doc.map_of(elem_id)
        if map_id is not None:
            return map_id
        for map_id, state in self._maps.items():
            ctx = state.ctx
            if elem_id in ctx.processes or elem_id in ctx.parties or elem_id in ctx.links:
                return map_id
        return None

    def _note(self, elem_id: str, full: set[str], dirty: dict[str, _Dirty]) -> str | None:
        """Patch the map context with the element's new value and note what must re-run.

        Returns the element's map.
        """
        map_id = self._locate(elem_id)
        if map_id is None or map_id in full or map_id not in self._maps:
            return map_id
        ctx = self._maps[map_id].ctx
        d = dirty.setdefault(map_id, _Dirty())
        new = self._doc.get(elem_id)
        if self._doc.map_of(elem_id) != map_id:
            new = None  # moved to another map: gone from this one
        if isinstance(new, Process) or elem_id in ctx.processes:
            old = ctx.processes.get(elem_id)
            if not isinstance(new, Process):
                ctx.remove_process(elem_id)
                d.graph = d.count = True
            else:
                ctx.set_process(new)
                if old is None:
                    d.graph = d.count = True
                else:
                    if _graph_key(old) != _graph_key(new):
                        d.graph = True
                    if node_name(old) != node_name(new):
                        d.renamed.add(elem_id)
            d.local.add(elem_id)
            d.procs.add(elem_id)
        elif isinstance(new, ExternalParty) or elem_id in ctx.parties:
            old = ctx.parties.get(elem_id)
            if not isinstance(new, ExternalParty):
                ctx.remove_party(elem_id)
                d.graph = True
            else:
                ctx.set_party(new)
                if old is None or old.kind != new.kind:
                    d.graph = True
                if old is not None and node_name(old) != node_name(new):
                    d.renamed.add(elem_id)
        elif isinstance(new, Link) or elem_id in ctx.links:
            old = ctx.links.get(elem_id)
            new_link = new if isinstance(new, Link) else None
            if old is not None and new_link is not None:
                if (old.source_id, old.target_id, old.source_output_id, old.target_input_id) == (
                    new_link.source_id,
                    new_link.target_id,
                    new_link.source_output_id,
                    new_link.target_input_id,
                ):
                    ctx.links[elem_id] = new_link  # label, kind or routing: no rule looks at them
                    return map_id
            if old is not None:
                ctx.remove_link(elem_id)
                d.local.update(_link_ends(old))
            if new_link is not None:
                ctx.add_link(new_link)
                d.local.update(_link_ends(new_link))
            if old is None or new_link is None or _link_ends(old) != _link_ends(new_link):
                d.graph = True
        return map_id

    def _apply(self, state: _MapState, d: _Dirty) -> bool:
        ctx = state.ctx
        touched: set[str] = set()
        active = active_rules(self._facts, "process")
        for pid in d.local:
            state.local.pop(pid, None)
            p = ctx.processes.get(pid)
            if p is not None:
                found = check_process(ctx, p, active)
                if found:
                    state.local[pid] = found
            touched.add(pid)
        if d.procs:
            for r, severity in active_rules(self._facts, "group"):
                touched |= self._regroup(state, r, severity, d)
        if d.graph and ctx.graph_rules_unaffected():
            d.graph = False  # e.g. a link drawn inside a connected map: nothing to re-run
            ctx.grown.clear()
        if d.renamed and not d.graph:
            if any(f.rule == "map_disconnected" for f in state.graph.get(ctx.map_id, ())):
                d.graph = True  # its message lists node names
            else:
                _rename(state.graph, ctx, d.renamed)
                touched.update(d.renamed)
        if d.graph:
            touched.update(state.graph)
            ctx.start_graph_run()
            state.graph = check_map(ctx, active_rules(self._facts, "graph"))
            touched.update(state.graph)
        changed = False
        for elem_id in touched:
            changed |= self._merge(state, elem_id)
        return changed


def _ordered(state: _MapState) -> OrderedFindings:
    if state.flat is None:
        state.flat = OrderedFindings(f for fs in state.merged.values() for f in fs)
    return state.flat


def _rename(found: dict[str, list[Finding]], ctx: MapContext, ids: Iterable[str]) -> None:
    for elem_id in ids:
        items = found.get(elem_id)
        element = ctx.processes.get(elem_id) or ctx.parties.get(elem_id)
        if items and element is not None:
            name = node_name(element)
            found[elem_id] = [replace(f, element_name=name) for f in items]


def _document_fields(project: Project) -> tuple:
    """What the document rules read of the project (the fallback passport of maps without one)."""
    return project.passport, project.approvers, project.change_log, project.references
