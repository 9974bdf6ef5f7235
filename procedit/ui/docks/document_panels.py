"""The docks' content for one document: properties panel, problems list, live validation.

``DocumentPanels`` builds ``procedit.ui.panels.properties.PropertiesPanel(doc, push)`` and
``procedit.ui.docks.problems.ProblemsPanel(doc, validator=..., lang=...)`` around one shared
``LiveValidator`` and wires them to the scene:

- scene selection → ``properties.show_selection(map_id, ids)``;
- validator findings → ``scene.set_findings(by element)`` once after the first frame, then
  ``scene.update_findings`` of only the elements whose findings changed (the validator's
  ``subscribe_elements``), ``properties.set_findings(all findings)``, the counts; an edit's
  findings reach the screen within a frame (``FINDINGS_DELAY_MS``), a burst of edits within
  it is shown once; the problems panel follows the validator itself;
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

# Computing an edit's findings takes < 1 ms even at 5,000 processes (LiveValidator); showing them
# waits at most one frame, so that a burst of edits arriving together is shown once (120 ms made
# the badges lag ~8 frames behind the typing).
FINDINGS_DELAY_MS = 16


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
        self._timer.timeout.connect(self._refresh_changed)
        self._started = False  # the first (whole-map) refresh has run
        self._changed: set[str] | None = set()  # shown map's elements whose badges wait; None: all
        self._unsubscribe = self.validator.subscribe_elements(self._on_findings)
        self.level_bar = None  # the Problems dock's level line (with the problems panel)
        self.owner_chip = None  # the canvas's "Owner's view: NAME ✕" while the view dims the map

        cls = _class("procedit.ui.panels.properties", "PropertiesPanel")
        if cls is None:
            self.properties: QWidget = _placeholder(
                QCoreApplication.translate("Docks", "Select a process to see its properties.")
            )
        else:
            self.properties = cls(doc, push, defer=True)
            self.properties.set_language(lang)
            self.properties.ownerViewChanged.connect(self._dim_for_owner)
            self.properties.elementActivated.connect(window.show_element)

        cls = _class("procedit.ui.docks.problems", "ProblemsPanel")
        if cls is None:
            self.problems: QWidget = _placeholder(
                QCoreApplication.translate("Docks", "Problems of the map will be listed here.")
            )
        else:
            self.problems = cls(doc, validator=self.validator, lang=lang)
            self.problems.elementActivated.connect(window.show_element)
            from procedit.ui.docks.level_bar import LevelBar

            self.level_bar = LevelBar(doc, self.validator, push)
            self.problems.layout().insertWidget(0, self.level_bar)
            self.level_bar.map_id = scene.map_id  # filled in by the first refresh, after the first frame
        from procedit.ui.docks.criteria import CriteriaPanel

        self.criteria = CriteriaPanel(doc, push, lang)
        self.criteria.elementActivated.connect(window.show_element)
        # the first validation of the whole map (~0.5-0.9 s at 5,000 processes) runs after the
        # window has painted the map, not before; tied to self: a window closed before the
        # event loop runs drops it instead of calling into deleted panels
        QTimer.singleShot(0, self, self._first_refresh)

    def flush(self) -> None:
        """Bring badges, panels and counts up to date now (before a screenshot)."""
        self.refresh_findings()
        if hasattr(self.problems, "refresh"):
            self.problems.refresh()

    # ------------------------------------------------------------ from the window
    def show_selection(self, map_id: str | None, ids: list[str]) -> None:
        if hasattr(self.properties, "show_selection"):
            self.properties.show_selection(map_id, ids)

    def set_map(self, map_id: str) -> None:
        if self.properties_owner() is not None:
            self.leave_owner_view()  # another map: the owner's view ends (it said whose processes)
        if hasattr(self.problems, "set_map"):
            self.problems.set_map(map_id)
        if self.level_bar is not None:
            self.level_bar.map_id = map_id  # (refresh_findings below shows it)
        self.criteria.set_map(map_id)
        self.show_selection(map_id, [])
        self.refresh_findings()
        if hasattr(self.properties, "owner_person"):
            self._dim_for_owner(self.properties.owner_person())

    def properties_owner(self) -> str | None:
        """The person whose owner's view is on (None: off)."""
        return self.properties.owner_person() if hasattr(self.properties, "owner_person") else None

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
        """Push the current findings to every canvas badge, the properties panel and the counts."""
        self._timer.stop()
        self._started = True
        self._changed = set()
        map_id = self.scene.map_id
        if map_id is not None:
            self.scene.set_findings(self.validator.by_element(map_id))
        self._refresh_panel()
        if self.level_bar is not None:
            self.level_bar.refresh()

    def _first_refresh(self) -> None:
        if not self._started:
            self.refresh_findings()

    def _on_findings(self, map_id: str, ids: frozenset[str] | None) -> None:
        """The validator's notice: these elements' findings changed (None: anything on the map)."""
        if not self._started:
            return  # the first refresh shows everything anyway
        if map_id == self.scene.map_id and self._changed is not None:
            self._changed = None if ids is None else self._changed | ids
        if not self._timer.isActive():
            self._timer.start()

    def _refresh_changed(self) -> None:
        """After edits: only the badges whose findings changed, then the panel and the counts."""
        changed, self._changed = self._changed, set()
        map_id = self.scene.map_id
        if map_id is not None:
            if changed is None or not hasattr(self.scene, "update_findings"):
                self.scene.set_findings(self.validator.by_element(map_id))
            elif changed:
                merged = self.validator.by_element(map_id, ids=changed)
                self.scene.update_findings({elem_id: merged.get(elem_id, []) for elem_id in changed})
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        if hasattr(self.properties, "set_findings"):
            self.properties.set_findings(self.validator.all_findings())
        self.countsChanged.emit(*self.counts())

    def detach(self) -> None:
        self._timer.stop()
        self._started = True  # a first refresh still queued does nothing now
        self._unsubscribe()
        if self.owner_chip is not None:
            self.owner_chip.deleteLater()
            self.owner_chip = None
        if self.level_bar is not None:
            self.level_bar.detach()
        for panel in (self.properties, self.problems, self.criteria):
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
        self._show_owner_chip(person_id)

    def _show_owner_chip(self, person_id: str | None) -> None:
        """The chip on the canvas that says whose view dims the map (its ✕ ends the view)."""
        view = getattr(self.window, "view", None)
        if view is None:
            return
        if self.owner_chip is None:
            if person_id is None:
                return
            from procedit.ui.canvas.owner_chip import OwnerChip

            self.owner_chip = OwnerChip(view.viewport())
            self.owner_chip.closeRequested.connect(self.leave_owner_view)
        person = self.doc.header.person(person_id)
        self.owner_chip.show_person(None if person is None else (person.name or person_id))

    def leave_owner_view(self) -> None:
        """Switch the owner's view off: nothing dimmed, no chip."""
        if hasattr(self.properties, "owner_view"):
            self.properties.owner_view.set_person(None)  # emits ownerViewChanged(None)
        else:
            self._dim_for_owner(None)
