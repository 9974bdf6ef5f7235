"""A project as BPMN 2.0 XML with diagram interchange (what bpmn.io, Camunda, ARIS, Signavio read).

Each map becomes a collaboration: one pool (a participant with the map's ``bpmn:process``)
holding the processes as activities and the department lanes as its lane set, and one
black-box pool per external party. Links between processes are sequence flows; links
with a party at either end cross pools and so are message flows, as BPMN requires. A
decomposed process is a call activity calling its sub-map's process. Properties BPMN has
no place for go into the activity's documentation (readable in any tool) and into
procedit's extension namespace (read back by ``bpmn_import``). Positions and sizes are the
diagram interchange shapes; links carry their routes as waypoints.

The XML is written as text, element by element, with every value escaped (building an
lxml tree first cost 5x the time of the rest for 5,000 processes); the tests parse and
validate what comes out against the OMG schemas. procedit's JSON (most of the file, in the
lean encoding of ``extension``) goes in as the UTF-8 bytes pydantic's serializer writes,
never decoded and encoded again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from procedit.geometry.shapes import Rect, link_offsets, nodes_bounds, route
from procedit.model import Link, Process, ProcessMap, Project
from procedit.storage import gc_paused, procedit_version
from procedit.storage.atomic import save_error, write_atomic

from .bpmn_ns import NSMAP, xml_id
from .extension import clean, description_at, link_json, process_json
from .texts import documentation, names

POOL_TITLE = 30.0  # the band on the left of a horizontal pool that shows its name
POOL_MARGIN = 30.0


@dataclass(frozen=True)
class _Ctx:
    exported: set[str]  # ids of the maps in the file (a call activity calls one of them)
    names: dict[str, str]
    lang: str


class _Out:
    """The file being written: text pieces (``out``, encoded in runs) and ready UTF-8 bytes."""

    __slots__ = ("chunks", "out")

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.out: list[str] = []  # the current run of text; functions append to it

    def raw(self, data: bytes) -> None:
        self.chunks.append("".join(self.out).encode("utf-8"))
        self.out.clear()
        self.chunks.append(data)

    def result(self) -> bytes:
        self.chunks.append("".join(self.out).encode("utf-8"))
        return b"".join(self.chunks)


def text(value: str) -> str:
    """Element content, escaped."""
    return clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(value: str) -> str:
    """An attribute value, escaped (line breaks kept as character references)."""
    return (
        text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    )


# U+FFFE and U+FFFF (which XML may not hold) in UTF-8; control characters never reach the
# JSON unescaped and lone surrogates cannot be serialised at all
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def json_text(data: bytes) -> bytes:
    """pydantic's JSON of a value as element content: what ``text`` makes of it, on bytes."""
    # (a one-byte search first: it is memchr, the three-byte one 10x slower)
    if b"\xef" in data and (_NONCHARACTERS[0] in data or _NONCHARACTERS[1] in data):
        return text(data.decode("utf-8")).encode("utf-8")
    return data.replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;")


def export_bpmn(project: Project, map_ids: list[str] | None = None) -> bytes:
    """The BPMN 2.0 XML of the project's maps (all, or ``map_ids`` and their sub-maps)."""
    with gc_paused():
        return _export(project, map_ids)


def _export(project: Project, map_ids: list[str] | None) -> bytes:
    maps = maps_in_scope(project, map_ids)
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NSMAP.items())
    w = _Out()
    w.out += [
        "<?xml version='1.0' encoding='UTF-8'?>\n",
        f'<bpmn:definitions {ns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'id="procedit_definitions" targetNamespace="urn:procedit:project" exporter="procedit" '
        f'exporterVersion="{attr(procedit_version())}" '
        f'xsi:schemaLocation="{NSMAP["bpmn"]} BPMN20.xsd">\n',
    ]
    ctx = _Ctx({m.id for m in maps}, names(project), project.language)
    for i, m in enumerate(maps):
        _collaboration(w, m, project if i == 0 else None)
        _process(w, m, ctx)
    for m in maps:
        _diagram(w.out, m)
    w.out.append("</bpmn:definitions>\n")
    return w.result()


def write_bpmn(project: Project, path: str | os.PathLike[str], map_ids: list[str] | None = None) -> None:
    """Write the BPMN file atomically (``ProjectSaveError`` on failure)."""
    data = export_bpmn(project, map_ids)
    try:
        write_atomic(os.path.realpath(os.fspath(path)), data, backup=False)
    except OSError as e:
        raise save_error(os.fspath(path), e) from None


def maps_in_scope(project: Project, map_ids: list[str] | None) -> list:
    """The maps of ``map_ids`` and their decompositions, in the project's order (every map for None)."""
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


def _ext(w: _Out, ind: str, tag: str, value: BaseModel, **dump: Any) -> None:
    """procedit's data of an element: its JSON in ``<procedit:TAG>`` (every field, defaults
    too: leaving them out made pydantic draw each id's default to compare with)."""
    _ext_json(w, ind, tag, value.__pydantic_serializer__.to_json(value, **dump))


def _ext_json(w: _Out, ind: str, tag: str, data: bytes) -> None:
    w.out.append(f"{ind}<bpmn:extensionElements><procedit:{tag}>")
    w.raw(json_text(data))
    w.out.append(f"</procedit:{tag}></bpmn:extensionElements>\n")


def _ext_text(ind: str, tag: str, json_str: str) -> str:
    return (
        f"{ind}<bpmn:extensionElements>\n{ind}  <procedit:{tag}>{text(json_str)}</procedit:{tag}>\n"
        f"{ind}</bpmn:extensionElements>\n"
    )


def _doc(ind: str, value: str) -> str:
    return f"{ind}<bpmn:documentation>{text(value)}</bpmn:documentation>\n" if value else ""


def _name(value: str) -> str:
    return f' name="{attr(value)}"' if value else ""


def _collaboration(w: _Out, m: ProcessMap, project: Project | None) -> None:
    out = w.out
    out.append(f'  <bpmn:collaboration id="{collab_id(m)}">\n')
    if project is not None:  # the project's register (people, departments, passport ...) once
        _ext(w, "    ", "project", project, exclude={"maps"})
    out.append(f'    <bpmn:participant id="{pool_id(m)}"{_name(m.name)} processRef="{xml_id(m.id)}"/>\n')
    for q in m.parties:
        out.append(f'    <bpmn:participant id="{xml_id(q.id)}"{_name(q.name)}>\n')
        out.append(_doc("      ", q.description))
        _ext(w, "      ", "party", q)
        out.append("    </bpmn:participant>\n")
    parties = {q.id for q in m.parties}
    for link in m.links:
        if link.source_id in parties or link.target_id in parties:
            _flow(w, "    ", "messageFlow", link)
    out.append("  </bpmn:collaboration>\n")


def _flow(w: _Out, ind: str, tag: str, link: Link) -> None:
    """A sequence or message flow for ``link``, with its label and procedit's data."""
    w.out.append(
        f'{ind}<bpmn:{tag} id="{xml_id(link.id)}"{_name(link.label)} sourceRef="{xml_id(link.source_id)}" '
        f'targetRef="{xml_id(link.target_id)}">\n'
    )
    _ext_json(w, ind + "  ", "link", link_json(link, id_in_bpmn=xml_id(link.id) == link.id))
    w.out.append(f"{ind}</bpmn:{tag}>\n")


def _process(w: _Out, m: ProcessMap, ctx: _Ctx) -> None:
    out = w.out
    out.append(f'  <bpmn:process id="{xml_id(m.id)}"{_name(m.name)} isExecutable="false">\n')
    out.append(_doc("    ", m.description))
    data = m.model_dump(mode="json", exclude_defaults=True, exclude={"processes", "parties", "links", "lanes"})
    if m.links:  # links are split between the process and the collaboration: keep their order
        data["link_order"] = [lk.id for lk in m.links]
    out.append(_ext_text("    ", "map", json.dumps(data, ensure_ascii=False, separators=(",", ":"))))
    if m.lanes:
        out.append(f'    <bpmn:laneSet id="lanes_{xml_id(m.id)}">\n')
        members: dict[str, list[str]] = {lane.id: [] for lane in m.lanes}
        for p in m.processes:
            if p.lane_id in members:
                members[p.lane_id].append(xml_id(p.id))
        for lane in m.lanes:
            out.append(f'      <bpmn:lane id="{xml_id(lane.id)}"{_name(lane.name)}>\n')
            _ext(w, "        ", "lane", lane)
            out.extend(f"        <bpmn:flowNodeRef>{ref}</bpmn:flowNodeRef>\n" for ref in members[lane.id])
            out.append("      </bpmn:lane>\n")
        out.append("    </bpmn:laneSet>\n")
    processes = {p.id for p in m.processes}
    sequence = [lk for lk in m.links if lk.source_id in processes and lk.target_id in processes]
    incoming: dict[str, list[str]] = {}
    outgoing: dict[str, list[str]] = {}
    for lk in sequence:
        outgoing.setdefault(lk.source_id, []).append(xml_id(lk.id))
        incoming.setdefault(lk.target_id, []).append(xml_id(lk.id))
    for p in m.processes:
        _activity(w, p, ctx, incoming.get(p.id, ()), outgoing.get(p.id, ()))
    for lk in sequence:
        _flow(w, "    ", "sequenceFlow", lk)
    out.append("  </bpmn:process>\n")


def _activity(w: _Out, p: Process, ctx: _Ctx, incoming, outgoing) -> None:
    out = w.out
    calls = p.subprocess_map_id if p.subprocess_map_id in ctx.exported else None
    if calls:
        out.append(f'    <bpmn:callActivity id="{xml_id(p.id)}"{_name(p.name)} calledElement="{xml_id(calls)}">\n')
    else:
        out.append(f'    <bpmn:task id="{xml_id(p.id)}"{_name(p.name)}>\n')
    doc = documentation(p, ctx.names, ctx.lang)
    at = description_at(doc, p.description)
    if at is None:
        out.append(_doc("      ", doc))
    else:  # (the documentation holds nothing XML cannot: description_at looked)
        doc_text = doc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f"      <bpmn:documentation>{doc_text}</bpmn:documentation>\n")
    _ext_json(w, "      ", "process", process_json(p, doc, id_in_bpmn=xml_id(p.id) == p.id, at=at))
    out.extend(f"      <bpmn:incoming>{ref}</bpmn:incoming>\n" for ref in incoming)
    out.extend(f"      <bpmn:outgoing>{ref}</bpmn:outgoing>\n" for ref in outgoing)
    out.append("    </bpmn:callActivity>\n" if calls else "    </bpmn:task>\n")


# ------------------------------------------------------------------ diagram interchange
def _num(v: float) -> str:
    v = float(v)
    return str(int(v)) if v.is_integer() else repr(v)  # exact: a round trip keeps the position


class _Numbers(dict):
    """Coordinates as written (``_num``), each value formatted once per export (positions,
    sizes and waypoints repeat: a grid of 5,000 boxes has a few hundred distinct numbers)."""

    __slots__ = ()

    def __missing__(self, v: float) -> str:
        text = self[v] = _num(v)
        return text


def _shape(
    out: list[str], num: _Numbers, element: str, x: float, y: float, w: float, h: float, extra: str = ""
) -> None:
    out.append(
        f'      <bpmndi:BPMNShape id="di_{element}" bpmnElement="{element}"{extra}>\n'
        f'        <dc:Bounds x="{num[x]}" y="{num[y]}" width="{num[w]}" height="{num[h]}"/>\n'
        "      </bpmndi:BPMNShape>\n"
    )


def pool_rect(m: ProcessMap) -> Rect:
    """The map's pool: around its processes and lanes, with the title band on the left."""
    inner = nodes_bounds(m.processes) or Rect(0, 0, 400, 200)
    left, top = inner.x - POOL_MARGIN, inner.y - POOL_MARGIN
    right, bottom = inner.x + inner.width + POOL_MARGIN, inner.y + inner.height + POOL_MARGIN
    for lane in m.lanes:
        top, bottom = min(top, lane.y), max(bottom, lane.y + lane.height)
    return Rect(left - POOL_TITLE, top, right - left + POOL_TITLE, bottom - top)


def _diagram(out: list[str], m: ProcessMap) -> None:
    mid = xml_id(m.id)
    num = _Numbers()
    out.append(f'  <bpmndi:BPMNDiagram id="diagram_{mid}"{_name(m.name)}>\n')
    out.append(f'    <bpmndi:BPMNPlane id="plane_{mid}" bpmnElement="{collab_id(m)}">\n')
    horizontal = ' isHorizontal="true"'
    pool = pool_rect(m)
    _shape(out, num, pool_id(m), pool.x, pool.y, pool.width, pool.height, horizontal)
    for lane in m.lanes:
        _shape(
            out,
            num,
            xml_id(lane.id),
            pool.x + POOL_TITLE,
            lane.y,
            pool.width - POOL_TITLE,
            lane.height,
            horizontal,
        )
    rects: dict[str, Rect] = {}  # each box's once (a box has several links)
    for p in m.processes:
        collapsed = ' isExpanded="false"' if p.subprocess_map_id else ""
        _shape(out, num, xml_id(p.id), p.x, p.y, p.width, p.height, collapsed)
        rects[p.id] = Rect(p.x, p.y, p.width, p.height)
    for q in m.parties:
        _shape(out, num, xml_id(q.id), q.x, q.y, q.width, q.height, horizontal)
        rects[q.id] = Rect(q.x, q.y, q.width, q.height)
    offsets = link_offsets(m.links)
    get = rects.get
    for lk in m.links:
        src, dst = get(lk.source_id), get(lk.target_id)
        if src is None or dst is None:
            continue
        lid = xml_id(lk.id)
        waypoints = "".join(
            [
                f'        <di:waypoint x="{num[x]}" y="{num[y]}"/>\n'
                for x, y in route(src, dst, lk.routing, offsets.get(lk.id, 0.0))
            ]
        )
        out.append(
            f'      <bpmndi:BPMNEdge id="di_{lid}" bpmnElement="{lid}">\n{waypoints}      </bpmndi:BPMNEdge>\n'
        )
    out.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n")
