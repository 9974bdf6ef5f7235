"""The process form: everything the process approach asks an owner to fill in."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from procedit.commands import Document, SetFields
from procedit.model import Criterion, DocumentKind, DocumentRef, Flow, Link, Process, ProcessKind, Stage

from .fields import CheckList, ComboField, LineField, MultiPick, Section, TextField
from .form_base import FormBase, PersonPicker, Push, add_person_and, node_title
from .link_flows import links_carrying, offer_link_flows, unrecorded
from .tables import Column, ItemTable


def open_location(location: str) -> bool:
    """Open a document's file path or URL with the system's program for it."""
    location = location.strip()
    if not location:
        return False
    url = (
        QUrl(location)
        if "://" in location or location.startswith("mailto:")
        else QUrl.fromLocalFile(location)
    )
    return QDesktopServices.openUrl(url)


class ProcessForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        tr = self.tr
        lay = self.layout_

        # ---------------------------------------------------------- identity
        sec = Section(tr("Process"), self)
        form = self.form_layout(sec.body)
        self.code = self.bind(LineField(tr("e.g. P-03"), self), "code", tr("Change process code"))
        self.name = self.bind(LineField(tr("e.g. Order fulfilment"), self), "name", tr("Rename process"))
        self.kind = self.bind(ComboField(self), "kind", tr("Change process kind"))
        self.kind.set_choices(
            [
                (ProcessKind.MANAGEMENT, tr("Management")),
                (ProcessKind.CORE, tr("Core (creates value for the customer)")),
                (ProcessKind.SUPPORT, tr("Support")),
            ]
        )
        self.department = self.bind(ComboField(self), "department_id", tr("Change department"))
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Department"), self.department)
        lay.addWidget(sec)

        # ---------------------------------------------------------- responsibility
        sec = Section(tr("Owner, customers, participants"), self)
        form = self.form_layout(sec.body)
        self.owner = PersonPicker(tr("— no owner yet —"), self)
        self.owner.edited.connect(lambda v: self.set_field("owner_id", v, tr("Change owner")))
        self.owner.addRequested.connect(self._add_owner)
        self.customers = self.bind(MultiPick(tr("nobody yet"), self), "customer_ids", tr("Change customers"))
        self.participants = self.bind(
            MultiPick(tr("nobody yet"), self), "participant_ids", tr("Change participants")
        )
        form.addRow(tr("Owner"), self.owner)
        form.addRow(self.hint(tr("One person answers for the process and its results.")))
        form.addRow(tr("Customers"), self.customers)
        form.addRow(tr("Participants"), self.participants)
        lay.addWidget(sec)

        # ---------------------------------------------------------- purpose
        sec = Section(tr("Goal and results"), self)
        form = self.form_layout(sec.body)
        self.goals = self.bind(CheckList(self), "goal_ids", tr("Change goals served"))
        self.no_goals = self.hint(tr("No strategy goals yet: add them in the project properties."))
        self.goal = self.bind(
            TextField(tr("Why the process exists, e.g. ship every paid order within 2 days"), 2, self),
            "goal",
            tr("Change goal"),
        )
        self.results = self.bind(
            TextField(tr("What it produces, e.g. order shipped, invoice closed"), 2, self),
            "results",
            tr("Change results"),
        )
        self.description = self.bind(
            TextField(tr("Short description: where it starts and ends"), 3, self),
            "description",
            tr("Change description"),
        )
        form.addRow(tr("Strategy goals served"), self.goals)
        form.addRow(self.no_goals)
        form.addRow(tr("Goal"), self.goal)
        form.addRow(tr("Results"), self.results)
        form.addRow(tr("Description"), self.description)
        lay.addWidget(sec)

        # ---------------------------------------------------------- inputs / outputs
        sec = Section(tr("Inputs and outputs"), self)
        box = self.form_layout(sec.body)
        self.inputs = ItemTable(
            [
                Column("what", tr("Input"), placeholder=tr("e.g. Customer order")),
                Column(
                    "party_id",
                    tr("Supplier"),
                    kind="choice",
                    choices=lambda: self.node_choices(tr("— not set —")),
                ),
            ],
            add_text=tr("Add input"),
            empty_text=tr("No inputs yet."),
            info=lambda f: self._carried(f, incoming=True),
            parent=self,
        )
        self.outputs = ItemTable(
            [
                Column("what", tr("Output"), placeholder=tr("e.g. Shipped order")),
                Column(
                    "party_id",
                    tr("Consumer"),
                    kind="choice",
                    choices=lambda: self.node_choices(tr("— not set —")),
                ),
            ],
            add_text=tr("Add output"),
            empty_text=tr("No outputs yet."),
            info=lambda f: self._carried(f, incoming=False),
            parent=self,
        )
        self.bind_table(
            self.inputs,
            "inputs",
            Flow,
            add_label=tr("Add input"),
            edit_label=tr("Change input"),
            remove_label=tr("Remove input"),
        )
        self.bind_table(
            self.outputs,
            "outputs",
            Flow,
            add_label=tr("Add output"),
            edit_label=tr("Change output"),
            remove_label=tr("Remove output"),
        )
        self.unrecorded_hint = self.hint("")
        self.record_button = QPushButton(tr("Record links as inputs/outputs"), self)
        self.record_button.setToolTip(
            tr("Adds what each arrow of this process carries to its inputs or outputs and to the other end")
        )
        self.record_button.clicked.connect(self._record_links)
        box.addRow(self.inputs)
        box.addRow(self.outputs)
        box.addRow(self.unrecorded_hint)
        box.addRow(self.record_button)
        lay.addWidget(sec)

        # ---------------------------------------------------------- stages
        sec = Section(tr("Stages"), self)
        box = self.form_layout(sec.body)
        self.stages = ItemTable(
            [
                Column("name", tr("Stage"), placeholder=tr("e.g. Check the order")),
                Column("performer_id", tr("Performer"), kind="choice", choices=self._performers),
                Column("result", tr("Result"), placeholder=tr("e.g. Order confirmed"), line=1),
            ],
            add_text=tr("Add stage"),
            empty_text=tr("No stages yet: list the steps in order."),
            movable=True,
            parent=self,
        )
        self.bind_table(
            self.stages,
            "stages",
            Stage,
            add_label=tr("Add stage"),
            edit_label=tr("Change stage"),
            remove_label=tr("Remove stage"),
            move_label=tr("Reorder stages"),
        )
        box.addRow(self.stages)
        lay.addWidget(sec)

        # ---------------------------------------------------------- criteria
        sec = Section(tr("Criteria (KPI)"), self)
        box = self.form_layout(sec.body)
        self.criteria = ItemTable(
            [
                Column("name", tr("Criterion"), placeholder=tr("e.g. Orders shipped on time"), stretch=3),
                Column("target", tr("Target"), placeholder=tr("≥ 95"), line=1),
                Column("unit", tr("Unit"), placeholder="%", line=1),
                Column("period", tr("Period"), placeholder=tr("month"), line=1),
                Column(
                    "responsible_id",
                    tr("Responsible"),
                    kind="choice",
                    stretch=2,
                    choices=lambda: self.people_choices("—"),
                ),
                Column(
                    "method",
                    tr("Method"),
                    line=2,
                    placeholder=tr("How it is measured, e.g. CRM report “Orders by date”"),
                ),
            ],
            add_text=tr("Add criterion"),
            empty_text=tr("No criteria yet: how do you know the process works?"),
            parent=self,
        )
        self.bind_table(
            self.criteria,
            "criteria",
            Criterion,
            add_label=tr("Add criterion"),
            edit_label=tr("Change criterion"),
            remove_label=tr("Remove criterion"),
        )
        box.addRow(self.criteria)
        lay.addWidget(sec)

        # ---------------------------------------------------------- documents
        sec = Section(tr("Documents"), self)
        box = self.form_layout(sec.body)
        kinds = [
            (DocumentKind.REGULATION, tr("Regulation")),
            (DocumentKind.JOB_INSTRUCTION, tr("Job instruction")),
            (DocumentKind.TEMPLATE, tr("Template")),
            (DocumentKind.OTHER, tr("Other")),
        ]
        self.documents = ItemTable(
            [
                Column("kind", tr("Kind"), kind="choice", choices=lambda: kinds),
                Column("title", tr("Title"), placeholder=tr("e.g. Sales regulation"), stretch=2),
                Column(
                    "location", tr("File or link"), placeholder=tr("path or https://…"), stretch=2, line=1
                ),
                Column(
                    "open",
                    tr("Open"),
                    kind="action",
                    line=1,
                    action=lambda d: open_location(d.location),
                    enabled=lambda d: bool(d.location.strip()),
                    tooltip=tr("Open the file or link"),
                ),
                Column(
                    "text",
                    tr("Template text"),
                    kind="multiline",
                    line=2,
                    placeholder=tr("The template's text, e.g. a brief for the designer"),
                    visible=lambda d: d.kind == DocumentKind.TEMPLATE,
                ),
            ],
            add_text=tr("Add document"),
            empty_text=tr("No documents yet: regulations, instructions, templates."),
            parent=self,
        )
        self.bind_table(
            self.documents,
            "documents",
            DocumentRef,
            add_label=tr("Add document"),
            edit_label=tr("Change document"),
            remove_label=tr("Remove document"),
        )
        box.addRow(self.documents)
        lay.addWidget(sec)

        # ---------------------------------------------------------- notes
        sec = Section(tr("Notes"), self, expanded=False)
        form = self.form_layout(sec.body)
        self.notes = self.bind(
            TextField(tr("Anything else worth knowing"), 3, self), "notes", tr("Change notes")
        )
        form.addRow(self.notes)
        lay.addWidget(sec)
        lay.addStretch(1)

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        p = self.element()
        if not isinstance(p, Process):
            return
        self.code.set_value(p.code)
        self.name.set_value(p.name)
        self.kind.set_value(p.kind)
        self.department.set_choices(self.department_choices(self.tr("— none —")))
        self.department.set_value(p.department_id)
        self.owner.set_people(self.people_choices())
        self.owner.set_value(p.owner_id)
        self.customers.set_options(self._customer_options(p))
        self.customers.set_value(p.customer_ids)
        self.participants.set_options([(self.tr("People"), self.people_choices())])
        self.participants.set_value(p.participant_ids)
        goals = [(g.id, g.title.strip() or "…") for g in self.doc.header.strategy.goals]
        self.goals.set_choices(goals, p.goal_ids)
        self.no_goals.setVisible(not goals)
        self.goal.set_value(p.goal)
        self.results.set_value(p.results)
        self.description.set_value(p.description)
        self.notes.set_value(p.notes)
        self.inputs.set_items(p.inputs)
        self.outputs.set_items(p.outputs)
        self.stages.set_items(p.stages)
        self.criteria.set_items(p.criteria)
        self.documents.set_items(p.documents)
        self._show_unrecorded(p)

    def _customer_options(self, p: Process) -> list:
        tr = self.tr
        nodes = []
        if self.map_id and self.doc.has_map(self.map_id):
            nodes = [(n.id, node_title(n)) for n in self.doc.parties(self.map_id)]
            procs = [(n.id, node_title(n)) for n in self.doc.processes(self.map_id) if n.id != p.id]
        else:
            procs = []
        return [
            (tr("External parties"), nodes),
            (tr("Processes"), procs),
            (tr("People"), self.people_choices()),
            (tr("Departments"), self.department_choices()),
        ]

    def _performers(self) -> list:
        return [(None, "—"), *self.people_choices(), *self.department_choices()]

    def _carried(self, flow: Flow, incoming: bool) -> str:
        if not self.element_id:
            return ""
        names = []
        for link in links_carrying(self.doc, self.element_id, flow.id):
            other = self.doc.get(link.source_id if incoming else link.target_id)
            names.append(node_title(other))
        if not names:
            return ""
        if incoming:
            return self.tr("Arrives by the arrow from: %s") % ", ".join(names)
        return self.tr("Leaves by the arrow to: %s") % ", ".join(names)

    def _links_to_record(self, p: Process) -> list[Link]:
        return [link for link in self.doc.links_of(p.id) if unrecorded(self.doc, link)]

    def _show_unrecorded(self, p: Process) -> None:
        links = self._links_to_record(p)
        if links:
            names = [
                f"{node_title(self.doc.get(link.source_id))} → {node_title(self.doc.get(link.target_id))}"
                + (f" ({link.label})" if link.label.strip() else "")
                for link in links
            ]
            self.unrecorded_hint.setText(
                self.tr("Arrows not yet described as an input or output: %s") % "; ".join(names)
            )
        self.unrecorded_hint.setVisible(bool(links))
        self.record_button.setVisible(bool(links))

    # ------------------------------------------------------------ actions
    def _add_owner(self, name: str) -> None:
        pid = self.element_id
        if pid is None:
            return
        self.push(
            add_person_and(
                self.doc,
                name,
                lambda person_id: SetFields({pid: {"owner_id": person_id}}),
                self.tr("Add person and make them owner"),
            )
        )

    def _record_links(self) -> None:
        p = self.element()
        if not isinstance(p, Process):
            return
        cmd = offer_link_flows(
            self.doc, [link.id for link in self._links_to_record(p)], self.tr("Record what arrows carry")
        )
        if cmd is not None:
            self.push(cmd)
