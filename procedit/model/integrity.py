"""Whole-project integrity: unique ids and references that resolve.

Used by the loader (a dangling or duplicate id in a file is a clear load error) and by
tests that check commands never leave the model inconsistent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from .limits import MAX_BOXES, MAX_MEASUREMENTS
from .project import ProcessMap, Project


@dataclass(frozen=True)
class Problem:
    path: str  # JSON path, e.g. "$.maps[0].processes[3].owner_id"
    message: str


# (kind of the owner of the id, where it lives) for each id in the project
def _project_ids(project: Project) -> Iterator[tuple[str, str, str, str | None]]:
    """Yields (id, kind, json path, map id or None) for every entity of the project."""
    for i, t in enumerate(project.terms):
        yield t.id, "Term", f"$.terms[{i}]", None
    for i, g in enumerate(project.strategy.goals):
        yield g.id, "Goal", f"$.strategy.goals[{i}]", None
    for i, p in enumerate(project.people):
        yield p.id, "Person", f"$.people[{i}]", None
    for i, q in enumerate(project.positions):
        yield q.id, "Position", f"$.positions[{i}]", None
    for i, d in enumerate(project.departments):
        yield d.id, "Department", f"$.departments[{i}]", None
    for i, a in enumerate(project.approvers):
        yield a.id, "Approver", f"$.approvers[{i}]", None
    for i, c in enumerate(project.change_log):
        yield c.id, "ChangeLogEntry", f"$.change_log[{i}]", None
    for i, r in enumerate(project.references):
        yield r.id, "NormativeRef", f"$.references[{i}]", None
    for mi, m in enumerate(project.maps):
        mp = f"$.maps[{mi}]"
        yield m.id, "ProcessMap", mp, None
        if m.document is not None:
            for i, a in enumerate(m.document.approvers):
                yield a.id, "Approver", f"{mp}.document.approvers[{i}]", None
            for i, c in enumerate(m.document.change_log):
                yield c.id, "ChangeLogEntry", f"{mp}.document.change_log[{i}]", None
        for li, lane in enumerate(m.lanes):
            yield lane.id, "Lane", f"{mp}.lanes[{li}]", m.id
        for ni, note in enumerate(m.notes):
            yield note.id, "Note", f"{mp}.notes[{ni}]", m.id
        for pi, party in enumerate(m.parties):
            yield party.id, "ExternalParty", f"{mp}.parties[{pi}]", m.id
        for li, link in enumerate(m.links):
            yield link.id, "Link", f"{mp}.links[{li}]", m.id
        for pi, proc in enumerate(m.processes):
            pp = f"{mp}.processes[{pi}]"
            yield proc.id, "Process", pp, m.id
            for field in (
                "inputs",
                "outputs",
                "stages",
                "criteria",
                "documents",
                "actions",
                "risks",
                "records",
            ):
                for k, item in enumerate(getattr(proc, field)):
                    yield item.id, type(item).__name__, f"{pp}.{field}[{k}]", m.id


def _refs(project: Project) -> Iterator[tuple[str, str, frozenset[str], str | None]]:
    """Yields (referenced id, json path, allowed kinds, map id if the ref is map-local)."""
    person = frozenset({"Person"})
    dept = frozenset({"Department"})
    if project.passport.author_id:
        yield project.passport.author_id, "$.passport.author_id", person, None
    position = frozenset({"Position"})
    for i, p in enumerate(project.people):
        if p.department_id:
            yield p.department_id, f"$.people[{i}].department_id", dept, None
        if p.position_id:
            yield p.position_id, f"$.people[{i}].position_id", position, None
    for i, q in enumerate(project.positions):
        if q.department_id:
            yield q.department_id, f"$.positions[{i}].department_id", dept, None
        for field in ("reports_to_id", "substitute_id"):
            ref = getattr(q, field)
            if ref:
                yield ref, f"$.positions[{i}].{field}", position, None
    for i, d in enumerate(project.departments):
        if d.head_id:
            yield d.head_id, f"$.departments[{i}].head_id", person, None
    for i, a in enumerate(project.approvers):
        yield a.person_id, f"$.approvers[{i}].person_id", person, None
    for mi, m in enumerate(project.maps):
        yield from _map_refs(m, f"$.maps[{mi}]")


def _map_refs(m: ProcessMap, mp: str) -> Iterator[tuple[str, str, frozenset[str], str | None]]:
    person = frozenset({"Person"})
    node = frozenset({"Process", "ExternalParty"})
    if m.parent_process_id:
        yield m.parent_process_id, f"{mp}.parent_process_id", frozenset({"Process"}), None
    if m.source_map_id:
        yield m.source_map_id, f"{mp}.source_map_id", frozenset({"ProcessMap"}), None
    if m.document is not None:
        d = m.document
        if d.passport.author_id:
            yield d.passport.author_id, f"{mp}.document.passport.author_id", person, None
        for i, a in enumerate(d.approvers):
            yield a.person_id, f"{mp}.document.approvers[{i}].person_id", person, None
        if d.analysis_by_id:
            yield d.analysis_by_id, f"{mp}.document.analysis_by_id", person, None
    for li, lane in enumerate(m.lanes):
        if lane.department_id:
            yield lane.department_id, f"{mp}.lanes[{li}].department_id", frozenset({"Department"}), None
    for li, link in enumerate(m.links):
        lp = f"{mp}.links[{li}]"
        yield link.source_id, f"{lp}.source_id", node, m.id
        yield link.target_id, f"{lp}.target_id", node, m.id
        if link.source_output_id:
            yield link.source_output_id, f"{lp}.source_output_id", frozenset({"Flow"}), m.id
        if link.target_input_id:
            yield link.target_input_id, f"{lp}.target_input_id", frozenset({"Flow"}), m.id
    for pi, p in enumerate(m.processes):
        pp = f"{mp}.processes[{pi}]"
        if p.department_id:
            yield p.department_id, f"{pp}.department_id", frozenset({"Department"}), None
        if p.lane_id:
            yield p.lane_id, f"{pp}.lane_id", frozenset({"Lane"}), m.id
        if p.owner_id:
            yield p.owner_id, f"{pp}.owner_id", person, None
        if p.subprocess_map_id:
            yield p.subprocess_map_id, f"{pp}.subprocess_map_id", frozenset({"ProcessMap"}), None
        for k, g in enumerate(p.goal_ids):
            yield g, f"{pp}.goal_ids[{k}]", frozenset({"Goal"}), None
        for k, c in enumerate(p.customer_ids):
            yield c, f"{pp}.customer_ids[{k}]", CUSTOMER_KINDS, None
        for k, c in enumerate(p.participant_ids):
            yield c, f"{pp}.participant_ids[{k}]", person, None
        for field in ("inputs", "outputs"):
            for k, f in enumerate(getattr(p, field)):
                if f.party_id:
                    yield f.party_id, f"{pp}.{field}[{k}].party_id", node, m.id
        for k, s in enumerate(p.stages):
            if s.performer_id:
                yield s.performer_id, f"{pp}.stages[{k}].performer_id", PERFORMER_KINDS, None
        for k, c in enumerate(p.criteria):
            if c.responsible_id:
                yield c.responsible_id, f"{pp}.criteria[{k}].responsible_id", person, None
        for k, r in enumerate(p.risks):
            if r.owner_id:
                yield r.owner_id, f"{pp}.risks[{k}].owner_id", person, None
        for k, rec in enumerate(p.records):
            if rec.keeper_id:
                yield rec.keeper_id, f"{pp}.records[{k}].keeper_id", PERFORMER_KINDS, None
        for k, a in enumerate(p.actions):
            if a.responsible_id:
                yield a.responsible_id, f"{pp}.actions[{k}].responsible_id", person, None
            if a.criterion_id:
                yield a.criterion_id, f"{pp}.actions[{k}].criterion_id", frozenset({"Criterion"}), m.id


CUSTOMER_KINDS = frozenset({"Process", "ExternalParty", "Person", "Department"})
PERFORMER_KINDS = frozenset({"Person", "Position", "Department"})


def count_measurements(project: Project) -> int:
    """How many measured actual values the project's criteria hold (what ``MAX_MEASUREMENTS`` bounds)."""
    return sum(len(c.actuals) for m in project.maps for p in m.processes for c in p.criteria)


def check_integrity(project: Project) -> list[Problem]:
    """All duplicate ids and unresolved references, each with the JSON path where it occurs
    (and a project with more boxes than ``MAX_BOXES`` or more measurements than
    ``MAX_MEASUREMENTS``, which the maps' and criteria's own limits allow)."""
    boxes = sum(len(m.processes) + len(m.parties) for m in project.maps)
    if boxes > MAX_BOXES:
        return [
            Problem("$.maps", f"too many processes and external parties ({boxes}; the limit is {MAX_BOXES})")
        ]
    measurements = count_measurements(project)
    if measurements > MAX_MEASUREMENTS:
        return [
            Problem(
                "$.maps",
                f"too many measured values ({measurements}; the limit is {MAX_MEASUREMENTS})",
            )
        ]
    if _all_well(project):  # the usual case, ~3x faster: no JSON paths built
        return []
    return _problems(project)


def _problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    where: dict[str, tuple[str, str, str | None]] = {}
    for ident, kind, path, map_id in _project_ids(project):
        if not ident:
            problems.append(Problem(f"{path}.id", "empty id"))
            continue
        if ident in where:
            problems.append(
                Problem(f"{path}.id", f"duplicate id {ident!r} (first used at {where[ident][1]})")
            )
            continue
        where[ident] = (kind, path, map_id)
    for ref, path, kinds, local_map in _refs(project):
        target = where.get(ref)
        if target is None:
            problems.append(Problem(path, f"refers to {ref!r}, which does not exist"))
        elif target[0] not in kinds:
            allowed = " or ".join(sorted(kinds))
            problems.append(Problem(path, f"refers to {ref!r}, a {target[0]}, where a {allowed} is expected"))
        elif local_map is not None and target[2] is not None and target[2] != local_map:
            problems.append(Problem(path, f"refers to {ref!r} in another map"))
    if not project.maps:
        problems.append(Problem("$.maps", "a project needs at least one map"))
    return problems


def _all_well(project: Project) -> bool:
    """True only when ``check_integrity`` would find nothing; the same rules as set operations.

    False means "look closer": the full check then finds and describes the problems.
    """
    if not project.maps:
        return False
    top = (project.terms, project.strategy.goals, project.people, project.positions, project.departments)
    top += (project.approvers, project.change_log, project.references, project.maps)
    top += tuple(
        x
        for m in project.maps
        if m.document is not None
        for x in (m.document.approvers, m.document.change_log)
    )
    ids = {x.id for x in chain(*top)}
    count = sum(map(len, top))
    people = {p.id for p in project.people}
    depts = {d.id for d in project.departments}
    positions = {q.id for q in project.positions}
    maps = {m.id for m in project.maps}
    processes = {p.id for m in project.maps for p in m.processes}
    parties = {q.id for m in project.maps for q in m.parties}
    pp = project.passport
    if pp.author_id and pp.author_id not in people:
        return False
    if not (
        {p.department_id for p in project.people if p.department_id} <= depts
        and {d.head_id for d in project.departments if d.head_id} <= people
        and {a.person_id for a in project.approvers} <= people
        and {p.position_id for p in project.people if p.position_id} <= positions
        and {q.department_id for q in project.positions if q.department_id} <= depts
        and {r for q in project.positions for r in (q.reports_to_id, q.substitute_id) if r} <= positions
    ):
        return False
    for m in project.maps:
        d = m.document
        if d is not None and not (
            {a.person_id for a in d.approvers} <= people
            and {x for x in (d.passport.author_id, d.analysis_by_id) if x} <= people
        ):
            return False
    customers = processes | parties | people | depts
    performers = people | positions | depts
    goals = {g.id for g in project.strategy.goals}
    for m in project.maps:
        if (m.parent_process_id and m.parent_process_id not in processes) or (
            m.source_map_id and m.source_map_id not in maps
        ):
            return False
        if not {lane.department_id for lane in m.lanes if lane.department_id} <= depts:
            return False
        local = (m.lanes, m.parties, m.links, m.notes)
        ids.update(x.id for x in chain(*local))
        count += sum(map(len, local))
        well, counted = _map_well(m, ids, depts, people, maps, goals, customers, performers)
        if not well:
            return False
        count += counted
    return len(ids) == count and "" not in ids


def _map_well(m, ids, depts, people, maps, goals, customers, performers) -> tuple[bool, int]:
    """The references of one map's processes and links, gathered in one pass over them, and
    the ids of its processes and of what they hold added to ``ids`` (with how many there were)."""
    add = ids.add
    count = 0
    lanes = {lane.id for lane in m.lanes}
    nodes = {p.id for p in m.processes} | {q.id for q in m.parties}  # nodes and flows are map-local
    flows: set[str] = set()
    parties: set[str] = set()  # flow suppliers/consumers: nodes of this map
    dept_refs: set[str] = set()
    lane_refs: set[str] = set()
    people_refs: set[str] = set()
    map_refs: set[str] = set()
    goal_refs: set[str] = set()
    customer_refs: set[str] = set()
    performer_refs: set[str] = set()
    criterion_refs: set[str] = set()
    criteria_here: set[str] = set()
    for p in m.processes:
        add(p.id)
        ins, outs, stages, criteria, documents = p.inputs, p.outputs, p.stages, p.criteria, p.documents
        count += 1 + len(ins) + len(outs) + len(stages) + len(criteria) + len(documents) + len(p.actions)
        if p.risks or p.records:
            count += len(p.risks) + len(p.records)
            for r in p.risks:
                add(r.id)
                if r.owner_id:
                    people_refs.add(r.owner_id)
            for rec in p.records:
                add(rec.id)
                if rec.keeper_id:
                    performer_refs.add(rec.keeper_id)
        for f in (*ins, *outs):
            add(f.id)
            flows.add(f.id)
            if f.party_id:
                parties.add(f.party_id)
        for s in stages:
            add(s.id)
            if s.performer_id:
                performer_refs.add(s.performer_id)
        for c in criteria:
            add(c.id)
            criteria_here.add(c.id)
            if c.responsible_id:
                people_refs.add(c.responsible_id)
        for d in documents:
            add(d.id)
        for a in p.actions:
            add(a.id)
            if a.responsible_id:
                people_refs.add(a.responsible_id)
            if a.criterion_id:
                criterion_refs.add(a.criterion_id)
        if p.department_id:
            dept_refs.add(p.department_id)
        if p.lane_id:
            lane_refs.add(p.lane_id)
        if p.owner_id:
            people_refs.add(p.owner_id)
        if p.subprocess_map_id:
            map_refs.add(p.subprocess_map_id)
        goal_refs.update(p.goal_ids)
        customer_refs.update(p.customer_ids)
        people_refs.update(p.participant_ids)
    link_ends: set[str] = set()
    link_flows: set[str] = set()
    for lk in m.links:
        link_ends.add(lk.source_id)
        link_ends.add(lk.target_id)
        if lk.source_output_id:
            link_flows.add(lk.source_output_id)
        if lk.target_input_id:
            link_flows.add(lk.target_input_id)
    well = (
        link_ends <= nodes
        and link_flows <= flows
        and dept_refs <= depts
        and lane_refs <= lanes
        and people_refs <= people
        and map_refs <= maps
        and goal_refs <= goals
        and customer_refs <= customers
        and parties <= nodes
        and performer_refs <= performers
        and criterion_refs <= criteria_here
    )
    return well, count


def all_ids(project: Project) -> set[str]:
    return {ident for ident, *_ in _project_ids(project)}
