"""Several elements selected: set the kind, department or owner of all selected processes at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from procedit.commands import Document, SetFields
from procedit.model import Process, ProcessKind

from .fields import ComboField, Section
from .form_base import FormBase, Push


class MultiForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        self.ids: list[str] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.section = Section(self.tr("All selected processes"), self)
        form = self.form_layout(self.section.body)
        self.kind = ComboField(self)
        self.kind.set_choices(
            [
                (ProcessKind.MANAGEMENT, self.tr("Management")),
                (ProcessKind.CORE, self.tr("Core (creates value for the customer)")),
                (ProcessKind.SUPPORT, self.tr("Support")),
            ]
        )
        self.kind.edited.connect(
            lambda v: self._set_all(
                "kind", v, self.tr("Change kind of %n process(es)", "", len(self.processes()))
            )
        )
        self.department = ComboField(self)
        self.department.edited.connect(
            lambda v: self._set_all(
                "department_id", v, self.tr("Change department of %n process(es)", "", len(self.processes()))
            )
        )
        self.owner = ComboField(self)
        self.owner.edited.connect(
            lambda v: self._set_all(
                "owner_id", v, self.tr("Change owner of %n process(es)", "", len(self.processes()))
            )
        )
        form.addRow(
            self.hint(self.tr("A choice here applies to every selected process; empty means they differ."))
        )
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Owner"), self.owner)
        self.layout_.addWidget(self.section)
        self.layout_.addStretch(1)

    def show_ids(self, map_id: str | None, ids: list[str]) -> None:
        self.map_id = map_id
        self.ids = list(ids)
        self.update_view()

    def processes(self) -> list[Process]:
        return [e for i in self.ids if isinstance(e := self.doc.get(i), Process)]

    def refresh(self) -> None:
        procs = self.processes()
        self.summary.setText(
            self.tr("%n elements selected.", "", len(self.ids))
            + " "
            + (
                self.tr("Select one to see all its properties.")
                if procs
                else self.tr("Select one to see and edit its properties.")
            )
        )
        self.section.setVisible(bool(procs))
        if not procs:
            return
        self.section.set_title(self.tr("All %n selected process(es)", "", len(procs)))
        self.department.set_choices(self.department_choices(self.tr("— none —")))
        self.owner.set_choices(self.people_choices(self.tr("— no owner yet —")))
        for combo, field in (
            (self.kind, "kind"),
            (self.department, "department_id"),
            (self.owner, "owner_id"),
        ):
            values = {getattr(p, field) for p in procs}
            if len(values) == 1:
                combo.set_value(values.pop())
            else:
                combo.blockSignals(True)
                combo.setCurrentIndex(-1)  # they differ
                combo.blockSignals(False)

    def _set_all(self, field: str, value: Any, label: str) -> None:
        changes = {p.id: {field: value} for p in self.processes() if getattr(p, field) != value}
        if changes:
            self.push(SetFields(changes, label=label))
