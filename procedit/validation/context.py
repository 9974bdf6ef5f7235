"""What the rules see of a map: its elements, link indexes and one shared networkx graph.

A ``MapContext`` is built once per validation run (or kept and patched by the live
validator); the graph is built lazily, once, and shared by every graph rule.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from procedit.model import (
    ExternalParty,
    Link,
    MapKind,
    PartyKind,
    Process,
    ProcessMap,
    Project,
    RuleConfig,
    Severity,
)

DEFAULT_PARAMS: dict[str, float] = {
    "owner_share": 0.5,
    "owner_share_min_processes": 4,
    "missed_periods_running": 3,  # a criterion missed this many periods in a row is an error
    "stale_grace_days": 15,  # a period's value is due this many days after it ends
}


class ProjectFacts:
    """The project-level facts rules need: the people register, goals, configuration."""

    def __init__(self, project: Project, today: dt.date | None = None):
        self.today = today or dt.date.today()  # what "stale" and "overdue" are judged against
        self.person_ids = frozenset(p.id for p in project.people)
        self.person_names = {p.id: p.name for p in project.people}
        self.goal_ids = frozenset(g.id for g in project.strategy.goals)
        self.project = project  # the project's passport, approvers, change log, references
        self.rules: dict[str, RuleConfig] = dict(project.validation.rules)
        self.params: dict[str, float] = {**DEFAULT_PARAMS, **project.validation.params}

    def enabled(self, rule_id: str) -> bool:
        cfg = self.rules.get(rule_id)
        return cfg is None or cfg.enabled

    def severity(self, rule_id: str, default: Severity) -> Severity:
        cfg = self.rules.get(rule_id)
        return cfg.severity if cfg is not None and cfg.severity is not None else default


def node_name(element: Process | ExternalParty) -> str:
    """How findings name a node: "code name" for a process, the name for a party."""
    if isinstance(element, Process):
        text = f"{element.code} {element.name}".strip()
    else:
        text = element.name.strip()
    return text or element.id


def _process_edges(p: Process) -> Iterator[tuple[str, str]]:
    """The edges a process says it has: named suppliers, consumers and customers."""
    pid = p.id
    for flow in p.inputs:
        if flow.party_id is not None:
            yield flow.party_id, pid
    for flow in p.outputs:
        if flow.party_id is not None:
            yield pid, flow.party_id
    for cid in p.customer_ids:
        yield pid, cid


class MapContext:
    """One map's elements with indexes and its graph; the live validator patches it edit by edit.

    The graph is a networkx ``DiGraph``: nodes are processes and external parties; an edge
    A -> B means something passes from A to B: a link, a supplier named on an input, a
    consumer named on an output, or a customer named on a process. Each edge keeps a count
    of what supports it, so removing one link (or flow) removes the edge only when nothing
    else says the same thing. Once built, the graph is patched in place, never rebuilt.
    """

    def __init__(self, facts: ProjectFacts, header: ProcessMap):
        self.facts = facts
        self.map_id = header.id
        self.map_name = header.name
        self.kind = header.kind
        self.header = header
        self.processes: dict[str, Process] = {}
        self.parties: dict[str, ExternalParty] = {}
        self.links: dict[str, Link] = {}
        self.out_links: dict[str, set[str]] = {}  # node id -> ids of links leaving it
        self.in_links: dict[str, set[str]] = {}  # node id -> ids of links entering it
        self._support: dict[tuple[str, str], int] = {}  # edge -> links and flows that say it
        self._sup_out: dict[str, set[str]] = {}  # u -> {v: (u, v) is supported}
        self._sup_in: dict[str, set[str]] = {}  # v -> {u: (u, v) is supported}
        self._sup_indexed = True  # _sup_out/_sup_in agree with _support
        # since the graph rules last ran: edges the graph gained, and whether anything else
        # changed for them (a node, a lost edge, who counts as a customer); and what they learnt
        self.grown: list[tuple[str, str]] = []
        self.reshaped = False
        self.memo: dict[str, Any] = {}
        self._graph: nx.DiGraph | None = None
        self._isolates: frozenset[str] | None = None  # cache, reset by every graph change

    @classmethod
    def from_map(cls, facts: ProjectFacts, pmap: ProcessMap) -> MapContext:
        ctx = cls(facts, pmap)
        support: Counter[tuple[str, str]] = Counter()
        for p in pmap.processes:
            ctx.processes[p.id] = p
            support.update(_process_edges(p))
        for party in pmap.parties:
            ctx.parties[party.id] = party
        for link in pmap.links:
            ctx.links[link.id] = link
            ctx.out_links.setdefault(link.source_id, set()).add(link.id)
            ctx.in_links.setdefault(link.target_id, set()).add(link.id)
            support[link.source_id, link.target_id] += 1
        ctx._support = {e: n for e, n in support.items() if e[0] != e[1]}
        ctx._sup_indexed = False  # built on the first patch: a one-off validate() never needs it
        return ctx

    def _index_support(self) -> None:
        for u, v in self._support:
            self._sup_out.setdefault(u, set()).add(v)
            self._sup_in.setdefault(v, set()).add(u)
        self._sup_indexed = True

    @property
    def is_to_be(self) -> bool:
        return self.kind == MapKind.TO_BE

    @property
    def makes_regulation(self) -> bool:
        """The map exports as a regulation (TO BE, or a decomposition that is no reference)."""
        k = self.kind
        return k == MapKind.TO_BE or (bool(self.header.parent_process_id) and k != MapKind.REFERENCE)

    def set_header(self, header: ProcessMap) -> None:
        self.map_name = header.name
        self.kind = header.kind
        self.header = header

    # ------------------------------------------------------------- patching
    def _edge(self, u: str, v: str, delta: int) -> None:
        if u == v:
            return
        self._isolates = None
        if not self._sup_indexed:
            self._index_support()
        key = (u, v)
        n = self._support.get(key, 0) + delta
        g = self._graph
        if n > 0:
            self._support[key] = n
            if n == delta:  # newly supported
                self._sup_out.setdefault(u, set()).add(v)
                self._sup_in.setdefault(v, set()).add(u)
                if g is not None and u in g and v in g:
                    g.add_edge(u, v)
                    self.grown.append(key)
            return
        self._support.pop(key, None)
        for index, a, b in ((self._sup_out, u, v), (self._sup_in, v, u)):
            s = index.get(a)
            if s is not None:
                s.discard(b)
                if not s:
                    del index[a]
        if g is not None and g.has_edge(u, v):
            g.remove_edge(u, v)
            self.reshaped = True

    def _add_node(self, node: str, customer: bool) -> None:
        self._isolates = None
        if not self._sup_indexed:
            self._index_support()
        g = self._graph
        if g is None:
            return
        fresh = node not in g
        if fresh or g.nodes[node].get("customer") != customer:
            self.reshaped = True
        g.add_node(node, customer=customer)
        if fresh:  # edges said before the node existed (e.g. restored by an undo)
            g.add_edges_from((node, v) for v in self._sup_out.get(node, ()) if v in g)
            g.add_edges_from((u, node) for u in self._sup_in.get(node, ()) if u in g)

    def _remove_node(self, node: str) -> None:
        self._isolates = None
        g = self._graph
        if g is not None and node in g:
            g.remove_node(node)
            self.reshaped = True

    def set_process(self, p: Process) -> None:
        """Add or replace a process."""
        old = self.processes.get(p.id)
        self.processes[p.id] = p
        new_edges = list(_process_edges(p))
        if old is not None and bool(old.customer_ids) != bool(p.customer_ids):
            self.reshaped = True  # a process with a named customer is a customer for the rules
        if old is not None:
            old_edges = list(_process_edges(old))
            if old_edges == new_edges:
                return
            for u, v in old_edges:
                self._edge(u, v, -1)
        else:
            self._add_node(p.id, customer=False)
        for u, v in new_edges:
            self._edge(u, v, +1)

    def remove_process(self, pid: str) -> None:
        old = self.processes.pop(pid, None)
        if old is not None:
            for u, v in _process_edges(old):
                self._edge(u, v, -1)
            self._remove_node(pid)

    def set_party(self, party: ExternalParty) -> None:
        self.parties[party.id] = party
        self._add_node(party.id, customer=party.kind == PartyKind.CUSTOMER)

    def remove_party(self, party_id: str) -> None:
        if self.parties.pop(party_id, None) is not None:
            self._remove_node(party_id)

    def add_link(self, link: Link) -> None:
        self.links[link.id] = link
        self.out_links.setdefault(link.source_id, set()).add(link.id)
        self.in_links.setdefault(link.target_id, set()).add(link.id)
        self._edge(link.source_id, link.target_id, +1)

    def remove_link(self, link_id: str) -> None:
        link = self.links.pop(link_id, None)
        if link is None:
            return
        for index, node in ((self.out_links, link.source_id), (self.in_links, link.target_id)):
            s = index.get(node)
            if s is not None:
                s.discard(link_id)
                if not s:
                    del index[node]
        self._edge(link.source_id, link.target_id, -1)

    # ------------------------------------------------------------- reading
    def links_from(self, node_id: str) -> Iterable[Link]:
        return (self.links[i] for i in self.out_links.get(node_id, ()))

    def links_to(self, node_id: str) -> Iterable[Link]:
        return (self.links[i] for i in self.in_links.get(node_id, ()))

    @property
    def graph(self) -> nx.DiGraph:
        """The map's graph (see the class), built on first use and shared by the graph rules."""
        if self._graph is None:
            g = nx.DiGraph()
            g.add_nodes_from(self.processes, customer=False)
            g.add_nodes_from(
                (party.id, {"customer": party.kind == PartyKind.CUSTOMER}) for party in self.parties.values()
            )
            g.add_edges_from((u, v) for u, v in self._support if u in g and v in g)
            self._graph = g
        return self._graph

    def graph_rules_unaffected(self) -> bool:
        """True when the graph rules would find what they found last time.

        That is so when the graph only gained edges, each inside one connected part, between
        nodes that were not isolated, and none gives a new path to a customer. (Drawing a link
        inside a connected map, the common edit, is such a change.)
        """
        memo = self.memo
        if self.reshaped or not {"isolates", "reached", "component"} <= memo.keys():
            return False
        isolates, reached, component = memo["isolates"], memo["reached"], memo["component"]
        for u, v in self.grown:
            if u in isolates or v in isolates or component.get(u, u) != component.get(v, v):
                return False
            if v in reached and u not in reached:
                return False
        return True

    def start_graph_run(self) -> None:
        """The graph rules are about to run on the current graph (they fill ``memo``)."""
        self.grown.clear()
        self.reshaped = False
        self.memo.clear()

    @property
    def isolates(self) -> frozenset[str]:
        """The nodes with no edge at all (computed once per graph state)."""
        g = self.graph
        if self._isolates is None:
            self._isolates = frozenset(nx.isolates(g))
        return self._isolates
