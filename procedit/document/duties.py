"""What the model gives a position and a department: the facts job instructions and
department regulations are written from (plain data; no document nodes here).

The sources are the normative maps of the project (``source_maps``): a position's duties
are the processes its holders own, the stages performed by it or its holders, the
processes they take part in, the criteria they measure or answer for as owners, the
documents and templates of the processes they work in, and the hand-offs of those
processes with the rest of the organisation. A department's processes are those assigned
to it (the process's department, else its lane's, else its owner's); its interactions are
exactly the links between its processes and processes of other departments.

``Index`` is built once per project and serves every position and department of a batch
(a job instruction for each of 1,000 positions must not walk the project 1,000 times).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from procedit.model import (
    Criterion,
    DocumentRef,
    Link,
    MapKind,
    Person,
    Position,
    Process,
    ProcessMap,
    Project,
    Stage,
)


def source_maps(project: Project, map_id: str | None = None) -> list[ProcessMap]:
    """The maps derived documents are written from: ``map_id`` and the maps its processes
    decompose into; else every TO BE map with their decompositions; a project without a TO
    BE map describes its work by its AS IS maps. Reference models are never a source (they
    are someone else's practice)."""
    by_id = {m.id: m for m in project.maps}
    if map_id is not None:
        roots = [by_id[map_id]] if map_id in by_id else []
    else:
        roots = [m for m in project.maps if m.kind == MapKind.TO_BE]
        if not roots:
            roots = [m for m in project.maps if m.kind == MapKind.AS_IS and not m.parent_process_id]
    chosen: dict[str, ProcessMap] = {}
    stack = list(reversed(roots))
    while stack:
        m = stack.pop()
        if m.id in chosen or m.kind == MapKind.REFERENCE:
            continue
        chosen[m.id] = m
        subs = [by_id[p.subprocess_map_id] for p in m.processes if p.subprocess_map_id in by_id]
        stack.extend(reversed(subs))
    return list(chosen.values())


@dataclass(frozen=True)
class Work:
    """A process in the map it is drawn on."""

    pmap: ProcessMap
    proc: Process


@dataclass(frozen=True)
class Duty:
    """A stage of a process, performed by ``performer_id``."""

    pmap: ProcessMap
    proc: Process
    stage: Stage


@dataclass(frozen=True)
class Measure:
    """A criterion and why it is someone's: "measures" (responsible for it), "owner"
    (answers for it as the process owner) or "both"."""

    proc: Process
    criterion: Criterion
    role: str


@dataclass(frozen=True)
class HandOff:
    """A link of ``own`` with ``other`` (a process or an external party): ``incoming``
    when ``other`` passes to ``own``; ``what`` is what passes (the label, else the flow)."""

    pmap: ProcessMap
    link: Link
    own: Process
    other_id: str
    incoming: bool
    what: str


@dataclass
class PositionFacts:
    position: Position
    holders: list[Person]
    owned: list[Work] = field(default_factory=list)
    performed: list[Duty] = field(default_factory=list)
    participates: list[Work] = field(default_factory=list)
    criteria: list[Measure] = field(default_factory=list)
    documents: list[tuple[Process, DocumentRef]] = field(default_factory=list)
    received: list[HandOff] = field(default_factory=list)
    passed: list[HandOff] = field(default_factory=list)


@dataclass
class DepartmentFacts:
    department_id: str
    members: list[Person]
    positions: list[Position]
    processes: list[Work] = field(default_factory=list)
    functions: list[Duty] = field(default_factory=list)
    criteria: list[Measure] = field(default_factory=list)
    interactions: list[HandOff] = field(default_factory=list)  # links crossing its boundary
    external: list[HandOff] = field(default_factory=list)  # links with external parties


def what_passes(pmap: ProcessMap, link: Link, flows: dict[str, str]) -> str:
    if link.label.strip():
        return link.label.strip()
    for ref in (link.source_output_id, link.target_input_id):
        if ref and flows.get(ref, "").strip():
            return flows[ref].strip()
    return ""


class Index:
    """Who owns, performs, takes part in and measures what, over the source maps."""

    def __init__(self, project: Project, maps: Sequence[ProcessMap]) -> None:
        self.project = project
        self.maps = list(maps)
        self.positions = {q.id: q for q in project.positions}
        self.people = {p.id: p for p in project.people}
        self.holders: dict[str, list[Person]] = {}
        for p in project.people:
            if p.position_id:
                self.holders.setdefault(p.position_id, []).append(p)
        self.owned: dict[str, list[Work]] = {}
        self.performed: dict[str, list[Duty]] = {}
        self.participates: dict[str, list[Work]] = {}
        self.measures: dict[str, list[tuple[Process, Criterion]]] = {}
        self.links: dict[str, list[tuple[ProcessMap, Link]]] = {}  # node id → its links
        self.nodes: dict[str, Process | object] = {}
        self.flows: dict[str, str] = {}
        self.department: dict[str, str | None] = {}  # process id → its department
        self.order: dict[str, int] = {}  # process and stage id → its place in the maps
        for m in self.maps:
            lanes = {lane.id: lane.department_id for lane in m.lanes}
            for proc in m.processes:
                work = Work(m, proc)
                self.order[proc.id] = len(self.order)
                for s in proc.stages:
                    self.order[s.id] = len(self.order)
                self.nodes[proc.id] = proc
                self.department[proc.id] = (
                    proc.department_id
                    or lanes.get(proc.lane_id or "")
                    or self.person_department(proc.owner_id)
                )
                if proc.owner_id:
                    self.owned.setdefault(proc.owner_id, []).append(work)
                for pid in dict.fromkeys(proc.participant_ids):
                    self.participates.setdefault(pid, []).append(work)
                for s in proc.stages:
                    if s.performer_id:
                        self.performed.setdefault(s.performer_id, []).append(Duty(m, proc, s))
                for c in proc.criteria:
                    if c.responsible_id:
                        self.measures.setdefault(c.responsible_id, []).append((proc, c))
                for f in (*proc.inputs, *proc.outputs):
                    self.flows[f.id] = f.what
            for q in m.parties:
                self.nodes[q.id] = q
            for link in m.links:
                self.links.setdefault(link.source_id, []).append((m, link))
                if link.target_id != link.source_id:
                    self.links.setdefault(link.target_id, []).append((m, link))

    def person_department(self, person_id: str | None) -> str | None:
        """A person's department: their own, else their position's."""
        p = self.people.get(person_id or "")
        if p is None:
            return None
        if p.department_id:
            return p.department_id
        q = self.positions.get(p.position_id or "")
        return q.department_id if q is not None else None

    # ------------------------------------------------------------------ positions
    def position(self, position: Position) -> PositionFacts:
        holders = self.holders.get(position.id, [])
        ids = [h.id for h in holders]
        facts = PositionFacts(position, list(holders))
        facts.owned = self._sorted(_unique_work(w for i in ids for w in self.owned.get(i, ())))
        performers = [position.id, *ids]
        facts.performed = self._sorted(
            _unique_duties(d for i in performers for d in self.performed.get(i, ()))
        )
        owned_ids = {w.proc.id for w in facts.owned}
        facts.participates = self._sorted(
            [
                w
                for w in _unique_work(w for i in ids for w in self.participates.get(i, ()))
                if w.proc.id not in owned_ids
            ]
        )
        facts.criteria = self._criteria(facts.owned, ids)
        work = self._sorted(_unique_work([*facts.owned, *(Work(d.pmap, d.proc) for d in facts.performed)]))
        docs: list[tuple[Process, DocumentRef]] = []
        for w in _unique_work([*work, *facts.participates]):
            docs += [(w.proc, d) for d in w.proc.documents]
        facts.documents = docs
        own = {w.proc.id for w in work}
        for h in self._hand_offs(work, lambda other: other in own):
            (facts.received if h.incoming else facts.passed).append(h)
        return facts

    def _criteria(self, owned: list[Work], responsible: list[str]) -> list[Measure]:
        roles: dict[str, Measure] = {}
        for w in owned:
            for c in w.proc.criteria:
                roles[c.id] = Measure(w.proc, c, "owner")
        for i in responsible:
            for proc, c in self.measures.get(i, ()):
                known = roles.get(c.id)
                roles[c.id] = Measure(
                    proc, c, "both" if known is not None and known.role != "measures" else "measures"
                )
        return list(roles.values())

    def _hand_offs(self, work: list[Work], inside) -> list[HandOff]:
        """The links of ``work``'s processes whose other end is not ``inside``."""
        out: list[HandOff] = []
        seen: set[str] = set()
        for w in work:
            for m, link in self.links.get(w.proc.id, ()):
                if link.id in seen:
                    continue
                incoming = link.target_id == w.proc.id
                other = link.source_id if incoming else link.target_id
                if inside(other):
                    continue
                seen.add(link.id)
                out.append(HandOff(m, link, w.proc, other, incoming, what_passes(m, link, self.flows)))
        return out

    def _sorted(self, items: list) -> list:
        """Works and duties in the order of the maps (process by process, stage by stage)."""
        order = self.order
        return sorted(items, key=lambda x: order.get(x.stage.id if isinstance(x, Duty) else x.proc.id, 0))

    # ------------------------------------------------------------------ departments
    def department_facts(self, department_id: str) -> DepartmentFacts:
        members = [p for p in self.project.people if self.person_department(p.id) == department_id]
        positions = [q for q in self.project.positions if q.department_id == department_id]
        facts = DepartmentFacts(department_id, members, positions)
        facts.processes = [
            Work(m, p) for m in self.maps for p in m.processes if self.department.get(p.id) == department_id
        ]
        performers = [department_id, *(q.id for q in positions), *(p.id for p in members)]
        facts.functions = self._sorted(
            _unique_duties(d for i in performers for d in self.performed.get(i, ()))
        )
        facts.criteria = self._criteria(facts.processes, [p.id for p in members])
        own = {w.proc.id for w in facts.processes}
        for h in self._hand_offs(facts.processes, lambda other: other in own):
            if isinstance(self.nodes.get(h.other_id), Process):
                facts.interactions.append(h)
            else:
                facts.external.append(h)
        return facts


def _unique_work(items) -> list[Work]:
    seen: dict[str, Work] = {}
    for w in items:
        seen.setdefault(w.proc.id, w)
    return list(seen.values())


def _unique_duties(items) -> list[Duty]:
    seen: dict[str, Duty] = {}
    for d in items:
        seen.setdefault(d.stage.id, d)
    return list(seen.values())
