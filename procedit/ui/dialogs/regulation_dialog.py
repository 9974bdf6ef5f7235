"""File ▸ Export Regulation (PDF or Word): ask for a file (its type picks the format),
export in a worker thread with a progress dialog that can cancel, then offer to open it.

The export itself is headless (``procedit.export.export_regulation``); it reads an
immutable ``Project`` value, so running it in another thread is safe while the window
stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from procedit import export as pdf_export
from procedit.model import Project, document_of
from procedit.storage.leftovers import tidy_folder
from procedit.storage.names import file_stem
from procedit.ui.dialogs.replace import suffixed

from .background import run_job


def tr(text: str) -> str:
    return QCoreApplication.translate("RegulationExport", text)


def regulation_job(
    project: Project, path: str, map_id: str | None, process_code: str | None, source: str | None
):
    """The export of the regulation (PDF, or Word for a .docx path) as a job for ``run_export``."""

    def job(**kw) -> int:
        if path.lower().endswith(".docx"):
            from procedit.export.docx import export_docx

            write = export_docx
        else:
            write = pdf_export.export_regulation
        protect = (source,) if source else ()
        return write(project, path, map_id=map_id, process_code=process_code, protect=protect, **kw)

    return job


def run_export(
    parent: QWidget | None, title: str, label: str, job: Callable[..., int]
) -> tuple[dict, list[str]]:
    """Runs ``job`` (an export; it returns the page count) in a worker thread under a progress
    dialog that can cancel (``background.run_job``); returns the outcome ({"pages": n} |
    {"error": message} | {"cancelled": None}) and the export's warnings."""
    warnings: list[str] = []  # characters no font could draw (filled by the export)
    outcome = run_job(
        parent,
        title,
        label,
        lambda progress, cancel: job(progress=progress, cancel=cancel, warnings=warnings),
        cancelled=(pdf_export.ExportCancelled,),
        errors=(pdf_export.ExportError,),
    )
    if outcome.cancelled:
        return {"cancelled": None}, warnings
    if outcome.error is not None:
        return {"error": outcome.error}, warnings
    return {"pages": outcome.result}, warnings


def default_file_name(project: Project, process_code: str | None, map_id: str | None = None) -> str:
    """The PDF's name from the project and the map (each map's regulation its own name), with
    the process code for one process: "Процессы маркетинга — Маркетинг — AS IS — М-05.pdf"."""
    pmap = next((m for m in project.maps if m.id == map_id), project.maps[0] if project.maps else None)
    base = document_of(project, pmap).passport.code.strip() or project.name.strip()
    return (
        file_stem(base, pmap.name if pmap is not None else "", process_code or "", fallback="regulation")
        + ".pdf"
    )


def file_filters() -> tuple[str, str]:
    return tr("PDF document (*.pdf)"), tr("Word document (*.docx)")


def with_suffix(path: str, chosen_filter: str) -> str:
    """The path with the suffix of its format: a typed ".pdf"/".docx" wins, else the filter's."""
    if path.lower().endswith((".pdf", ".docx")):
        return path
    return path + (".docx" if chosen_filter == file_filters()[1] else ".pdf")


def export_regulation_interactive(
    parent: QWidget | None,
    project: Project,
    map_id: str | None,
    process_code: str | None = None,
    *,
    folder: str | None = None,
    source: str | None = None,
    word: bool = False,
) -> str | None:
    """Asks for the PDF or DOCX file (``word``: Word is offered first), exports with progress
    and cancel, offers to open the result.

    Returns the written path, or None when the user cancelled or the export failed
    (the failure is shown in a message box).
    """
    title = tr("Export Regulation") if process_code is None else tr("Export Process Regulation")
    start = Path(folder) if folder else Path.home()
    pdf, docx = file_filters()
    name = default_file_name(project, process_code, map_id)
    if word:
        name = name.removesuffix(".pdf") + ".docx"
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start / name), f"{pdf};;{docx}", docx if word else pdf
    )
    if not path:
        return None
    path = suffixed(parent, title, path, with_suffix(path, chosen))
    if path is None:
        return None

    tidy_folder(Path(path).parent)  # temporary files an export cut short left there
    outcome, warnings = run_export(
        parent,
        title,
        tr("Writing the regulation…"),
        regulation_job(project, path, map_id, process_code, source),
    )

    if "error" in outcome:
        QMessageBox.warning(
            parent, title, tr("The regulation was not written:\n{0}").format(outcome["error"])
        )
        return None
    if "cancelled" in outcome:
        return None
    pages = int(outcome.get("pages") or 0)
    if path.lower().endswith(".docx"):
        saved = tr("The regulation is saved as a Word document:\n{0}\n\nOpen it now?").format(path)
    else:
        saved = tr("The regulation is saved ({0} pages):\n{1}\n\nOpen it now?").format(pages, path)
    offer_to_open(parent, title, saved, path, warnings)
    return path


def offer_to_open(parent: QWidget | None, title: str, text: str, path: str, warnings: list[str]) -> None:
    """Says what was written (and the export's warnings, in the document's language) and opens
    the file or folder if asked."""
    if warnings:
        text += "\n\n" + "\n".join(dict.fromkeys(warnings))
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
