"""The breadcrumb bar above the canvas: where one is in the tree of maps.

"‹ › Маркетинг — TO BE › М-07 Генерация лидов    Владелец: Соколова А. В." — back and forward
through the maps visited, then each map from the top-level one down to the shown one (a click
opens it, with the process that leads down selected), and on a sub-map the owner of the process
it details, who owns the sub-map as a whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from procedit.commands import Document
from procedit.commands.hierarchy import ancestry
from procedit.model import Process
from procedit.ui.window.maps import map_title

SEPARATOR = "›"


class BreadcrumbBar(QWidget):
    crumbClicked = Signal(str, str)  # map id, the process of it that leads down ("" for the last)

    def __init__(self, back: QAction, forward: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breadcrumb_bar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        for action in (back, forward):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self._layout.addWidget(button)
        self._crumbs: list[QWidget] = []
        self.owner_label = QLabel(self)
        self.owner_label.setObjectName("breadcrumb_owner")
        self.owner_label.setStyleSheet("QLabel { color: #546e7a; }")
        self._layout.addStretch(1)
        self._layout.addWidget(self.owner_label)
        self.setStyleSheet("#breadcrumb_bar { border-bottom: 1px solid #cfd8dc; }")

    def texts(self) -> list[str]:
        """The crumbs as shown (for tests and accessibility)."""
        return [w.text() for w in self._crumbs if isinstance(w, QToolButton)]

    def text(self) -> str:
        return f" {SEPARATOR} ".join(self.texts())

    def show_path(self, doc: Document, map_id: str | None) -> None:
        for w in self._crumbs:
            self._layout.removeWidget(w)
            w.hide()  # deleteLater leaves it painted where it was until the event loop runs
            w.deleteLater()
        self._crumbs = []
        self.owner_label.clear()
        if map_id is None or not doc.has_map(map_id):
            return
        path = ancestry(doc, map_id)
        insert_at = 2  # after the back and forward buttons
        for k, (m, _pid) in enumerate(path):
            if k:
                sep = QLabel(SEPARATOR, self)
                sep.setStyleSheet("QLabel { color: #90a4ae; }")
                self._layout.insertWidget(insert_at, sep)
                self._crumbs.append(sep)
                insert_at += 1
            button = QToolButton(self)
            button.setAutoRaise(True)
            last = k == len(path) - 1
            button.setText(map_title(doc, m) if k == 0 else doc.map_header(m).name or map_title(doc, m))
            button.setObjectName("crumb_current" if last else f"crumb_{k}")
            if last:
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            down = "" if last else path[k + 1][1] or ""
            button.clicked.connect(lambda _c=False, m=m, d=down: self.crumbClicked.emit(m, d))
            self._layout.insertWidget(insert_at, button)
            self._crumbs.append(button)
            insert_at += 1
        pid = path[-1][1]
        parent = doc.get(pid) if pid else None
        if isinstance(parent, Process):
            people = {p.id: p.name for p in doc.header.people}
            owner = people.get(parent.owner_id or "", "")
            self.owner_label.setText(
                self.tr("Owner: %1").replace("%1", owner) if owner else self.tr("Owner: not assigned")
            )
            self.owner_label.setToolTip(self.tr("The owner of the process this map details owns the map"))
