"""A project as BPMN 2.0 XML with diagram interchange (what bpmn.io, Camunda, ARIS, Signavio read).

Each map becomes a collaboration: one pool (a participant with the map's ``bpmn:process``)
holding the processes as activities and the department lanes as its lane set, and one
black-box pool per external party. Links between processes are sequence flows; links
with a party at either end cross pools and so are message flows, as BPMN requires. A
decomposed process is a call activity calling its sub-map's process. Properties BPMN has
no place for go into the activity's documentation (readable in any tool) and into
procedit's extension namespace (read back by ``bpmn_import``). Positions and sizes are the
diagram interchange shapes; links carry their routes as waypoints.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from lxml import etree

from procedit.geometry.shapes import Rect, link_offsets, map_nodes, nodes_bounds, route
from procedit.model import Link, Process, ProcessMap, Project
from procedit.storage import ProjectSaveError, gc_paused, procedit_version
from procedit.storage.atomic import write_atomic

from . import extension
from .bpmn_ns import BPMN, BPMNDI, DC, DI, NSMAP, XSI, b, xml_id
from .texts import documentation, names

POOL_TITLE = 30.0  # the band on the left of a horizontal pool that shows its name
POOL_MARGIN = 30.0


@dataclass(frozen=True)
class _Ctx:
    exported: set[str]  # ids of the maps in the file (a call activity calls one of them)
    names: dict[str, str]
    lang: str


def export_bpmn(project: Project, map_ids: list[str] | None = None) -> bytes:
    """The BPMN 2.0 XML of the project's maps (all, or ``map_ids`` and their sub-maps)."""
    with gc_paused():
        return _export(project, map_ids)


def _export(project: Project, map_ids: list[str] | None) -> bytes:
    maps = _scope(project, map_ids)
    root = etree.Element(b("definitions"), nsmap=NSMAP)
    root.set("id", "procedit_definitions")
    root.set("targetNamespace", "urn:procedit:project")
    root.set("exporter", "procedit")
    root.set("exporterVersion", procedit_version())
    root.set(f"{{{XSI}}}schemaLocation", f"{BPMN} BPMN20.xsd")
    exported = {m.id for m in maps}
    ctx = _Ctx(exported, names(project), project.language)
    diagrams = []
    for i, m in enumerate(maps):
        collab = _collaboration(root, m, project if i == 0 else None)
        _process(root, m, ctx)
        diagrams.append((m, collab))
    for m, collab in diagrams:
        _diagram(root, m, collab)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_bpmn(project: Project, path: str | os.PathLike[str], map_ids: list[str] | None = None) -> None:
    """Write the BPMN file atomically (``ProjectSaveError`` on failure)."""
    data = export_bpmn(project, map_ids)
    try:
        write_atomic(os.path.realpath(os.fspath(path)), data, backup=False)
    except OSError as e:
        raise ProjectSaveError(path, e.strerror or str(e)) from None


def _scope(project: Project, map_ids: list[str] | None) -> list:
    if map_ids is None:
        return list(project.maps)
    wanted: set[str] = set()
    todo = list(map_ids)
    by_id = {m.id: m for m in project.maps}
    while todo:
        mid = todo.pop()
        if mid in wanted or mid not in by_id:
            continue
        wanted.add(mid)
        todo.extend(p.subprocess_map_id for p in by_id[mid].processes if p.subprocess_map_id)
    return [m for m in project.maps if m.id in wanted]


def collab_id(m: ProcessMap) -> str:
    return "collab_" + xml_id(m.id)


def pool_id(m: ProcessMap) -> str:
    return "pool_" + xml_id(m.id)


def _json(value, **exclude) -> str:
    # every field, defaults too: leaving defaults out made pydantic call each id's
    # default factory to compare (85,000 random ids for a 5,000-process map)
    return value.model_dump_json(**exclude)


def _collaboration(root: etree._Element, m: ProcessMap, project: Project | None) -> etree._Element:
    collab = etree.SubElement(root, b("collaboration"), id=collab_id(m))
    if project is not None:  # the project's register (people, departments, passport ...) once
        extension.add(collab, "project", _json(project, exclude={"maps"}))
    pool = etree.SubElement(collab, b("participant"), id=pool_id(m), processRef=xml_id(m.id))
    if m.name:
        pool.set("name", m.name)
    for party in m.parties:
        el = etree.SubElement(collab, b("participant"), id=xml_id(party.id))
        if party.name:
            el.set("name", party.name)
        if party.description:
            etree.SubElement(el, b("documentation")).text = extension.clean(party.description)
        extension.add(el, "party", _json(party))
    parties = {q.id for q in m.parties}
    for link in m.links:
        if link.source_id in parties or link.target_id in parties:
            _flow(collab, "messageFlow", link)
    return collab


def _flow(parent: etree._Element, tag: str, link: Link) -> None:
    """A sequence or message flow for ``link``, with its label and procedit's data."""
    el = etree.SubElement(
        parent, b(tag), id=xml_id(link.id), sourceRef=xml_id(link.source_id), targetRef=xml_id(link.target_id)
    )
    if link.label:
        el.set("name", link.label)
    extension.add(el, "link", _json(link))


def _process(root: etree._Element, m: ProcessMap, ctx: _Ctx) -> None:
    proc_el = etree.SubElement(root, b("process"), id=xml_id(m.id), isExecutable="false")
    if m.name:
        proc_el.set("name", m.name)
    if m.description:
        etree.SubElement(proc_el, b("documentation")).text = extension.clean(m.description)
    data = m.model_dump(mode="json", exclude_defaults=True, exclude={"processes", "parties", "links", "lanes"})
    if m.links:  # links are split between the process and the collaboration: keep their order
        data["link_order"] = [lk.id for lk in m.links]
    extension.add(proc_el, "map", json.dumps(data, ensure_ascii=False))
    if m.lanes:
        lane_set = etree.SubElement(proc_el, b("laneSet"), id="lanes_" + xml_id(m.id))
        members: dict[str, list[str]] = {lane.id: [] for lane in m.lanes}
        for p in m.processes:
            if p.lane_id in members:
                members[p.lane_id].append(xml_id(p.id))
        for lane in m.lanes:
            el = etree.SubElement(lane_set, b("lane"), id=xml_id(lane.id))
            if lane.name:
                el.set("name", lane.name)
            extension.add(el, "lane", _json(lane))
            for ref in members[lane.id]:
                etree.SubElement(el, b("flowNodeRef")).text = ref
    processes = {p.id for p in m.processes}
    sequence = [lk for lk in m.links if lk.source_id in processes and lk.target_id in processes]
    incoming: dict[str, list[str]] = {}
    outgoing: dict[str, list[str]] = {}
    for lk in sequence:
        outgoing.setdefault(lk.source_id, []).append(xml_id(lk.id))
        incoming.setdefault(lk.target_id, []).append(xml_id(lk.id))
    for p in m.processes:
        _activity(proc_el, p, ctx, incoming.get(p.id, ()), outgoing.get(p.id, ()))
    for lk in sequence:
        _flow(proc_el, "sequenceFlow", lk)


def _activity(parent, p: Process, ctx: _Ctx, incoming, outgoing) -> None:
    calls = p.subprocess_map_id if p.subprocess_map_id in ctx.exported else None
    el = etree.SubElement(parent, b("callActivity" if calls else "task"), id=xml_id(p.id))
    if calls:
        el.set("calledElement", xml_id(calls))
    name = p.name or p.code
    if name:
        el.set("name", name)
    doc = documentation(p, ctx.names, ctx.lang)
    if doc:
        etree.SubElement(el, b("documentation")).text = extension.clean(doc)
    extension.add(el, "process", _json(p))
    for ref in incoming:
        etree.SubElement(el, b("incoming")).text = ref
    for ref in outgoing:
        etree.SubElement(el, b("outgoing")).text = ref


# ------------------------------------------------------------------ diagram interchange
def _bounds(parent: etree._Element, x: float, y: float, w: float, h: float) -> None:
    etree.SubElement(parent, f"{{{DC}}}Bounds", x=_num(x), y=_num(y), width=_num(w), height=_num(h))


def _num(v: float) -> str:
    v = float(v)
    return str(int(v)) if v.is_integer() else repr(v)  # exact: a round trip keeps the position


def pool_rect(m: ProcessMap) -> Rect:
    """The map's pool: around its processes and lanes, with the title band on the left."""
    inner = nodes_bounds(m.processes) or Rect(0, 0, 400, 200)
    left, top = inner.x - POOL_MARGIN, inner.y - POOL_MARGIN
    right, bottom = inner.x + inner.width + POOL_MARGIN, inner.y + inner.height + POOL_MARGIN
    for lane in m.lanes:
        top, bottom = min(top, lane.y), max(bottom, lane.y + lane.height)
    return Rect(left - POOL_TITLE, top, right - left + POOL_TITLE, bottom - top)


def _diagram(root: etree._Element, m: ProcessMap, collab: etree._Element) -> None:
    mid = xml_id(m.id)
    diagram = etree.SubElement(root, f"{{{BPMNDI}}}BPMNDiagram", id="diagram_" + mid)
    if m.name:
        diagram.set("name", m.name)
    plane = etree.SubElement(diagram, f"{{{BPMNDI}}}BPMNPlane", id="plane_" + mid, bpmnElement=collab.get("id"))
    shape_tag = f"{{{BPMNDI}}}BPMNShape"
    pool = pool_rect(m)
    el = etree.SubElement(plane, shape_tag, id="di_" + pool_id(m), bpmnElement=pool_id(m), isHorizontal="true")
    _bounds(el, pool.x, pool.y, pool.width, pool.height)
    for lane in m.lanes:
        lid = xml_id(lane.id)
        el = etree.SubElement(plane, shape_tag, id="di_" + lid, bpmnElement=lid, isHorizontal="true")
        _bounds(el, pool.x + POOL_TITLE, lane.y, pool.width - POOL_TITLE, lane.height)
    for p in m.processes:
        pid = xml_id(p.id)
        el = etree.SubElement(plane, shape_tag, id="di_" + pid, bpmnElement=pid)
        if p.subprocess_map_id:
            el.set("isExpanded", "false")
        _bounds(el, p.x, p.y, p.width, p.height)
    for q in m.parties:
        qid = xml_id(q.id)
        el = etree.SubElement(plane, shape_tag, id="di_" + qid, bpmnElement=qid, isHorizontal="true")
        _bounds(el, q.x, q.y, q.width, q.height)
    nodes = map_nodes(m)
    offsets = link_offsets(m.links)
    edge_tag, point_tag = f"{{{BPMNDI}}}BPMNEdge", f"{{{DI}}}waypoint"
    for lk in m.links:
        src, dst = nodes.get(lk.source_id), nodes.get(lk.target_id)
        if src is None or dst is None:
            continue
        points = route(
            Rect(src.x, src.y, src.width, src.height),
            Rect(dst.x, dst.y, dst.width, dst.height),
            lk.routing,
            offsets.get(lk.id, 0.0),
        )
        lid = xml_id(lk.id)
        el = etree.SubElement(plane, edge_tag, id="di_" + lid, bpmnElement=lid)
        for pt in points:
            etree.SubElement(el, point_tag, x=_num(pt.x), y=_num(pt.y))
