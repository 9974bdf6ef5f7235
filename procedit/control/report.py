"""What a reader gets of control: every criterion with its target, latest actual and status,
and the corrective-action plan, as plain data.

The command line (``procedit kpi``), the Criteria dock and the documents (the regulation's
monitoring section, the survey report's action plan) all read these rows, so they agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from procedit.model import ActionStatus, CorrectiveAction, Criterion, Process, ProcessMap, Project
from procedit.model.limits import MAX_LINE, MAX_TEXT, clean_text

from .status import STATUS_RANK, Judgement, Status, judged, status_title
from .targets import format_target, format_value

TREND_ARROWS = {"up": "↑", "down": "↓", "flat": "→"}


class KpiRow(NamedTuple):
    """One criterion's row (a named tuple: the Criteria dock makes one per criterion of a map,
    15,000 for a 5,000-process map, and a tuple is made ~6× faster than a frozen dataclass)."""

    map_id: str
    map_name: str
    process: Process
    criterion: Criterion
    owner: str  # the process owner's name ("" when none)
    responsible: str  # the criterion's responsible person
    judgement: Judgement

    @property
    def status(self) -> Status:
        return self.judgement.status

    @property
    def failing(self) -> bool:
        """Whether the criterion is not met: missed, or stale while its latest known value missed
        (a miss does not become fine because the data stopped coming)."""
        j = self.judgement
        return j.status == Status.MISSED or (j.status == Status.STALE and j.last_result == Status.MISSED)

    def status_text(self, lang: str = "ru") -> str:
        """The status's title; a stale criterion whose latest value missed says so."""
        text = status_title(self.status, lang)
        if self.status == Status.STALE and self.failing:
            missed = status_title(Status.MISSED, lang)
            text += f"; последнее значение: {missed}" if lang == "ru" else f"; latest value {missed}"
        return text

    def target_text(self, lang: str = "ru") -> str:
        return format_target(self.criterion.target, self.criterion.unit, lang)

    def last_text(self, lang: str = "ru") -> str:
        last = self.judgement.last
        if last is None:
            return "—"
        return format_value(last.value, self.criterion.target, self.criterion.unit, lang)

    @property
    def last_period(self) -> str:
        last = self.judgement.last
        return last.period.text if last is not None else ""

    @property
    def trend(self) -> str:
        return TREND_ARROWS.get(self.judgement.trend or "", "")

    @property
    def process_title(self) -> str:
        return " ".join(x for x in (self.process.code.strip(), self.process.name.strip()) if x) or "…"

    def to_dict(self, lang: str = "ru") -> dict[str, Any]:
        j = self.judgement
        return {
            "map": self.map_id,
            "map_name": self.map_name,
            "process_id": self.process.id,
            "process": self.process_title,
            "owner": self.owner,
            "criterion_id": self.criterion.id,
            "criterion": self.criterion.name,
            "target": self.target_text(lang),
            "unit": self.criterion.unit,
            "last_period": self.last_period or None,
            "last_value": j.last.value if j.last is not None else None,
            "status": self.status.value,
            "status_text": self.status_text(lang),
            "last_result": j.last_result.value if j.last_result is not None else None,
            "failing": self.failing,
            "missed_running": j.missed_running,
            "trend": j.trend,
            "actuals": [
                {"period": p.period.text, "value": p.value, "result": p.result.value} for p in j.points
            ],
        }


def _maps(project: Project, map_id: str | None) -> tuple[ProcessMap, ...]:
    return project.maps if map_id is None else (project.map_by_id(map_id),)


def kpi_rows(
    project: Project, map_id: str | None = None, today: dt.date | None = None, grace_days: int | None = None
) -> list[KpiRow]:
    """Every criterion of the project (or of one map), in map and process order."""
    names = {p.id: p.name for p in project.people}
    if grace_days is None:
        grace_days = grace_days_of(project)
    rows = []
    for m in _maps(project, map_id):
        for p in m.processes:
            rows.extend(process_rows(m, p, names, today, grace_days))
    return rows


def grace_days_of(project: Project) -> int:
    """How many days after a period its value is due (the project's ``stale_grace_days``)."""
    return int(project.validation.params.get("stale_grace_days", 15))


def process_rows(
    pmap: ProcessMap, p: Process, names: dict[str, str], today: dt.date | None, grace_days: int
) -> list[KpiRow]:
    """The rows of one process's criteria (``names``: person id → name)."""
    owner = names.get(p.owner_id or "", "")
    today = today or dt.date.today()
    return [
        KpiRow(
            pmap.id,
            pmap.name,
            p,
            c,
            owner,
            names.get(c.responsible_id or "", ""),
            judged(c, today, grace_days),
        )
        for c in p.criteria
    ]


def worst_first(rows: list[KpiRow]) -> list[KpiRow]:
    return sorted(rows, key=lambda r: (STATUS_RANK[r.status], r.process_title.casefold(), r.criterion.name))


# ------------------------------------------------------------------ corrective actions
ACTION_STATUS_TITLES: dict[ActionStatus, dict[str, str]] = {
    ActionStatus.PLANNED: {"ru": "запланировано", "en": "planned"},
    ActionStatus.IN_PROGRESS: {"ru": "выполняется", "en": "in progress"},
    ActionStatus.DONE: {"ru": "выполнено", "en": "done"},
    ActionStatus.CANCELLED: {"ru": "отменено", "en": "cancelled"},
}


def action_status_title(status: ActionStatus, lang: str = "ru") -> str:
    return ACTION_STATUS_TITLES[status].get(lang) or ACTION_STATUS_TITLES[status]["en"]


def is_overdue(action: CorrectiveAction, today: dt.date | None = None) -> bool:
    return action.is_open and action.due is not None and action.due < (today or dt.date.today())


@dataclass(frozen=True)
class ActionRow:
    map_id: str
    process: Process
    action: CorrectiveAction
    responsible: str
    criterion: str  # the name of the criterion that caused it ("" when none)
    overdue: bool


def action_rows(project: Project, map_id: str | None = None, today: dt.date | None = None) -> list[ActionRow]:
    names = {p.id: p.name for p in project.people}
    rows = []
    for m in _maps(project, map_id):
        for p in m.processes:
            crit_names = {c.id: c.name for c in p.criteria}
            for a in p.actions:
                rows.append(
                    ActionRow(
                        m.id,
                        p,
                        a,
                        names.get(a.responsible_id or "", ""),
                        crit_names.get(a.criterion_id or "", ""),
                        is_overdue(a, today),
                    )
                )
    return rows


def _periods_ru(n: int) -> str:
    """The form of «период» a count of ``n`` takes: 2 периода, 5 периодов, 21 период."""
    if n % 10 == 1 and n % 100 != 11:
        return "период"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "периода"
    return "периодов"


def plan_action(
    process: Process,
    criterion: Criterion,
    judgement: Judgement,
    lang: str = "ru",
    today: dt.date | None = None,
    days: int = 30,
) -> CorrectiveAction:
    """A corrective action prefilled from a missed criterion: why names the values; the
    process owner is responsible; due in ``days`` days."""
    last = judgement.last
    target = format_target(criterion.target, criterion.unit, lang)
    if last is not None:
        actual = format_value(last.value, criterion.target, criterion.unit, lang)
        if lang == "ru":
            why = (
                f"Критерий «{criterion.name}» не выполнен за {last.period.text}: факт {actual}, цель {target}"
            )
        else:
            why = (
                f"Criterion “{criterion.name}” missed in {last.period.text}: actual {actual}, target {target}"
            )
        n = judgement.missed_running
        if n > 1:
            why += f" ({n} {_periods_ru(n)} подряд)" if lang == "ru" else f" ({n} periods running)"
    else:
        why = f"Критерий «{criterion.name}»" if lang == "ru" else f"Criterion “{criterion.name}”"
    what = (
        f"Устранить причину невыполнения: {criterion.name}"
        if lang == "ru"
        else f"Remove the cause of the miss: {criterion.name}"
    )
    return CorrectiveAction(
        what=clean_text(what, MAX_LINE),  # (a criterion's name may be as long as the line itself)
        why=clean_text(why, MAX_TEXT),
        criterion_id=criterion.id,
        responsible_id=process.owner_id,
        due=(today or dt.date.today()) + dt.timedelta(days=days),
        status=ActionStatus.PLANNED,
    )
