"""Canvas actions as commands: create, rename, delete, nudge, align, distribute, auto-layout."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from procedit.commands import AddElements, Delete, SetFields
from procedit.geometry.layout import layered_layout
from procedit.model import ExternalParty, Lane, Link, Note, PartyKind, Process

from .items import LinkItem, NodeItem, PartyItem, ProcessItem
from .style import snap, tr

if TYPE_CHECKING:
    from .scene import MapScene

_CODE = re.compile(r"^(.*?)(\d+)$")


def next_code(scene: MapScene) -> str:
    """The next free process code of the map, following the codes already there ("П-07")."""
    best: tuple[int, str, int] | None = None
    for p in scene.doc.processes(scene.map_id):
        m = _CODE.match(p.code.strip())
        if m and (best is None or int(m.group(2)) > best[0]):
            best = (int(m.group(2)), m.group(1), len(m.group(2)))
    if best is None:
        prefix = "П-" if scene.doc.header.language == "ru" else "P-"
        return f"{prefix}01"
    number, prefix, width = best
    return f"{prefix}{number + 1:0{width}d}"


def new_process_at(scene: MapScene, pos: QPointF) -> Process:
    """A process (not yet added) centred on ``pos``, snapped to the grid (in a department lane:
    of that department)."""
    p = Process(code=next_code(scene))
    p = p.with_(x=snap(pos.x() - p.width / 2), y=snap(pos.y() - p.height / 2))
    return p.with_(**lane_fields(scene, p, p.y))


def lane_fields(scene: MapScene, process: str | Process, y: float) -> dict[str, str | None]:
    """What a process placed with its top at ``y`` takes from the lanes: dropped in a department
    lane, the lane and its department; dragged out of its lane, neither (its department stays
    when it was not the lane's). Parties and maps without lanes: nothing."""
    p = scene.doc.get(process) if isinstance(process, str) else process
    if not isinstance(p, Process) or scene.map_id is None:
        return {}
    centre = y + p.height / 2
    lane = None
    for candidate in scene.doc.elements(scene.map_id, "lanes"):
        if candidate.y <= centre < candidate.y + candidate.height:
            lane = candidate
            break
    changes: dict[str, str | None] = {}
    if lane is not None:
        if p.lane_id != lane.id:
            changes["lane_id"] = lane.id
        if lane.department_id and p.department_id != lane.department_id:
            changes["department_id"] = lane.department_id
    elif p.lane_id is not None:
        changes["lane_id"] = None
        old = scene.doc.get(p.lane_id)
        if isinstance(old, Lane) and old.department_id and p.department_id == old.department_id:
            changes["department_id"] = None
    return changes


def add_process_at(scene: MapScene, pos: QPointF) -> None:
    if scene.map_id is not None:
        preview_new(scene, new_process_at(scene, pos))


def add_party_at(scene: MapScene, pos: QPointF) -> None:
    if scene.map_id is None:
        return
    party = ExternalParty(kind=PartyKind.CUSTOMER)
    party = party.with_(x=snap(pos.x() - party.width / 2), y=snap(pos.y() - party.height / 2))
    preview_new(scene, party)


def preview_new(scene: MapScene, node: Process | ExternalParty, link: Link | None = None) -> None:
    """Show a node that is not in the model yet and name it in place.

    Enter adds it (and ``link``) as one undo step; Esc, or an empty name, leaves nothing behind.
    """
    scene.cancel_gesture()
    scene.close_editor()
    item = ProcessItem(node) if isinstance(node, Process) else PartyItem(node)
    scene.addItem(item)
    preview_link = None
    if link is not None:
        source = scene.item_for(link.source_id)
        if isinstance(source, NodeItem):
            preview_link = LinkItem(link)
            preview_link.reroute(source.box(), item.box())
            scene.addItem(preview_link)

    def discard() -> None:
        for i in (item, preview_link):
            if i is not None and shiboken6.isValid(i) and i.scene() is not None:
                scene.removeItem(i)

    map_id = scene.map_id  # the map it was started on, even if the scene switches meanwhile

    def commit(scene: MapScene, _item: QGraphicsItem, text: str) -> None:
        discard()
        if not text or map_id is None or not scene.doc.has_map(map_id):
            return
        elements: list = [node.with_(name=text)]
        if link is not None and scene.doc.map_of(link.source_id) == map_id:  # the source may be gone (undo)
            elements.append(link)
        if isinstance(node, Process):
            label = tr("Add process and link") if link is not None else tr("Add process")
        else:
            label = tr("Add external party")
        scene.push(AddElements(map_id, elements, label=label))
        scene.select_ids([node.id])

    scene.clearSelection()
    scene.edit_text(item, commit, lambda *_: discard())


def rename(scene: MapScene, item: QGraphicsItem, text: str) -> None:
    """Commit of the in-place editor on an existing box or link."""
    element = scene.doc.get(getattr(item, "elem_id", ""))
    if isinstance(element, Link):
        if text != element.label:
            scene.push(SetFields({element.id: {"label": text}}, tr("Change link label")))
    elif isinstance(element, Note):
        from .notes import edit_note

        edit_note(scene, element, text)
    elif isinstance(element, Process | ExternalParty):
        if text and text != element.name:
            scene.push(SetFields({element.id: {"name": text}}, tr("Rename")))


def delete_ids(scene: MapScene, ids: list[str], label: str | None = None) -> None:
    ids = [i for i in ids if scene.doc.get(i) is not None]
    if not ids:
        return
    n = len(ids)
    scene.push(
        Delete(ids, label=label or (tr("Delete") if n == 1 else tr("Delete %n items").replace("%n", str(n))))
    )


def _selected_nodes(scene: MapScene) -> list[NodeItem]:
    return [i for i in scene.selectedItems() if isinstance(i, NodeItem)]


def nudge(scene: MapScene, dx: float, dy: float) -> None:
    nodes = _selected_nodes(scene)
    if not nodes:
        return
    changes = {
        n.elem_id: {"x": n.x() + dx, "y": n.y() + dy, **lane_fields(scene, n.elem_id, n.y() + dy)}
        for n in nodes
    }
    ids = frozenset(changes)
    scene.push(SetFields(changes, tr("Move with keys"), merge_key=("nudge", ids)))


def align(scene: MapScene, edge: str) -> None:
    """Line the selected boxes up: left, right, top, bottom, hcenter or vcenter."""
    nodes = _selected_nodes(scene)
    if len(nodes) < 2:
        scene.message.emit(tr("Select at least two boxes to align."))
        return
    boxes = {n.elem_id: n.box() for n in nodes}
    changes: dict[str, dict[str, float]] = {}
    if edge == "left":
        v = min(b.left for b in boxes.values())
        changes = {i: {"x": v} for i in boxes}
    elif edge == "right":
        v = max(b.right for b in boxes.values())
        changes = {i: {"x": v - b.width} for i, b in boxes.items()}
    elif edge == "top":
        v = min(b.top for b in boxes.values())
        changes = {i: {"y": v} for i in boxes}
    elif edge == "bottom":
        v = max(b.bottom for b in boxes.values())
        changes = {i: {"y": v - b.height} for i, b in boxes.items()}
    elif edge == "hcenter":  # centres on one vertical line
        v = sum(b.center.x for b in boxes.values()) / len(boxes)
        changes = {i: {"x": snap(v - b.width / 2)} for i, b in boxes.items()}
    elif edge == "vcenter":  # centres on one horizontal line
        v = sum(b.center.y for b in boxes.values()) / len(boxes)
        changes = {i: {"y": snap(v - b.height / 2)} for i, b in boxes.items()}
    else:
        raise ValueError(f"unknown edge {edge!r}")
    changes = {i: c for i, c in changes.items() if any(getattr(boxes[i], k) != v for k, v in c.items())}
    if changes:
        scene.push(SetFields(changes, tr("Align")))


def distribute(scene: MapScene, axis: str) -> None:
    """Even gaps between the selected boxes along ``axis`` ("horizontal" / "h" or "vertical" / "v")."""
    nodes = _selected_nodes(scene)
    if len(nodes) < 3:
        scene.message.emit(tr("Select at least three boxes to distribute."))
        return
    horizontal = axis in ("horizontal", "h", "x")
    pairs = sorted(
        ((n.box(), n.elem_id) for n in nodes), key=lambda p: p[0].center.x if horizontal else p[0].center.y
    )
    first, last = pairs[0][0], pairs[-1][0]
    size = sum(b.width if horizontal else b.height for b, _ in pairs)
    span = (last.right - first.left) if horizontal else (last.bottom - first.top)
    gap = (span - size) / (len(pairs) - 1)
    key = "x" if horizontal else "y"
    changes = {}
    cursor = first.left if horizontal else first.top
    for b, elem_id in pairs:
        if abs(getattr(b, key) - cursor) > 0.01:
            changes[elem_id] = {key: round(cursor, 2)}
        cursor += (b.width if horizontal else b.height) + gap
    if changes:
        scene.push(SetFields(changes, tr("Distribute")))


def auto_layout(scene: MapScene) -> None:
    """Arrange the whole map in layers from left to right along the links: one undo step."""
    if scene.map_id is None:
        return
    nodes = [*scene.doc.processes(scene.map_id), *scene.doc.parties(scene.map_id)]
    if not nodes:
        return
    left = min(n.x for n in nodes)
    top = min(n.y for n in nodes)
    positions = layered_layout(
        {n.id: (n.width, n.height) for n in nodes},
        [(link.source_id, link.target_id) for link in scene.doc.links(scene.map_id)],
        origin=(snap(left), snap(top)),
        initial_y={n.id: n.y for n in nodes},
    )
    changes = {}
    for n in nodes:
        x, y = positions[n.id]
        x, y = snap(x), snap(y)
        if (x, y) != (n.x, n.y):
            changes[n.id] = {"x": x, "y": y}
    if changes:
        scene.push(SetFields(changes, tr("Auto-layout")))
