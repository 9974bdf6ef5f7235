"""What a map page draws, computed once per map: boxes, parties and link routes from
``procedit.geometry`` (the numbers the canvas uses), with the texts already cleaned."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors

from procedit.document.texts import Texts
from procedit.geometry import Rect, link_offsets, link_route, map_bounds, map_nodes, node_rect
from procedit.model import ProcessMap, Project

from .fonts import clean
from .labels import place_labels
from .palette import KIND_COLORS, PARTY_COLORS


@dataclass(frozen=True)
class NodeShape:
    rect: Rect
    is_party: bool
    fill: colors.Color
    stroke: colors.Color
    kind: str
    code: str
    name: str
    owner: str
    kind_label: str
    focus: bool | None = None  # None: no process is the focus; True: this one; False: a neighbour


@dataclass(frozen=True)
class LinkShape:
    points: list
    label: str
    kind: str
    bbox: Rect


class MapScene:
    """Everything to draw, computed once per map."""

    def __init__(self, pmap: ProcessMap, project: Project, t: Texts, focus_id: str | None = None) -> None:
        """``focus_id``: a process drawn highlighted, the other boxes lighter (the process a
        one-process regulation is about)."""
        self.pmap = pmap
        if focus_id is not None and not any(p.id == focus_id for p in pmap.processes):
            focus_id = None
        self.focus_id = focus_id
        self.lane_titles = {lane.id: project.lane_title(lane) for lane in pmap.lanes}  # as on screen
        names = {p.id: p.name for p in project.people}
        self.nodes: list[NodeShape] = []
        for p in pmap.processes:
            fill, stroke = KIND_COLORS.get(str(p.kind), KIND_COLORS["core"])
            self.nodes.append(
                NodeShape(
                    node_rect(p), False, fill, stroke, str(p.kind), clean(p.code), clean(p.name),
                    clean(names.get(p.owner_id or "", "")), t.enum(p.kind),
                    None if focus_id is None else p.id == focus_id,
                )
            )  # fmt: skip
        for party in pmap.parties:
            fill, stroke = PARTY_COLORS.get(str(party.kind), PARTY_COLORS["other"])
            self.nodes.append(
                NodeShape(node_rect(party), True, fill, stroke, str(party.kind), "", clean(party.name), "",
                          t.enum(party.kind), None if focus_id is None else False)
            )  # fmt: skip
        nodes = map_nodes(pmap)
        offsets = link_offsets(pmap.links)  # links sharing both boxes side by side, as on screen
        self.links: list[LinkShape] = []
        for link in pmap.links:
            pts = link_route(nodes, link, offsets.get(link.id, 0.0))
            if not pts:
                continue
            xs, ys = [p.x for p in pts], [p.y for p in pts]
            bbox = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(60)
            self.links.append(LinkShape(pts, clean(link.label), str(link.kind), bbox))
        bounds = map_bounds(pmap, margin=30.0)
        if pmap.processes or pmap.parties:
            for lane in pmap.lanes:  # lanes are as wide as the map; their height counts
                if lane.height > 0:
                    bounds = bounds.united(Rect(bounds.x, lane.y, bounds.width, lane.height))
        self.bounds = bounds
        self.t = t
        self.forms: dict[float, str] = {}  # scale -> form XObject of the whole map (fragments)
        self._spots: dict[float, dict] = {}

    def label_spots(self, scale: float) -> dict:
        """Where the link labels go at ``scale`` (see ``labels.place_labels``), computed once."""
        spots = self._spots.get(scale)
        if spots is None:
            spots = self._spots[scale] = place_labels(self, scale)
        return spots


def intersects(a: Rect, b: Rect) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom
