"""BPMN 2.0 XML read into plain records: containers (processes, sub-processes), their
activities, flows and lanes, the pools and message flows of collaborations, and the
diagram interchange bounds. ``bpmn_import`` turns the records into a project.

The records hold plain values, no element of the tree: the tree is freed as soon as it is
read, while it is still in the processor's cache (~2x faster than after building the project:
~35 ms of the 47 MB file of N = 5,000), and it does not take memory beside the project.

An edge's waypoints are not read: procedit routes a link between its boxes itself (from
their positions, the link's routing and its neighbours), so a route drawn elsewhere has no
place in the model."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from procedit.model import limits

from .bpmn_ns import ACTIVITIES, BPMN, BPMNDI, DC, EXTENSIONS, SUBPROCESSES, b

COORD_LIMIT = limits.MAX_COORD  # beyond this a coordinate is nonsense (or an attack), not a position
_BPMN_PREFIX = "{" + BPMN + "}"


def local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag[len(_BPMN_PREFIX) :] if tag.startswith(_BPMN_PREFIX) else ""


def ref(text: str | None) -> str:
    """A QName reference without its prefix (``tns:Process_1`` → ``Process_1``)."""
    text = (text or "").strip()
    return text.rsplit(":", 1)[-1] if ":" in text else text


@dataclass
class Flow:
    id: str
    source: str
    target: str
    name: str


@dataclass(slots=True)
class Activity:
    id: str
    name: str | None  # None when the element has no name attribute
    kind: str  # the BPMN element's name: task, userTask, subProcess, callActivity ...
    called: str | None  # a call activity's calledElement
    docs: list[str]  # the text of each of its documentation elements, in order


@dataclass
class LaneRec:
    id: str
    name: str
    members: list[str]


@dataclass
class Container:
    """A process or an expanded sub-process: what lies directly in it."""

    id: str
    name: str
    activities: list[Activity] = field(default_factory=list)
    others: dict[str, str] = field(default_factory=dict)  # flow node id → BPMN kind (events, gateways)
    flows: list[Flow] = field(default_factory=list)
    lanes: list[LaneRec] = field(default_factory=list)
    children: dict[str, Container] = field(default_factory=dict)  # sub-process id → its content


@dataclass
class Pool:
    id: str
    name: str
    process: str | None
    collaboration: int  # which collaboration of the file it is in (its place among them)


@dataclass
class Model:
    containers: dict[str, Container]  # top-level processes by id, in file order
    pools: list[Pool]
    message_flows: list[Flow]
    shapes: dict[str, tuple[float, float, float, float]]
    skipped: dict[str, int]  # BPMN kind → how many were not represented
    first_collaboration: str | None  # the id of the first collaboration ("" without one), None if none
    # (BPMN id, procedit tag) → (encoding, procedit's JSON of that element); see ``extension``
    ext: dict[tuple[str, str], tuple[int, bytes]]


_IGNORED = {"documentation", "extensionElements", "incoming", "outgoing", "laneSet", "sequenceFlow"}
_SKIPPED_KINDS = {
    "dataObject",
    "dataObjectReference",
    "dataStoreReference",
    "textAnnotation",
    "association",
    "group",
    "dataInputAssociation",
    "dataOutputAssociation",
}


def read_model(root: etree._Element) -> Model:
    skipped: dict[str, int] = {}
    containers: dict[str, Container] = {}
    pools: list[Pool] = []
    message_flows: list[Flow] = []
    first_collab = None
    collaborations = 0
    for el in root:
        kind = local(el)
        if kind == "process":
            c = _container(el, skipped)
            if c.id and c.id not in containers:
                containers[c.id] = c
        elif kind == "collaboration":
            first_collab = first_collab if first_collab is not None else el.get("id", "")
            collaborations += 1
            for child in el:
                ck = local(child)
                if ck == "participant":
                    process = ref(child.get("processRef")) or None
                    pools.append(Pool(child.get("id", ""), child.get("name", ""), process, collaborations))
                elif ck == "messageFlow":
                    message_flows.append(_flow(child))
                elif ck and ck not in ("documentation", "extensionElements"):
                    skipped[ck] = skipped.get(ck, 0) + 1
        elif kind and kind not in ("documentation", "extensionElements", "import"):
            if kind not in ("message", "error", "signal", "escalation", "itemDefinition", "dataStore", "category"):
                skipped[kind] = skipped.get(kind, 0) + 1
    return Model(containers, pools, message_flows, _shapes(root), skipped, first_collab, _extensions(root))


def _extensions(root: etree._Element) -> dict[tuple[str, str], tuple[int, bytes]]:
    """procedit's data by the id of the element carrying it (one pass over the file in C);
    an element with data in both encodings is read in the newer one.

    The JSON is taken as the UTF-8 bytes libxml2 holds (``tostring`` of the text): pydantic
    and ``json`` read bytes, and a ``str`` would be decoded here only to be encoded there again
    (most of a large file's bytes)."""
    out: dict[tuple[str, str], tuple[int, bytes]] = {}
    ext_tag = b("extensionElements")
    as_text = etree.tostring
    for el in root.iter(*(f"{{{ns}}}*" for ns in EXTENSIONS)):
        ext = el.getparent()
        owner = ext.getparent() if ext is not None and ext.tag == ext_tag else None
        if owner is None:
            continue
        ns, _, tag = el.tag[1:].partition("}")
        version = EXTENSIONS[ns]
        key = (owner.get("id", ""), tag)
        if key in out and out[key][0] >= version:
            continue
        # (an element inside it: its text before that, as ``.text`` says)
        data = (el.text or "").encode() if len(el) else as_text(el, method="text", encoding="utf-8", with_tail=False)
        if data:
            out[key] = (version, data)
    return out


def _flow(el: etree._Element) -> Flow:
    return Flow(el.get("id", ""), ref(el.get("sourceRef")), ref(el.get("targetRef")), el.get("name", ""))


_DOCUMENTATION = b("documentation")


def _activity(el: etree._Element, kind: str) -> Activity:
    # (a documentation's text itself when nothing is nested in it)
    docs = ["".join(d.itertext()) if len(d) else d.text or "" for d in el.iterchildren(_DOCUMENTATION)]
    called = el.get("calledElement") if kind == "callActivity" else None
    return Activity(el.get("id", ""), el.get("name"), kind, called, docs)


def _container(el: etree._Element, skipped: dict[str, int]) -> Container:
    c = Container(el.get("id", ""), el.get("name", ""))
    for child in el:
        kind = local(child)
        if not kind or kind in ("documentation", "extensionElements"):
            continue
        if kind in ACTIVITIES:
            c.activities.append(_activity(child, kind))
            if kind in SUBPROCESSES and any(local(g) in ACTIVITIES for g in child):
                c.children[child.get("id", "")] = _container(child, skipped)
            elif kind in SUBPROCESSES:  # a sub-process of only events/gateways: count what is inside
                for g in child:
                    gk = local(g)
                    if gk and gk not in _IGNORED and gk not in ACTIVITIES:
                        skipped[gk] = skipped.get(gk, 0) + 1
        elif kind == "sequenceFlow":
            c.flows.append(_flow(child))
        elif kind == "laneSet":
            c.lanes.extend(_lanes(child))
        elif kind in _IGNORED or kind in ("property", "ioSpecification", "auditing", "monitoring"):
            continue
        else:
            if child.get("id"):
                c.others[child.get("id")] = kind
            skipped[kind] = skipped.get(kind, 0) + 1
    return c


def _lanes(lane_set: etree._Element) -> list[LaneRec]:
    """The leaf lanes of a lane set (a lane split into child lanes is represented by them)."""
    out: list[LaneRec] = []
    for lane in lane_set.iterchildren(b("lane")):
        child_sets = list(lane.iterchildren(b("childLaneSet")))
        leaves = [leaf for cs in child_sets for leaf in _lanes(cs)]
        if leaves:
            out.extend(leaves)
        else:
            members = [ref(r.text) for r in lane.iterchildren(b("flowNodeRef")) if r.text]
            out.append(LaneRec(lane.get("id", ""), lane.get("name", ""), members))
    return out


def _bounds(bounds: etree._Element) -> tuple[float, float, float, float] | None:
    """x, y, width and height of ``dc:Bounds`` when each is a finite coordinate."""
    get = bounds.get
    try:  # (float() of a missing one is a TypeError)
        x, y, w, h = float(get("x")), float(get("y")), float(get("width")), float(get("height"))
    except (TypeError, ValueError):
        return None
    # (a NaN fails every comparison; an infinity is beyond the limit)
    if -COORD_LIMIT <= x <= COORD_LIMIT and -COORD_LIMIT <= y <= COORD_LIMIT:
        if -COORD_LIMIT <= w <= COORD_LIMIT and -COORD_LIMIT <= h <= COORD_LIMIT:
            return x, y, max(w, 1.0), max(h, 1.0)
    return None


def _shapes(root: etree._Element) -> dict[str, tuple[float, float, float, float]]:
    """The bounds of each diagram shape by the id of its BPMN element (the first one's)."""
    shapes: dict[str, tuple[float, float, float, float]] = {}
    bounds_tag = f"{{{DC}}}Bounds"
    shape_tag = f"{{{BPMNDI}}}BPMNShape"
    planes = [e for d in root.iterchildren(f"{{{BPMNDI}}}BPMNDiagram") for e in d.iterchildren(f"{{{BPMNDI}}}BPMNPlane")]
    for plane in planes:
        for shape in plane.iterchildren(shape_tag):
            ident = ref(shape.get("bpmnElement"))
            if not ident or ident in shapes:
                continue
            bounds = shape.find(bounds_tag)
            found = None if bounds is None else _bounds(bounds)
            if found is not None:
                shapes[ident] = found
    return shapes
