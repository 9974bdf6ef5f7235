"""File ▸ Import of a process register (XLSX, CSV): the columns as procedit reads them (each
can be reassigned), a preview of the rows, the problems with their row numbers and what
will be added (processes, links, external parties, people, departments). Nothing changes
until Import is pressed; then it is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.interchange import Table, plan_register, read_register
from procedit.interchange.register import FIELDS
from procedit.model import Project

PREVIEW_ROWS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterDialog", text)


def field_labels() -> dict[str, str]:
    return {
        "code": tr("Code"),
        "name": tr("Name"),
        "kind": tr("Kind"),
        "department": tr("Department"),
        "owner": tr("Owner"),
        "goal": tr("Goal"),
        "results": tr("Results"),
        "inputs": tr("Inputs"),
        "outputs": tr("Outputs"),
        "customers": tr("Customers"),
        "criteria": tr("Criteria"),
    }


class RegisterDialog(QDialog):
    """Shows what importing ``table`` into ``map_id`` of ``project`` would do; ``plan`` when accepted."""

    def __init__(
        self, parent: QWidget | None, table: Table, project: Project, map_id: str, lang: str, name: str
    ):
        super().__init__(parent)
        self.setObjectName("register_dialog")
        self.setWindowTitle(tr("Import Process Register — %1").replace("%1", name))
        self.table, self.project, self.map_id, self.lang = table, project, map_id, lang
        self.reg = read_register(table)
        self.plan = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.preview = QTableWidget()
        self.preview.setObjectName("register_preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 3)
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("Problems (the rows named are left out or taken with a default):")))
        self.problems = QListWidget()
        self.problems.setObjectName("register_problems")
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combos: list[QComboBox] = []
        self._build_preview()
        self._replan()
        self.resize(1000, 640)

    def _header(self) -> list[str]:
        row = self.reg.header_row - 1
        return self.table.rows[row] if 0 <= row < len(self.table.rows) else []

    def _build_preview(self) -> None:
        header = self._header()
        labels = field_labels()
        self.preview.setColumnCount(len(header))
        self.preview.setHorizontalHeaderLabels(header)
        data = self.table.rows[self.reg.header_row : self.reg.header_row + PREVIEW_ROWS]
        self.preview.setRowCount(len(data) + 1)
        self.preview.setVerticalHeaderLabels(
            [tr("Column")] + [str(self.reg.header_row + 1 + i) for i in range(len(data))]
        )
        for c in range(len(header)):
            combo = QComboBox()
            combo.addItem(tr("— not imported —"), None)
            for key in FIELDS:
                combo.addItem(labels[key], key)
            current = self.reg.columns.get(c)
            combo.setCurrentIndex(combo.findData(current) if current else 0)
            combo.currentIndexChanged.connect(self._replan)
            self.preview.setCellWidget(0, c, combo)
            self.combos.append(combo)
        for r, row in enumerate(data, 1):
            for c, text in enumerate(row[: len(header)]):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.resizeColumnsToContents()

    def columns(self) -> dict[int, str]:
        """The mapping shown: column index → field (a field chosen twice counts once, leftmost)."""
        out: dict[int, str] = {}
        for i, combo in enumerate(self.combos):
            key = combo.currentData()
            if key and key not in out.values():
                out[i] = key
        return out

    def _replan(self) -> None:
        self.reg = read_register(self.table, self.columns()) if self.combos else self.reg
        if self.reg.needs_mapping:
            self.plan = None
            self.hint.setText(
                tr(
                    "procedit did not recognise the column of process names. Choose below what each column holds."
                )
            )
            self.summary.setText(tr("Nothing will be imported until a column holds the names."))
            self.problems.clear()
            self.ok.setEnabled(False)
            return
        self.hint.setText(tr("Check what each column holds; change it in the first row if needed."))
        self.plan = plan_register(self.reg, self.project, self.map_id)
        p = self.plan
        text = (
            tr("Will add %1 processes, %2 links and %3 external parties.")
            .replace("%1", str(len(p.processes)))
            .replace("%2", str(len(p.links)))
            .replace("%3", str(len(p.parties)))
        )
        if p.new_people:
            text += "\n" + tr("New people: %1").replace("%1", ", ".join(x.name for x in p.new_people[:30]))
        if p.new_departments:
            text += "\n" + tr("New departments: %1").replace(
                "%1", ", ".join(x.name for x in p.new_departments[:30])
            )
        known = len(self.project.people)
        if known and not p.new_people:
            text += "\n" + tr("Every person named is in the register already.")
        self.summary.setText(text)
        self.problems.clear()
        self.problems.addItems([problem.text(self.lang) for problem in p.problems[:1000]])
        self.ok.setEnabled(bool(p.processes))
