"""The process form: everything the process approach asks an owner to fill in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from procedit.commands import Document, SetFields
from procedit.model import DocumentKind, DocumentRef, Flow, Link, Process, ProcessKind, Stage

from .criteria_section import CriteriaSection
from .fields import ComboField, LineField, Section, TextField
from .form_base import FormBase, Push, document_url, node_title
from .link_flows import links_carrying, offer_link_flows, unrecorded
from .pickers import CheckList, MultiPick, PersonPicker, add_person_and
from .process_regulation import ProcessRegulationSection
from .tables import Column, ItemTable


class ProcessForm(FormBase):
    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        lay = self.layout_

        # ---------------------------------------------------------- identity
        sec = Section(self.tr("Process"), self)
        form = self.form_layout(sec.body)
        self.code = self.bind(LineField(self.tr("e.g. P-03"), self), "code", self.tr("Change process code"))
        self.name = self.bind(
            LineField(self.tr("e.g. Order fulfilment"), self), "name", self.tr("Rename process")
        )
        self.kind = self.bind(ComboField(self), "kind", self.tr("Change process kind"))
        self.kind.set_choices(
            [
                (ProcessKind.MANAGEMENT, self.tr("Management")),
                (ProcessKind.CORE, self.tr("Core (creates value for the customer)")),
                (ProcessKind.SUPPORT, self.tr("Support")),
            ]
        )
        self.department = self.bind(ComboField(self), "department_id", self.tr("Change department"))
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Department"), self.department)
        lay.addWidget(sec)

        # ---------------------------------------------------------- responsibility
        sec = Section(self.tr("Owner, customers, participants"), self)
        form = self.form_layout(sec.body)
        self.owner = PersonPicker(self.tr("— no owner yet —"), self)
        self.owner.edited.connect(lambda v: self.set_field("owner_id", v, self.tr("Change owner")))
        self.owner.addRequested.connect(self._add_owner)
        self.customers = self.bind(
            MultiPick(self.tr("nobody yet"), self), "customer_ids", self.tr("Change customers")
        )
        self.participants = self.bind(
            MultiPick(self.tr("nobody yet"), self), "participant_ids", self.tr("Change participants")
        )
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.hint(self.tr("One person answers for the process and its results.")))
        form.addRow(self.tr("Customers"), self.customers)
        form.addRow(self.tr("Participants"), self.participants)
        lay.addWidget(sec)

        # ---------------------------------------------------------- purpose
        sec = Section(self.tr("Goal and results"), self)
        form = self.form_layout(sec.body)
        self.goals = self.bind(CheckList(self), "goal_ids", self.tr("Change goals served"))
        self.no_goals = self.hint(self.tr("No strategy goals yet: add them in the project properties."))
        self.goal = self.bind(
            TextField(self.tr("Why the process exists, e.g. ship every paid order within 2 days"), 2, self),
            "goal",
            self.tr("Change goal"),
        )
        self.results = self.bind(
            TextField(self.tr("What it produces, e.g. order shipped, invoice closed"), 2, self),
            "results",
            self.tr("Change results"),
        )
        self.description = self.bind(
            TextField(self.tr("Short description: where it starts and ends"), 3, self),
            "description",
            self.tr("Change description"),
        )
        form.addRow(self.tr("Strategy goals served"), self.goals)
        form.addRow(self.no_goals)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Results"), self.results)
        form.addRow(self.tr("Description"), self.description)
        lay.addWidget(sec)

        # ---------------------------------------------------------- inputs / outputs
        sec = Section(self.tr("Inputs and outputs"), self)
        box = self.form_layout(sec.body)
        self.inputs = ItemTable(
            [
                Column("what", self.tr("Input"), placeholder=self.tr("e.g. Customer order"), stretch=3),
                Column(
                    "party_id",
                    self.tr("Supplier"),
                    kind="choice",
                    choices=lambda: self.node_choices(self.tr("— not set —"), exclude=self.element_id),
                    stretch=2,
                ),
            ],
            add_text=self.tr("Add input"),
            empty_text=self.tr("No inputs yet."),
            info=lambda f: self._carried(f, incoming=True),
            parent=self,
        )
        self.outputs = ItemTable(
            [
                Column("what", self.tr("Output"), placeholder=self.tr("e.g. Shipped order"), stretch=3),
                Column(
                    "party_id",
                    self.tr("Consumer"),
                    kind="choice",
                    choices=lambda: self.node_choices(self.tr("— not set —"), exclude=self.element_id),
                    stretch=2,
                ),
            ],
            add_text=self.tr("Add output"),
            empty_text=self.tr("No outputs yet."),
            info=lambda f: self._carried(f, incoming=False),
            parent=self,
        )
        self.bind_table(
            self.inputs,
            "inputs",
            Flow,
            add_label=self.tr("Add input"),
            edit_label=self.tr("Change input"),
            remove_label=self.tr("Remove input"),
        )
        self.bind_table(
            self.outputs,
            "outputs",
            Flow,
            add_label=self.tr("Add output"),
            edit_label=self.tr("Change output"),
            remove_label=self.tr("Remove output"),
        )
        self.unrecorded_hint = self.hint("")
        self.record_button = QPushButton(self.tr("Record links as inputs/outputs"), self)
        self.record_button.setToolTip(
            self.tr(
                "Adds what each arrow of this process carries to its inputs or outputs and to the other end"
            )
        )
        self.record_button.clicked.connect(self._record_links)
        box.addRow(self.inputs)
        box.addRow(self.outputs)
        box.addRow(self.unrecorded_hint)
        box.addRow(self.record_button)
        lay.addWidget(sec)

        # ---------------------------------------------------------- stages
        sec = Section(self.tr("Stages"), self)
        box = self.form_layout(sec.body)
        self.stages = ItemTable(
            [
                Column("name", self.tr("Stage"), placeholder=self.tr("e.g. Check the order"), stretch=3),
                Column(
                    "performer_id", self.tr("Performer"), kind="choice", choices=self._performers, stretch=2
                ),
                Column("input", self.tr("Input"), placeholder=self.tr("e.g. Paid order"), line=1),
                Column("result", self.tr("Result"), placeholder=self.tr("e.g. Order confirmed"), line=1),
                Column("duration", self.tr("Deadline"), placeholder=self.tr("e.g. 2 working days"), line=2),
                Column("it_system", self.tr("IT system"), placeholder=self.tr("e.g. CRM"), line=2),
                Column(
                    "documents",
                    self.tr("Documents"),
                    placeholder=self.tr("documents and records of the stage"),
                    line=3,
                ),
            ],
            add_text=self.tr("Add stage"),
            empty_text=self.tr("No stages yet: list the steps in order."),
            movable=True,
            parent=self,
        )
        self.bind_table(
            self.stages,
            "stages",
            Stage,
            add_label=self.tr("Add stage"),
            edit_label=self.tr("Change stage"),
            remove_label=self.tr("Remove stage"),
            move_label=self.tr("Reorder stages"),
        )
        box.addRow(self.stages)
        lay.addWidget(sec)

        # ---------------------------------------------------------- the regulation's sections
        self.regulation = ProcessRegulationSection(self)

        # ---------------------------------------------------------- criteria
        self.criteria_section = CriteriaSection(self)
        self.criteria = self.criteria_section.table
        lay.addWidget(self.criteria_section)

        # ---------------------------------------------------------- documents
        sec = Section(self.tr("Documents"), self)
        box = self.form_layout(sec.body)
        kinds = [
            (DocumentKind.REGULATION, self.tr("Regulation")),
            (DocumentKind.JOB_INSTRUCTION, self.tr("Job instruction")),
            (DocumentKind.TEMPLATE, self.tr("Template")),
            (DocumentKind.OTHER, self.tr("Other")),
        ]
        self.documents = ItemTable(
            [
                Column("kind", self.tr("Kind"), kind="choice", choices=lambda: kinds),
                Column("title", self.tr("Title"), placeholder=self.tr("e.g. Sales regulation"), stretch=2),
                Column(
                    "location",
                    self.tr("File or link"),
                    placeholder=self.tr("path or https://…"),
                    stretch=2,
                    line=1,
                ),
                Column(
                    "open",
                    self.tr("Open"),
                    kind="action",
                    line=1,
                    action=self.open_document,
                    enabled=lambda d: bool(d.location.strip()),
                    tooltip=self.tr("Open the file or link"),
                ),
                Column(
                    "text",
                    self.tr("Template text"),
                    kind="multiline",
                    line=2,
                    placeholder=self.tr("The template's text, e.g. a brief for the designer"),
                    visible=lambda d: d.kind == DocumentKind.TEMPLATE,
                ),
            ],
            add_text=self.tr("Add document"),
            empty_text=self.tr("No documents yet: regulations, instructions, templates."),
            parent=self,
        )
        self.bind_table(
            self.documents,
            "documents",
            DocumentRef,
            add_label=self.tr("Add document"),
            edit_label=self.tr("Change document"),
            remove_label=self.tr("Remove document"),
        )
        box.addRow(self.documents)
        lay.addWidget(sec)

        # ---------------------------------------------------------- notes
        sec = Section(self.tr("Notes"), self, expanded=False)
        form = self.form_layout(sec.body)
        self.notes = self.bind(
            TextField(self.tr("Anything else worth knowing"), 3, self), "notes", self.tr("Change notes")
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
        self.set_row_visible(self.goals, bool(goals))
        self.set_row_visible(self.no_goals, not goals)
        self.goal.set_value(p.goal)
        self.results.set_value(p.results)
        self.description.set_value(p.description)
        self.notes.set_value(p.notes)
        self.inputs.set_items(p.inputs)
        self.outputs.set_items(p.outputs)
        self.stages.set_items(p.stages)
        self.regulation.refresh(p)
        self.criteria_section.show_process(p)
        self.documents.set_items(p.documents)
        self._show_unrecorded(p)

    def _customer_options(self, p: Process) -> list:
        nodes = []
        if self.map_id and self.doc.has_map(self.map_id):
            nodes = [(n.id, node_title(n)) for n in self.doc.parties(self.map_id)]
            procs = [(n.id, node_title(n)) for n in self.doc.processes(self.map_id) if n.id != p.id]
        else:
            procs = []
        return [
            (self.tr("External parties"), nodes),
            (self.tr("Processes"), procs),
            (self.tr("People"), self.people_choices()),
            (self.tr("Departments"), self.department_choices()),
        ]

    def _performers(self) -> list:
        return [(None, "—"), *self.people_choices(), *self.position_choices(), *self.department_choices()]

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
        self.set_row_visible(self.unrecorded_hint, bool(links))
        self.set_row_visible(self.record_button, bool(links))

    def switched(self) -> None:
        self.owner.close_add()  # a half-typed new owner belongs to the process it was typed for

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

    base_dir: str | None = None  # the project file's folder, for relative document paths

    def open_document(self, document: DocumentRef) -> None:
        url = document_url(document.location, self.base_dir)
        if url is None:
            return
        missing = url.isLocalFile() and not Path(url.toLocalFile()).exists()
        if missing or not QDesktopServices.openUrl(url):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the document"),
                self.tr("Could not open “%s”. Check that the file exists or that the link is right.")
                % document.location.strip(),
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
