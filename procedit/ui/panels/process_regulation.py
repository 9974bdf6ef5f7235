"""What the regulation says of a process beyond its card, in the process form: where the
process starts and ends, its resources, risks and records. Each field is one command on the
process (``form.bind``, ``form.bind_table``), so every edit is undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from procedit.model import Process, ProcessRecord, Risk, RiskLevel

from .fields import Section, TextField
from .tables import Column, ItemTable


class ProcessRegulationSection(QWidget):
    """Built into ``ProcessForm`` (``form``): adds its section to the form's layout."""

    def __init__(self, form: Any):
        super().__init__(form)
        self.form = form
        self.hide()  # a holder only: the section goes into the form's layout
        sec = Section(self.tr("For the regulation"), form)
        lay = form.form_layout(sec.body)
        self.start_event = form.bind(
            TextField(self.tr("What starts the process (else: receiving its inputs)"), 2, form),
            "start_event",
            self.tr("Change what starts the process"),
        )
        self.end_event = form.bind(
            TextField(self.tr("What ends the process (else: delivering its outputs)"), 2, form),
            "end_event",
            self.tr("Change what ends the process"),
        )
        self.resources = form.bind(
            TextField(self.tr("People, equipment, IT systems, budget"), 2, form),
            "resources",
            self.tr("Change resources"),
        )
        levels = [
            (None, "—"),
            (RiskLevel.LOW, self.tr("Low")),
            (RiskLevel.MEDIUM, self.tr("Medium")),
            (RiskLevel.HIGH, self.tr("High")),
        ]
        self.risks = ItemTable(
            [
                Column(
                    "risk",
                    self.tr("Risk"),
                    placeholder=self.tr("e.g. A lead is not called back in time"),
                    stretch=3,
                ),
                Column("likelihood", self.tr("Likelihood"), kind="choice", choices=lambda: levels),
                Column("impact", self.tr("Impact"), kind="choice", choices=lambda: levels, line=1),
                Column(
                    "owner_id",
                    self.tr("Owner"),
                    kind="choice",
                    choices=lambda: form.people_choices("—"),
                    line=1,
                ),
                Column("response", self.tr("Response"), placeholder=self.tr("what is done about it"), line=2),
            ],
            add_text=self.tr("Add risk"),
            empty_text=self.tr("No risks yet."),
            parent=form,
        )
        form.bind_table(
            self.risks,
            "risks",
            Risk,
            add_label=self.tr("Add risk"),
            edit_label=self.tr("Change risk"),
            remove_label=self.tr("Remove risk"),
        )
        self.records = ItemTable(
            [
                Column("name", self.tr("Record"), placeholder=self.tr("e.g. Lead card"), stretch=3),
                Column("retention", self.tr("Kept for"), placeholder=self.tr("e.g. 3 years")),
                Column("place", self.tr("Where kept"), placeholder=self.tr("e.g. CRM"), line=1, stretch=2),
                Column(
                    "keeper_id",
                    self.tr("Kept by"),
                    kind="choice",
                    choices=lambda: [
                        (None, "—"),
                        *form.people_choices(),
                        *form.position_choices(),
                        *form.department_choices(),
                    ],
                    line=1,
                    stretch=2,
                ),
            ],
            add_text=self.tr("Add record"),
            empty_text=self.tr("No records yet: what the process keeps as evidence."),
            parent=form,
        )
        form.bind_table(
            self.records,
            "records",
            ProcessRecord,
            add_label=self.tr("Add record"),
            edit_label=self.tr("Change record"),
            remove_label=self.tr("Remove record"),
        )
        lay.addRow(self.tr("Starts with"), self.start_event)
        lay.addRow(self.tr("Ends with"), self.end_event)
        lay.addRow(self.tr("Resources"), self.resources)
        lay.addRow(QLabel(self.tr("Risks"), form))
        lay.addRow(self.risks)
        lay.addRow(QLabel(self.tr("Records"), form))
        lay.addRow(self.records)
        form.layout_.addWidget(sec)

    def refresh(self, p: Process) -> None:
        self.start_event.set_value(p.start_event)
        self.end_event.set_value(p.end_event)
        self.resources.set_value(p.resources)
        self.risks.set_items(p.risks)
        self.records.set_items(p.records)
