"""The actual values of one criterion: a table of period, value and note.

Periods are checked (month 2026-10, quarter 2026-Q3, week 2026-W41, year 2026) and kept
sorted; the last row is empty for the next entry; Delete on a period removes its entry, on a
value or a note clears it. Every entry is one undo step; pasting a
column of values from a spreadsheet fills the rows down from the current one (new rows get
the periods that follow; pasted into the Note column, the notes), pasting period/value pairs
puts them in by their period: one step either way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import set_item_fields
from procedit.control.actuals import in_order, measurements, value_text, yes_no
from procedit.control.periods import period_or_none
from procedit.control.targets import number
from procedit.model import Comparison, Criterion, Process

from ..docks.problems import ui_language


def _period_key(text: str) -> str:
    """A period as stored ("10.2026" → "2026-10"); text that is no period as it is."""
    p = period_or_none(text.strip())
    return p.text if p is not None else text.strip()


def _is_header(line: list[str], pairs: bool, col: int) -> bool:
    """Whether the first pasted line is a header ("Период", "Значение"), not an entry."""
    if pairs:
        return period_or_none(line[0].strip()) is None and not _is_value(line[1])
    return col != 2 and not _is_value(line[0])


def _is_value(text: str) -> bool:
    text = text.strip()
    return not text or number(text) is not None or yes_no(text) is not None


class _Table(QTableWidget):
    def __init__(self, editor: ActualsEditor):
        super().__init__(0, 3, editor)
        self.editor = editor

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.editor.paste(
                QGuiApplication.clipboard().text(), max(self.currentRow(), 0), self.currentColumn()
            )
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.editor.delete(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


class ActualsEditor(QWidget):
    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.process: Process | None = None
        self.criterion_id: str | None = None
        self._filling = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.table = _Table(self)
        self.table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Value"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(140)
        self.table.setAccessibleName(self.tr("Actual values"))
        self.table.setToolTip(
            self.tr(
                "Periods: month 2026-10, quarter 2026-Q3, week 2026-W41, year 2026. Paste a column from a spreadsheet with Ctrl+V."
            )
        )
        self.table.cellChanged.connect(self._cell_changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        lay.addWidget(self.title)
        lay.addWidget(self.table)
        lay.addWidget(self.message)

    # ------------------------------------------------------------ showing
    def criterion(self) -> Criterion | None:
        if self.process is None:
            return None
        return next((c for c in self.process.criteria if c.id == self.criterion_id), None)

    def show_process(self, p: Process) -> None:
        if self.process is None or self.process.id != p.id:
            self.criterion_id = None
            self.message.hide()
        self.process = p
        if self.criterion() is None:
            self.criterion_id = p.criteria[0].id if p.criteria else None
        self._fill()

    def show_criterion(self, criterion_id: str) -> None:
        self.criterion_id = criterion_id
        self.message.hide()
        self._fill()
        self.table.setFocus()
        self.table.setCurrentCell(max(self.table.rowCount() - 1, 0), 1)

    def _fill(self) -> None:
        c = self.criterion()
        self.setVisible(c is not None)
        if c is None:
            return
        self.title.setText(self.tr("Actual values of “%s”") % (c.name.strip() or "…"))
        rows = sorted(c.actuals, key=in_order)
        words = ui_language() if c.target.comparison == Comparison.YES_NO else None  # "да" / "нет"
        self._filling = True
        try:
            self.table.setRowCount(len(rows) + 1)
            for i, m in enumerate([*rows, None]):
                texts = ("", "", "") if m is None else (m.period, value_text(m.value, words), m.note)
                for col, text in enumerate(texts):
                    item = self.table.item(i, col)
                    if item is None:
                        self.table.setItem(i, col, QTableWidgetItem(text))
                    elif item.text() != text:
                        item.setText(text)
        finally:
            self._filling = False

    # ------------------------------------------------------------ editing
    def _rows(self) -> list[tuple[str, str, str]]:
        out = []
        for i in range(self.table.rowCount()):
            cells = [self.table.item(i, k) for k in range(3)]
            out.append(tuple(x.text().strip() if x is not None else "" for x in cells))
        return out

    def _cell_changed(self, _row: int, _col: int) -> None:
        if not self._filling:
            self._commit(self._rows(), self.tr("Enter actual value"))

    def _commit(self, rows: list[tuple[str, str, str]], label: str) -> bool:
        c = self.criterion()
        if c is None or self.process is None:
            return False
        try:
            actuals = measurements(rows, c.target.comparison == Comparison.YES_NO)
        except ValueError as e:
            self._error(str(e.args[0] if ui_language() == "en" or len(e.args) < 2 else e.args[1]))
            self._fill()
            return False
        self.message.hide()
        if actuals == tuple(sorted(c.actuals, key=in_order)):
            self._fill()
            return False
        self.form.push(
            set_item_fields(
                self.form.doc,
                self.process.id,
                "criteria",
                c.id,
                {"actuals": actuals},
                label=label,
                merge=False,
            )
        )
        return True

    def _error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def delete(self, row: int, col: int) -> None:
        """Delete on a cell: on the period the whole entry goes, on the value or the note
        that cell is cleared (one undo step)."""
        rows = self._rows()
        if not 0 <= row < len(rows) or not any(rows[row]):
            return
        period, value, note = rows[row]
        rows[row] = ("", "", "") if col <= 0 else (period, "", note) if col == 1 else (period, value, "")
        self._commit(rows, self.tr("Delete actual value"))

    def paste(self, text: str, row: int, col: int) -> None:
        """Spreadsheet cells: one column of values fills down from ``row``; rows of period
        and value (and note) are put in by their period."""
        lines = [
            line.split("\t") for line in text.replace("\r\n", "\n").strip("\n").split("\n") if line.strip()
        ]
        if not lines:
            return
        pairs = all(len(line) >= 2 for line in lines) and col <= 0
        if len(lines) > 1 and _is_header(lines[0], pairs, col):  # copied with the sheet's header row
            lines = lines[1:]
        rows = [r for r in self._rows() if any(r)]
        if pairs:
            # by the period, however it is written ("10.2026" replaces the value of "2026-10")
            by_period = {_period_key(r[0]): r for r in rows}
            for line in lines:
                by_period[_period_key(line[0])] = (
                    line[0].strip(),
                    line[1].strip(),
                    line[2].strip() if len(line) > 2 else "",
                )
            new_rows = list(by_period.values())
        else:
            new_rows = list(rows)
            notes = col == 2  # a column pasted into the notes fills notes, elsewhere values
            for k, line in enumerate(lines):
                i = row + k
                text = line[0].strip()
                if i < len(new_rows):
                    p, v, note = new_rows[i]
                    new_rows[i] = (p, v, text) if notes else (p, text, note)
                else:
                    last = period_or_none(new_rows[-1][0]) if new_rows else None
                    if last is None:
                        self._error(self.tr("Enter the first period before pasting values below it"))
                        return
                    new_rows.append((last.next().text, "", text) if notes else (last.next().text, text, ""))
        self._commit(new_rows, self.tr("Paste actual values"))
