"""The project form, shown when nothing is selected: the map, the passport, strategy, registers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from procedit.commands import Document, SetMapFields, SetProjectFields, remove_item
from procedit.model import (
    Approver,
    ChangeLogEntry,
    DocStatus,
    Goal,
    MapKind,
    Term,
)

from .checked_fields import DateField
from .document_columns import approver_columns, approver_texts, change_log_columns, change_log_texts
from .fields import ComboField, LineField, Section, TextField
from .form_base import FormBase, Push
from .map_document import MapDocumentSection
from .people_registers import departments_table, people_table, positions_table
from .pickers import PersonPicker, add_person_and
from .tables import Column, ItemTable

LONG_REGISTER = 40  # a register with more rows than this starts folded: built when unfolded


class ProjectForm(FormBase):
    def owner_id(self) -> str | None:
        return None  # the tables edit the project's own lists

    def __init__(self, doc: Document, push: Push, parent: QWidget | None = None):
        super().__init__(doc, push, parent)
        lay = self.layout_
        self._registers: list[tuple[Section, ItemTable, str, str]] = []  # section, table, field, title
        self._folded_long = False

        # ---------------------------------------------------------- the map shown
        sec = Section(self.tr("This map"), self)
        form = self.form_layout(sec.body)
        self.map_name = LineField(self.tr("e.g. Sales AS IS"), self)
        self.map_name.edited.connect(
            lambda v: self._set_map("name", v, self.tr("Rename map"), self.map_name.session)
        )
        self.map_kind = ComboField(self)
        self.map_kind.set_choices(
            [
                (MapKind.AS_IS, self.tr("AS IS (how it works now)")),
                (MapKind.TO_BE, self.tr("TO BE (how it should work)")),
                (MapKind.REFERENCE, self.tr("Reference model")),
            ]
        )
        self.map_kind.edited.connect(lambda v: self._set_map("kind", v, self.tr("Change map kind")))
        self.map_description = TextField(self.tr("What this map covers"), 2, self)
        self.map_description.edited.connect(
            lambda v: self._set_map(
                "description", v, self.tr("Change map description"), self.map_description.session
            )
        )
        form.addRow(
            self.hint(self.tr("Nothing is selected: these are the map's and the project's properties."))
        )
        form.addRow(self.tr("Map name"), self.map_name)
        form.addRow(self.tr("Map kind"), self.map_kind)
        form.addRow(self.tr("Map description"), self.map_description)
        lay.addWidget(sec)
        self.map_document = MapDocumentSection(self)  # the map's own document: passport, log, sections

        # ---------------------------------------------------------- project
        sec = Section(self.tr("Project"), self)
        form = self.form_layout(sec.body)
        self.name = self._text(
            LineField(self.tr("e.g. Sales processes 2026"), self), "name", self.tr("Rename project")
        )
        self.organization = self._text(
            LineField(self.tr("e.g. LLC “Romashka”"), self), "organization", self.tr("Change organization")
        )
        self.language = ComboField(self)
        self.language.set_choices([("ru", "Русский"), ("en", "English")])
        self.language.edited.connect(lambda v: self._set("language", v, self.tr("Change document language")))
        self.purpose = self._text(
            TextField(self.tr("Why the regulation is written"), 2, self), "purpose", self.tr("Change purpose")
        )
        self.scope = self._text(
            TextField(self.tr("Whom and what it applies to"), 2, self), "scope", self.tr("Change scope")
        )
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Language of documents"), self.language)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Scope"), self.scope)
        lay.addWidget(sec)

        # ---------------------------------------------------------- passport
        sec = Section(self.tr("Default document passport"), self, expanded=False)
        form = self.form_layout(sec.body)
        form.addRow(self.hint(self.tr("Maps without a document of their own print with this passport.")))
        self.pp_code = self._passport(
            LineField(self.tr("e.g. RG-01"), self), "code", self.tr("Change document code")
        )
        self.pp_title = self._passport(
            LineField(self.tr("e.g. Regulation of the sales process"), self),
            "title",
            self.tr("Change document title"),
        )
        self.pp_version = self._passport(LineField("1.0", self), "version", self.tr("Change version"))
        self.pp_status = ComboField(self)
        self.pp_status.set_choices(
            [
                (DocStatus.DRAFT, self.tr("Draft")),
                (DocStatus.UNDER_APPROVAL, self.tr("Under approval")),
                (DocStatus.APPROVED, self.tr("Approved")),
            ]
        )
        self.pp_status.edited.connect(lambda v: self._set_passport("status", v, self.tr("Change status")))
        self.pp_date = DateField(self)
        self.pp_date.dateEdited.connect(
            lambda v: self._set_passport("effective_date", v, self.tr("Change effective date"))
        )
        self.pp_author = PersonPicker(self.tr("— not set —"), self)
        self.pp_author.edited.connect(lambda v: self._set_passport("author_id", v, self.tr("Change author")))
        self.pp_author.addRequested.connect(self._add_author)
        form.addRow(self.tr("Code"), self.pp_code)
        form.addRow(self.tr("Title"), self.pp_title)
        form.addRow(self.tr("Version"), self.pp_version)
        form.addRow(self.tr("Status"), self.pp_status)
        form.addRow(self.tr("Effective date"), self.pp_date)
        form.addRow(self.tr("Author"), self.pp_author)
        lay.addWidget(sec)

        # ---------------------------------------------------------- strategy
        sec = Section(self.tr("Strategy"), self)
        form = self.form_layout(sec.body)
        self.mission = self._strategy(
            TextField(self.tr("Why the company exists"), 2, self), "mission", self.tr("Change mission")
        )
        self.vision = self._strategy(
            TextField(self.tr("Where it is going"), 2, self), "vision", self.tr("Change vision")
        )
        self.positioning = self._strategy(
            TextField(self.tr("For whom and how it differs"), 2, self),
            "positioning",
            self.tr("Change positioning"),
        )
        self.goals = ItemTable(
            [
                Column("title", self.tr("Goal"), placeholder=self.tr("e.g. Grow repeat sales by 20%")),
                Column(
                    "description", self.tr("Details"), placeholder=self.tr("how it is understood"), line=1
                ),
            ],
            add_text=self.tr("Add goal"),
            empty_text=self.tr("No goals yet."),
            parent=self,
        )
        self.goals.addRequested.connect(lambda: self._goals(lambda gs: (*gs, Goal()), self.tr("Add goal")))
        self.goals.itemEdited.connect(self._edit_goal)
        self.goals.removeRequested.connect(
            lambda gid: self.push(remove_item(gid, label=self.tr("Remove goal")))
        )
        form.addRow(self.tr("Mission"), self.mission)
        form.addRow(self.tr("Vision"), self.vision)
        form.addRow(self.tr("Positioning"), self.positioning)
        form.addRow(QLabel(self.tr("Strategic goals"), self))
        form.addRow(self.goals)
        lay.addWidget(sec)

        # ---------------------------------------------------------- registers
        self.people = people_table(self)
        self.positions = positions_table(self)
        self.departments = departments_table(self)
        self.approvers = self.make_register(
            self.tr("Default approvers"),
            "approvers",
            self._new_approver,
            approver_columns(lambda: self.people_choices()),
            *approver_texts(),
        )
        self.change_log = self.make_register(
            self.tr("Default change log"),
            "change_log",
            self._new_change,
            change_log_columns(),
            *change_log_texts(),
        )
        self.terms = self.make_register(
            self.tr("Terms"),
            "terms",
            lambda: Term(),
            [
                Column("term", self.tr("Term"), placeholder=self.tr("e.g. Lead")),
                Column(
                    "definition", self.tr("Definition"), placeholder=self.tr("what it means here"), line=1
                ),
            ],
            self.tr("Add term"),
            self.tr("No terms yet."),
            self.tr("Change term"),
            self.tr("Remove term"),
        )
        lay.addStretch(1)

    # ------------------------------------------------------------ builders
    def make_register(self, title, field, factory, columns, add, empty, edit, remove, info=None) -> ItemTable:
        """A folding section with an editable table of the project's list ``field``."""
        sec = Section(title, self, expanded=True)
        form = self.form_layout(sec.body)
        table = ItemTable(columns, add_text=add, empty_text=empty, info=info, parent=self)
        self.bind_table(table, field, factory, add_label=add, edit_label=edit, remove_label=remove)
        form.addRow(table)
        self.layout_.addWidget(sec)
        sec.button.toggled.connect(lambda on, t=table: self._unfold(t, on))
        self._registers.append((sec, table, field, title))
        return table

    def _unfold(self, table: ItemTable, expanded: bool) -> None:
        """A folded register has no rows; unfolding builds them (and puts the Tab order right)."""
        if expanded and not table.is_active():
            table.set_active(True)
            self.update_view()

    def _text(self, widget: Any, field: str, label: str) -> Any:
        widget.edited.connect(lambda v: self._set(field, v, label, widget.session))
        return widget

    def _passport(self, widget: Any, field: str, label: str) -> Any:
        widget.edited.connect(lambda v: self._set_passport(field, v, label, widget.session))
        return widget

    def _strategy(self, widget: Any, field: str, label: str) -> Any:
        widget.edited.connect(lambda v: self._set_strategy(field, v, label, widget.session))
        return widget

    # ------------------------------------------------------------ commands
    def _set(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        if getattr(self.doc.header, field) == value:
            return
        key = ("project", field, session) if session is not None else None
        self.push(SetProjectFields({field: value}, label=label, merge_key=key))

    def _set_passport(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        passport = self.doc.header.passport
        if getattr(passport, field) == value:
            return
        key = ("passport", field, session) if session is not None else None
        self.push(
            SetProjectFields({"passport": passport.with_(**{field: value})}, label=label, merge_key=key)
        )

    def _set_strategy(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        strategy = self.doc.header.strategy
        if getattr(strategy, field) == value:
            return
        key = ("strategy", field, session) if session is not None else None
        self.push(
            SetProjectFields({"strategy": strategy.with_(**{field: value})}, label=label, merge_key=key)
        )

    def _set_map(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        if not self.map_id or not self.doc.has_map(self.map_id):
            return
        if getattr(self.doc.map_header(self.map_id), field) == value:
            return
        key = (self.map_id, field, session) if session is not None else None
        self.push(SetMapFields(self.map_id, {field: value}, label=label, merge_key=key))

    def _goals(
        self, change: Callable[[tuple[Goal, ...]], tuple[Goal, ...]], label: str, key: Any = None
    ) -> None:
        strategy = self.doc.header.strategy
        goals = change(strategy.goals)
        self.push(SetProjectFields({"strategy": strategy.with_(goals=goals)}, label=label, merge_key=key))

    def _edit_goal(self, goal_id: str, changes: dict) -> None:
        self._goals(
            lambda gs: tuple(g.with_(**changes) if g.id == goal_id else g for g in gs),
            self.tr("Change goal"),
            ("goal", goal_id, tuple(sorted(changes))),
        )

    def _new_approver(self) -> Approver | None:
        people = self.doc.header.people
        if not people:
            QMessageBox.information(self, self.tr("Approval"), self.tr("Add people to the register first."))
            return None
        return Approver(person_id=people[0].id)

    def _new_change(self) -> ChangeLogEntry:
        numbers = [c.number for c in self.doc.header.change_log]
        return ChangeLogEntry(number=max(numbers, default=0) + 1, date=dt.date.today())

    def _add_author(self, name: str) -> None:
        self.push(
            add_person_and(
                self.doc,
                name,
                lambda pid: SetProjectFields({"passport": self.doc.header.passport.with_(author_id=pid)}),
                self.tr("Add person as author"),
            )
        )

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        h = self.doc.header
        if self.map_id and self.doc.has_map(self.map_id):
            m = self.doc.map_header(self.map_id)
            self.map_name.set_value(m.name)
            self.map_kind.set_value(m.kind)
            self.map_description.set_value(m.description)
        self.map_document.refresh()
        self.name.set_value(h.name)
        self.organization.set_value(h.organization)
        self.language.set_value(h.language)
        self.purpose.set_value(h.purpose)
        self.scope.set_value(h.scope)
        p = h.passport
        self.pp_code.set_value(p.code)
        self.pp_title.set_value(p.title)
        self.pp_version.set_value(p.version)
        self.pp_status.set_value(p.status)
        self.pp_date.set_date(p.effective_date)
        self.pp_author.set_people(self.people_choices())
        self.pp_author.set_value(p.author_id)
        s = h.strategy
        self.mission.set_value(s.mission)
        self.vision.set_value(s.vision)
        self.positioning.set_value(s.positioning)
        self.goals.set_items(s.goals)
        for sec, table, field, title in self._registers:
            items = getattr(h, field)
            if not self._folded_long and len(items) > LONG_REGISTER:
                sec.set_expanded(False)  # the first showing: a long register starts folded, no rows
                table.set_active(False)
            sec.set_title(f"{title} ({len(items)})" if len(items) > LONG_REGISTER else title)
            table.set_items(items)
        self._folded_long = True
