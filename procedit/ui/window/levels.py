"""The map's checking level in the window: Map ▸ Checking Level and a button in the status bar.

A level (sketch, description, regulation: ``procedit.validation.levels``) says how much of the
rules the map is checked against. Choosing one is an undoable change of the map. A TO BE map is
checked at least as a description and a project under approval or approved as a regulation:
the levels below that are shown but cannot be chosen, and say why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton

from procedit.commands import SetMapFields
from procedit.model import CheckLevel, DocStatus, MapKind, document_of
from procedit.validation import levels

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Levels", text)


def level_title(level: CheckLevel) -> str:
    return {
        CheckLevel.SKETCH: tr("Sketch"),
        CheckLevel.DESCRIPTION: tr("Description"),
        CheckLevel.REGULATION: tr("Regulation"),
    }[level]


def level_scope(level: CheckLevel) -> str:
    """What the level adds to the one below it, in a few words."""
    return {
        CheckLevel.SKETCH: tr("links and a path to a customer"),
        CheckLevel.DESCRIPTION: tr("owners, customers and demand, goals, results, inputs and outputs"),
        CheckLevel.REGULATION: tr(
            "descriptions, regulation documents, criteria and the link to the strategy"
        ),
    }[level]


def level_help(level: CheckLevel) -> str:
    return {
        CheckLevel.SKETCH: tr("Structure only: every box linked, a path to a customer"),
        CheckLevel.DESCRIPTION: tr("Adds owners, customers and demand, goals, results, inputs and outputs"),
        CheckLevel.REGULATION: tr("Every rule: descriptions, regulation documents, criteria, strategy"),
    }[level]


def floor_reason(window: MainWindow) -> tuple[CheckLevel, str]:
    """The lowest level the map can have, and why (empty when nothing raises it)."""
    doc = window.doc
    header = doc.map_header(window.map_id)
    if document_of(doc.header, header).passport.status in (DocStatus.UNDER_APPROVAL, DocStatus.APPROVED):
        return CheckLevel.REGULATION, tr(
            "The map's document is under approval or approved: every rule applies."
        )
    if header.kind == MapKind.TO_BE:
        return CheckLevel.DESCRIPTION, tr("A TO BE map is checked at least as a description.")
    return CheckLevel.SKETCH, ""


class LevelControl(QObject):
    """The level actions (a radio group), their Map submenu and the status bar button."""

    def __init__(self, window: MainWindow, map_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(window)
        self.group.setExclusive(True)
        self.actions: dict[CheckLevel, QAction] = {}
        self.menu = QMenu(tr("Checking &Level"), window)
        self.menu.setObjectName("level_menu")
        for level in levels.LEVELS:
            action = QAction(level_title(level), window)
            action.setObjectName(f"level_{level.value}")
            action.setCheckable(True)
            action.setStatusTip(level_help(level))
            action.triggered.connect(lambda _c=False, lv=level: self.set_level(lv))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[level] = action
        map_menu.addMenu(self.menu)
        self.button = QToolButton(window)
        self.button.setObjectName("level_button")
        self.button.setAutoRaise(True)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        window.statusBar().addPermanentWidget(self.button)

    def level(self) -> CheckLevel:
        """The shown map's checking level (its own, or what its kind and the project raise it to)."""
        window = self.window
        if window.doc is None or window.scene is None or not window.doc.has_map(window.map_id):
            return CheckLevel.SKETCH
        return levels.effective_level(window.doc.header, window.doc.map_header(window.map_id))

    def set_level(self, level: CheckLevel) -> None:
        window = self.window
        if window.doc is None or window.scene is None:
            return
        if window.doc.map_header(window.map_id).check_level != level:
            window.push(SetMapFields(window.map_id, {"check_level": level}, label=tr("Set checking level")))
        self.refresh()

    def refresh(self) -> None:
        window = self.window
        if window.doc is None or window.scene is None or not window.doc.has_map(window.map_id):
            return
        current = self.level()
        floor, why = floor_reason(window)
        for level, action in self.actions.items():
            action.setChecked(level == current)
            allowed = levels.RANK[level] >= levels.RANK[floor]
            action.setEnabled(allowed)
            action.setToolTip(level_help(level) if allowed else why)
        self.button.setText(tr("Level: %1").replace("%1", level_title(current)))
        tip = level_help(current)
        self.button.setToolTip(f"{tip}\n{why}" if why else tip)
