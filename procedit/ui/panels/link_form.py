"""The link form: what passes along an arrow, and which output/input it carries."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from procedit.commands import Document
from procedit.model import Link, LinkKind, Process, Routing

from .fields import ComboField, LineField, Section
from .form_base import FormBase, Push, node_title
from .link_flows import offer_link_flows, unrecorded


class LinkForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        sec = Section(self.tr("Arrow"), self)
        form = self.form_layout(sec.body)
        self.ends = QLabel(self)
        self.ends.setWordWrap(True)
        self.label = self.bind(
            LineField(self.tr("What passes, e.g. Paid order"), self), "label", self.tr("Change arrow label")
        )
        self.output = self.bind(ComboField(self), "source_output_id", self.tr("Change carried output"))
        self.input = self.bind(ComboField(self), "target_input_id", self.tr("Change carried input"))
        self.kind = self.bind(ComboField(self), "kind", self.tr("Change arrow kind"))
        self.kind.set_choices(
            [
                (LinkKind.FLOW, self.tr("Work product or material")),
                (LinkKind.INFORMATION, self.tr("Information")),
                (LinkKind.CONTROL, self.tr("Control")),
            ]
        )
        self.routing = self.bind(ComboField(self), "routing", self.tr("Change arrow routing"))
        self.routing.set_choices(
            [(Routing.STRAIGHT, self.tr("Straight")), (Routing.ORTHOGONAL, self.tr("Right angles"))]
        )
        form.addRow(self.tr("From → to"), self.ends)
        form.addRow(self.tr("What passes"), self.label)
        form.addRow(self.tr("Output of the source"), self.output)
        form.addRow(self.tr("Input of the target"), self.input)
        self.record = QPushButton(self.tr("Record as output/input"), self)
        self.record.setToolTip(
            self.tr(
                "Adds the label as an output of the source and an input of the target and links them to the arrow"
            )
        )
        self.record.clicked.connect(self._record)
        self.record_hint = self.hint("")
        form.addRow(self.record_hint)
        form.addRow(self.record)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Routing"), self.routing)
        self.layout_.addWidget(sec)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        link = self.element()
        if not isinstance(link, Link):
            return
        source, target = self.doc.get(link.source_id), self.doc.get(link.target_id)
        self.ends.setText(f"{node_title(source)}  →  {node_title(target)}")
        self.label.set_value(link.label)
        for combo, node, field, none_text in (
            (self.output, source, "outputs", self.tr("— not recorded —")),
            (self.input, target, "inputs", self.tr("— not recorded —")),
        ):
            if isinstance(node, Process):
                combo.set_choices(
                    [(None, none_text), *[(f.id, f.what.strip() or "…") for f in getattr(node, field)]]
                )
                combo.setEnabled(True)
            else:
                combo.set_choices([(None, self.tr("— an external party has none —"))])
                combo.setEnabled(False)
        self.output.set_value(link.source_output_id)
        self.input.set_value(link.target_input_id)
        self.kind.set_value(link.kind)
        self.routing.set_value(link.routing)
        todo = unrecorded(self.doc, link)
        self.set_row_visible(self.record, todo)
        self.record.setEnabled(bool(link.label.strip()))
        self.set_row_visible(self.record_hint, todo)
        self.record_hint.setText(
            self.tr("Type what passes, then record it as an output of the source and an input of the target.")
            if not link.label.strip()
            else self.tr("The processes do not list what this arrow carries yet.")
        )

    def _record(self) -> None:
        if self.element_id is None:
            return
        cmd = offer_link_flows(self.doc, [self.element_id], self.tr("Record what the arrow carries"))
        if cmd is not None:
            self.push(cmd)
