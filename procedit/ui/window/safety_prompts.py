"""The questions the document-safety controller asks (message boxes); tests substitute answers."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from procedit.storage.lock import LockOwner

from .safety_texts import lang, tr


class Prompts:
    """The questions DocumentSafety asks; tests substitute answers."""

    def changed_on_disk(self, parent: QWidget, name: str) -> bool:
        """True: reload from disk; False: keep mine."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("File Changed on Disk"), "", parent=parent)
        box.setText(
            tr(
                "“%1” was changed on disk by another program or person.\n\n"
                "Reload it (your unsaved changes here are lost) or keep your version?"
            ).replace("%1", name)
        )
        reload_ = box.addButton(tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is reload_

    def overwrite_newer(self, parent: QWidget, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("File Changed on Disk"), "", parent=parent)
        box.setText(
            tr("“%1” was changed on disk after you opened it.\n\nOverwrite it with your version?").replace(
                "%1", name
            )
        )
        overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is overwrite

    def save_failed(
        self, parent: QWidget, message: str, *, kept=None, why: str = "", modified: bool = True
    ) -> bool:
        """True: the user wants Save As. ``kept``: the recovery copy just written (its file),
        None when there was nothing to keep (``modified`` False) or it failed (``why``)."""
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Cannot Save Project"), message, parent=parent)
        if not modified:
            info = tr("The document is unchanged since it was last saved.")
        elif kept is not None:
            info = tr("Your changes are still open here and kept in the recovery copy:\n%1").replace(
                "%1", str(kept)
            )
        else:
            info = tr(
                "Your changes are only open in this window: the recovery copy could not be written "
                "either (%1)."
            ).replace("%1", why)
        box.setInformativeText(info + "\n" + tr("Save them under another name or in another folder?"))
        save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as

    def locked(self, parent: QWidget, name: str, owner: LockOwner) -> bool:
        """True: open (or save) anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("File Is Open Elsewhere"), "", parent=parent)
        box.setText(
            tr(
                "“%1” is already open: %2.\n\n"
                "If you both edit it, one of you will overwrite the other's changes."
            )
            .replace("%1", name)
            .replace("%2", owner.describe(lang()))
        )
        anyway = box.addButton(tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
