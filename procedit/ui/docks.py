"""The docks' content for one document: properties panel, problems list, live validation.

``DocumentPanels`` builds ``procedit.ui.panels.properties.PropertiesPanel(doc, push)`` and
``procedit.ui.problems.ProblemsPanel(doc, validator=..., lang=...)`` around one shared
``LiveValidator`` and wires them to the scene:

- scene selection → ``properties.show_selection(map_id, ids)``;
- validator findings (debounced) → ``scene.set_findings(by element)``,
  ``properties.set_findings(all findings)``; the problems panel follows the validator itself;
- ``properties.ownerViewChanged(person)`` → ``scene.set_dimmed(not owned ids)``;
- ``elementActivated(map_id, elem_id)`` of either panel → ``window.show_element``.

While a panel module is missing, its dock shows a placeholder. The window makes one
``DocumentPanels`` per document (New, Open) and calls ``detach()`` before dropping it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from procedit.commands import Command, Document
from procedit.validation import LiveValidator

FINDINGS_DELAY_MS = 120  # coalesce bursts of edits (typing) into one badge refresh


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    label.setMinimumWidth(260)
    return label


def _class(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class DocumentPanels(QObject):
    countsChanged = Signal(int, int, int)  # errors, warnings, infos of the shown map

    def __init__(self, window: Any, scene: Any, doc: Document, push: Callable[[Command], None], lang: str):
        super().__init__(window)
        self.window = window
        self.scene = scene
        self.doc = doc
        self.validator = LiveValidator(doc)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FINDINGS_DELAY_MS)
        self._timer.timeout.connect(self.refresh_findings)
        self._unsubscribe = self.validator.subscribe(lambda _maps: self._timer.start())

        cls = _class("procedit.ui.panels.properties", "PropertiesPanel")
        if cls is None:
            self.properties: QWidget = _placeholder(
                QCoreApplication.translate("Docks", "Select a process to see its properties.")
            )
        else:
            self.properties = cls(doc, push)
            self.properties.set_language(lang)
            self.properties.ownerViewChanged.connect(self._dim_for_owner)
            self.properties.elementActivated.connect(window.show_element)

        cls = _class("procedit.ui.problems", "ProblemsPanel")
        if cls is None:
            self.problems: QWidget = _placeholder(
                QCoreApplication.translate("Docks", "Problems of the map will be listed here.")
            )
        else:
            self.problems = cls(doc, validator=self.validator, lang=lang)
            self.problems.elementActivated.connect(window.show_element)
        self._timer.start()  # validate after the window has shown the map, not before

    def flush(self) -> None:
        """Bring badges, panels and counts up to date now (before a screenshot)."""
        self._timer.stop()
        self.refresh_findings()
        if hasattr(self.problems, "refresh"):
            self.problems.refresh()

    # ------------------------------------------------------------ from the window
    def show_selection(self, map_id: str | None, ids: list[str]) -> None:
        if hasattr(self.properties, "show_selection"):
            self.properties.show_selection(map_id, ids)

    def set_map(self, map_id: str) -> None:
        if hasattr(self.problems, "set_map"):
            self.problems.set_map(map_id)
        self.show_selection(map_id, [])
        self.refresh_findings()
        if hasattr(self.properties, "owner_person"):
            self._dim_for_owner(self.properties.owner_person())

    def set_project_path(self, path: str | None) -> None:
        if hasattr(self.properties, "set_project_path"):
            self.properties.set_project_path(path)

    def counts(self) -> tuple[int, int, int]:
        map_id = self.scene.map_id
        if map_id is None:
            return 0, 0, 0
        c = self.validator.counts(map_id)
        return tuple(c[s] for s in c)  # type: ignore[return-value]

    def refresh_findings(self) -> None:
        """Push the current findings to the canvas badges and the properties panel."""
        map_id = self.scene.map_id
        if map_id is not None:
            self.scene.set_findings(self.validator.by_element(map_id))
        if hasattr(self.properties, "set_findings"):
            self.properties.set_findings(self.validator.all_findings())
        self.countsChanged.emit(*self.counts())

    def detach(self) -> None:
        self._timer.stop()
        self._unsubscribe()
        for panel in (self.properties, self.problems):
            if hasattr(panel, "detach"):
                panel.detach()
        self.validator.close()

    # ------------------------------------------------------------ internals
    def _dim_for_owner(self, person_id: str | None) -> None:
        map_id = self.scene.map_id
        if map_id is None:
            return
        from procedit.ui.panels.owner_view import not_owned_ids

        self.scene.set_dimmed(not_owned_ids(self.doc, map_id, person_id))
