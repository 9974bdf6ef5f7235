"""``ItemTable``: an editable table of sub-items (inputs, stages, criteria, people, ...).

Rows are positional: row *i* always shows item *i* of the list it is given, its editors
are created once and reused, and only their values are updated when the list changes
(a row is added or dropped at the end when the length changes). So typing in a cell is
never interrupted by the refresh its own edit causes, and undo simply shows old values.

The table does not write the model: it emits ``itemEdited(item_id, {field: value})``,
``addRequested()``, ``removeRequested(item_id)`` and ``moveRequested(old, new)``; the form
turns them into commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from procedit.model.limits import MAX_DOCUMENT_TEXT, MAX_INT, MAX_TEXT

from .checked_fields import DateField
from .fields import ComboField, LineField, TextField, wheel_guard


@dataclass
class Column:
    """One editable field of the items.

    ``kind``: "text", "multiline", "choice", "int", "date" or "action" (a button calling
    ``action(item)``). ``line`` 0 puts the editor in the table's row under a column header;
    columns with the same ``line`` > 0 share a labelled line under it, so that a record
    fits a narrow dock. ``visible(item)`` hides an editor for some items. A text column may
    show a value that is not a string: ``show(item)`` gives its text, ``read(text, item)``
    the changes the typed text makes and ``check(text)`` a hint when it cannot be read (the
    field is outlined then).
    """

    field: str
    header: str
    kind: str = "text"
    placeholder: str = ""
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    stretch: int = 1
    line: int = 0
    visible: Callable[[Any], bool] | None = None
    action: Callable[[Any], None] | None = None
    enabled: Callable[[Any], bool] | None = None
    tooltip: str = ""
    show: Callable[[Any], str] | None = None
    read: Callable[[str, Any], dict[str, Any]] | None = None
    check: Callable[[str], str | None] | None = None  # a hint when the text cannot be read


class _Row:
    def __init__(self) -> None:
        self.item_id: str | None = None
        self.editors: dict[str, QWidget] = {}
        self.buttons: list[QToolButton] = []
        self.info: QLabel | None = None
        self.widgets: list[QWidget] = []  # the editors and buttons, in reading order
        self.labels: dict[str, QLabel] = {}
        self.holders: list[tuple[QWidget, list[Column]]] = []
        self.extras: list[QWidget] = []  # separators and the info label


class ItemTable(QWidget):
    itemEdited = Signal(str, dict)
    addRequested = Signal()
    removeRequested = Signal(str)
    moveRequested = Signal(int, int)

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        add_text: str,
        empty_text: str,
        movable: bool = False,
        info: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.main = [c for c in self.columns if c.line == 0]
        lines = sorted({c.line for c in self.columns if c.line > 0})
        self.extra_lines = [[c for c in self.columns if c.line == n] for n in lines]
        self.movable = movable
        self.info = info
        self.rows: list[_Row] = []
        self.items: list[Any] = []
        self._active = True  # False: the rows wait (a folded register), see set_active
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        bar = QHBoxLayout()
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QToolButton(self)
        self.add_button.setText("+ " + add_text)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.clicked.connect(self.addRequested)
        bar.addWidget(self.empty_label, 1)
        bar.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(bar)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        self.headers: list[QLabel] = []
        for col, c in enumerate(self.main):
            label = QLabel(c.header, self.grid_host)
            label.setStyleSheet("color: palette(mid); font-size: 90%;")
            self.grid.addWidget(label, 0, col)
            self.grid.setColumnStretch(col, c.stretch)
            self.headers.append(label)
        self.n_buttons = (2 if movable else 0) + 1
        # per record: a separator, the main line, the extra lines, the info line
        self.lines_per_row = 2 + len(self.extra_lines) + (1 if info else 0)
        outer.addWidget(self.grid_host)
        self._set_empty(True)

    # ------------------------------------------------------------ showing
    def set_active(self, active: bool) -> None:
        """An inactive table only keeps its items; its rows are built and filled when it becomes
        active again. A folded register of 500 people then costs nothing when the window opens
        (one row is 6+ widgets: ~0.8 s for 500 people)."""
        if active != self._active:
            self._active = active
            if active:
                self.set_items(self.items)

    def is_active(self) -> bool:
        return self._active

    def set_items(self, items: Sequence[Any]) -> None:
        items = list(items)
        self.items = items
        if not self._active:
            self._set_empty(not items)
            return
        if len(self.rows) < len(items):
            while len(self.rows) < len(items):
                self._add_row()
            self._fix_tab_order()  # once: per added row it was quadratic (500 people: ~1 s)
        while len(self.rows) > len(items):
            self._drop_row()
        choices = {c.field: list(c.choices()) for c in self.columns if c.kind == "choice" and c.choices}
        for i, item in enumerate(items):
            self._show_row(i, item, choices)
        self._set_empty(not items)

    def _set_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        for h in self.headers:
            h.setVisible(not empty)

    def _show_row(self, i: int, item: Any, choices: dict[str, list]) -> None:
        row = self.rows[i]
        row.item_id = item.id
        for c in self.columns:
            w = row.editors[c.field]
            value = getattr(item, c.field, None) if c.kind != "action" else None
            if c.show is not None:
                self._show_read(w, c, item)
            elif c.kind == "text":
                w.set_value(value or "")  # type: ignore[attr-defined]
                w.setToolTip(value or c.tooltip)  # the whole text when the cell is narrow
            elif c.kind == "multiline":
                w.set_value(value or "")  # type: ignore[attr-defined]
            elif c.kind == "choice":
                w.set_choices(choices.get(c.field, []))  # type: ignore[attr-defined]
                w.set_value(value)  # type: ignore[attr-defined]
            elif c.kind == "int":
                if w.value() != (value or 0):  # type: ignore[attr-defined]
                    w.blockSignals(True)
                    w.setValue(int(value or 0))  # type: ignore[attr-defined]
                    w.blockSignals(False)
            elif c.kind == "date":
                w.set_date(value)  # type: ignore[attr-defined]
            if c.visible is not None:
                shown = c.visible(item)
                w.setVisible(shown)
                if c.field in row.labels:
                    row.labels[c.field].setVisible(shown)
            if c.enabled is not None:
                w.setEnabled(c.enabled(item))
        for holder, line in row.holders:
            holder.setVisible(any(c.visible is None or c.visible(item) for c in line))
        if self.movable:
            row.buttons[0].setEnabled(i > 0)
            row.buttons[1].setEnabled(i < len(self.items) - 1)
        if row.info is not None and self.info is not None:
            text = self.info(item)
            row.info.setText(text)
            row.info.setVisible(bool(text))

    def _show_read(self, w: Any, c: Column, item: Any) -> None:
        """A shown-and-read column: while the user types, text that reads as the item's value
        stays as typed ("не менее 120" is not rewritten to "≥ 120" under the cursor)."""
        assert c.read is not None and c.show is not None
        typed = c.read(w.text(), item)
        if not (w.hasFocus() and all(getattr(item, k) == v for k, v in typed.items())):
            w.set_value(c.show(item))
        if c.check is not None:
            w.mark_invalid(c.check(w.text()))

    # ------------------------------------------------------------ rows
    def _make_editor(self, c: Column, row: _Row) -> QWidget:
        host = self.grid_host
        if c.kind == "multiline":
            limit = MAX_DOCUMENT_TEXT if c.field == "text" else MAX_TEXT  # a document's embedded text
            w: QWidget = TextField(c.placeholder, 4, host, limit=limit)
            w.edited.connect(lambda v, r=row, f=c.field: self._edited(r, f, v))
        elif c.kind == "choice":
            w = ComboField(host)
            w.edited.connect(lambda v, r=row, f=c.field: self._edited(r, f, v))
        elif c.kind == "int":
            w = QSpinBox(host)
            w.setRange(0, min(1_000_000, MAX_INT))
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(wheel_guard)
            w.valueChanged.connect(lambda v, r=row, f=c.field: self._edited(r, f, v))
        elif c.kind == "date":
            w = DateField(host)
            w.dateEdited.connect(lambda v, r=row, f=c.field: self._edited(r, f, v))
        elif c.kind == "action":
            w = QToolButton(host)
            w.setText(c.header)
            w.clicked.connect(lambda _=False, r=row, col=c: self._action(r, col))
        else:
            w = LineField(c.placeholder, host)
            w.edited.connect(lambda v, r=row, f=c.field: self._edited(r, f, v))
        if c.tooltip:
            w.setToolTip(c.tooltip)
        w.setAccessibleName(c.header)
        w.setSizePolicy(
            QSizePolicy.Policy.Expanding if c.kind != "action" else QSizePolicy.Policy.Fixed,
            QSizePolicy.Policy.Preferred,
        )
        return w

    def _add_row(self) -> None:
        row = _Row()
        i = len(self.rows)
        base = 1 + i * self.lines_per_row
        host = self.grid_host
        if i > 0:
            sep = QFrame(host)
            sep.setFrameShape(QFrame.Shape.HLine)
            sep.setStyleSheet("color: palette(midlight);")
            self.grid.addWidget(sep, base, 0, 1, -1)
            row.extras.append(sep)
        for col, c in enumerate(self.main):
            w = self._make_editor(c, row)
            row.editors[c.field] = w
            row.widgets.append(w)
            self.grid.addWidget(w, base + 1, col)
        ncols = len(self.main)
        texts = []
        if self.movable:
            texts += [("↑", self.tr("Move up"), "up"), ("↓", self.tr("Move down"), "down")]
        texts.append(("✕", self.tr("Remove"), "remove"))
        for k, (text, tip, kind) in enumerate(texts):
            b = QToolButton(host)
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setAutoRaise(True)
            b.clicked.connect(lambda _=False, r=row, k=kind: self._button(r, k))
            row.buttons.append(b)
            self.grid.addWidget(b, base + 1, ncols + k)
        for n, line in enumerate(self.extra_lines):
            holder = QWidget(host)
            hbox = QHBoxLayout(holder)
            hbox.setContentsMargins(12, 0, 0, 0)
            hbox.setSpacing(4)
            for c in line:
                w = self._make_editor(c, row)
                label = QLabel(c.header, holder)
                label.setStyleSheet("color: palette(mid);")
                if c.kind == "multiline":
                    vbox = QVBoxLayout()
                    vbox.addWidget(label)
                    vbox.addWidget(w)
                    hbox.addLayout(vbox, c.stretch)
                elif c.kind == "action":  # the button says what it does
                    label.hide()
                    hbox.addWidget(w)
                else:
                    hbox.addWidget(label)
                    hbox.addWidget(w, c.stretch)
                label.setBuddy(w)
                row.editors[c.field] = w
                row.labels[c.field] = label
                row.widgets.append(w)
            row.holders.append((holder, line))
            self.grid.addWidget(holder, base + 2 + n, 0, 1, ncols)
        if self.info is not None:
            row.info = QLabel(host)
            row.info.setWordWrap(True)
            row.info.setStyleSheet("color: #2e6da4; font-size: 90%; padding-left: 12px;")
            self.grid.addWidget(row.info, base + 2 + len(self.extra_lines), 0, 1, ncols)
            row.extras.append(row.info)
        row.widgets.extend(row.buttons)
        self.rows.append(row)

    def _drop_row(self) -> None:
        row = self.rows.pop()
        for w in [*row.widgets, *row.extras, *(h for h, _ in row.holders)]:
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()

    def _fix_tab_order(self) -> None:
        """Reading order: the Add button, then each row left to right, top to bottom."""
        previous: QWidget = self.add_button
        for row in self.rows:
            for w in row.widgets:
                QWidget.setTabOrder(previous, w)
                previous = w

    # ------------------------------------------------------------ user actions
    def _edited(self, row: _Row, field: str, value: Any) -> None:
        if row.item_id is None:
            return
        column = next((c for c in self.columns if c.field == field), None)
        if column is not None and column.read is not None:
            item = next((i for i in self.items if i.id == row.item_id), None)
            if item is None:
                return
            if column.check is not None:
                row.editors[field].mark_invalid(column.check(value))  # type: ignore[attr-defined]
            self.itemEdited.emit(row.item_id, column.read(value, item))
            return
        self.itemEdited.emit(row.item_id, {field: value})

    def _action(self, row: _Row, column: Column) -> None:
        if row.item_id is None or column.action is None:
            return
        for item in self.items:
            if item.id == row.item_id:
                column.action(item)
                return

    def _button(self, row: _Row, kind: str) -> None:
        if row.item_id is None:
            return
        i = self.rows.index(row)
        if kind == "remove":
            self.removeRequested.emit(row.item_id)
        elif kind == "up" and i > 0:
            self.moveRequested.emit(i, i - 1)
        elif kind == "down" and i < len(self.items) - 1:
            self.moveRequested.emit(i, i + 1)

    # ------------------------------------------------------------ for tests and forms
    def editor(self, row: int, field: str) -> QWidget:
        return self.rows[row].editors[field]

    def button(self, row: int, which: str) -> QToolButton:
        """``which``: "up", "down" or "remove"."""
        buttons = self.rows[row].buttons
        if which == "remove":
            return buttons[-1]
        return buttons[{"up": 0, "down": 1}[which]]

    def refresh_choices(self) -> None:
        """Re-read choice lists (e.g. the people changed) without touching values."""
        self.set_items(self.items)
