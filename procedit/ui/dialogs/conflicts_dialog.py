"""The merge conflicts kept in a project: shown when the project opens, resolvable in one step.

``procedit merge`` (git's merge driver) keeps one side of every field both sides changed and
records both values in ``Project.conflicts``. This dialog lists them (element, field, the value
kept, the other value) so nothing is lost; "Mark Resolved" clears the list (one undo step)
once the person has looked at each.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Command, Document, SetProjectFields


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def _value(text: str) -> str:
    """A conflict value as a person reads it: a JSON string without its quotes, null as —."""
    if text in ("", "null"):
        return "—"
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text if len(text) <= 200 else text[:199] + "…"


class ConflictsDialog(QDialog):
    def __init__(self, doc: Document, push: Callable[[Command], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(tr("Merge Conflicts"))
        self.doc = doc
        self.push = push
        conflicts = doc.header.conflicts
        intro = QLabel(
            tr(
                "A merge of this project left conflicts: both sides changed the same thing. "
                "The project keeps the value shown as kept; the other value is listed so that nothing is lost. "
                "Fix what needs fixing, then mark the conflicts resolved."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflicts_tree")
        self.tree.setHeaderLabels([tr("Element"), tr("Field"), tr("Ours"), tr("Theirs"), tr("Kept")])
        self.tree.setRootIsDecorated(False)
        for c in conflicts:
            row = QTreeWidgetItem(
                [c.where or c.element or "—", c.field, _value(c.ours), _value(c.theirs), c.kept]
            )
            for column, text in ((2, c.ours), (3, c.theirs)):
                row.setToolTip(column, text)
            self.tree.addTopLevelItem(row)
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox()
        self.resolve_button = buttons.addButton(tr("Mark Resolved"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.resolve_button.setObjectName("resolve_conflicts")
        self.keep_button = buttons.addButton(tr("Keep the List"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def resolve(self) -> None:
        """Clear the conflicts list: one undo step."""
        if self.doc.header.conflicts:
            self.push(SetProjectFields({"conflicts": ()}, label=tr("Resolve merge conflicts")))
        self.accept()
