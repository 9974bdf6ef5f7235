"""Cut, copy, paste and duplicate of map elements, within and between maps and programs.

The system clipboard carries JSON under ``application/x-procedit-elements+json`` and as
plain text. A paste gets fresh ids, an offset position, keeps the links between the
pasted boxes (notes come along with the boxes) and clears references that do not resolve in the target project.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QMimeData, QPointF, QStringListModel
from PySide6.QtGui import QGuiApplication

from procedit.commands import AddElements, Document, first_original, fresh_ids
from procedit.geometry import nodes_bounds
from procedit.model import ExternalParty, Link, Note, Process, all_ids
from procedit.model.refs import Dropped, strip_refs

from .style import snap, tr

if TYPE_CHECKING:
    from .scene import MapScene

MIME = "application/x-procedit-elements+json"
FORMAT = "procedit-elements"
OFFSET = 30.0
_KINDS: dict[str, type] = {"processes": Process, "parties": ExternalParty, "links": Link, "notes": Note}

Element = Process | ExternalParty | Link | Note


def collect(doc: Document, ids: list[str]) -> list[Element]:
    """The selected boxes and notes and the links between them (a link without both ends cannot travel)."""
    nodes = [e for e in (doc.get(i) for i in ids) if isinstance(e, Process | ExternalParty | Note)]
    node_ids = {n.id for n in nodes}
    links: dict[str, Link] = {}
    for n in nodes:
        for link in doc.links_of(n.id):
            if link.source_id in node_ids and link.target_id in node_ids:
                links[link.id] = link
    return [*nodes, *links.values()]


def encode(elements: list[Element]) -> bytes:
    payload: dict[str, Any] = {"format": FORMAT, "version": 1}
    for key, cls in _KINDS.items():
        payload[key] = [e.model_dump(mode="json") for e in elements if type(e) is cls]
    return json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")


def decode(data: bytes) -> list[Element] | None:
    """The elements in a clipboard payload, or None if it is not ours (or broken)."""
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    try:
        return [cls.model_validate(raw) for key, cls in _KINDS.items() for raw in payload.get(key, ())]
    except (ValidationError, TypeError, ValueError):
        return None


def prepare(
    doc: Document, map_id: str, elements: list[Element], at: tuple[float, float] | None = None
) -> list[Element]:
    """Copies for ``map_id``: fresh ids, clean refs; centred on ``at`` (snapped to the grid) or,
    without it, offset so that they do not cover what is there. Each copy remembers its
    original (lineage: a box pasted from the AS IS map into the TO BE map comes from it)."""
    copies, _ = fresh_ids(list(elements), origin=first_original)
    new_ids = {c.id for c in copies}
    project = doc.project
    elsewhere = {e.id for m in project.maps if m.id != map_id for e in (*m.processes, *m.parties, *m.links)}
    known = (all_ids(project) - elsewhere) | new_ids | _nested_ids(copies)
    unresolved = {r for c in copies for r in _refs(c)} - known
    result: list[Element] = []
    for c in copies:
        try:
            result.append(strip_refs(c, unresolved))
        except Dropped:  # e.g. a link whose end did not come along
            continue
    nodes = [e for e in result if not isinstance(e, Link)]
    bounds = nodes_bounds(nodes) if at is not None else None
    if bounds is not None:
        centre = bounds.center
        dx, dy = snap(at[0] - centre.x), snap(at[1] - centre.y)
        return [e if isinstance(e, Link) else e.with_(x=e.x + dx, y=e.y + dy) for e in result]
    occupied = {(n.x, n.y) for n in (*doc.processes(map_id), *doc.parties(map_id), *doc.elements(map_id, "notes"))}
    k = 1
    while k < 50 and any((n.x + k * OFFSET, n.y + k * OFFSET) in occupied for n in nodes):
        k += 1
    return [e if isinstance(e, Link) else e.with_(x=e.x + k * OFFSET, y=e.y + k * OFFSET) for e in result]


def _refs(value: Any) -> set[str]:
    found: set[str] = set()
    fields = getattr(type(value), "model_fields", None)
    if fields is None:
        return found
    for name in fields:
        cur = getattr(value, name)
        if name.endswith("_id") and isinstance(cur, str):
            found.add(cur)
        elif name.endswith("_ids"):
            found.update(cur)
        elif isinstance(cur, tuple):
            for item in cur:
                found |= _refs(item)
        elif hasattr(type(cur), "model_fields"):
            found |= _refs(cur)
    return found


def _nested_ids(values: list[Any]) -> set[str]:
    ids: set[str] = set()
    for v in values:
        for field in ("inputs", "outputs", "stages", "criteria", "documents"):
            ids.update(item.id for item in getattr(v, field, ()))
    return ids


def copy_ids(scene: MapScene, ids: list[str]) -> bool:
    elements = collect(scene.doc, ids)
    if not any(not isinstance(e, Link) for e in elements):
        scene.message.emit(tr("Select boxes or notes to copy."))
        return False
    data = encode(elements)
    mime = qt_made_mime_data()
    mime.setData(MIME, data)
    mime.setText(data.decode("utf-8"))
    QGuiApplication.clipboard().setMimeData(mime)
    return True


def qt_made_mime_data() -> QMimeData:
    """An empty ``QMimeData`` created by Qt itself, not by Python, for the clipboard.

    ``QMimeData()`` made in Python is a shiboken wrapper subclass whose C++ destructor calls
    back into Python. ``QClipboard.setMimeData`` takes it over, and Qt deletes the clipboard's
    data from a static destructor after the interpreter has finalized: without a Python
    thread state that call-back segfaults (exit 139 after a clean quit). A plain C++
    ``QMimeData`` (here one made by ``QAbstractItemModel.mimeData``, emptied) has no
    call-back, so the data can stay on the clipboard until the process ends.
    """
    model = QStringListModel([""])
    mime = model.mimeData([model.index(0)])
    for fmt in mime.formats():
        mime.removeFormat(fmt)
    return mime


def paste(scene: MapScene, at: QPointF | None = None) -> None:
    """Paste the clipboard's boxes and links: centred on ``at`` when given (the pointer)."""
    if scene.map_id is None:
        return
    mime = QGuiApplication.clipboard().mimeData()
    elements = None
    if mime is not None and mime.hasFormat(MIME):
        elements = decode(bytes(mime.data(MIME)))
    elif mime is not None and mime.hasText():
        elements = decode(mime.text().encode("utf-8"))
    if not elements:
        scene.message.emit(tr("The clipboard holds nothing to paste on a map."))
        return
    anchor = (at.x(), at.y()) if at is not None else None
    _add(scene, prepare(scene.doc, scene.map_id, elements, anchor), tr("Paste"))


def duplicate(scene: MapScene, ids: list[str]) -> None:
    elements = collect(scene.doc, ids)
    if scene.map_id is None or not elements:
        return
    _add(scene, prepare(scene.doc, scene.map_id, elements), tr("Duplicate"))


def _add(scene: MapScene, elements: list[Element], label: str) -> None:
    if not elements:
        return
    scene.push(AddElements(scene.map_id, elements, label=label))
    scene.select_ids([e.id for e in elements])
