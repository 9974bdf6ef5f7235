"""Decomposition: a process opens into its own map, and stages and sub-processes trade places.

- ``decompose``: the process's sub-map, starting with its boundary: each supplier of its
  inputs as an incoming party on the left, each consumer of its outputs as an outgoing party on
  the right (their descriptions say what they pass). With ``procedure=True`` the sub-map is a
  cross-functional procedure: a lane per department and the process's stages as boxes in them.
- ``stages_to_subprocesses``: the stages become the sub-map's processes, in order, linked one to
  the next, the first fed the parent's inputs, the last delivering its outputs (a balanced start).
- ``subprocesses_to_stages``: the other way, the sub-map's processes in flow order become the stages.

Each is one command (one undo step). The texts the commands write into the model (party names,
descriptions) follow the project's language, as the documents do.
"""

from __future__ import annotations

from procedit.model import (
    Department,
    ExternalParty,
    Flow,
    Lane,
    Link,
    PartyKind,
    Process,
    ProcessMap,
    Stage,
)

from .base import Command, Compound
from .document import Document
from .edit import AddElements, SetFields
from .maps import AddMap, unique_map_name

COLUMN = 240.0  # boxes left to right
ROW = 120.0  # parties top to bottom
LANE_HEIGHT = 160.0
TOP = 40.0

_WORDS = {
    "ru": {
        "supplier": "Поставщик",
        "consumer": "Потребитель",
        "passes": "Передаёт: {what}",
        "receives": "Получает: {what}",
        "lane": "Без подразделения",
    },
    "en": {
        "supplier": "Supplier",
        "consumer": "Consumer",
        "passes": "Passes on: {what}",
        "receives": "Receives: {what}",
        "lane": "No department",
    },
}


def _words(doc: Document) -> dict[str, str]:
    return _WORDS.get(doc.header.language, _WORDS["en"])


def process_title(p: Process) -> str:
    return f"{p.code} {p.name}".strip()


def _node_name(doc: Document, node_id: str | None) -> str:
    node = doc.get(node_id) if node_id else None
    if isinstance(node, Process):
        return process_title(node)
    if isinstance(node, ExternalParty):
        return node.name
    return ""


def norm(text: str) -> str:
    """How flows are compared across maps: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


class Boundary:
    """The parties of a sub-map standing for the parent process's suppliers and consumers."""

    def __init__(self, doc: Document, parent: Process, left: float, right: float, top: float = TOP):
        w = _words(doc)
        self.parties: list[ExternalParty] = []
        self.supplier_of: dict[str, str] = {}  # parent input flow id → party id
        self.consumer_of: dict[str, str] = {}  # parent output flow id → party id
        for flows, kind, x, index, word, says in (
            (parent.inputs, PartyKind.SUPPLIER, left, self.supplier_of, w["supplier"], w["passes"]),
            (parent.outputs, PartyKind.CUSTOMER, right, self.consumer_of, w["consumer"], w["receives"]),
        ):
            by_name: dict[str, list[Flow]] = {}
            for f in flows:
                by_name.setdefault(_node_name(doc, f.party_id) or word, []).append(f)
            for row, (name, carried) in enumerate(by_name.items()):
                whats = "; ".join(f.what.strip() for f in carried if f.what.strip())
                party = ExternalParty(
                    name=name,
                    kind=kind,
                    description=says.format(what=whats) if whats else "",
                    x=x,
                    y=top + row * ROW,
                )
                self.parties.append(party)
                for f in carried:
                    index[f.id] = party.id
        self.party_ids = {q.id for q in self.parties}

    def adopt(self, parties: list[ExternalParty]) -> None:
        """Stand for the parties already on a sub-map (matched by kind and name) instead of new ones."""
        by_name = {(q.kind, q.name): q.id for q in parties}
        made = {q.id: (q.kind, q.name) for q in self.parties}
        for index in (self.supplier_of, self.consumer_of):
            for flow_id, party_id in list(index.items()):
                found = by_name.get(made[party_id])
                if found is None:
                    del index[flow_id]
                else:
                    index[flow_id] = found
        self.parties = [
            q for q in parties if q.id in set(self.supplier_of.values()) | set(self.consumer_of.values())
        ]
        self.party_ids = {q.id for q in self.parties}


def _stage_owner(doc: Document, stage: Stage) -> tuple[str | None, str | None]:
    """(owner person, department) of the process a stage becomes, from its performer."""
    people = {p.id: p for p in doc.header.people}
    depts: dict[str, Department] = {d.id: d for d in doc.header.departments}
    who = stage.performer_id
    if who in people:
        return who, people[who].department_id
    if who in depts:
        return depts[who].head_id, who
    position = next((q for q in doc.header.positions if q.id == who), None)
    if position is not None:  # the position's holder (the first one), in its department
        holder = next((p.id for p in doc.header.people if p.position_id == who), None)
        return holder, position.department_id
    return None, None


def _chain(doc: Document, parent: Process, boundary: Boundary, places: list[tuple[float, float]], lanes=None):
    """The parent's stages as processes at ``places``, linked in order and to the boundary."""
    processes: list[Process] = []
    links: list[Link] = []
    n = len(parent.stages)
    code = parent.code.strip()
    for i, stage in enumerate(parent.stages):
        owner, dept = _stage_owner(doc, stage)
        if owner is None:
            owner = parent.owner_id
        if dept is None:
            dept = parent.department_id
        ins: list[Flow] = []
        outs: list[Flow] = []
        if i == 0:
            ins = [Flow(what=f.what, party_id=boundary.supplier_of.get(f.id)) for f in parent.inputs]
        if i == n - 1:
            outs = [Flow(what=f.what, party_id=boundary.consumer_of.get(f.id)) for f in parent.outputs]
        x, y = places[i]
        lane_id = lanes.get(dept) if lanes is not None else None
        processes.append(
            Process(
                code=f"{code}.{i + 1}" if code else str(i + 1),
                name=stage.name,
                kind=parent.kind,
                department_id=dept,
                lane_id=lane_id,
                results=stage.result,
                inputs=tuple(ins),
                outputs=tuple(outs),
                owner_id=owner,
                x=x,
                y=y,
            )
        )
    for i in range(n - 1):  # stage i hands its result to stage i + 1
        a, b = processes[i], processes[i + 1]
        what = parent.stages[i].result.strip()
        out, inp = Flow(what=what, party_id=b.id), Flow(what=what, party_id=a.id)
        processes[i] = a.with_(outputs=(*a.outputs, out))
        processes[i + 1] = b.with_(inputs=(inp, *b.inputs))
        links.append(
            Link(source_id=a.id, target_id=b.id, label=what, source_output_id=out.id, target_input_id=inp.id)
        )
    if processes:  # the boundary parties feed the first and take from the last
        first, last = processes[0], processes[-1]
        for f in first.inputs:
            if f.party_id in boundary.party_ids:
                links.append(
                    Link(source_id=f.party_id, target_id=first.id, label=f.what, target_input_id=f.id)
                )
        for f in last.outputs:
            if f.party_id in boundary.party_ids:
                links.append(
                    Link(source_id=last.id, target_id=f.party_id, label=f.what, source_output_id=f.id)
                )
    return processes, links


def _lanes(doc: Document, parent: Process) -> tuple[list[Lane], dict[str | None, str]]:
    """A lane per department met among the stages' performers (in their order)."""
    w = _words(doc)
    names = {d.id: d.name for d in doc.header.departments}
    order: list[str | None] = []
    for stage in parent.stages:
        dept = _stage_owner(doc, stage)[1] or parent.department_id
        if dept not in order:
            order.append(dept)
    if not order:
        order.append(parent.department_id)
    lanes = []
    by_dept: dict[str | None, str] = {}
    for k, dept in enumerate(order):
        lane = Lane(
            name=names.get(dept, w["lane"]) if dept else w["lane"],
            department_id=dept if dept in names else None,
            y=TOP + k * LANE_HEIGHT,
            height=LANE_HEIGHT,
        )
        lanes.append(lane)
        by_dept[dept] = lane.id
    return lanes, by_dept


def decompose(
    doc: Document, process_id: str, *, procedure: bool = False, label: str = "Decompose process"
) -> Command:
    """The process's sub-map (its boundary drawn; with ``procedure``: lanes and stages too) and
    the process marked as decomposed into it, as one command. The sub-map comes right after the
    parent's map and is of its kind (AS IS, TO BE)."""
    parent = doc.get(process_id)
    if not isinstance(parent, Process):
        raise ValueError(f"{process_id!r} is not a process")
    if parent.subprocess_map_id and doc.has_map(parent.subprocess_map_id):
        raise ValueError(f"{process_title(parent)!r} is decomposed already")
    parent_map = doc.map_of(process_id)
    assert parent_map is not None
    header = doc.map_header(parent_map)
    stages = len(parent.stages) if procedure else 0
    # (in a procedure the parties sit below their lane's title)
    boundary = Boundary(doc, parent, 0.0, COLUMN * (max(stages, 2) + 1), TOP + (40.0 if procedure else 0.0))
    processes: list[Process] = []
    links: list[Link] = []
    lanes: list[Lane] = []
    if procedure:
        lanes, by_dept = _lanes(doc, parent)
        places = []
        for i, stage in enumerate(parent.stages):
            dept = _stage_owner(doc, stage)[1] or parent.department_id
            lane_index = list(by_dept).index(dept)
            places.append((COLUMN * (i + 1), TOP + lane_index * LANE_HEIGHT + (LANE_HEIGHT - 80) / 2))
        processes, links = _chain(doc, parent, boundary, places, by_dept)
    sub = ProcessMap(
        name=unique_map_name(doc, process_title(parent) or header.name),
        kind=header.kind,
        check_level=header.check_level,  # checked as thoroughly as the map it details
        parent_process_id=process_id,
        processes=tuple(processes),
        parties=tuple(boundary.parties),
        links=tuple(links),
        lanes=tuple(lanes),
    )
    index = doc.map_ids().index(parent_map) + 1
    return Compound(
        label,
        [AddMap(sub, index=index), SetFields({process_id: {"subprocess_map_id": sub.id}})],
    )


def stages_to_subprocesses(doc: Document, process_id: str, label: str = "Stages to sub-processes") -> Command:
    """The stages of a decomposed process as processes of its sub-map, in order, linked to each
    other and to the boundary parties that carry the parent's inputs and outputs."""
    parent = doc.get(process_id)
    if not isinstance(parent, Process) or not parent.stages:
        raise ValueError("the process has no stages")
    sub_id = parent.subprocess_map_id
    if not sub_id or not doc.has_map(sub_id):
        raise ValueError("the process is not decomposed")
    parties = list(doc.parties(sub_id))
    boundary = Boundary(doc, parent, 0.0, 0.0)
    boundary.adopt(parties)  # the boundary as drawn on the sub-map
    existing = list(doc.processes(sub_id))
    bottom = max((p.y + p.height for p in existing), default=0.0)
    y = bottom + ROW if existing else TOP + ROW / 2
    processes, links = _chain(
        doc, parent, boundary, [(COLUMN * (i + 1), y) for i in range(len(parent.stages))]
    )
    return AddElements(sub_id, [*processes, *links], label=label)


def flow_order(doc: Document, map_id: str) -> list[Process]:
    """The map's processes in the order the work flows through them: along the links (a process
    before those it passes something to), ties and loops broken left to right, top to bottom."""
    processes = {p.id: p for p in doc.processes(map_id)}
    preds: dict[str, set[str]] = {pid: set() for pid in processes}
    for link in doc.links(map_id):
        if link.source_id in processes and link.target_id in processes and link.source_id != link.target_id:
            preds[link.target_id].add(link.source_id)
    where = {pid: (p.x, p.y, p.code, pid) for pid, p in processes.items()}
    done: list[str] = []
    left = set(processes)
    while left:
        ready = [pid for pid in left if not (preds[pid] & left)]
        pick = min(ready or left, key=where.__getitem__)  # a loop: take the leftmost and go on
        done.append(pick)
        left.discard(pick)
    return [processes[pid] for pid in done]


def subprocesses_to_stages(doc: Document, process_id: str, label: str = "Sub-processes to stages") -> Command:
    """The sub-map's processes, in flow order, as the stages of the decomposed process (performer:
    the sub-process's owner, else its department; result: its results)."""
    parent = doc.get(process_id)
    if (
        not isinstance(parent, Process)
        or not parent.subprocess_map_id
        or not doc.has_map(parent.subprocess_map_id)
    ):
        raise ValueError("the process is not decomposed")
    ordered = flow_order(doc, parent.subprocess_map_id)
    if not ordered:
        raise ValueError("the sub-map has no processes")
    stages = tuple(
        Stage(name=p.name or p.code, performer_id=p.owner_id or p.department_id, result=p.results)
        for p in ordered
    )
    return SetFields({process_id: {"stages": stages}}, label=label)
