"""The map switcher: a toolbar combo and a Map ▸ Switch Map submenu listing the project's maps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu

from procedit.commands import Document
from procedit.model import MapKind

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow


def kind_label(kind: MapKind) -> str:
    if kind == MapKind.AS_IS:
        return QCoreApplication.translate("MapSwitcher", "AS IS")
    if kind == MapKind.TO_BE:
        return QCoreApplication.translate("MapSwitcher", "TO BE")
    return QCoreApplication.translate("MapSwitcher", "Reference")


def map_title(doc: Document, map_id: str) -> str:
    header = doc.map_header(map_id)
    name = header.name or QCoreApplication.translate("MapSwitcher", "(unnamed map)")
    kind = kind_label(header.kind)
    if kind.casefold() in name.casefold():  # "Маркетинг — AS IS" says it already
        return name
    return f"{name} — {kind}"


class MapSwitcher:
    """Keeps the combo and the submenu in step with the document's maps; choosing one
    calls ``window.switch_map``."""

    def __init__(self, window: MainWindow, combo: QComboBox, menu: QMenu, group: QActionGroup):
        self.window = window
        self.combo = combo
        self.menu = menu
        self.group = group
        combo.activated.connect(self._on_combo)

    def rebuild(self, doc: Document, current: str | None) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for map_id in doc.map_ids():
                self.combo.addItem(map_title(doc, map_id), map_id)
        for action in self.group.actions():
            self.group.removeAction(action)
            self.menu.removeAction(action)
            action.deleteLater()
        for i, map_id in enumerate(doc.map_ids(), 1):
            action = QAction(map_title(doc, map_id), self.menu)
            action.setCheckable(True)
            action.setData(map_id)
            if i <= 9:
                action.setShortcut(f"Alt+{i}")
            action.triggered.connect(lambda _c=False, m=map_id: self.window.switch_map(m))
            self.group.addAction(action)
            self.menu.addAction(action)
        if current is not None:
            self.select(current)

    def select(self, map_id: str) -> None:
        with QSignalBlocker(self.combo):
            index = self.combo.findData(map_id)
            if index >= 0:
                self.combo.setCurrentIndex(index)
        for action in self.group.actions():
            action.setChecked(action.data() == map_id)

    def _on_combo(self, index: int) -> None:
        map_id = self.combo.itemData(index)
        if map_id:
            self.window.switch_map(map_id)
