"""The control principle judged on numbers: criteria missed, missed several periods running,
data gone stale, a target nobody can check, corrective actions overdue.

The judgement itself is ``procedit.control``'s; these rules only turn it into findings
that name the process, the criterion, the target and the actual values. A met criterion
raises nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from procedit.control import Status, format_target, format_value, judged
from procedit.model import Criterion, Process, Severity

from .context import MapContext
from .findings import Local
from .registry import rule

Params = dict[str, Any]


def _judged(ctx: MapContext, p: Process) -> Iterator[tuple[Criterion, Any]]:
    """The criteria of ``p`` that have actuals, with their judgements (kept between runs: an
    edit re-runs the rules on one process only, whose other criteria are the same objects)."""
    grace = int(ctx.facts.params["stale_grace_days"])
    today = ctx.facts.today
    for c in p.criteria:
        if c.actuals:
            yield c, judged(c, today, grace)


def _values(c: Criterion, points) -> Local:
    ru, en = (
        "; ".join(f"{pt.period.text}: {format_value(pt.value, c.target, c.unit, lang)}" for pt in points)
        for lang in ("ru", "en")
    )
    return Local(ru, en)


def _target(c: Criterion) -> Local:
    return Local(format_target(c.target, c.unit, "ru"), format_target(c.target, c.unit, "en"))


def _value(c: Criterion, value: float) -> Local:
    return Local(format_value(value, c.target, c.unit, "ru"), format_value(value, c.target, c.unit, "en"))


def _name(c: Criterion) -> str:
    return c.name.strip() or "—"


def _running_limit(ctx: MapContext) -> int:
    return max(2, int(ctx.facts.params["missed_periods_running"]))


@rule(
    "criterion_missed",
    "control",
    Severity.WARNING,
    "process",
    title=("Критерий не выполнен", "Criterion missed"),
    message=(
        "Критерий «{criterion}» процесса «{name}» не выполнен за {period}: факт {actual}, цель {target}. "
        "Разберите причину и запланируйте корректирующее действие.",
        "Criterion “{criterion}” of process “{name}” was missed in {period}: actual {actual}, target "
        "{target}. Find the cause and plan a corrective action.",
    ),
)
def criterion_missed(ctx: MapContext, p: Process) -> Iterator[Params]:
    limit = _running_limit(ctx)
    running_rule = ctx.facts.enabled("criterion_missed_running")
    for c, j in _judged(ctx, p):
        if j.last_result == Status.MISSED and (j.missed_running < limit or not running_rule):
            last = j.last
            yield {
                "criterion": _name(c),
                "period": last.period.text,
                "actual": _value(c, last.value),
                "target": _target(c),
            }


@rule(
    "criterion_missed_running",
    "control",
    Severity.ERROR,
    "process",
    title=("Критерий не выполняется несколько периодов подряд", "Criterion missed several periods running"),
    message=(
        "Критерий «{criterion}» процесса «{name}» не выполняется несколько периодов подряд ({count}; цель {target}): "
        "{values}. Процесс нужно корректировать: запланируйте корректирующее действие.",
        "Criterion “{criterion}” of process “{name}” was missed {count} periods running (target "
        "{target}): {values}. The process needs correcting: plan a corrective action.",
    ),
)
def criterion_missed_running(ctx: MapContext, p: Process) -> Iterator[Params]:
    limit = _running_limit(ctx)
    for c, j in _judged(ctx, p):
        if j.missed_running >= limit:
            yield {
                "criterion": _name(c),
                "count": j.missed_running,
                "target": _target(c),
                "values": _values(c, j.points[-j.missed_running :]),
            }


@rule(
    "criterion_stale",
    "control",
    Severity.WARNING,
    "process",
    title=("Нет свежих данных по критерию", "Criterion data is stale"),
    message=(
        "По критерию «{criterion}» процесса «{name}» нет значения за {due}: последнее — за {last}, "
        "факт {actual}, цель {target}. Внесите фактические значения или импортируйте их.",
        "Criterion “{criterion}” of process “{name}” has no value for {due}: the latest is for {last}, "
        "actual {actual}, target {target}. Enter the actual values or import them.",
    ),
)
def criterion_stale(ctx: MapContext, p: Process) -> Iterator[Params]:
    for c, j in _judged(ctx, p):
        if j.status == Status.STALE:
            last = j.last
            yield {
                "criterion": _name(c),
                "due": j.due.text,
                "last": last.period.text,
                "actual": _value(c, last.value),
                "target": _target(c),
            }


@rule(
    "target_unreadable",
    "control",
    Severity.WARNING,
    "process",
    title=("Целевое значение нельзя проверить", "Target cannot be checked"),
    message=(
        "Целевое значение критерия «{criterion}» процесса «{name}» записано текстом, который нельзя "
        "проверить: «{text}». Запишите его как сравнение, например «≥ 120», «≤ 5», «5–10» или «да».",
        "The target of criterion “{criterion}” of process “{name}” is text that cannot be checked: "
        "“{text}”. Write it as a comparison, e.g. “≥ 120”, “≤ 5”, “5–10” or “yes”.",
    ),
)
def target_unreadable(ctx: MapContext, p: Process) -> Iterator[Params]:
    for c in p.criteria:
        if not c.target.readable:
            yield {"criterion": _name(c), "text": c.target.text.strip()}


@rule(
    "action_overdue",
    "control",
    Severity.WARNING,
    "process",
    title=("Корректирующее действие просрочено", "Corrective action overdue"),
    message=(
        "Корректирующее действие «{action}» процесса «{name}» просрочено: срок был {due}. "
        "Выполните его, перенесите срок или отмените с объяснением.",
        "Corrective action “{action}” of process “{name}” is overdue: it was due {due}. "
        "Do it, move the due date, or cancel it with a reason.",
    ),
)
def action_overdue(ctx: MapContext, p: Process) -> Iterator[Params]:
    today = ctx.facts.today
    for a in p.actions:
        if a.is_open and a.due is not None and a.due < today:
            yield {"action": a.what.strip() or "—", "due": a.due.isoformat()}
