"""The last step of a BPMN import: departments for lanes, layout where the file had no
positions, the maps assembled, references that lead nowhere dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from procedit.geometry.layout import layered_layout
from procedit.model import Department, ProcessMap, Project, all_ids, check_integrity, limits, new_id
from procedit.model.refs import strip_refs
from procedit.storage import ProjectFileError

if TYPE_CHECKING:
    from .bpmn_import import ImportResult, MapState, _Builder

_MAP_FIELDS = set(ProcessMap.model_fields) - {"processes", "parties", "links", "lanes"}


def finish_maps(bld: _Builder, base: Project) -> ImportResult:
    from .bpmn_import import ImportResult

    departments = list(base.departments)
    by_name = {d.name.casefold(): d.id for d in departments}
    maps = []
    for ms in bld.maps:
        _lane_departments(ms, departments, by_name)
        nodes = len(ms.processes) + len(ms.parties)
        if nodes and len(ms.unplaced) == nodes:
            _layout(ms)
            bld.summary.laid_out.append(ms.name)
        elif ms.unplaced:
            _place_aside(ms)
        maps.append(_assemble(ms))
    project = base.with_(maps=tuple(maps), departments=tuple(departments))
    if not bld.restored:
        project = project.with_(language="ru" if bld.cyrillic else "en")
    _check_limits(project, bld.path)
    if check_integrity(project):
        missing = referenced(project) - all_ids(project)
        project = strip_refs(project, frozenset(missing))
        problems = check_integrity(project)
        if problems:
            raise ProjectFileError(bld.path, problems[0].path, problems[0].message)
    s = bld.summary
    s.maps = len(project.maps)
    s.processes = sum(len(m.processes) for m in project.maps)
    s.parties = sum(len(m.parties) for m in project.maps)
    s.links = sum(len(m.links) for m in project.maps)
    s.lanes = sum(len(m.lanes) for m in project.maps)
    return ImportResult(project, s)


def _check_limits(project: Project, path: Any) -> None:
    """The limits of a whole project, which the maps (validated one by one) do not keep: how
    many maps and boxes, the departments made for lanes, and the elements of all maps together (counted
    by the maps' own lists: the exact count of every value would cost more than the import)."""
    if len(project.maps) > limits.MAX_MAPS:
        n, most = len(project.maps), limits.MAX_MAPS
        raise ProjectFileError(
            path, "", f"too many maps ({n}; the limit is {most})", f"слишком много карт ({n}; не больше {most})"
        )
    boxes = sum(len(m.processes) + len(m.parties) for m in project.maps)
    if boxes > limits.MAX_BOXES:
        most = limits.MAX_BOXES
        raise ProjectFileError(
            path,
            "",
            f"too many processes and external parties ({boxes}; the limit is {most})",
            f"слишком много процессов и внешних сторон ({boxes}; не больше {most})",
        )
    try:
        limits.check_value(project.with_(maps=()))
    except limits.LimitError as e:
        raise ProjectFileError(path, f"$.{e.where}" if e.where else "", e.reason, e.reason_ru) from None
    n = len(project.maps) + sum(len(m.processes) + len(m.parties) + len(m.links) + len(m.lanes) for m in project.maps)
    if n > limits.MAX_OBJECTS:
        most = limits.MAX_OBJECTS
        raise ProjectFileError(
            path,
            "",
            f"too many elements ({n}; the limit is {most})",
            f"слишком много элементов ({n}; не больше {most})",
        )


def _lane_departments(ms: MapState, departments: list[Department], by_name: dict[str, str]) -> None:
    """A lane of a foreign file stands for a department of its name (found or made)."""
    for i, lane in enumerate(ms.lanes):
        ref = lane.department_id or ""
        if not ref.startswith("?dept:"):
            continue
        name = ref[len("?dept:") :]
        dept_id = by_name.get(name.casefold())
        if dept_id is None:
            dept = Department(id=new_id("Department"), name=name)
            departments.append(dept)
            dept_id = by_name[name.casefold()] = dept.id
        ms.lanes[i] = lane.with_(department_id=dept_id)
        for key, proc in ms.processes.items():
            if proc.lane_id == lane.id and proc.department_id is None:
                ms.processes[key] = proc.with_(department_id=dept_id)


def _layout(ms: MapState) -> None:
    nodes: dict[str, Any] = {p.id: p for p in ms.processes.values()}
    nodes.update((q.id, q) for q in ms.parties.values())
    sizes = {k: (n.width, n.height) for k, n in nodes.items()}
    pos = layered_layout(sizes, [(lk.source_id, lk.target_id) for lk in ms.links], origin=(60.0, 60.0))
    for key, p in list(ms.processes.items()):
        x, y = pos[p.id]
        ms.processes[key] = p.with_(x=x, y=y)
    for key, q in list(ms.parties.items()):
        x, y = pos[q.id]
        ms.parties[key] = q.with_(x=x, y=y)
    for i, lane in enumerate(ms.lanes):
        members = [p for p in ms.processes.values() if p.lane_id == lane.id]
        if members:
            top = min(p.y for p in members) - 20
            bottom = max(p.y + p.height for p in members) + 20
            ms.lanes[i] = lane.with_(y=top, height=bottom - top)


def _place_aside(ms: MapState) -> None:
    """Nodes the file gave no position: a column left of those it did."""
    placed = [n for n in (*ms.processes.values(), *ms.parties.values()) if n.id not in ms.unplaced]
    left = min(n.x for n in placed) - 220.0
    y = min(n.y for n in placed)
    for coll in (ms.processes, ms.parties):
        for key, n in list(coll.items()):
            if n.id in ms.unplaced:
                coll[key] = n.with_(x=left, y=y)
                y += n.height + 40.0


def _assemble(ms: MapState) -> ProcessMap:
    order = ms.data.get("link_order")
    if isinstance(order, list) and order:
        rank = {ident: i for i, ident in enumerate(order)}
        ms.links.sort(key=lambda lk: rank.get(lk.id, len(rank)))
    data = {k: v for k, v in ms.data.items() if k in _MAP_FIELDS}
    parts = {
        "id": ms.id,
        "name": ms.name,
        "processes": tuple(ms.processes.values()),
        "parties": tuple(ms.parties.values()),
        "links": tuple(ms.links),
        "lanes": tuple(ms.lanes),
    }
    try:
        return ProcessMap.model_validate({**data, **parts})
    except ValidationError:
        keep = {k: data[k] for k in ("parent_process_id",) if isinstance(data.get(k), str)}
        return ProcessMap.model_validate({**keep, **parts})


def referenced(value: Any) -> set[str]:
    """Every id the value refers to (fields named ``*_id`` and ``*_ids``, nested too)."""
    out: set[str] = set()
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, tuple):
            todo.extend(v)
            continue
        if not isinstance(v, BaseModel):
            continue
        for name in type(v).model_fields:
            cur = getattr(v, name)
            if name.endswith("_ids"):
                out.update(cur)
            elif name.endswith("_id"):
                if isinstance(cur, str):
                    out.add(cur)
            elif isinstance(cur, tuple | BaseModel):
                todo.append(cur)
    return out
