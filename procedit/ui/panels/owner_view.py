"""Owner's view: one person's processes and what each still lacks.

Choosing a person emits ``ownerViewChanged(person_id | None)``; the window dims the other
processes on the canvas (``not_owned_ids`` gives their ids). Double-clicking a process
emits ``elementActivated(map_id, process_id)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from procedit.commands import Document
from procedit.model import Process

from .fields import ComboField
from .findings_box import severity_name
from .form_base import person_title, process_title


def not_owned_ids(doc: Document, map_id: str, person_id: str | None) -> set[str] | None:
    """Ids of the processes of ``map_id`` that ``person_id`` does not own (None: dim nothing)."""
    if person_id is None or not doc.has_map(map_id):
        return None
    return {p.id for p in doc.processes(map_id) if p.owner_id != person_id}


class OwnerView(QWidget):
    ownerViewChanged = Signal(object)
    elementActivated = Signal(str, str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.findings: list[Any] | None = None  # None: nobody gave us findings
        self.lang = "en"
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        intro = QLabel(
            self.tr("Choose a process owner to see their processes and what is still missing in each."), self
        )
        intro.setWordWrap(True)
        self.person = ComboField(self)
        self.person.edited.connect(self._picked)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Process"), self.tr("Map")])
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        box.addWidget(intro)
        box.addWidget(self.person)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)
        self.refresh()

    def person_id(self) -> str | None:
        return self.person.value()

    def set_person(self, person_id: str | None) -> None:
        """Show ``person_id``'s processes (as the user's pick would, emitting the signal)."""
        self.person.set_value(person_id)
        self._picked(person_id)

    def set_findings(self, findings: Sequence[Any] | None) -> None:
        self.findings = list(findings) if findings is not None else None
        self.refresh()

    def _picked(self, person_id: Any) -> None:
        self.refresh()
        self.ownerViewChanged.emit(person_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        while item.parent() is not None:
            item = item.parent()
        map_id, proc_id = item.data(0, Qt.ItemDataRole.UserRole) or (None, None)
        if map_id and proc_id:
            self.elementActivated.emit(map_id, proc_id)

    # ------------------------------------------------------------ content
    def owned(self, person_id: str) -> list[tuple[str, Process]]:
        return [
            (map_id, p)
            for map_id in self.doc.map_ids()
            for p in self.doc.processes(map_id)
            if p.owner_id == person_id
        ]

    def missing(self, processes: list[tuple[str, Process]]) -> dict[str, list[tuple[str, str]]]:
        """For each process id: (severity, message) of what is wrong or missing."""
        ids = {p.id for _, p in processes}
        findings = self.findings
        if findings is None:
            try:
                from procedit.validation import validate

                findings = validate(self.doc.project)
            except Exception:  # validation unavailable or failing: fall back to the simple check
                findings = None
        result: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
        if findings is not None:
            for f in findings:
                if f.element_id in ids:
                    result[f.element_id].append((severity_name(f), f.message(self.lang)))
            return result
        for _, p in processes:
            for empty, text in (
                (not p.goal.strip(), self.tr("no goal")),
                (not p.results.strip(), self.tr("no results")),
                (not p.criteria, self.tr("no criteria")),
                (not p.documents, self.tr("no documents")),
            ):
                if empty:
                    result[p.id].append(("warning", text))
        return result

    def refresh(self) -> None:
        people = [(None, self.tr("— nobody (show all processes) —"))]
        people += [(p.id, person_title(p)) for p in self.doc.header.people]
        self.person.set_choices(people)
        person_id = self.person.value()
        self.tree.clear()
        if person_id is None:
            self.summary.setText(self.tr("No owner chosen: the map shows every process."))
            return
        processes = self.owned(person_id)
        missing = self.missing(processes)
        needs = sum(1 for _, p in processes if missing.get(p.id))
        self.summary.setText(
            self.tr("%n process(es)", "", len(processes)) + " · " + self.tr("%n need(s) attention", "", needs)
            if processes
            else self.tr("This person owns no process yet.")
        )
        colors = {"error": "#b71c1c", "warning": "#7a5a00", "info": "#1f4e79"}
        for map_id, p in processes:
            top = QTreeWidgetItem([process_title(p), self.doc.map_header(map_id).name])
            top.setData(0, Qt.ItemDataRole.UserRole, (map_id, p.id))
            problems = missing.get(p.id, [])
            if not problems:
                done = QTreeWidgetItem([self.tr("✓ nothing missing")])
                done.setForeground(0, QBrush(QColor("#2e7d32")))
                top.addChild(done)
            for severity, text in problems:
                child = QTreeWidgetItem([text])
                child.setForeground(0, QBrush(QColor(colors.get(severity, "#444"))))
                child.setToolTip(0, text)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
