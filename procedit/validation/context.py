"""What the rules see of a map: its elements, link indexes and one shared networkx graph.

A ``MapContext`` is built once per validation run (or kept and patched by the live
validator); the graph is built lazily, once, and shared by every graph rule.
"""

from __future__ import annotations

from collections.abc import Iterable

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

DEFAULT_PARAMS: dict[str, float] = {"owner_share": 0.5, "owner_share_min_processes": 4}


class ProjectFacts:
    """The project-level facts rules need: the people register, goals, configuration."""

    def __init__(self, project: Project):
        self.person_ids = frozenset(p.id for p in project.people)
        self.person_names = {p.id: p.name for p in project.people}
        self.goal_ids = frozenset(g.id for g in project.strategy.goals)
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


class MapContext:
    """One map's elements with indexes; the live validator patches it edit by edit."""

    def __init__(self, facts: ProjectFacts, header: ProcessMap):
        self.facts = facts
        self.map_id = header.id
        self.map_name = header.name
        self.kind = header.kind
        self.processes: dict[str, Process] = {}
        self.parties: dict[str, ExternalParty] = {}
        self.links: dict[str, Link] = {}
        self.out_links: dict[str, set[str]] = {}  # node id -> ids of links leaving it
        self.in_links: dict[str, set[str]] = {}  # node id -> ids of links entering it
        self._graph: nx.DiGraph | None = None

    @classmethod
    def from_map(cls, facts: ProjectFacts, pmap: ProcessMap) -> MapContext:
        ctx = cls(facts, pmap)
        for p in pmap.processes:
            ctx.processes[p.id] = p
        for party in pmap.parties:
            ctx.parties[party.id] = party
        for link in pmap.links:
            ctx.add_link(link)
        return ctx

    @property
    def is_to_be(self) -> bool:
        return self.kind == MapKind.TO_BE

    def set_header(self, header: ProcessMap) -> None:
        self.map_name = header.name
        self.kind = header.kind

    # ------------------------------------------------------------- patching
    def add_link(self, link: Link) -> None:
        self.links[link.id] = link
        self.out_links.setdefault(link.source_id, set()).add(link.id)
        self.in_links.setdefault(link.target_id, set()).add(link.id)
        self._graph = None

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
        self._graph = None

    def invalidate_graph(self) -> None:
        self._graph = None

    # ------------------------------------------------------------- reading
    def links_from(self, node_id: str) -> Iterable[Link]:
        return (self.links[i] for i in self.out_links.get(node_id, ()))

    def links_to(self, node_id: str) -> Iterable[Link]:
        return (self.links[i] for i in self.in_links.get(node_id, ()))

    def is_node(self, elem_id: str | None) -> bool:
        return elem_id is not None and (elem_id in self.processes or elem_id in self.parties)

    @property
    def graph(self) -> nx.DiGraph:
        """The map as a directed graph, built once and shared by the graph rules.

        Nodes are processes and external parties. An edge A -> B means something passes
        from A to B: a link, a supplier named on an input, a consumer named on an output,
        or a customer named on a process.
        """
        if self._graph is None:
            self._graph = build_graph(self)
        return self._graph


def build_graph(ctx: MapContext) -> nx.DiGraph:
    g = nx.DiGraph()
    nodes = set(ctx.processes) | set(ctx.parties)
    g.add_nodes_from(ctx.processes)
    g.add_nodes_from(
        (party.id, {"customer": party.kind == PartyKind.CUSTOMER}) for party in ctx.parties.values()
    )
    edges: set[tuple[str, str]] = set()  # a link and a named supplier often say the same thing
    for link in ctx.links.values():
        edges.add((link.source_id, link.target_id))
    for p in ctx.processes.values():
        pid = p.id
        for flow in p.inputs:
            if flow.party_id is not None:
                edges.add((flow.party_id, pid))
        for flow in p.outputs:
            if flow.party_id is not None:
                edges.add((pid, flow.party_id))
        for cid in p.customer_ids:
            edges.add((pid, cid))
    g.add_edges_from((u, v) for u, v in edges if u != v and u in nodes and v in nodes)
    return g
