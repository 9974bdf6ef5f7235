"""File ▸ Export Documents: the regulation of this map, the job instruction of a position or
the regulation of a department, as PDF or Word; every job instruction (or department
regulation) of the project into a folder is one choice (and one action of its own).

The chooser only collects the choice; the regulation goes on through its own dialog, a
derived document is built headless (``procedit.export.knowledge``) and written in a worker
thread with the regulation's progress dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from procedit.model import Project
from procedit.storage.leftovers import tidy_folder
from procedit.ui.dialogs.replace import suffixed

from .regulation_dialog import (
    export_regulation_interactive,
    file_filters,
    offer_to_open,
    run_export,
    with_suffix,
)

ALL = "*all*"  # the position (department) choice "all of them, into a folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsExport", text)


@dataclass
class Choice:
    kind: str  # "regulation" | "job-instruction" | "department-regulation"
    target: str | None  # a position or department id, ALL, or None for the regulation
    word: bool


class DocumentsDialog(QDialog):
    """Which document, for whom, in which format."""

    def __init__(self, project: Project, parent: QWidget | None = None, kind: str = "regulation") -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(tr("Export Documents"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for value, text in (
            ("regulation", tr("Process regulation of this map")),
            ("job-instruction", tr("Job instruction")),
            ("department-regulation", tr("Department regulation")),
        ):
            self.kind.addItem(text, value)
        self.position = QComboBox(self)
        depts = {d.id: d.name.strip() for d in project.departments}
        if project.positions:
            self.position.addItem(tr("All positions: one file each, into a folder"), ALL)
        for q in project.positions:
            dept = depts.get(q.department_id or "", "")
            self.position.addItem(
                f"{q.name.strip() or '…'} ({dept})" if dept else q.name.strip() or "…", q.id
            )
        self.department = QComboBox(self)
        if project.departments:
            self.department.addItem(tr("All departments: one file each, into a folder"), ALL)
        for d in project.departments:
            self.department.addItem(d.name.strip() or "…", d.id)
        self.format = QComboBox(self)
        self.format.addItem(tr("PDF"), False)
        self.format.addItem(tr("Word (DOCX)"), True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(tr("Document"), self.kind)
        form.addRow(tr("Position"), self.position)
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Format"), self.format)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.position.setEnabled(kind == "job-instruction" and self.position.count() > 0)
        self.department.setEnabled(kind == "department-regulation" and self.department.count() > 0)
        hint = ""
        if kind == "job-instruction" and not self.project.positions:
            hint = tr(
                "The project has no positions yet: add them under Positions in the project's properties."
            )
        elif kind == "department-regulation" and not self.project.departments:
            hint = tr("The project has no departments yet: add them in the project's properties.")
        elif kind != "regulation":
            hint = tr(
                "Duties and interactions are derived from the TO BE maps (the AS IS maps when there are none)."
            )
        self.hint.setText(hint)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not (kind == "job-instruction" and not self.project.positions)
                      and not (kind == "department-regulation" and not self.project.departments))  # fmt: skip

    def choice(self) -> Choice:
        kind = self.kind.currentData()
        target = None
        if kind == "job-instruction":
            target = self.position.currentData()
        elif kind == "department-regulation":
            target = self.department.currentData()
        return Choice(kind, target, bool(self.format.currentData()))


def export_documents_interactive(
    parent: QWidget | None,
    project: Project,
    map_id: str | None,
    *,
    folder: str | None = None,
    source: str | None = None,
    kind: str = "regulation",
) -> str | None:
    """The chooser, then the document's export; returns the written file (folder) or None."""
    dialog = DocumentsDialog(project, parent, kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    if choice.kind == "regulation":
        return export_regulation_interactive(
            parent, project, map_id, folder=folder, source=source, word=choice.word
        )
    if choice.target == ALL:
        return export_all_interactive(
            parent, project, choice.kind, word=choice.word, folder=folder, source=source
        )
    return _export_one(parent, project, choice, folder, source)


def _export_one(
    parent, project: Project, choice: Choice, folder: str | None, source: str | None
) -> str | None:
    from procedit.document.department_doc import department_regulation
    from procedit.document.derived import make_basis
    from procedit.document.job_instruction import job_instruction
    from procedit.export.knowledge import file_name, write_document

    title = tr("Export Documents")
    basis = make_basis(project)
    if choice.kind == "job-instruction":
        tree = job_instruction(basis, next(q for q in project.positions if q.id == choice.target))
    else:
        tree = department_regulation(basis, next(d for d in project.departments if d.id == choice.target))
    pdf, word = file_filters()
    start = Path(folder) if folder else Path.home()
    name = file_name(tree, ".docx" if choice.word else ".pdf", set())
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start / name), f"{pdf};;{word}", word if choice.word else pdf
    )
    if not path:
        return None
    path = suffixed(parent, title, path, with_suffix(path, chosen))
    if path is None:
        return None
    tidy_folder(Path(path).parent)

    def job(progress, cancel, warnings) -> int:
        progress(10, 100)
        protect = (source,) if source else ()
        return write_document(
            project,
            tree,
            path,
            word=path.lower().endswith(".docx"),
            warnings=warnings,
            protect=protect,
            cancel=cancel,
        )

    outcome, warnings = run_export(parent, title, tr("Writing the document…"), job)
    if "error" in outcome:
        QMessageBox.warning(parent, title, tr("The document was not written:\n{0}").format(outcome["error"]))
        return None
    if "cancelled" in outcome:
        return None
    offer_to_open(
        parent, title, tr("The document is saved:\n{0}\n\nOpen it now?").format(path), path, warnings
    )
    return path


def export_all_interactive(
    parent: QWidget | None,
    project: Project,
    kind: str = "job-instruction",
    *,
    word: bool = False,
    folder: str | None = None,
    source: str | None = None,
) -> str | None:
    """File ▸ Export All Job Instructions: asks for a folder and writes one file per position
    (``department-regulation``: per department) into it; returns the folder or None."""
    from procedit.export.knowledge import export_all

    jobs = kind == "job-instruction"
    title = tr("Export All Job Instructions") if jobs else tr("Export All Department Regulations")
    items = project.positions if jobs else project.departments
    if not items:
        QMessageBox.information(
            parent,
            title,
            tr("The project has no positions yet: add them under Positions in the project's properties.")
            if jobs
            else tr("The project has no departments yet: add them in the project's properties."),
        )
        return None
    start = folder or str(Path.home())
    target = QFileDialog.getExistingDirectory(parent, title, start)
    if not target:
        return None
    tidy_folder(target)
    done: dict = {}

    def job(progress, cancel, warnings) -> int:
        batch = export_all(
            project, target, kind, word=word, progress=progress, cancel=cancel, warnings=warnings,
            protect=(source,) if source else (),
        )  # fmt: skip
        done["files"] = len(batch.files)
        return batch.pages

    label = tr("Writing the job instructions…") if jobs else tr("Writing the department regulations…")
    outcome, warnings = run_export(parent, title, label, job)
    if "error" in outcome:
        QMessageBox.warning(
            parent, title, tr("The documents were not written:\n{0}").format(outcome["error"])
        )
        return None
    if "cancelled" in outcome:
        return None
    text = tr("{0} documents are saved in the folder:\n{1}\n\nOpen the folder now?").format(
        done.get("files", 0), target
    )
    offer_to_open(parent, title, text, target, warnings)
    return target
