"""File ▸ Import ▸ Criteria Actuals…: read a CSV or XLSX table of actual values, show what
it will change (new values, changed values, refused rows with their numbers), apply it as
one command. A file with refused rows applies nothing unless the user chooses to apply the
valid rows."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Command, Document, SetFields
from procedit.control.importing import ImportFileError, ImportPlan
from procedit.interchange.actuals import plan_actuals_file

MAX_SHOWN = 2000  # rows listed in the preview (the summary counts them all)


class ImportActualsDialog(QDialog):
    def __init__(
        self, plan: ImportPlan, path: str, lang: str, parent: QWidget | None = None, map_name: str = ""
    ):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import Criteria Actuals"))
        self.resize(820, 560)
        lay = QVBoxLayout(self)
        # the map on the canvas takes the values: an AS IS map may hold the TO BE map's codes
        into = self.tr("Into the map “%1”").replace("%1", html.escape(map_name))
        summary = QLabel(f"<b>{html.escape(path)}</b><br>{into}<br>{html.escape(plan.summary(lang))}", self)
        summary.setWordWrap(True)
        lay.addWidget(summary)
        self.changes = QTableWidget(min(len(plan.changes), MAX_SHOWN), 6, self)
        self.changes.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Process"),
                self.tr("Criterion"),
                self.tr("Period"),
                self.tr("Was"),
                self.tr("Becomes"),
            ]
        )
        for i, ch in enumerate(plan.changes[:MAX_SHOWN]):
            cells = (
                str(ch.row),
                ch.process_code,
                ch.criterion_name,
                ch.period,
                plan.value_text(ch, ch.old, lang),
                plan.value_text(ch, ch.new, lang),
            )
            for k, text in enumerate(cells):
                self.changes.setItem(i, k, QTableWidgetItem(text))
        self.changes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(QLabel(self.tr("What will change:"), self))
        lay.addWidget(self.changes, 3)
        self.refused = QTableWidget(min(len(plan.refused), MAX_SHOWN), 2, self)
        self.refused.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it is refused")])
        for i, r in enumerate(plan.refused[:MAX_SHOWN]):
            self.refused.setItem(i, 0, QTableWidgetItem(str(r.row)))
            self.refused.setItem(i, 1, QTableWidgetItem(r.message(lang)))
        self.refused.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.refused.verticalHeader().setVisible(False)
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.valid_only = QCheckBox(self.tr("Apply the valid rows and leave the refused ones out"), self)
        if plan.refused:
            lay.addWidget(
                QLabel(self.tr("Refused rows (fix them in the file, or apply only the valid rows):"), self)
            )
            lay.addWidget(self.refused, 2)
            lay.addWidget(self.valid_only)
        else:
            self.refused.hide()
            self.valid_only.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.valid_only.toggled.connect(self._update)
        lay.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.apply_button.setEnabled(
            bool(self.plan.changes) and (not self.plan.refused or self.valid_only.isChecked())
        )


def import_actuals(
    parent: QWidget,
    doc: Document,
    map_id: str,
    push: Callable[[Command], None],
    lang: str,
    path: str | None = None,
) -> bool:
    """Ask for a file (unless ``path``), preview, and apply as one command; True when applied."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportActualsDialog", "Import Criteria Actuals"),
            "",
            QCoreApplication.translate("ImportActualsDialog", "Tables (*.xlsx *.csv);;All files (*)"),
        )
        if not path:
            return False
    try:
        plan = plan_actuals_file(doc.map(map_id), path)
    except ImportFileError as e:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportActualsDialog", "Import Criteria Actuals"),
            e.message(lang),
        )
        return False
    dialog = ImportActualsDialog(plan, path, lang, parent, doc.map_header(map_id).name)
    if dialog.exec() != QDialog.DialogCode.Accepted or not plan.changes:
        return False
    updated = plan.criteria_by_process()
    push(
        SetFields(
            {pid: {"criteria": criteria} for pid, criteria in updated.items()},
            label=QCoreApplication.translate("ImportActualsDialog", "Import criteria actuals"),
        )
    )
    return True
