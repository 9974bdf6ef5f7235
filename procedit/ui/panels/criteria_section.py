"""The criteria of a process in the properties panel, and its corrective actions.

A criterion's target is typed as a comparison ("≥ 120", "≤ 5 %", "5–10", "да") and kept
structured; text that cannot be read is kept as written, outlined, and reported by the
control rules. Each criterion shows its status (latest actual, trend); a missed one offers
"Plan a corrective action", which adds a prefilled action in one step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from procedit.commands import add_item
from procedit.control import Status, format_number, format_target, judge, parse_target, status_title
from procedit.control.report import action_status_title, grace_days_of, plan_action
from procedit.control.targets import number
from procedit.model import ActionStatus, CorrectiveAction, Criterion, Process

from ..docks.problems import ui_language
from .actuals_table import ActualsEditor
from .fields import Section
from .tables import Column, ItemTable

TREND = {"up": "↑", "down": "↓", "flat": "→"}


def _read_target(text: str, c: Criterion) -> dict[str, Any]:
    """The typed target, keeping the warning threshold; a unit typed with it fills an empty unit."""
    target, unit = parse_target(text, c.unit)
    changes: dict[str, Any] = {"target": target.with_(warning=c.target.warning)}
    if unit != c.unit:
        changes["unit"] = unit
    return changes


def _warning_text(c: Criterion) -> str:
    w = c.target.warning
    return "" if w is None else format_number(w, ui_language())


def _read_warning(text: str, c: Criterion) -> dict[str, Any]:
    value = number(text) if text.strip() else None
    return {"target": c.target.with_(warning=value)}


class CriteriaSection(QWidget):
    """Criteria (with their actuals) and corrective actions of the process a form shows."""

    def __init__(self, form: Any):
        super().__init__(form)
        self.form = form
        self.process: Process | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        sec = Section(self.tr("Criteria (KPI)"), self)
        box = form.form_layout(sec.body)
        self.table = ItemTable(
            [
                Column(
                    "name",
                    self.tr("Criterion"),
                    placeholder=self.tr("e.g. Orders shipped on time"),
                    stretch=3,
                ),
                Column(
                    "target",
                    self.tr("Target"),
                    placeholder=self.tr("≥ 95"),
                    line=1,
                    stretch=2,
                    show=lambda c: format_target(c.target, "", ui_language()),
                    read=_read_target,
                    check=self._target_hint,
                    tooltip=self.tr("A comparison: ≥ 120, ≤ 5, = 100, 5–10, yes or no"),
                ),
                Column("unit", self.tr("Unit"), placeholder="%", line=1),
                Column(
                    "warning",
                    self.tr("Warning at"),
                    line=1,
                    placeholder=self.tr("none"),
                    show=_warning_text,
                    read=_read_warning,
                    check=self._warning_hint,
                    tooltip=self.tr(
                        "The warning threshold between the target and failure (for ≥ and ≤ targets)"
                    ),
                ),
                Column("period", self.tr("Period"), placeholder=self.tr("month"), line=2),
                Column(
                    "responsible_id",
                    self.tr("Responsible"),
                    kind="choice",
                    stretch=2,
                    choices=lambda: form.people_choices("—"),
                ),
                Column(
                    "method",
                    self.tr("Method"),
                    line=2,
                    stretch=3,
                    placeholder=self.tr("How it is measured, e.g. CRM report “Orders by date”"),
                ),
                Column(
                    "formula",
                    self.tr("Formula"),
                    line=3,
                    stretch=3,
                    placeholder=self.tr("e.g. deals / leads × 100 %"),
                ),
                Column(
                    "data_source",
                    self.tr("Data source"),
                    line=3,
                    stretch=2,
                    placeholder=self.tr("CRM report, survey, ledger…"),
                ),
                Column(
                    "actuals",
                    self.tr("Actuals…"),
                    kind="action",
                    line=4,
                    action=self.edit_actuals,
                    tooltip=self.tr("Enter the actual values of this criterion"),
                ),
                Column(
                    "plan",
                    self.tr("Plan a corrective action"),
                    kind="action",
                    line=4,
                    action=self.plan_action,
                    enabled=self._missed,
                    tooltip=self.tr("Add a corrective action prefilled from this criterion's miss"),
                ),
            ],
            add_text=self.tr("Add criterion"),
            empty_text=self.tr("No criteria yet: how do you know the process works?"),
            info=self._status_line,
            parent=self,
        )
        form.bind_table(
            self.table,
            "criteria",
            Criterion,
            add_label=self.tr("Add criterion"),
            edit_label=self.tr("Change criterion"),
            remove_label=self.tr("Remove criterion"),
        )
        box.addRow(self.table)
        self.actuals = ActualsEditor(form, self)
        box.addRow(self.actuals)
        outer.addWidget(sec)

        sec = Section(self.tr("Corrective actions"), self)
        box = form.form_layout(sec.body)
        statuses = [
            (ActionStatus.PLANNED, self.tr("planned")),
            (ActionStatus.IN_PROGRESS, self.tr("in progress")),
            (ActionStatus.DONE, self.tr("done")),
            (ActionStatus.CANCELLED, self.tr("cancelled")),
        ]
        self.actions = ItemTable(
            [
                Column(
                    "what", self.tr("What"), placeholder=self.tr("e.g. Launch a second ad account"), stretch=3
                ),
                Column("status", self.tr("Status"), kind="choice", choices=lambda: statuses),
                Column("why", self.tr("Why"), line=1, stretch=3, placeholder=self.tr("the cause it removes")),
                Column(
                    "criterion_id",
                    self.tr("Criterion"),
                    kind="choice",
                    line=2,
                    stretch=2,
                    choices=self._criterion_choices,
                ),
                Column(
                    "responsible_id",
                    self.tr("Responsible"),
                    kind="choice",
                    line=2,
                    stretch=2,
                    choices=lambda: form.people_choices("—"),
                ),
                Column("due", self.tr("Due"), kind="date", line=3),
                Column(
                    "result", self.tr("Result"), line=3, stretch=3, placeholder=self.tr("what came of it")
                ),
            ],
            add_text=self.tr("Add corrective action"),
            empty_text=self.tr("No corrective actions."),
            info=self._action_line,
            parent=self,
        )
        form.bind_table(
            self.actions,
            "actions",
            CorrectiveAction,
            add_label=self.tr("Add corrective action"),
            edit_label=self.tr("Change corrective action"),
            remove_label=self.tr("Remove corrective action"),
        )
        box.addRow(self.actions)
        outer.addWidget(sec)

    # ------------------------------------------------------------ showing
    def show_process(self, p: Process) -> None:
        self.process = p
        self.table.set_items(p.criteria)
        self.actions.set_items(p.actions)
        self.actuals.show_process(p)

    def _judge(self, c: Criterion):
        # stale by the project's grace days (Map ▸ Validation Rules), as the dock and the check judge
        return judge(c, dt.date.today(), grace_days_of(self.form.doc.header))

    def _status_line(self, c: Criterion) -> str:
        if not c.actuals:
            return ""
        j = self._judge(c)
        lang = ui_language()
        text = status_title(j.status, lang)
        last = j.last
        if last is not None:
            from procedit.control.targets import format_value

            value = (
                f"{format_value(last.value, c.target, c.unit, lang)} {TREND.get(j.trend or '', '')}".strip()
            )
            text = f"{last.period.text}: {value} — {text}"
        return text

    def _missed(self, c: Criterion) -> bool:
        return bool(c.actuals) and self._judge(c).last_result in (Status.MISSED, Status.WARNING)

    def _action_line(self, a: CorrectiveAction) -> str:
        if a.is_open and a.due is not None and a.due < dt.date.today():
            return self.tr("Overdue since %s") % a.due.isoformat()
        return ""

    def _criterion_choices(self) -> list[tuple[Any, str]]:
        crits = self.process.criteria if self.process is not None else ()
        return [(None, "—"), *((c.id, c.name.strip() or "…") for c in crits)]

    def _target_hint(self, text: str) -> str | None:
        target, _ = parse_target(text)
        if target.readable:
            return None
        return self.tr("This target cannot be checked: write a comparison such as ≥ 120, ≤ 5, 5–10 or yes")

    def _warning_hint(self, text: str) -> str | None:
        if not text.strip() or number(text) is not None:
            return None
        return self.tr("Write a number")

    # ------------------------------------------------------------ actions
    def edit_actuals(self, c: Criterion) -> None:
        self.actuals.show_criterion(c.id)

    def plan_action(self, c: Criterion) -> None:
        p = self.process
        if p is None:
            return
        action = plan_action(p, c, self._judge(c), ui_language())
        self.form.push(
            add_item(self.form.doc, p.id, "actions", action, label=self.tr("Plan a corrective action"))
        )


__all__ = ["CriteriaSection", "action_status_title"]
