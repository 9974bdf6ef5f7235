"""At start-up: offer back the documents a crashed procedit left unsaved.

``offer_recovery(parent)`` lists the recovery copies of processes that are gone, lets the
user tick which to recover (all by default), and returns them as ``RecoveredDocument``s
already taken over by this process. "Discard" deletes the ticked ones for good (after a
confirmation); "Later" keeps everything for the next start.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit import storage
from procedit.model import Project
from procedit.storage.recovery import RecoveryEntry, RecoverySlot, RecoveryStore

from ..window.safety_texts import lang, tr


@dataclass
class RecoveredDocument:
    project: Project
    original_path: str | None  # where Save writes it (None: never saved, Save asks for a name)
    slot: RecoverySlot  # its recovery copy, now owned by this process
    entry: RecoveryEntry

    @property
    def name(self) -> str:
        return self.entry.display_name


def when(entry: RecoveryEntry) -> str:
    local = entry.changed_at.astimezone()
    return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    RECOVER, DISCARD, LATER = 1, 2, 0

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Recover Unsaved Work"))
        self.entries = entries
        self.choice = self.LATER
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("procedit was not closed properly. These documents have changes that were not saved:")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("recovery_list")
        self.tree.setHeaderLabels([tr("Document"), tr("Last change"), tr("File")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for entry in entries:
            place = entry.original_path or tr("never saved")
            if entry.original_changed():
                note = tr("the file on disk changed since")
                place += f" ({note})"
            item = QTreeWidgetItem([entry.display_name, when(entry), place])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(2, place)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox()
        self.recover_button = QPushButton(tr("Recover"))
        self.recover_button.setObjectName("recover_button")
        self.discard_button = QPushButton(tr("Discard"))
        self.discard_button.setObjectName("discard_button")
        self.later_button = QPushButton(tr("Later"))
        self.later_button.setObjectName("later_button")
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._finish(self.RECOVER))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(lambda: self._finish(self.LATER))
        layout.addWidget(buttons)
        self.resize(720, 320)

    def checked(self) -> list[RecoveryEntry]:
        return [
            e
            for i, e in enumerate(self.entries)
            if self.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, entries: list[RecoveryEntry]) -> None:
        for i, e in enumerate(self.entries):
            state = Qt.CheckState.Checked if e in entries else Qt.CheckState.Unchecked
            self.tree.topLevelItem(i).setCheckState(0, state)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, tr("Discard"), tr("Delete the selected unsaved changes for good?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _discard(self) -> None:
        if self.checked() and self.confirm_discard():
            self._finish(self.DISCARD)

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != self.LATER else self.reject()


def offer_recovery(
    parent: QWidget | None = None,
    store: RecoveryStore | None = None,
    *,
    dialog_hook=None,
) -> list[RecoveredDocument]:
    """Ask about documents left by a crash; return those the user recovers (taken over).

    ``dialog_hook(dialog)`` runs instead of ``exec()`` (tests answer the dialog with it).
    """
    store = store or RecoveryStore()
    entries = store.list_recoverable()
    if not entries:
        return []
    dialog = RecoveryDialog(entries, parent)
    if dialog_hook is not None:
        dialog_hook(dialog)
    else:
        dialog.exec()
    chosen = dialog.checked()
    if dialog.choice == RecoveryDialog.DISCARD:
        for entry in chosen:
            store.discard(entry)
        return []
    if dialog.choice != RecoveryDialog.RECOVER:
        return []
    recovered: list[RecoveredDocument] = []
    for entry in chosen:
        try:
            project = entry.load()
        except storage.ProjectFileError as e:
            QMessageBox.warning(parent, tr("Cannot Recover"), e.message(lang()))
            continue  # kept on disk: nothing is deleted that could not be opened
        slot = store.adopt(entry)
        recovered.append(RecoveredDocument(project, entry.original_path, slot, entry))
    return recovered
