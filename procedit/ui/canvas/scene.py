"""The map scene: follows the document through one ``id → item`` map.

Items re-read their entity in ``sync``; gestures preview by moving graphics and push one
command on release through the ``push`` callable. The scene keeps no model state of its own.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from procedit.commands import Change, Command, Document
from procedit.geometry import link_offsets, nodes_bounds
from procedit.model import ExternalParty, Lane, Link, Note, Process

from . import actions, clipboard, notes
from .editor import NameEditor
from .interaction import InteractiveScene
from .items import LaneItem, LinkItem, NodeItem, NoteItem, PartyItem, ProcessItem, summarize
from .items.kpi_mark import kpi_state
from .overview import Overview
from .style import MARGIN, TEXT_FLOOR, tr, ui_language
from .text_room import TextRoom

SCENE_MARGIN = 1500.0  # empty room around the map to scroll and draw into
LANE_OVERHANG = 120.0  # lanes reach this far left and right of the map's boxes
# a map with more elements than this gets its items made in idle-time batches after the
# first frame, which the overview paints from the model (a 5,000-process map: ~0.3 s)
PROGRESSIVE_MIN = 1500
BATCH_SECONDS = 0.012  # one batch of that work: under a frame, so the window stays live
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BACKGROUND = QGraphicsScene.SceneLayer.BackgroundLayer
# events that need every item (hit tests, keys acting on the selection, tooltips)
_NEEDS_ITEMS = {
    QEvent.Type.GraphicsSceneMousePress,
    QEvent.Type.GraphicsSceneMouseMove,
    QEvent.Type.GraphicsSceneMouseRelease,
    QEvent.Type.GraphicsSceneMouseDoubleClick,
    QEvent.Type.GraphicsSceneContextMenu,
    QEvent.Type.GraphicsSceneHelp,
    QEvent.Type.GraphicsSceneHoverEnter,
    QEvent.Type.GraphicsSceneHoverMove,
    QEvent.Type.GraphicsSceneDragEnter,
    QEvent.Type.GraphicsSceneDragMove,
    QEvent.Type.GraphicsSceneDrop,
    QEvent.Type.GraphicsSceneWheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.InputMethod,
}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Thousands of small objects on top of a big model: the cyclic GC would rescan the
    whole heap many times over (it doubled the build time); nothing here makes cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class MapScene(InteractiveScene):
    selectedIdsChanged = Signal(list)
    message = Signal(str)  # a transient explanation ("These processes are already linked")
    subMapRequested = Signal(str)  # open the sub-map of this process (its decomposed mark was clicked)

    def __init__(self, doc: Document, push: Callable[[Command], None], map_id: str | None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.push = push
        self._map_id: str | None = None
        self._built: dict[str, QGraphicsItem] = {}  # id → item: read through ``_items``
        self._pending: Iterator[None] | None = None  # the rest of a progressive build
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.timeout.connect(self._build_batch)
        self._overview_mode = False  # items carry no contents; the view paints self.overview
        self.overview = Overview(self)
        self._findings: dict[str, list] = {}
        self._badges_visible = True
        self._map_rect: QRectF | None = None  # map_rect() as last computed
        self.text_room = TextRoom(self)  # one name size per view; where labels may go
        self.text_floor = TEXT_FLOOR  # px: smaller text is drawn bigger and shorter (semantic zoom)
        self._kpi_visible = True  # the criteria marks (kpi_mark)
        self._dimmed: set[str] | None = None
        self._people: dict[str, str] | None = None  # person id → name, derived, rebuilt on demand
        self._gesture = None
        self._editor: NameEditor | None = None
        self.paste_serial = 0
        self.selectionChanged.connect(self._emit_selection)
        unsubscribe = self._unsubscribe = doc.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        if map_id is not None:
            self.set_map(map_id)

    # ------------------------------------------------------------ map and items
    @property
    def map_id(self) -> str | None:
        return self._map_id

    def set_map(self, map_id: str | None) -> None:
        """Show another map (rebuilds every item); a name being typed is committed first.

        A big map's items are made in batches in idle time (``finish_build`` makes the rest
        at once, and anything that needs them calls it): the first frame does not wait for
        them, as the far-zoomed view that shows a whole big map paints from the model.
        """
        self.close_editor()
        self.cancel_gesture()
        self.clearSelection()
        self._pending = None
        self.forget_map_rect()
        self._build_timer.stop()
        self.clear()
        self._built.clear()
        self.overview.reset()
        self.update()  # (far zoomed out: the overview the views keep is another map's)
        self._map_id = map_id if map_id is not None and self.doc.has_map(map_id) else None
        if self._map_id is None:
            self.setSceneRect(QRectF(0, 0, 800, 600))
            return
        self._fit_scene_rect(reset=True)
        work = self._build(self._map_id)
        if self.doc.element_count(self._map_id) > PROGRESSIVE_MIN:
            self._pending = work
            self._build_timer.start(0)
        else:
            with _gc_paused():
                for _ in work:
                    pass

    def _build(self, map_id: str) -> Iterator[None]:
        """Make the items of ``map_id``, yielding now and then (boxes first, then links)."""
        # (never toggle NoIndex → BspTreeIndex around the build: a BSP index made that way
        # scans every item on every repaint afterwards, 15,000 boundingRect calls per frame)
        # the map as it is now: an edit made before the build ends finishes it first and then
        # updates what it touched (iterating the live collections would break on it)
        processes, parties = list(self.doc.processes(map_id)), list(self.doc.parties(map_id))
        links = list(self.doc.links(map_id))
        left, span = self.lane_span()
        for index, lane in enumerate(self.doc.elements(map_id, "lanes")):
            self._add(LaneItem(lane, index, left, span, self.lane_title(lane)))
            self.grow_scene_rect(QRectF(left, lane.y, span, lane.height))  # (a lane may lie past the boxes)
        for note in self.doc.elements(map_id, "notes"):
            self._add(NoteItem(note))
            self.grow_scene_rect(QRectF(note.x, note.y, note.width, note.height))
        n = 0
        for p in processes:
            self._add(ProcessItem(p, self.person_name(p.owner_id)))
            n += 1
            if n % 100 == 0:
                yield
        for q in parties:
            self._add(PartyItem(q))
        yield
        offsets = link_offsets(links)
        for link in links:
            self._add_link(link, offsets.get(link.id, 0.0))
            n += 1
            if n % 100 == 0:
                yield

    def _build_batch(self) -> None:
        """One idle-time batch of a progressive build (about one frame long)."""
        if self._pending is None:
            return
        end = time.perf_counter() + BATCH_SECONDS
        with _gc_paused():
            for _ in self._pending:
                if time.perf_counter() > end:
                    self._build_timer.start(0)
                    return
        self._pending = None

    def finish_build(self) -> None:
        """Make the items a progressive build has not made yet (no-op when all are there)."""
        if self._pending is not None:
            work, self._pending = self._pending, None
            self._build_timer.stop()
            with _gc_paused():
                for _ in work:
                    pass

    def build_pending(self) -> bool:
        return self._pending is not None

    @property
    def _items(self) -> dict[str, QGraphicsItem]:
        """Every item of the map by id (finishing a progressive build first)."""
        if self._pending is not None:
            self.finish_build()
        return self._built

    def built_items(self) -> dict[str, QGraphicsItem]:
        """The items made so far (a progressive build may still be adding to them)."""
        return self._built

    def event(self, event: QEvent) -> bool:
        if self._pending is not None and event.type() in _NEEDS_ITEMS:
            self.finish_build()
        return super().event(event)

    def item_for(self, elem_id: str) -> QGraphicsItem | None:
        return self._items.get(elem_id)

    def node_items(self) -> Iterable[NodeItem]:
        return (i for i in self._items.values() if isinstance(i, NodeItem))

    def _add(self, item: QGraphicsItem) -> None:
        self._built[item.elem_id] = item
        if isinstance(item, NodeItem):  # (lanes carry no badges and are never faded)
            if self._findings:
                found = self._findings.get(item.elem_id, ())
                item.set_badge(summarize(found, ui_language()))
                item.set_kpi(kpi_state(found))
            if not self._badges_visible:
                item.set_badge_visible(False)
            if not self._kpi_visible:
                item.set_kpi_visible(False)
            if self._dimmed:
                item.set_dimmed(item.elem_id in self._dimmed)
        if self._overview_mode:
            item.setFlag(_NO_CONTENTS, True)
        self.addItem(item)

    def _add_link(self, link: Link, offset: float = 0.0) -> None:
        src, dst = self._built.get(link.source_id), self._built.get(link.target_id)
        if isinstance(src, NodeItem) and isinstance(dst, NodeItem):
            item = LinkItem(link)
            if offset:
                item.offset = offset
            item.reroute(src.box(), dst.box())
            self._built[link.id] = item
            if self._dimmed:
                item.set_dimmed(self.link_dimmed(link.id, link.source_id, link.target_id))
            if self._overview_mode:
                item.setFlag(_NO_CONTENTS, True)
            self.addItem(item)

    # ------------------------------------------------------------ overview (far zoomed out)
    def set_overview(self, on: bool) -> None:
        """Far zoomed out, the view paints ``overview`` and the items paint nothing."""
        if on == self._overview_mode:
            return
        if not on:
            self.finish_build()  # close up, the items paint themselves: all of them
        self._overview_mode = on
        self.overview.reset()
        for item in self._built.values():
            item.setFlag(_NO_CONTENTS, on)
        self.invalidate(self.sceneRect(), _BACKGROUND)  # (the views' cached overview, or grid)

    def update(self, *rect) -> None:
        """Repaint ``rect`` (a QRectF or x, y, w, h; none: everything). Far zoomed out the views
        keep the overview they painted with the background (a dock's tab chosen, a window over
        the canvas only copy it back): there it is painted again, the cached copy first."""
        if not self._overview_mode:
            super().update(*rect)
            return
        area = QRectF(*rect) if len(rect) == 4 else rect[0] if rect else QRectF()
        self.invalidate(area if area.isValid() else self.sceneRect(), _BACKGROUND)

    def overview_mode(self) -> bool:
        return self._overview_mode

    def paint_overview(self, painter: QPainter, rect: QRectF) -> None:
        with _gc_paused():  # (its first paint reads the whole map: tens of thousands of tuples)
            self.overview.paint(painter, rect, painter.worldTransform().m11())

    def _overview_changed(self, ids: Iterable[str] | None = None) -> None:
        """Elements moved, came or went: the overview reads them again (and repaints)."""
        if not self._overview_mode:
            return  # it is read afresh when the view zooms out that far
        if ids is None:
            self.overview.reset()
            self.update()
            return
        dirty = self.overview.refresh(ids)
        if not dirty.isEmpty():
            self.update(dirty)

    @contextmanager
    def full_detail(self) -> Iterator[None]:
        """Every item built and painting itself (e.g. to render the map into an image)."""
        was = self._overview_mode
        self.set_overview(False)
        try:
            yield
        finally:
            self.set_overview(was)

    def dimmed_ids(self) -> set[str]:
        return self._dimmed or set()

    def findings(self) -> dict[str, list]:
        return self._findings

    def badges_visible(self) -> bool:
        return self._badges_visible

    def lane_title(self, lane: Lane) -> str:
        """A lane's title: its name and, for a department lane, the department's head."""
        return self.doc.header.lane_title(lane)  # (the PDF draws the same)

    def person_name(self, person_id: str | None) -> str:
        if person_id is None:
            return ""
        if self._people is None:
            self._people = {p.id: p.name for p in self.doc.header.people}
        return self._people.get(person_id, "")

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # deleted on the C++ side (a window replaced it)
            self._unsubscribe()
            return
        if self._map_id is None:
            return
        if change.maps and not self.doc.has_map(self._map_id):
            self.set_map(None)
            return
        self.finish_build()
        self.forget_map_rect()
        if change.project:
            self._people = None
            self._sync_lanes()  # a department's name or head may have changed
            for item in self._items.values():
                if isinstance(item, ProcessItem):
                    e = self.doc.get(item.elem_id)
                    if isinstance(e, Process):
                        item.sync(e, self.person_name(e.owner_id))
        moved: set[str] = set()
        lanes_changed = False
        links: list[Link] = []
        pairs: set[tuple[str, str]] = set()  # boxes whose links between them may fan out anew
        for elem_id in change.ids:
            element = self.doc.get(elem_id)
            item = self._items.get(elem_id)
            if element is None or self.doc.map_of(elem_id) != self._map_id:
                if item is not None:
                    if isinstance(item, LinkItem):
                        pairs.add((item.source_id, item.target_id))
                    lanes_changed |= isinstance(item, LaneItem)  # the others' colours alternate anew
                    self._remove(elem_id)
                continue
            if isinstance(element, Link):
                links.append(element)
                pairs.add((element.source_id, element.target_id))
                if isinstance(item, LinkItem):  # its ends may have changed
                    pairs.add((item.source_id, item.target_id))
            elif isinstance(element, Process):
                if item is None:
                    self._add(ProcessItem(element, self.person_name(element.owner_id)))
                else:
                    item.sync(element, self.person_name(element.owner_id))
                moved.add(elem_id)
            elif isinstance(element, ExternalParty):
                if item is None:
                    self._add(PartyItem(element))
                else:
                    item.sync(element)
                moved.add(elem_id)
            elif isinstance(element, Lane):
                lanes_changed = True
            elif isinstance(element, Note):
                if item is None:
                    self._add(NoteItem(element))
                else:
                    item.sync(element)
                self.grow_scene_rect(QRectF(element.x, element.y, element.width, element.height))
        for link in links:
            item = self._items.get(link.id)
            if isinstance(item, LinkItem):
                src, dst = self._items.get(link.source_id), self._items.get(link.target_id)
                if isinstance(src, NodeItem) and isinstance(dst, NodeItem):
                    item.sync(link, src.box(), dst.box())
                else:
                    self._remove(link.id)
            else:
                self._add_link(link)
        if pairs:
            self._fan_out(pairs)
        self.reroute_links_of(moved)  # (the overview reads the moved boxes and their links again)
        if lanes_changed or (moved and next(self.doc.elements(self._map_id, "lanes"), None) is not None):
            self._sync_lanes()
        self._overview_changed([i for i in change.ids if i not in moved])
        # grow by what changed: itemsBoundingRect() walks every item (~20 ms at 5,000 processes)
        for elem_id in moved:
            item = self._items.get(elem_id)
            if item is not None:
                self.grow_scene_rect(item.sceneBoundingRect())
                for link in self.doc.links_of(elem_id):
                    link_item = self._items.get(link.id)
                    if link_item is not None:
                        self.grow_scene_rect(link_item.sceneBoundingRect())

    def lane_span(self) -> tuple[float, float]:
        """Where lanes start on the left and how wide they are: across all the boxes."""
        bounds = self.model_bounds()
        if bounds is None:
            return (0.0, 1600.0)
        return (bounds.left() - LANE_OVERHANG, bounds.width() + 2 * LANE_OVERHANG)

    def lane_previewed(self) -> None:
        """A lane is being dragged: far zoomed out the overview draws it where it is now."""
        self.forget_map_rect()
        self._repaint_overview()

    def _sync_lanes(self) -> None:
        """Lanes came, went or changed, or boxes moved (the lanes reach across them all)."""
        if self._map_id is None:
            return
        left, span = self.lane_span()
        wanted = list(self.doc.elements(self._map_id, "lanes"))
        for index, lane in enumerate(wanted):
            item = self._built.get(lane.id)
            if isinstance(item, LaneItem):
                item.sync(lane, index, left, span, self.lane_title(lane))
            else:
                self._add(LaneItem(lane, index, left, span, self.lane_title(lane)))
            self.grow_scene_rect(QRectF(left, lane.y, span, lane.height))
        if wanted:
            self._repaint_overview()  # (it draws the lanes as they are when painted)

    def _fan_out(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Spread the links joining each pair of boxes again (one came, went or turned round)."""
        done: set[frozenset[str]] = set()
        for a, b in pairs:
            key = frozenset((a, b))
            if key in done:
                continue
            done.add(key)
            between = [lk for lk in self.doc.links_of(a) if {lk.source_id, lk.target_id} == key]
            offsets = link_offsets(between)
            for link in between:
                item = self._items.get(link.id)
                src, dst = self._items.get(link.source_id), self._items.get(link.target_id)
                if isinstance(item, LinkItem) and isinstance(src, NodeItem) and isinstance(dst, NodeItem):
                    item.set_offset(offsets.get(link.id, 0.0), src.box(), dst.box())

    def _remove(self, elem_id: str) -> None:
        item = self._built.pop(elem_id)
        self.removeItem(item)

    def reroute_links_of(self, node_ids: Iterable[str]) -> None:
        """Make the links of these nodes follow them (also while a drag only previews)."""
        node_ids = list(node_ids)
        self.forget_map_rect()  # (a drag or resize preview moves boxes and links)
        done: set[str] = set()
        for node_id in node_ids:
            for link in self.doc.links_of(node_id):
                if link.id in done:
                    continue
                done.add(link.id)
                item = self._items.get(link.id)
                src, dst = self._items.get(link.source_id), self._items.get(link.target_id)
                if isinstance(item, LinkItem) and isinstance(src, NodeItem) and isinstance(dst, NodeItem):
                    item.reroute(src.box(), dst.box())
        self._overview_changed(node_ids)

    def _fit_scene_rect(self, reset: bool = False) -> None:
        """An explicit scene rect (grown, never shrunk while editing) keeps hit tests fast.

        Computed from the boxes' numbers in the model: itemsBoundingRect() would ask every
        item (~20 ms at 5,000 processes); links lie between boxes, labels within the margin.
        """
        bounds = self.model_bounds()
        if bounds is None:
            bounds = QRectF(0, 0, 800, 600)
        m = SCENE_MARGIN
        if reset:
            self.setSceneRect(bounds.adjusted(-m, -m, m, m))
        else:
            self.grow_scene_rect(bounds)

    def model_bounds(self) -> QRectF | None:
        """The boxes of the map as the model has them, united (None: no boxes)."""
        if self._map_id is None:
            return None
        b = nodes_bounds((*self.doc.processes(self._map_id), *self.doc.parties(self._map_id)))
        return None if b is None else QRectF(b.x, b.y, b.width, b.height)

    def grow_scene_rect(self, rect: QRectF) -> None:
        current = self.sceneRect()
        if not current.contains(rect):
            m = SCENE_MARGIN
            self.setSceneRect(current.united(rect.adjusted(-m, -m, m, m)))

    def map_rect(self) -> QRectF:
        """Where the map's elements are (for "fit map"): their scene bounding rects united,
        from numbers the items keep (sceneBoundingRect per item: ~50 ms at 5,000 processes).
        While a progressive build is under way: the boxes in the model and their margins."""
        if self._pending is not None:
            bounds = self.model_bounds()
            return QRectF() if bounds is None else bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if self._map_rect is None:  # (kept until something moves, comes or goes)
            self._map_rect = self._items_rect()
        return QRectF(self._map_rect)

    def forget_map_rect(self) -> None:
        """Something moved (a sync, a drag preview): map_rect() is worked out again when asked
        (and where texts drawn bigger may go)."""
        self._map_rect = None
        self.text_room.forget()

    def _items_rect(self) -> QRectF:
        left = top = math.inf
        right = bottom = -math.inf
        for item in self._built.values():
            if isinstance(item, LinkItem):
                a, b, c, d = item.extent
                if c <= a and d <= b:  # not routed
                    continue
            else:
                a, b, c, d = item.extent()
            if a < left:
                left = a
            if b < top:
                top = b
            if c > right:
                right = c
            if d > bottom:
                bottom = d
        if left > right:
            return QRectF()
        return QRectF(left, top, right - left, bottom - top)

    # ------------------------------------------------------------ findings, badges, dimming
    def set_findings(self, findings: dict[str, list]) -> None:
        self._findings = dict(findings)
        lang = ui_language()
        for elem_id, item in self._built.items():
            if isinstance(item, NodeItem):
                found = self._findings.get(elem_id, ())
                item.set_badge(summarize(found, lang))
                item.set_kpi(kpi_state(found))
        self._repaint_overview()

    def update_findings(self, findings: dict[str, list]) -> None:
        """Replace the findings of these elements only (an empty list: none any more); the
        other badges stay as they are (after an edit: a handful of items, not every one)."""
        lang = ui_language()
        for elem_id, found in findings.items():
            if found:
                self._findings[elem_id] = list(found)
            else:
                self._findings.pop(elem_id, None)
            item = self._built.get(elem_id)
            if isinstance(item, NodeItem):
                item.set_badge(summarize(found or (), lang))
                item.set_kpi(kpi_state(found or ()))
        self._repaint_overview(findings)

    def set_badges_visible(self, visible: bool) -> None:
        self._badges_visible = visible
        for item in self._built.values():
            if isinstance(item, NodeItem):
                item.set_badge_visible(visible)
        self._repaint_overview()

    def set_text_floor(self, px: float) -> None:
        """The smallest text size on screen (presentation mode raises it); repaints."""
        if px != self.text_floor:
            self.text_floor = px
            self.update()

    def set_kpi_marks_visible(self, visible: bool) -> None:
        """Show or hide the criteria marks (boxes whose criteria miss)."""
        self._kpi_visible = visible
        for item in self._built.values():
            if isinstance(item, NodeItem):
                item.set_kpi_visible(visible)

    def set_dimmed(self, ids: set[str] | None) -> None:
        """Draw these elements faded (owner's view); a link fades with either end. None: none."""
        self._dimmed = set(ids) if ids else None
        for elem_id, item in self._built.items():
            if isinstance(item, LinkItem):
                item.set_dimmed(self.link_dimmed(elem_id, item.source_id, item.target_id))
            elif isinstance(item, NodeItem):
                item.set_dimmed(bool(self._dimmed) and elem_id in self._dimmed)
        self._repaint_overview()

    def _repaint_overview(self, ids: Iterable[str] | None = None) -> None:
        """The overview shows selection, findings and dimming as they are when painted."""
        if self._overview_mode:
            if ids is None:
                self.update()
            else:
                area = self.overview.area(ids)
                if not area.isEmpty():
                    self.update(area)

    def link_dimmed(self, link_id: str, source: str, target: str) -> bool:
        """A link is drawn faded when it, or either end, is (the owner's view)."""
        d = self._dimmed
        return bool(d) and (link_id in d or source in d or target in d)

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        return [i.elem_id for i in self.selectedItems() if hasattr(i, "elem_id")]

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = [self._items[i] for i in ids if i in self._items]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self._emit_selection()

    def select_all(self) -> None:
        self.select_ids(list(self._items))

    def _emit_selection(self) -> None:
        self._repaint_overview()
        self.selectedIdsChanged.emit(self.selected_ids())

    # ------------------------------------------------------------ actions (see actions.py)
    def add_process_at(self, pos: QPointF) -> None:
        actions.add_process_at(self, pos)

    def add_party_at(self, pos: QPointF) -> None:
        actions.add_party_at(self, pos)

    def add_note_at(self, pos: QPointF) -> None:
        notes.add_note_at(self, pos)

    def delete_selection(self) -> None:
        actions.delete_ids(self, self.selected_ids())

    def copy_selection(self) -> None:
        clipboard.copy_ids(self, self.selected_ids())

    def cut_selection(self) -> None:
        ids = self.selected_ids()
        if clipboard.copy_ids(self, ids):
            actions.delete_ids(self, ids, label=tr("Cut"))

    def paste(self, at: QPointF | None = None) -> None:
        """Paste the clipboard (centred on ``at``, a scene point, when given)."""
        clipboard.paste(self, at)

    def duplicate_selection(self) -> None:
        clipboard.duplicate(self, self.selected_ids())

    def align(self, edge: str) -> None:
        actions.align(self, edge)

    def distribute(self, axis: str) -> None:
        actions.distribute(self, axis)

    def auto_layout(self) -> None:
        actions.auto_layout(self)

    def rename_selection(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_text(self._items[ids[0]])

    # ------------------------------------------------------------ in-place editing
    def edit_text(self, item: QGraphicsItem, on_commit=None, on_cancel=None) -> NameEditor:
        """Open the in-place editor on a node's name or a link's label."""
        self.close_editor()
        self._editor = NameEditor(self, item, on_commit or actions.rename, on_cancel)
        return self._editor

    @property
    def editor(self) -> NameEditor | None:
        return self._editor if self._editor is not None and self._editor.active else None

    def close_editor(self, commit: bool = True) -> None:
        if self._editor is not None and self._editor.active:
            self._editor.finish(commit)
        self._editor = None
