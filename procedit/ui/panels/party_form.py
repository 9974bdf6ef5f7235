"""The forms of an external party (a customer, a supplier, ...) and of a department lane."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from procedit.commands import Document
from procedit.model import ExternalParty, Lane, PartyKind
from procedit.model.limits import MAX_COORD, MAX_LANE_HEIGHT, MIN_SIZE

from .checked_fields import NumberField
from .fields import ComboField, LineField, Section, TextField
from .form_base import FormBase, Push

# A lane's bounds in map units are the model's (procedit/model/limits.py): what the panel
# accepts is exactly what a file may hold, so a value it takes always saves and loads again
# (a lane 10 million units high made "fit the map" zoom to 5 % and the map vanish).


class PartyForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        sec = Section(self.tr("External party"), self)
        form = self.form_layout(sec.body)
        self.name = self.bind(
            LineField(self.tr("e.g. Retail customer"), self), "name", self.tr("Rename party")
        )
        self.kind = self.bind(ComboField(self), "kind", self.tr("Change party kind"))
        self.kind.set_choices(
            [
                (PartyKind.CUSTOMER, self.tr("Customer")),
                (PartyKind.SUPPLIER, self.tr("Supplier")),
                (PartyKind.OTHER, self.tr("Other")),
            ]
        )
        self.description = self.bind(
            TextField(self.tr("Who they are and what they expect"), 3, self),
            "description",
            self.tr("Change description"),
        )
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        self.layout_.addWidget(sec)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        party = self.element()
        if not isinstance(party, ExternalParty):
            return
        self.name.set_value(party.name)
        self.kind.set_value(party.kind)
        self.description.set_value(party.description)


class LaneForm(FormBase):
    """A department lane of the map: its title and the department it stands for."""

    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        sec = Section(self.tr("Lane"), self)
        form = self.form_layout(sec.body)
        self.name = self.bind(
            LineField(self.tr("e.g. Sales department"), self), "name", self.tr("Rename lane")
        )
        self.department = self.bind(ComboField(self), "department_id", self.tr("Change lane department"))
        self.lane_top = NumberField(-MAX_COORD, self, MAX_COORD)
        self.lane_top.valueEdited.connect(
            lambda v: self.set_field("y", v, self.tr("Move lane"), self.lane_top.session)
        )
        self.lane_height = NumberField(MIN_SIZE, self, MAX_LANE_HEIGHT)
        self.lane_height.valueEdited.connect(
            lambda v: self.set_field("height", v, self.tr("Resize lane"), self.lane_height.session)
        )
        form.addRow(self.tr("Title"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Top"), self.lane_top)
        form.addRow(self.tr("Height"), self.lane_height)
        self.layout_.addWidget(sec)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        lane = self.element()
        if not isinstance(lane, Lane):
            return
        self.name.set_value(lane.name)
        self.department.set_choices(self.department_choices(self.tr("— none —")))
        self.department.set_value(lane.department_id)
        self.lane_top.set_number(lane.y)
        self.lane_height.set_number(lane.height)
