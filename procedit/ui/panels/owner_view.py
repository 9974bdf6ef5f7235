"""Owner's view: one person's processes and what each still lacks.

Choosing a person emits ``ownerViewChanged(person_id | None)``; the window dims the other
processes on the canvas (``not_owned_ids`` gives their ids). Clicking a process's
name emits ``elementActivated(map_id, process_id)``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from procedit.commands import Document
from procedit.model import Process

from .fields import ComboField
from .findings_box import severity_name
from .form_base import person_title, process_title
from .owner_control import SHOWN_HERE, control_lines


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
        self.list_host = QWidget(self)
        self.list_box = QVBoxLayout(self.list_host)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.list_box.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.list_host)
        self.cards: list[QLabel] = []  # one per process, in order
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []  # (map id, process id, problems)
        box.addWidget(intro)
        box.addWidget(self.person)
        box.addWidget(self.summary)
        box.addWidget(area, 1)
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
        self._chosen = person_id
        self._owned = self._owned_ids(person_id)
        self.refresh()
        self.ownerViewChanged.emit(person_id)

    _chosen: str | None = None
    _owned: frozenset[str] = frozenset()

    def _owned_ids(self, person_id: str | None) -> frozenset[str]:
        if person_id is None:
            return frozenset()
        return frozenset(
            p.id
            for map_id in self.doc.map_ids()
            for p in self.doc.processes(map_id)
            if p.owner_id == person_id
        )

    def follow_document(self) -> None:
        """After an edit: re-announce the chosen owner when what they own changed (the canvas
        re-dims), or drop the choice when the person was deleted."""
        if self._chosen is None:
            return
        if self.doc.header.person(self._chosen) is None:
            self.person.set_choices([])  # refreshed on the next refresh()
            self._picked(None)
            return
        owned = self._owned_ids(self._chosen)
        if owned != self._owned:
            self._owned = owned
            self.ownerViewChanged.emit(self._chosen)

    def _activated(self, href: str) -> None:
        map_id, _, proc_id = href.partition("|")
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
                from procedit.model import CheckLevel
                from procedit.validation import validate

                findings = validate(self.doc.project, level=CheckLevel.REGULATION)  # all they lack
            except Exception:  # validation unavailable or failing: fall back to the simple check
                findings = None
        result: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
        if findings is not None:
            for f in findings:
                if f.element_id in ids and f.rule not in SHOWN_HERE:
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
        labels = self.doc.header.position_labels()
        people += [(p.id, person_title(p, labels[p.id])) for p in self.doc.header.people]
        self.person.set_choices(people)
        person_id = self.person.value()
        processes = self.owned(person_id) if person_id is not None else []
        missing = self.missing(processes) if processes else {}
        self.shown = [(map_id, p.id, missing.get(p.id, [])) for map_id, p in processes]
        if person_id is None:
            self.summary.setText(self.tr("No owner chosen: the map shows every process."))
        elif not processes:
            self.summary.setText(self.tr("This person owns no process yet."))
        else:
            needs = sum(1 for *_, problems in self.shown if problems)
            missed = sum(control_lines(p, self.lang)[1] for _, p in processes)
            actions = sum(1 for _, p in processes for a in p.actions if a.is_open)
            self.summary.setText(
                self.tr("%n process(es)", "", len(processes))
                + " · "
                + self.tr("%n need(s) attention", "", needs)
                + " · "
                + self.tr("%n criterion(s) not met", "", missed)
                + " · "
                + self.tr("%n open action(s)", "", actions)
            )
        while len(self.cards) < len(processes):
            card = QLabel(self.list_host)
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            card.setStyleSheet("QLabel { padding: 4px 2px; border-bottom: 1px solid palette(midlight); }")
            card.linkActivated.connect(self._activated)
            self.list_box.insertWidget(len(self.cards), card)
            self.cards.append(card)
        several_maps = len({map_id for map_id, _ in processes}) > 1
        complete = html.escape(self.tr("✓ nothing missing"))  # outside the f-string: lupdate reads it
        for card, (map_id, p), (_, _, problems) in zip(self.cards, processes, self.shown, strict=False):
            title = html.escape(process_title(p))
            where = f" · {html.escape(self.doc.map_header(map_id).name)}" if several_maps else ""
            lines = [f'<b><a href="{map_id}|{p.id}">{title}</a></b>{where}']
            control = control_lines(p, self.lang)[0]
            if not problems and not control:
                lines.append(f'<span style="color:#2e7d32">{complete}</span>')
            lines.extend(control)
            for severity, text in problems:
                mark = {"error": "●", "warning": "▲"}.get(severity, "ℹ")
                color = _COLORS.get(severity, "#444")
                lines.append(f'<span style="color:{color}">{mark} {html.escape(text)}</span>')
            card.setText("<br>".join(lines))
            card.show()
        for card in self.cards[len(processes) :]:
            card.hide()


_COLORS = {"error": "#b71c1c", "warning": "#7a5a00", "info": "#1f4e79"}
