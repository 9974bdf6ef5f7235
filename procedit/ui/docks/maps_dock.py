"""The Maps dock: the project's maps as a tree (landscape → decomposed processes → their sub-maps).

Each map row shows its name (rename it in place: F2 or double-click), its kind (AS IS, TO BE,
reference) and its findings (errors ● and warnings ▲); a click opens the map, a click on a
process row opens its map with the process selected. Top-level maps are reordered by dragging
them (one undoable step). The tree follows every command: it is rebuilt when maps come, go,
move or change, and when a process that has a sub-map is renamed.

Counts come from the document's live validator; maps it has not validated yet are validated
in idle time, one at a time (very big ones only once they are opened), so building the tree
never waits for validation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Change, Command, Document, MoveMap, SetMapFields
from procedit.commands.hierarchy import map_tree, parent_of
from procedit.model import MapKind, Process, Severity
from procedit.ui.window.maps import kind_label
from procedit.validation import LiveValidator

MAP_ROLE = Qt.ItemDataRole.UserRole + 1  # the map id of a map row
PROCESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (map id, process id) of a process row
COL_NAME, COL_KIND, COL_FINDINGS = range(3)
IDLE_VALIDATE_MAX = 1500  # bigger maps get their counts once they have been opened
_ERROR = QColor("#c62828")
_WARNING = QColor("#b26a00")
_PROCESS = QColor("#546e7a")
# item flags worked out once (Qt's flag arithmetic costs ~10 µs a time in Python)
_F = Qt.ItemFlag
_SUB_MAP_FLAGS = _F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsEditable
_TOP_MAP_FLAGS = _SUB_MAP_FLAGS | _F.ItemIsDragEnabled
_PROCESS_FLAGS = _F.ItemIsEnabled | _F.ItemIsSelectable


class MapsTree(QTreeWidget):
    """The tree widget; a drop of a top-level map becomes one ``MoveMap`` command."""

    topLevelDropped = Signal(str, int)  # map id, its new row among the top-level maps

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the tree is rebuilt from the document, never moved by Qt
        if dragged is None or dragged.parent() is not None or dragged.data(0, MAP_ROLE) is None:
            return
        if target is None:
            row = self.topLevelItemCount()
        else:
            while target.parent() is not None:
                target = target.parent()
            row = self.indexOfTopLevelItem(target)
            below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
            if below or event.position().y() > self.visualItemRect(target).center().y():
                row += 1
        self.topLevelDropped.emit(dragged.data(0, MAP_ROLE), row)


class MapsPanel(QWidget):
    mapActivated = Signal(str)  # open this map
    processActivated = Signal(str, str)  # open this map with this process selected

    def __init__(
        self,
        doc: Document,
        push: Callable[[Command], None],
        validator: LiveValidator | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("maps_panel")
        self.doc = doc
        self.push = push
        self.validator = validator
        self.current: str | None = None
        self._menu_actions: list[QAction] = []
        self.tree = MapsTree(self)
        self.tree.setObjectName("maps_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Map"), self.tr("Kind"), self.tr("Problems")])
        header = self.tree.header()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FINDINGS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.topLevelDropped.connect(self.move_top_level)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._map_items: dict[str, QTreeWidgetItem] = {}
        self._process_items: dict[str, QTreeWidgetItem] = {}
        self._unknown: set[str] = set()  # maps whose counts are not known yet
        self._words: dict = {}  # translated words, once per rebuild
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._validate_one)
        self._unsubscribe = doc.subscribe(self._on_change)
        self._unsubscribe_findings = validator.subscribe(self._on_findings) if validator is not None else None
        self.rebuild()

    # ------------------------------------------------------------ building
    def rebuild(self) -> None:
        """The tree from the document (expanded; the shown map current)."""
        doc = self.doc
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._map_items.clear()
            self._process_items.clear()
            self._unknown.clear()
            self._words = {
                "kinds": {kind: kind_label(kind) for kind in MapKind},
                "unnamed": self.tr("(unnamed map)"),
                "unknown": self.tr("Not checked yet"),
                "process": self.tr("Process decomposed into the maps below"),
            }
            tops = [self._map_item(node, top=True) for node in map_tree(doc)]
            self.tree.addTopLevelItems(tops)
            for item in self._process_items.values():  # (expandAll walks every row: slower)
                item.parent().setExpanded(True)
                item.setExpanded(True)
        self.select(self.current)
        self._idle.start()

    def _map_item(self, node, top: bool = False) -> QTreeWidgetItem:
        header = self.doc.map_header(node.map_id)
        words = self._words
        item = QTreeWidgetItem([header.name or words["unnamed"], words["kinds"][header.kind], "…"])
        item.setData(0, MAP_ROLE, node.map_id)
        # only a top-level map is dragged (to reorder); nothing is dropped onto a row
        item.setFlags(_TOP_MAP_FLAGS if top and parent_of(self.doc, node.map_id) is None else _SUB_MAP_FLAGS)
        self._map_items[node.map_id] = item
        self._show_counts(node.map_id)
        for pid, below in node.children:
            p = self.doc.get(pid)
            row = QTreeWidgetItem(item)
            row.setText(COL_NAME, _process_text(p))
            row.setData(0, PROCESS_ROLE, (node.map_id, pid))
            row.setForeground(COL_NAME, QBrush(_PROCESS))
            row.setFlags(_PROCESS_FLAGS)
            row.setToolTip(COL_NAME, self._words["process"])
            self._process_items[pid] = row
            for child in below:
                row.addChild(self._map_item(child))
        return item

    def _show_counts(self, map_id: str) -> None:
        item = self._map_items.get(map_id)
        if item is None:
            return
        counts = self.validator.known_counts(map_id) if self.validator is not None else None
        if counts is None:
            self._unknown.add(map_id)
            item.setText(COL_FINDINGS, "…")
            item.setToolTip(COL_FINDINGS, self._words["unknown"])
            return
        self._unknown.discard(map_id)
        errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
        parts = []
        if errors:
            parts.append(f"● {errors}")
        if warnings:
            parts.append(f"▲ {warnings}")
        item.setText(COL_FINDINGS, "  ".join(parts) or "✓")
        item.setForeground(COL_FINDINGS, QBrush(_ERROR if errors else _WARNING if warnings else _PROCESS))
        item.setToolTip(
            COL_FINDINGS,
            self.tr("Errors: %1   Warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings)),
        )

    def _validate_one(self) -> None:
        """Idle time: show the counts of a map validated meanwhile, or validate one (not too big)."""
        if self.validator is None:
            self._idle.stop()
            return
        for map_id in list(self._unknown):
            if not self.doc.has_map(map_id):
                self._unknown.discard(map_id)
            elif self.validator.known_counts(map_id) is not None:
                self._show_counts(map_id)
            elif self.doc.element_count(map_id) <= IDLE_VALIDATE_MAX:
                self.validator.findings_for(map_id)
                self._show_counts(map_id)
                return
        if not self._unknown or all(self.doc.element_count(m) > IDLE_VALIDATE_MAX for m in self._unknown):
            self._idle.stop()

    # ------------------------------------------------------------ following
    def select(self, map_id: str | None) -> None:
        """Mark the shown map."""
        self.current = map_id
        if map_id in self._unknown and not self._idle.isActive():
            self._idle.start()  # the window validates the shown map: its counts come next
        item = self._map_items.get(map_id) if map_id else None
        with QSignalBlocker(self.tree):
            self.tree.setCurrentItem(item) if item is not None else self.tree.clearSelection()
        if item is not None:
            self.tree.scrollToItem(item)

    def _on_change(self, change: Change) -> None:
        """Maps came, went, moved or changed: rebuild; a decomposed process renamed: its row."""
        if change.maps:  # (a process decomposed or deleted always changes a map too)
            self.rebuild()
            return
        with QSignalBlocker(self.tree):
            for elem_id in change.ids:
                row = self._process_items.get(elem_id)
                if row is not None:
                    row.setText(COL_NAME, _process_text(self.doc.get(elem_id)))

    def _on_findings(self, map_ids: frozenset[str]) -> None:
        for map_id in map_ids:
            self._show_counts(map_id)

    def detach(self) -> None:
        self._idle.stop()
        self._unsubscribe()
        if self._unsubscribe_findings is not None:
            self._unsubscribe_findings()

    # ------------------------------------------------------------ gestures
    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        map_id = item.data(0, MAP_ROLE)
        if map_id:
            self.mapActivated.emit(map_id)
            return
        where = item.data(0, PROCESS_ROLE)
        if where:
            self.processActivated.emit(*where)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        map_id = item.data(0, MAP_ROLE)
        if column != COL_NAME or not map_id or not self.doc.has_map(map_id):
            return
        old = self.doc.map_header(map_id).name
        name = item.text(COL_NAME).strip()
        if not name or name == old:
            with QSignalBlocker(self.tree):
                item.setText(COL_NAME, old or self.tr("(unnamed map)"))
            return
        self.push(SetMapFields(map_id, {"name": name}, label=self.tr("Rename map")))

    def rename(self, map_id: str) -> None:
        """Start renaming the map in place."""
        item = self._map_items.get(map_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.editItem(item, COL_NAME)

    def move_top_level(self, map_id: str, row: int) -> None:
        """Put a top-level map at ``row`` among the top-level maps (one undoable step)."""
        tops = [m for m in self.doc.map_ids() if parent_of(self.doc, m) is None]
        if map_id not in tops:
            return
        old_row = tops.index(map_id)
        if row in (old_row, old_row + 1):
            return
        others = [m for m in tops if m != map_id]
        row = max(0, min(row if row < old_row else row - 1, len(others)))
        order = [m for m in self.doc.map_ids() if m != map_id]
        index = order.index(others[row]) if row < len(others) else len(order)
        self.push(MoveMap(map_id, index, label=self.tr("Reorder maps")))

    def set_menu_actions(self, actions: list[QAction]) -> None:
        """The actions of the tree's context menu (New, Duplicate, Delete, ... Map)."""
        self._menu_actions = list(actions)

    def selected_map(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, MAP_ROLE) if item is not None else None

    def _show_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is not None and item.data(0, MAP_ROLE):
            self.mapActivated.emit(item.data(0, MAP_ROLE))  # the menu's actions act on the shown map
        if not self._menu_actions:
            return
        menu = QMenu(self)
        menu.setObjectName("maps_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self._menu_actions)
        menu.popup(self.tree.viewport().mapToGlobal(pos))


def _process_text(p) -> str:
    if not isinstance(p, Process):
        return ""
    return f"{p.code} {p.name}".strip() or p.id
