"""File ▸ Publish Portal: choose the folder (remembered per project) and whether each map's
regulation goes in as a PDF, publish in a worker thread behind a progress dialog that can
cancel (the site is written beside and swapped in: a cancel leaves the earlier portal whole),
then offer to open the start page in the browser.

A folder that is neither empty nor an earlier portal is never replaced: the dialog says so
and offers a new folder inside it. The publishing itself is headless
(``procedit.export.portal.publish_portal``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procedit.export.portal import (
    DEFAULT_LIMIT,
    PortalCancelled,
    PortalError,
    PortalResult,
    is_portal,
    publish_portal,
)
from procedit.export.portal_documents import instruction_pdf, regulation_pdf
from procedit.model import Project
from procedit.storage.names import file_stem
from procedit.ui import settings
from procedit.ui.dialogs.background import run_job


def tr(text: str) -> str:
    return QCoreApplication.translate("PortalPublish", text)


def default_folder(project: Project, project_path: str | None) -> str:
    """Beside the project file: "<project name> — portal" (the user's home for a new project)."""
    base = Path(project_path).parent if project_path else Path.home()
    name = file_stem(project.name, fallback="procedit")
    return str(base / tr("{0} — portal").format(name))


class PublishPortalDialog(QDialog):
    """The folder and the documents option; Publish checks the folder before it closes."""

    def __init__(self, parent: QWidget | None, project: Project, folder: str, documents: bool) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(tr("Publish Portal"))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "The portal is a static site of this project for staff: the maps, a page per process "
                "and per person, search. It opens from a file share in any browser, with no server."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(folder)
        self.folder.setObjectName("portal_folder")
        browse = QPushButton(tr("Browse…"))
        browse.setObjectName("portal_browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.documents = QCheckBox(
            tr(
                "Include each map's regulation and each position's job instruction as PDFs "
                "(maps of up to {0} processes)"
            ).format(DEFAULT_LIMIT)
        )
        self.documents.setObjectName("portal_documents")
        self.documents.setChecked(documents)
        note = QLabel(
            tr(
                "Publishing again replaces the earlier portal in one step. A folder that holds other "
                "files is never replaced."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(tr("Folder:")))
        layout.addLayout(row)
        layout.addWidget(self.documents)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = self.folder.text().strip()
        while start and not Path(start).is_dir():
            parent = str(Path(start).parent)
            start = "" if parent == start else parent
        chosen = QFileDialog.getExistingDirectory(self, tr("Portal Folder"), start or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        text = self.folder.text().strip()
        if not text:
            QMessageBox.warning(self, tr("Publish Portal"), tr("Choose the folder to publish the portal to."))
            return
        folder = Path(text).expanduser()
        if not is_portal(folder):
            inside = folder / tr("{0} — portal").format(file_stem(self.project.name, fallback="procedit"))
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Publish Portal"),
                tr(
                    "“{0}” holds other files and is not a procedit portal, so it is not replaced.\n\n"
                    "Publish into a new folder inside it, or choose an empty folder or an earlier portal."
                ).format(folder),
                parent=self,
            )
            use_inside = box.addButton(tr("Publish into “{0}”").format(inside.name), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Choose Another Folder"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not use_inside or not is_portal(inside):
                return
            folder = inside
        self.folder.setText(str(folder))
        super().accept()


def publish_portal_interactive(
    parent: QWidget | None, project: Project, project_path: str | None
) -> PortalResult | None:
    """Asks for the folder, publishes with progress and cancel, offers to open the start page.
    Returns the result, or None when cancelled or failed (a failure is shown in a message box)."""
    folder = settings.portal_folder(project_path) or default_folder(project, project_path)
    dialog = PublishPortalDialog(parent, project, folder, settings.portal_documents(project_path))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    out, documents = dialog.folder.text(), dialog.documents.isChecked()
    settings.remember_portal(project_path, out, documents)
    title = tr("Publish Portal")

    def job(progress, cancel) -> PortalResult:
        return publish_portal(
            project, out, documents=regulation_pdf if documents else None,
            instructions=instruction_pdf if documents else None, progress=progress, cancel=cancel,
        )  # fmt: skip

    outcome = run_job(
        parent, title, tr("Publishing the portal…"), job, cancelled=(PortalCancelled,), errors=(PortalError,)
    )
    if outcome.cancelled:
        QMessageBox.information(parent, title, tr("Publishing was cancelled; the folder is as it was."))
        return None
    if outcome.error is not None:
        QMessageBox.warning(parent, title, tr("The portal was not published:\n{0}").format(outcome.error))
        return None
    result: PortalResult = outcome.result
    pdfs = sum(1 for d in result.documents if d.file) + sum(1 for x in result.instructions if x.file)
    text = tr("The portal is published: {0} pages and {1} PDF documents in\n{2}").format(
        result.pages, pdfs, result.directory
    )
    names = {m.id: m.name for m in project.maps}
    for d in result.documents:
        if d.skipped_size:
            text += "\n\n" + tr("The regulation of “{0}” is not included: the map has {1} processes.").format(
                names.get(d.map_id, ""), d.skipped_size
            )
    skipped = sum(1 for x in result.instructions if x.skipped_size)
    if skipped:
        text += "\n\n" + tr(
            "Job instructions not included: {0} (the position works on a map of more than {1} processes)."
        ).format(skipped, DEFAULT_LIMIT)
    text += "\n\n" + tr("Open the start page in the browser?")
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open and not QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(result.start_page))
    ):
        QMessageBox.warning(
            parent, title, tr("No browser could open the start page:\n{0}").format(result.start_page)
        )
    return result
