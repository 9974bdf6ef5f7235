"""The top line of the Problems dock: the map's checking level and what the next level would add.

"Checking level: Sketch. The next level, Description, would add 2 errors and 5 warnings
(owners, customers and demand, …)" and a button that raises the level (one undoable step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from procedit.commands import Command, Document, SetMapFields
from procedit.model import CheckLevel, Severity
from procedit.ui.window.levels import level_scope, level_title
from procedit.validation import LiveValidator, levels


def tr(text: str) -> str:
    return QCoreApplication.translate("LevelBar", text)


class LevelBar(QWidget):
    """Follows one map of a document through the shared live validator."""

    def __init__(self, doc: Document, validator: LiveValidator, push: Callable[[Command], None]):
        super().__init__()
        self.setObjectName("level_bar")
        self.doc, self.validator, self.push = doc, validator, push
        self.map_id: str | None = doc.map_ids()[0] if doc.map_ids() else None
        self.label = QLabel(self)
        self.label.setObjectName("level_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.raise_button = QPushButton(self)
        self.raise_button.setObjectName("raise_level")
        self.raise_button.clicked.connect(self.raise_level)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.raise_button)
        self._unsubscribe = validator.subscribe(self._on_findings)

    def set_map(self, map_id: str) -> None:
        self.map_id = map_id
        self.refresh()

    def detach(self) -> None:
        self._unsubscribe()

    def _on_findings(self, map_ids: frozenset[str]) -> None:
        if self.map_id in map_ids:
            self.refresh()

    def next_level(self) -> CheckLevel | None:
        return levels.next_level(self.validator.level(self.map_id)) if self.map_id else None

    def refresh(self) -> None:
        if self.map_id is None or not self.doc.has_map(self.map_id):
            return
        level = self.validator.level(self.map_id)
        text = tr("Checking level: %1.").replace("%1", level_title(level))
        following = levels.next_level(level)
        if following is None:
            text += " " + tr("Every rule applies.")
        else:
            now = self.validator.counts(self.map_id)
            then = self.validator.counts(self.map_id, following)
            errors = then[Severity.ERROR] - now[Severity.ERROR]
            warnings = then[Severity.WARNING] - now[Severity.WARNING]
            infos = then[Severity.INFO] - now[Severity.INFO]
            name = level_title(following)
            if errors or warnings or infos:
                text += " " + (
                    tr("The next level, %1, would add %2 errors, %3 warnings and %4 notes (%5).")
                    .replace("%1", name)
                    .replace("%2", str(errors))
                    .replace("%3", str(warnings))
                    .replace("%4", str(infos))
                    .replace("%5", level_scope(following))
                )
            else:
                text += " " + tr("The next level, %1, would add nothing (%2).").replace("%1", name).replace(
                    "%2", level_scope(following)
                )
            self.raise_button.setText(tr("Raise to %1").replace("%1", name))
        self.raise_button.setVisible(following is not None)
        self.label.setText(text)

    def raise_level(self) -> None:
        following = self.next_level()
        if following is not None and self.map_id is not None:
            self.push(SetMapFields(self.map_id, {"check_level": following}, label=tr("Raise checking level")))
