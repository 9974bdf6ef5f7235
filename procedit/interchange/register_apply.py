"""A read register matched against a project: the processes, the parties and links its
inputs, outputs and customers imply, the people and departments to add, laid out; then
applied as one undoable command (GUI) or as a new project (command line)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from procedit.commands import AddElements, Command, Compound, SetProjectFields
from procedit.geometry.layout import layered_layout
from procedit.geometry.shapes import nodes_bounds
from procedit.model import ExternalParty, Link, PartyKind, Process, ProcessMap, Project, new_id
from procedit.model.limits import clean_text
from procedit.storage import gc_paused

from .register import (
    Register,
    Registers,
    RowProblem,
    base_process,
    flow_party,
    norm,
    read_register,
    split_items,
)
from .sheets import read_table


@dataclass
class RegisterPlan:
    register: Register
    processes: list[Process] = field(default_factory=list)
    parties: list[ExternalParty] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    regs: Registers | None = None
    extra: list[RowProblem] = field(default_factory=list)  # found against the project

    @property
    def problems(self) -> list[RowProblem]:
        return sorted([*self.register.problems, *self.extra], key=lambda p: p.row)

    @property
    def new_people(self) -> list:
        return self.regs.new_people if self.regs else []

    @property
    def new_departments(self) -> list:
        return self.regs.new_departments if self.regs else []


def load_register(path: str | os.PathLike[str], columns: dict[int, str] | None = None) -> Register:
    return read_register(read_table(path), columns)


def plan_register(reg: Register, project: Project, map_id: str | None = None) -> RegisterPlan:
    """What applying ``reg`` to ``map_id`` of ``project`` (or to a new map) would add."""
    with gc_paused():  # tens of thousands of small values: no collection passes meanwhile
        return _plan(reg, project, map_id)


def _plan(reg: Register, project: Project, map_id: str | None) -> RegisterPlan:
    plan = RegisterPlan(reg, regs=Registers.of(project))
    regs = plan.regs
    pmap = project.map_by_id(map_id) if map_id else None
    nodes: dict[str, str] = {}  # folded code or name → node id
    if pmap is not None:
        for q in pmap.parties:
            nodes.setdefault(norm(q.name), q.id)
        for p in pmap.processes:
            nodes[norm(p.name)] = p.id
            if p.code:
                nodes[norm(p.code)] = p.id
    on_map = {norm(p.code): p for p in pmap.processes if p.code} if pmap is not None else {}
    rows = []
    for row in reg.rows:
        code = norm(row.values.get("code", ""))
        if code and code in on_map:
            there = on_map[code]
            plan.extra.append(
                RowProblem(
                    row.row,
                    f"the map already has the process {there.code} {there.name!r}; the row is left out",
                    f"на карте уже есть процесс {there.code} «{there.name}»; строка пропущена",
                )
            )
            continue
        proc = base_process(row, regs)
        nodes[norm(proc.name)] = proc.id
        if proc.code:
            nodes[norm(proc.code)] = proc.id
        rows.append((row, proc))
    new_parties: dict[str, ExternalParty] = {}

    def node(name: str, kind: PartyKind) -> str:
        key = norm(name)
        if key not in nodes:
            party = ExternalParty(id=new_id("ExternalParty"), name=clean_text(" ".join(name.split())), kind=kind)
            new_parties[key] = party
            nodes[key] = party.id
        return nodes[key]

    links: dict[tuple[str, str, str], Link] = {}
    for row, proc in rows:
        outputs, inputs = list(proc.outputs), list(proc.inputs)
        for i, item in enumerate(split_items(row.values.get("outputs", ""))):
            what, party = flow_party(item)
            if party:
                target = node(party, PartyKind.CUSTOMER)
                outputs[i] = outputs[i].with_(party_id=target)
                _link(links, proc.id, target, what, source_output_id=outputs[i].id)
        for i, item in enumerate(split_items(row.values.get("inputs", ""))):
            what, party = flow_party(item)
            if party:
                source = node(party, PartyKind.SUPPLIER)
                inputs[i] = inputs[i].with_(party_id=source)
                _link(links, source, proc.id, what, target_input_id=inputs[i].id)
        customers = []
        for name in split_items(row.values.get("customers", "")):
            key = norm(name)
            found = nodes.get(key) or (regs.departments[key].id if key in regs.departments else None)
            found = found or (regs.people[key].id if key in regs.people else None)
            customers.append(found or node(name, PartyKind.CUSTOMER))
        plan.processes.append(
            proc.with_(outputs=tuple(outputs), inputs=tuple(inputs), customer_ids=tuple(dict.fromkeys(customers)))
        )
    # a flow named on both ends (an output naming its consumer, whose input names the supplier) is one link
    plan.parties = list(new_parties.values())
    plan.links = list(links.values())
    _lay_out(plan, pmap)
    return plan


def _link(links: dict, source: str, target: str, what: str, **flows: str) -> None:
    key = (source, target, norm(what))
    if key in links:
        links[key] = links[key].with_(**flows)
    else:
        links[key] = Link(id=new_id("Link"), source_id=source, target_id=target, label=what, **flows)


def _lay_out(plan: RegisterPlan, pmap: ProcessMap | None) -> None:
    """New boxes left to right along their links, to the right of what the map holds."""
    new = [*plan.processes, *plan.parties]
    sizes = {n.id: (n.width, n.height) for n in new}
    bounds = nodes_bounds((*pmap.processes, *pmap.parties)) if pmap is not None else None
    origin = (bounds.x + bounds.width + 200.0, bounds.y) if bounds is not None else (60.0, 60.0)
    pos = layered_layout(sizes, [(lk.source_id, lk.target_id) for lk in plan.links], origin=origin)
    plan.processes = [p.with_(x=pos[p.id][0], y=pos[p.id][1]) for p in plan.processes]
    plan.parties = [q.with_(x=pos[q.id][0], y=pos[q.id][1]) for q in plan.parties]


def register_command(plan: RegisterPlan, project: Project, map_id: str) -> Command:
    """One undo step: the people and departments added, then the boxes and links."""
    steps: list[Command] = []
    if plan.new_people or plan.new_departments:
        steps.append(
            SetProjectFields(
                {
                    "people": (*project.people, *plan.new_people),
                    "departments": (*project.departments, *plan.new_departments),
                },
                label="Import process register",
            )
        )
    steps.append(AddElements(map_id, [*plan.parties, *plan.processes, *plan.links]))
    return Compound("Import process register", steps)


def register_project(plan: RegisterPlan, name: str, lang: str = "ru") -> Project:
    """A new project holding the register as its one map (the command line's import)."""
    pmap = ProcessMap(
        id=new_id("ProcessMap"),
        name=name,
        processes=tuple(plan.processes),
        parties=tuple(plan.parties),
        links=tuple(plan.links),
    )
    return Project(
        name=name,
        language=lang,
        people=tuple(plan.new_people),
        departments=tuple(plan.new_departments),
        maps=(pmap,),
    )
