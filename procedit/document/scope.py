"""What a document covers: the map (or one process of it) and the open findings there."""

from __future__ import annotations

from procedit.model import ExternalParty, Process, ProcessMap, Project
from procedit.model.codes import code_key


class ScopeError(Exception):
    """An unknown map or process code; ``str()`` is one clear line."""


def find_scope(
    project: Project, map_id: str | None, code: str | None, err_map: str, err_proc: str
) -> tuple[ProcessMap | None, Process | None]:
    """(map, process) of the document; ``map_id`` None: the first map holding ``code``
    (or the first map). ``err_map``/``err_proc`` are message templates ({map}, {code})."""
    maps = list(project.maps)
    if map_id is not None:
        maps = [m for m in project.maps if m.id == map_id]
        if not maps:
            raise ScopeError(err_map.format(map=map_id))
    if code is None:
        return (maps[0] if maps else None), None
    wanted = code_key(code)  # "M-07" typed with a Latin M finds "М-07"
    for m in maps:
        for p in m.processes:
            if p.code.strip() and code_key(p.code) == wanted:
                return m, p
    codes = ", ".join(dict.fromkeys(p.code.strip() for m in maps for p in m.processes if p.code.strip()))
    raise ScopeError(err_proc.format(code=code, codes=codes or "—"))


def open_findings(project: Project, pmap: ProcessMap | None, proc: Process | None) -> list:
    """Open findings in the scope of the document (the map, or the process and its links)."""
    from procedit.model import CheckLevel
    from procedit.validation import validate

    if pmap is None:
        return []
    # a regulation is checked against every rule, whatever level the map is drawn at
    found = [f for f in validate(project, pmap.id, CheckLevel.REGULATION) if f.map_id in (pmap.id, "", None)]
    if proc is None:
        return found
    ids = {proc.id}
    for field in (proc.inputs, proc.outputs, proc.stages, proc.criteria, proc.documents):
        ids.update(x.id for x in field)
    ids.update(lk.id for lk in pmap.links if proc.id in (lk.source_id, lk.target_id))
    return [f for f in found if f.element_id in ids]


def neighbourhood(pmap: ProcessMap, process: Process) -> ProcessMap:
    """The process, the nodes linked to it and those links (the map of a one-process
    regulation), laid out anew close together, left to right along the links (where they
    stand on the whole map would spread four boxes over a page, or over fragments)."""
    from procedit.geometry.layout import layered_layout

    links = [lk for lk in pmap.links if process.id in (lk.source_id, lk.target_id)]
    ids = {process.id} | {lk.source_id for lk in links} | {lk.target_id for lk in links}
    nodes = [p for p in (*pmap.processes, *pmap.parties) if p.id in ids]
    places = layered_layout(
        {n.id: (n.width, n.height) for n in nodes},
        [(lk.source_id, lk.target_id) for lk in links],
        h_gap=170.0,
        v_gap=60.0,
        initial_y={n.id: n.y for n in nodes},
    )
    moved = {n.id: n.with_(x=places[n.id][0], y=places[n.id][1]) for n in nodes}
    procs = tuple(moved[p.id] for p in pmap.processes if p.id in ids)
    parties: tuple[ExternalParty, ...] = tuple(moved[p.id] for p in pmap.parties if p.id in ids)
    return pmap.with_(processes=procs, parties=parties, links=tuple(links), lanes=())
