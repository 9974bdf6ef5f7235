"""The columns of the approvers and change-log tables, shared by the project's defaults and
each map's own document (``project_form``, ``map_document``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from procedit.model import ApprovalRole

from .tables import Column


def approver_columns(people: Callable[[], list[tuple[Any, str]]]) -> list[Column]:
    return [
        Column(
            "person_id",
            QCoreApplication.translate("DocumentColumns", "Person"),
            kind="choice",
            choices=people,
            stretch=2,
        ),
        Column(
            "role",
            QCoreApplication.translate("DocumentColumns", "Role"),
            kind="choice",
            choices=lambda: [
                (ApprovalRole.APPROVES, QCoreApplication.translate("DocumentColumns", "Approves")),
                (ApprovalRole.AGREES, QCoreApplication.translate("DocumentColumns", "Agrees")),
            ],
        ),
        Column(
            "decision",
            QCoreApplication.translate("DocumentColumns", "Decision"),
            placeholder=QCoreApplication.translate("DocumentColumns", "e.g. Agreed"),
            line=1,
            stretch=2,
        ),
        Column("date", QCoreApplication.translate("DocumentColumns", "Date"), kind="date", line=1),
    ]


def approver_texts() -> tuple[str, str, str, str]:
    """(add, empty, edit, remove) of the approvers table."""
    return (
        QCoreApplication.translate("DocumentColumns", "Add approver"),
        QCoreApplication.translate("DocumentColumns", "No approvers yet."),
        QCoreApplication.translate("DocumentColumns", "Change approver"),
        QCoreApplication.translate("DocumentColumns", "Remove approver"),
    )


def change_log_columns() -> list[Column]:
    return [
        Column("number", QCoreApplication.translate("DocumentColumns", "No."), kind="int", stretch=0),
        Column(
            "version", QCoreApplication.translate("DocumentColumns", "Version"), placeholder="1.1", stretch=0
        ),
        Column("date", QCoreApplication.translate("DocumentColumns", "Date"), kind="date"),
        Column(
            "author",
            QCoreApplication.translate("DocumentColumns", "Who"),
            placeholder=QCoreApplication.translate("DocumentColumns", "e.g. Ivanova A."),
            stretch=2,
        ),
        Column(
            "description",
            QCoreApplication.translate("DocumentColumns", "What changed"),
            placeholder=QCoreApplication.translate("DocumentColumns", "e.g. Added stage 3"),
            line=1,
        ),
    ]


def change_log_texts() -> tuple[str, str, str, str]:
    """(add, empty, edit, remove) of the change-log table."""
    return (
        QCoreApplication.translate("DocumentColumns", "Add change"),
        QCoreApplication.translate("DocumentColumns", "No changes recorded yet."),
        QCoreApplication.translate("DocumentColumns", "Change log entry"),
        QCoreApplication.translate("DocumentColumns", "Remove log entry"),
    )
