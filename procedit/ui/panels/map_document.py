"""The document of the map shown, in the project form: its own passport, approvers and change
log, and the sections of its regulation (general provisions, responsibility and authority,
monitoring and analysis, change procedure); and the project's normative references.

A map without a document of its own prints with the project's passport; its fields show that
passport until the first edit here, which gives the map its own document (the project's
passport, approvers and change log as defaults) together with the edit, in one undo step.
Every edit replaces the map's ``document`` with one ``SetMapFields``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from procedit.commands import SetMapFields
from procedit.model import (
    Approver,
    ChangeLogEntry,
    DocStatus,
    MapDocument,
    NormativeRef,
    document_of,
    own_document,
)

from .checked_fields import DateField
from .document_columns import approver_columns, approver_texts, change_log_columns, change_log_texts
from .fields import ComboField, LineField, Section, TextField
from .tables import Column, ItemTable


class MapDocumentSection(QWidget):
    """Built into ``ProjectForm`` (``form``): adds its sections to the form's layout."""

    def __init__(self, form: Any):
        super().__init__(form)
        self.form = form
        self.hide()  # a holder only: the sections go into the form's layout
        sec = Section(self.tr("Document of this map"), form)
        lay = form.form_layout(sec.body)
        self.own_hint = form.hint("")
        lay.addRow(self.own_hint)
        self.code = self._line(
            LineField(self.tr("e.g. RG-01"), form), "code", self.tr("Change document code")
        )
        self.title = self._line(
            LineField(self.tr("e.g. Regulation of the sales process"), form),
            "title",
            self.tr("Change document title"),
        )
        self.version = self._line(LineField("1.0", form), "version", self.tr("Change version"))
        self.status = ComboField(form)
        self.status.set_choices(
            [
                (DocStatus.DRAFT, self.tr("Draft")),
                (DocStatus.UNDER_APPROVAL, self.tr("Under approval")),
                (DocStatus.APPROVED, self.tr("Approved")),
            ]
        )
        self.status.edited.connect(lambda v: self._passport("status", v, self.tr("Change status")))
        self.date = DateField(form)
        self.date.dateEdited.connect(
            lambda v: self._passport("effective_date", v, self.tr("Change effective date"))
        )
        self.author = ComboField(form)
        self.author.edited.connect(lambda v: self._passport("author_id", v, self.tr("Change author")))
        lay.addRow(self.tr("Code"), self.code)
        lay.addRow(self.tr("Title"), self.title)
        lay.addRow(form.hint(self.tr("The title of the normative document: not the map's name, no “TO BE”.")))
        lay.addRow(self.tr("Version"), self.version)
        lay.addRow(self.tr("Status"), self.status)
        lay.addRow(self.tr("Effective date"), self.date)
        lay.addRow(self.tr("Author"), self.author)
        form.layout_.addWidget(sec)

        sec = Section(self.tr("Sections of the regulation"), form)
        lay = form.form_layout(sec.body)
        self.provisions = self._text(
            TextField(self.tr("What the regulation sets and whom it binds"), 3, form),
            "provisions",
            self.tr("Change general provisions"),
        )
        self.authority = self._text(
            TextField(self.tr("What owners and performers answer for and may decide"), 3, form),
            "authority",
            self.tr("Change responsibility and authority"),
        )
        self.analysis_by = ComboField(form)
        self.analysis_by.edited.connect(
            lambda v: self._set("analysis_by_id", v, self.tr("Change who analyses"))
        )
        self.analysis_period = self._text(
            LineField(self.tr("e.g. monthly, by the 10th"), form),
            "analysis_period",
            self.tr("Change analysis period"),
        )
        self.analysis_record = self._text(
            LineField(self.tr("e.g. minutes of the marketing meeting"), form),
            "analysis_record",
            self.tr("Change where the analysis is recorded"),
        )
        self.revision_period = self._text(
            LineField(self.tr("e.g. at least once a year"), form),
            "revision_period",
            self.tr("Change review period"),
        )
        self.initiators = self._text(
            TextField(self.tr("Who may propose a change and how"), 2, form),
            "change_initiators",
            self.tr("Change who may initiate a change"),
        )
        lay.addRow(self.tr("General provisions"), self.provisions)
        lay.addRow(self.tr("Responsibility and authority"), self.authority)
        lay.addRow(QLabel(self.tr("Monitoring and analysis"), form))
        lay.addRow(self.tr("Analysed by"), self.analysis_by)
        lay.addRow(self.tr("How often"), self.analysis_period)
        lay.addRow(self.tr("Recorded in"), self.analysis_record)
        lay.addRow(QLabel(self.tr("Change procedure"), form))
        lay.addRow(self.tr("Review period"), self.revision_period)
        lay.addRow(self.tr("Who may initiate"), self.initiators)
        form.layout_.addWidget(sec)

        self.approvers = self._list(
            self.tr("Approval of this map's document"),
            "approvers",
            self._new_approver,
            approver_columns(lambda: form.people_choices()),
            approver_texts(),
        )
        self.change_log = self._list(
            self.tr("Change log of this map's document"),
            "change_log",
            self._new_change,
            change_log_columns(),
            change_log_texts(),
        )

        sec = Section(self.tr("Normative references (all maps)"), form)
        lay = form.form_layout(sec.body)
        self.references = ItemTable(
            [
                Column("code", self.tr("Code"), placeholder=self.tr("e.g. ISO 9001:2015")),
                Column(
                    "title",
                    self.tr("Title"),
                    placeholder=self.tr("e.g. Quality management systems"),
                    stretch=3,
                ),
            ],
            add_text=self.tr("Add reference"),
            empty_text=self.tr("No normative references yet."),
            parent=form,
        )
        form.bind_table(
            self.references,
            "references",
            NormativeRef,
            add_label=self.tr("Add reference"),
            edit_label=self.tr("Change reference"),
            remove_label=self.tr("Remove reference"),
        )
        lay.addRow(self.references)
        form.layout_.addWidget(sec)

    # ------------------------------------------------------------ builders
    def _line(self, widget: Any, field: str, label: str) -> Any:
        widget.edited.connect(lambda v: self._passport(field, v, label, widget.session))
        return widget

    def _text(self, widget: Any, field: str, label: str) -> Any:
        widget.edited.connect(lambda v: self._set(field, v, label, widget.session))
        return widget

    def _list(self, title: str, field: str, factory: Callable, columns: list, texts: tuple) -> ItemTable:
        add, empty, edit, remove = texts
        sec = Section(title, self.form)
        lay = self.form.form_layout(sec.body)
        table = ItemTable(columns, add_text=add, empty_text=empty, parent=self.form)

        def added() -> None:
            item = factory()
            if item is not None:
                self._change(lambda d: d.with_(**{field: (*getattr(d, field), item)}), add)

        def edited(item_id: str, changes: dict) -> None:
            items = getattr(self.document(), field)
            if all(getattr(i, k) == v for i in items if i.id == item_id for k, v in changes.items()):
                return
            new = tuple(i.with_(**changes) if i.id == item_id else i for i in items)
            self._change(
                lambda d: d.with_(**{field: new}), edit, ("item", field, item_id, tuple(sorted(changes)))
            )

        def removed(item_id: str) -> None:
            self._change(
                lambda d: d.with_(**{field: tuple(i for i in getattr(d, field) if i.id != item_id)}), remove
            )

        table.addRequested.connect(added)
        table.itemEdited.connect(edited)
        table.removeRequested.connect(removed)
        lay.addRow(table)
        self.form.layout_.addWidget(sec)
        return table

    # ------------------------------------------------------------ model
    def _map(self):
        form = self.form
        if not form.map_id or not form.doc.has_map(form.map_id):
            return None
        return form.doc.map_header(form.map_id)

    def document(self) -> MapDocument:
        """What the map prints with: its own document, else the project's passport."""
        return document_of(self.form.doc.header, self._map())

    def _change(self, change: Callable[[MapDocument], MapDocument], label: str, key: Any = None) -> None:
        pmap = self._map()
        if pmap is None:
            return
        new = change(own_document(self.form.doc.header, pmap))
        if new == pmap.document:
            return
        merge = (pmap.id, "document", key) if key is not None else None
        self.form.push(SetMapFields(pmap.id, {"document": new}, label=label, merge_key=merge))

    def _set(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        if getattr(self.document(), field) == value:
            return
        self._change(
            lambda d: d.with_(**{field: value}), label, (field, session) if session is not None else None
        )

    def _passport(self, field: str, value: Any, label: str, session: int | None = None) -> None:
        if getattr(self.document().passport, field) == value:
            return
        key = ("passport", field, session) if session is not None else None
        self._change(lambda d: d.with_(passport=d.passport.with_(**{field: value})), label, key)

    def _new_approver(self) -> Approver | None:
        people = self.form.doc.header.people
        if not people:
            QMessageBox.information(
                self.form, self.tr("Approval"), self.tr("Add people to the register first.")
            )
            return None
        return Approver(person_id=people[0].id)

    def _new_change(self) -> ChangeLogEntry:
        numbers = [c.number for c in self.document().change_log]
        return ChangeLogEntry(number=max(numbers, default=0) + 1, date=dt.date.today())

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        pmap = self._map()
        d = self.document()
        own = pmap is not None and pmap.document is not None
        self.own_hint.setText(
            self.tr("This map has a document of its own.")
            if own
            else self.tr(
                "This map prints with the project's passport; the first change here gives it its own."
            )
        )
        p = d.passport
        self.code.set_value(p.code)
        self.title.set_value(p.title)
        self.version.set_value(p.version)
        self.status.set_value(p.status)
        self.date.set_date(p.effective_date)
        people = self.form.people_choices(self.tr("— not set —"))
        self.author.set_choices(people)
        self.author.set_value(p.author_id)
        self.provisions.set_value(d.provisions)
        self.authority.set_value(d.authority)
        self.analysis_by.set_choices(people)
        self.analysis_by.set_value(d.analysis_by_id)
        self.analysis_period.set_value(d.analysis_period)
        self.analysis_record.set_value(d.analysis_record)
        self.revision_period.set_value(d.revision_period)
        self.initiators.set_value(d.change_initiators)
        self.approvers.set_items(d.approvers)
        self.change_log.set_items(d.change_log)
        self.references.set_items(self.form.doc.header.references)
