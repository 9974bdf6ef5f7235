"""The people, position and department registers of the project form.

A person holds a position of the position register (a choice); the free-text position of
an older file is shown (and editable) only while the person holds none from the register.
A position has a department, whom it reports to, who substitutes it and the texts of its
job instruction that are written by hand (rights, responsibility, qualification); its
holders are listed under it. Every edit is one undoable command (the form's ``bind_table``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from procedit.model import Department, Person, Position

from .tables import Column, ItemTable

if TYPE_CHECKING:
    from .project_form import ProjectForm

CONTEXT = "ProjectForm"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def people_table(form: ProjectForm) -> ItemTable:
    return form.make_register(
        tr("People"),
        "people",
        lambda: Person(),
        [
            Column("name", tr("Full name"), placeholder=tr("e.g. Ivanova Anna"), stretch=2),
            Column(
                "position_id",
                tr("Position"),
                kind="choice",
                choices=lambda: form.position_choices("—"),
                stretch=2,
            ),
            Column(
                "position",
                tr("Position (text)"),
                placeholder=tr("e.g. Head of sales"),
                line=1,
                stretch=2,
                visible=lambda p: bool(p.position) and p.position_id is None,
                tooltip=tr("A position written as text; choose one from the position register instead"),
            ),
            Column(
                "department_id",
                tr("Department"),
                kind="choice",
                choices=lambda: form.department_choices("—"),
                line=2,
                stretch=2,
            ),
            Column("email", tr("Email"), placeholder="name@company.ru", stretch=2, line=2),
        ],
        tr("Add person"),
        tr("No people yet."),
        tr("Change person"),
        tr("Remove person"),
    )


def positions_table(form: ProjectForm) -> ItemTable:
    index: dict = {}  # the people tuple → position id → holders' names (built once per change)

    def holders(q: Position) -> str:
        people = form.doc.header.people
        if index.get("people") is not people:
            index.clear()
            index["people"] = people
            for p in people:
                if p.position_id:
                    index.setdefault(p.position_id, []).append(p.name.strip() or "…")
        names = index.get(q.id)
        if not names:
            return tr("Nobody holds this position.")
        return tr("Held by: %1").replace("%1", ", ".join(names))

    return form.make_register(
        tr("Positions"),
        "positions",
        lambda: Position(),
        [
            Column("name", tr("Position"), placeholder=tr("e.g. Head of sales"), stretch=2),
            Column(
                "department_id",
                tr("Department"),
                kind="choice",
                choices=lambda: form.department_choices("—"),
                stretch=2,
            ),
            Column(
                "reports_to_id",
                tr("Reports to"),
                kind="choice",
                choices=lambda: form.position_choices("—"),
                line=1,
            ),
            Column(
                "substitute_id",
                tr("Substitute"),
                kind="choice",
                choices=lambda: form.position_choices("—"),
                line=1,
            ),
            Column(
                "rights",
                tr("Rights"),
                kind="multiline",
                placeholder=tr("what the holder may decide and demand"),
                line=2,
            ),
            Column(
                "responsibility",
                tr("Responsibility"),
                kind="multiline",
                placeholder=tr("what the holder answers for"),
                line=3,
            ),
            Column(
                "qualification",
                tr("Qualification"),
                kind="multiline",
                placeholder=tr("education, experience, skills"),
                line=4,
            ),
        ],
        tr("Add position"),
        tr("No positions yet: a job instruction is written for a position."),
        tr("Change position"),
        tr("Remove position"),
        info=holders,
    )


def departments_table(form: ProjectForm) -> ItemTable:
    return form.make_register(
        tr("Departments"),
        "departments",
        lambda: Department(),
        [
            Column("name", tr("Department"), placeholder=tr("e.g. Sales department"), stretch=2),
            Column("head_id", tr("Head"), kind="choice", choices=lambda: form.people_choices("—"), stretch=2),
        ],
        tr("Add department"),
        tr("No departments yet."),
        tr("Change department"),
        tr("Remove department"),
    )
