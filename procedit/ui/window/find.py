"""Find (Ctrl+F): a small bar that finds processes by any text and steps through the hits."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from procedit.commands import Document
from procedit.control import format_target
from procedit.model import Process


def _process_texts(doc: Document, p: Process) -> Iterator[str]:
    header = doc.header
    yield p.code
    yield p.name
    owner = header.person(p.owner_id)
    if owner is not None:
        yield owner.name
        yield header.position_label(owner)
    yield p.description
    yield p.goal
    yield p.results
    yield p.notes
    for flow in (*p.inputs, *p.outputs):
        yield flow.what
    for stage in p.stages:
        yield stage.name
        yield stage.result
    for c in p.criteria:
        yield c.name
        yield format_target(c.target, c.unit)
        yield c.unit
        yield c.method
        yield c.formula
        yield c.data_source
    for a in p.actions:
        yield a.what
        yield a.why
        yield a.result
    for d in p.documents:
        yield d.title
        yield d.location
        yield d.text
    if p.department_id:
        for dep in header.departments:
            if dep.id == p.department_id:
                yield dep.name


def find_elements(doc: Document, map_id: str, text: str) -> list[str]:
    """Ids of the processes (any text field) and external parties (name, description) of
    ``map_id`` that contain ``text``, case-insensitively, in reading order (top to bottom,
    left to right)."""
    needle = text.strip().casefold()
    if not needle or not doc.has_map(map_id):
        return []
    hits: list[tuple[float, float, str]] = []
    for p in doc.processes(map_id):
        if any(needle in t.casefold() for t in _process_texts(doc, p) if t):
            hits.append((p.y, p.x, p.id))
    for party in doc.parties(map_id):
        if needle in party.name.casefold() or needle in party.description.casefold():
            hits.append((party.y, party.x, party.id))
    hits.sort()
    return [h[2] for h in hits]


class FindBar(QWidget):
    """Type to find; Enter (or the arrow) goes to the next hit, Shift+Enter to the previous.

    ``hitChosen(elem_id)`` asks the window to select the element and centre it.
    """

    hitChosen = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._doc: Document | None = None
        self._map_id: str | None = None
        self._hits: list[str] = []
        self._current = -1

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(QCoreApplication.translate("FindBar", "Find:")))
        self.edit = QLineEdit()
        self.edit.setObjectName("find_edit")
        self.edit.setPlaceholderText(
            QCoreApplication.translate("FindBar", "Name, code, owner or any text of a process")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(320)
        layout.addWidget(self.edit)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.prev_button.setToolTip(QCoreApplication.translate("FindBar", "Previous (Shift+Enter)"))
        layout.addWidget(self.prev_button)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(QCoreApplication.translate("FindBar", "Next (Enter)"))
        layout.addWidget(self.next_button)
        self.status = QLabel()
        self.status.setObjectName("find_status")
        self.status.setMinimumWidth(110)
        layout.addWidget(self.status)
        layout.addStretch(1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("FindBar", "Close (Esc)"))
        layout.addWidget(close)

        self.edit.textChanged.connect(self._on_text)
        self.edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.find_previous)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_bar)

    # ------------------------------------------------------------ public
    def set_target(self, doc: Document | None, map_id: str | None) -> None:
        """Search ``map_id`` of ``doc`` (after a map switch or a new document)."""
        self._doc, self._map_id = doc, map_id
        self.refresh()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    @property
    def hits(self) -> list[str]:
        return list(self._hits)

    @property
    def current(self) -> int:
        return self._current

    def refresh(self) -> None:
        """Search again (the text or the document changed); keeps the current hit if it still matches."""
        keep = self._hits[self._current] if 0 <= self._current < len(self._hits) else None
        if self._doc is None or self._map_id is None:
            self._hits = []
        else:
            self._hits = find_elements(self._doc, self._map_id, self.edit.text())
        self._current = self._hits.index(keep) if keep in self._hits else -1
        self._show_status()

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    # ------------------------------------------------------------ internals
    def _on_text(self, _text: str) -> None:
        self._current = -1
        self.refresh()

    def _step(self, delta: int) -> None:
        self.refresh()
        if not self._hits:
            return
        if self._current < 0:
            self._current = 0 if delta > 0 else len(self._hits) - 1
        else:
            self._current = (self._current + delta) % len(self._hits)
        self._show_status()
        self.hitChosen.emit(self._hits[self._current])

    def _show_status(self) -> None:
        if not self.edit.text().strip():
            self.status.setText("")
        elif not self._hits:
            self.status.setText(QCoreApplication.translate("FindBar", "Not found"))
        elif self._current < 0:
            self.status.setText(self.tr("%n hit(s)", "", len(self._hits)))
        else:
            self.status.setText(
                QCoreApplication.translate("FindBar", "%1 of %2")
                .replace("%1", str(self._current + 1))
                .replace("%2", str(len(self._hits)))
            )
