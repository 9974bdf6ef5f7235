"""File ▸ Import (BPMN 2.0, a process register from Excel or CSV) and File ▸ Export Data
(BPMN 2.0, an Excel workbook): file choice, errors in a message box, the import summary.

A BPMN model is read first (a bad file is refused before anything is asked); then the user
chooses to add its maps to the open project (one undo step) or to open it as a new project
(after the usual prompt about unsaved changes). An untouched new project is simply replaced."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from procedit.interchange import (
    import_bpmn,
    into_command,
    plan_into,
    read_table,
    register_command,
    write_bpmn,
    write_xlsx,
)
from procedit.storage import ProjectFileError, ProjectSaveError
from procedit.storage.names import file_stem
from procedit.ui.dialogs.replace import suffixed

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow

BPMN_SUFFIXES = (".bpmn", ".xml")
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")


def tr(text: str) -> str:
    return QCoreApplication.translate("Interchange", text)


def _folder(window: MainWindow) -> Path:
    return Path(window.path).parent if window.path else Path.home()


def import_dialog(window: MainWindow, path: str | None = None) -> bool:
    """Ask for a file (unless given) and import it; True when something was imported."""
    if window.doc is None:
        return False
    if path is None:
        both = tr("BPMN model or process register (*.bpmn *.xml *.xlsx *.xlsm *.csv *.tsv *.txt)")
        bpmn = tr("BPMN 2.0 model (*.bpmn *.xml)")
        table = tr("Process register (*.xlsx *.xlsm *.csv *.tsv *.txt)")
        # (the BPMN filter came first: a register's .xlsx or .csv was not shown until it was changed)
        path, _ = QFileDialog.getOpenFileName(
            window, tr("Import"), str(_folder(window)), f"{both};;{bpmn};;{table}"
        )
        if not path:
            return False
    suffix = Path(path).suffix.lower()
    try:
        if suffix in TABLE_SUFFIXES:
            return _import_register(window, path)
        return _import_bpmn(window, path)
    except ProjectFileError as e:
        window._error(tr("Cannot Import"), e.message(window.lang))
        return False


def _import_bpmn(window: MainWindow, path: str) -> bool:
    result = import_bpmn(path)
    where = NEW if _untouched(window) else ask_where(window, Path(path).name)
    if where == NEW:
        if not window.maybe_save():
            return False
        window.set_document(result.project, None)
        text = result.summary.text(window.lang)
    elif where == INTO:
        text = _add_maps(window, result)
        if text is None:
            return False
    else:
        return False
    window.statusBar().showMessage(tr("Imported %1").replace("%1", path), 8000)
    if not window.quiet:
        QMessageBox.information(window, tr("BPMN Imported"), text)
    window.last_import_summary = text
    return True


INTO, NEW = "into", "new"


def _untouched(window: MainWindow) -> bool:
    """A new, unsaved and unchanged project with nothing drawn: nothing to add the maps to."""
    project = window.doc.project
    return window.path is None and not window.is_modified() and not any(m.processes or m.parties for m in project.maps)


def ask_where(window: MainWindow, name: str) -> str | None:
    """Add to this project (INTO), open as a new project (NEW) or cancel (None)."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Import BPMN"))
    box.setText(tr("Add the maps of “%1” to this project, or open the model as a new project?").replace("%1", name))
    box.setInformativeText(
        tr(
            "Added maps are one step in Edit ▸ Undo; people and departments are matched by name "
            "or added, and a map named like one of this project's gets a number."
        )
    )
    into = box.addButton(tr("&Add to This Project"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(tr("&Open as New Project"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(into)
    window.import_question = box  # tests answer it while it runs
    try:
        box.exec()
    finally:
        window.import_question = None
        box.deleteLater()
    clicked = box.clickedButton()
    return INTO if clicked is into else NEW if clicked is new else None


def _add_maps(window: MainWindow, result) -> str | None:
    """The imported maps added as one undo step and the first of them shown; the summary, or
    None when the project's limits refused them (the message says why)."""
    project = window.doc.project
    plan = plan_into(project, result.project)
    refused = []

    def note(error) -> None:
        refused.append(error)

    window.undo_stack.refused.connect(note)
    try:
        window.push(into_command(plan, project, tr("Import BPMN")))
    finally:
        window.undo_stack.refused.disconnect(note)
    if refused or not window.doc.has_map(plan.maps[0].id):
        reason = refused[0].message(window.lang) if refused else ""
        window._error(tr("Cannot Import"), tr("The maps were not added: %1").replace("%1", reason))
        return None
    window.switch_map(plan.maps[0].id)
    return result.summary.text(window.lang) + "\n\n" + plan.text(window.lang)


def _import_register(window: MainWindow, path: str) -> bool:
    """A register goes into the current map after the user has seen the preview."""
    from procedit.ui.dialogs.register_dialog import RegisterDialog

    table = read_table(path)
    dialog = RegisterDialog(window, table, window.doc.project, window.map_id, window.lang, Path(path).name)
    window.register_dialog = dialog  # tests reach it while it runs
    refused = []

    def note(error) -> None:
        refused.append(error)

    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return False
        window.undo_stack.refused.connect(note)
        try:
            window.push(register_command(dialog.plan, window.doc.project, window.map_id))
        finally:
            window.undo_stack.refused.disconnect(note)
    finally:
        window.register_dialog = None
        dialog.deleteLater()
    if refused:  # beyond the project's limits: nothing was added
        reason = refused[0].message(window.lang)
        window._error(tr("Cannot Import"), tr("The processes were not added: %1").replace("%1", reason))
        return False
    if window.scene is not None:
        window.scene.select_ids([p.id for p in dialog.plan.processes])
    window.statusBar().showMessage(
        tr("Imported %1 processes from %2")
        .replace("%1", str(len(dialog.plan.processes)))
        .replace("%2", path),
        8000,
    )
    return True


def export_dialog(window: MainWindow, path: str | None = None) -> str | None:
    """Write the project as BPMN 2.0 or as an Excel workbook (by the chosen suffix)."""
    if window.doc is None:
        return None
    if path is None:
        bpmn = tr("BPMN 2.0 model (*.bpmn)")
        xlsx = tr("Excel workbook: register, criteria, RACI, findings (*.xlsx)")
        # (a project's name may hold "/" or ":", which no file name takes)
        stem = Path(window.path).stem if window.path else file_stem(window.doc.project.name, fallback="project")
        path, chosen = QFileDialog.getSaveFileName(
            window, tr("Export Data"), str(_folder(window) / f"{stem}.bpmn"), f"{bpmn};;{xlsx}"
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".bpmn", ".xlsx"):
            # the dialog asked about the name typed, not this one: ask before writing over it
            path = suffixed(window, tr("Export Data"), path, path + (".xlsx" if chosen == xlsx else ".bpmn"))
            if path is None:
                return None
    try:
        if Path(path).suffix.lower() == ".xlsx":
            write_xlsx(window.doc.project, path, window.lang)
        else:
            write_bpmn(window.doc.project, path)
    except ProjectSaveError as e:
        window._error(tr("Cannot Export"), e.message(window.lang))
        return None
    window.statusBar().showMessage(tr("Exported %1").replace("%1", path), 5000)
    return path
