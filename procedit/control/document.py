"""The content of the documents' control parts, as plain data (renderers only draw it):

- ``monitoring``: the regulation's monitoring section, every criterion with its target,
  latest actual and status, and a chart per criterion that has actuals;
- ``action_plan``: the corrective-action plan (what, why, who, when, status) that the
  survey report of an AS IS map carries.

Both languages are here; nothing is imported from the renderers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from procedit.model import Comparison, Project

from .report import action_rows, action_status_title, kpi_rows
from .status import status_title

_T = {
    "monitoring": ("Мониторинг критериев результативности", "Monitoring of the performance criteria"),
    "monitoring_intro": (
        "Критерии процессов с последним фактическим значением и оценкой по состоянию на {today}.",
        "The criteria of the processes with their latest actual value and status as of {today}.",
    ),
    "monitoring_none": (
        "Фактические значения критериев не вносились.",
        "No actual values have been entered.",
    ),
    "process": ("Процесс", "Process"),
    "criterion": ("Критерий", "Criterion"),
    "target": ("Цель", "Target"),
    "actual": ("Факт", "Actual"),
    "threshold": ("Порог предупреждения", "Warning threshold"),
    "period": ("Период", "Period"),
    "status": ("Оценка", "Status"),
    "responsible": ("Ответственный", "Responsible"),
    "chart": ("{criterion} (цель {target})", "{criterion} (target {target})"),
    "chart_key": (
        "Графики сгруппированы по процессам в порядке таблицы. Точки — фактические значения: "
        "зелёная — цель выполнена, жёлтая — на грани, красная — не выполнена; зелёная пунктирная "
        "линия — цель, оранжевая точечная — порог предупреждения.",
        "The charts are grouped by process in the order of the table. Dots are the actual values: "
        "green — target met, amber — warning, red — missed; the green dashed line is the target, "
        "the amber dotted line the warning threshold.",
    ),
    "plan": ("План корректирующих действий", "Corrective-action plan"),
    "plan_intro": (
        "Что делается, чтобы устранить найденные недостатки процессов и невыполнение критериев.",
        "What is done to correct the processes where they fall short or miss their criteria.",
    ),
    "plan_none": ("Корректирующие действия не запланированы.", "No corrective actions are planned."),
    "what": ("Что сделать", "What"),
    "why": ("Причина", "Why"),
    "who": ("Ответственный", "Responsible"),
    "due": ("Срок", "Due"),
    "overdue": ("просрочено", "overdue"),
    "state": ("Статус", "Status"),
}


def text(key: str, lang: str) -> str:
    ru, en = _T[key]
    return en if lang == "en" else ru


def _date(d: dt.date | None, lang: str) -> str:
    if d is None:
        return "—"
    return d.strftime("%d.%m.%Y") if lang == "ru" else d.isoformat()


@dataclass(frozen=True)
class Chart:
    """One criterion's values per period against its target lines; ``title`` names the
    criterion and its target, ``process`` the process it belongs to."""

    title: str
    periods: tuple[str, ...]
    values: tuple[float, ...]
    results: tuple[str, ...]  # met / warning / missed per value
    targets: tuple[float, ...]  # the target line(s): one, or the two bounds of "between"
    warning: float | None
    process: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str
    widths: tuple[float, ...]  # shares of the width
    charts: tuple[Chart, ...] = field(default=())
    chart_key: str = ""  # how to read the charts (their colours and lines)


def monitoring(
    project: Project,
    map_id: str | None,
    lang: str = "ru",
    today: dt.date | None = None,
    process_id: str | None = None,
) -> Section:
    """The monitoring section of a map (or of one process of it)."""
    today = today or dt.date.today()
    rows = []
    charts = []
    for r in kpi_rows(project, map_id, today):
        if not r.criterion.actuals or (process_id is not None and r.process.id != process_id):
            continue
        last = r.judgement.last
        rows.append(
            (
                r.process_title,
                r.criterion.name or "—",
                r.target_text(lang) or "—",
                r.last_text(lang),
                last.period.text if last is not None else "—",
                status_title(r.status, lang) + (f" {r.trend}" if r.trend else ""),
                r.responsible or "—",
            )
        )
        points = r.judgement.points[-12:]
        t = r.criterion.target
        if points and t.comparison not in (None, Comparison.YES_NO):
            targets = (t.value, t.high) if t.comparison == Comparison.BETWEEN else (t.value,)
            charts.append(
                Chart(
                    text("chart", lang).format(
                        process=r.process_title, criterion=r.criterion.name, target=r.target_text(lang)
                    ),
                    tuple(p.period.text for p in points),
                    tuple(p.value for p in points),
                    tuple(p.result.value for p in points),
                    tuple(x for x in targets if x is not None),
                    t.warning,
                    r.process_title,
                )
            )
    columns = ("process", "criterion", "target", "actual", "period", "status", "responsible")
    widths = (0.2, 0.22, 0.11, 0.11, 0.09, 0.12, 0.15)
    intro = text("monitoring_intro", lang).format(today=_date(today, lang))
    sec = _section("monitoring", intro, columns, widths, rows, lang, charts)
    return replace(sec, chart_key=text("chart_key", lang)) if charts else sec


def action_plan(
    project: Project,
    map_id: str | None,
    lang: str = "ru",
    today: dt.date | None = None,
    process_id: str | None = None,
) -> Section:
    """The corrective-action plan of a map (or of one process of it)."""
    today = today or dt.date.today()
    rows = []
    for r in action_rows(project, map_id, today):
        if process_id is not None and r.process.id != process_id:
            continue
        status = action_status_title(r.action.status, lang)
        if r.overdue:
            status += f" ({text('overdue', lang)})"
        why = r.action.why or r.criterion or "—"
        title = " ".join(x for x in (r.process.code.strip(), r.process.name.strip()) if x) or "…"
        rows.append(
            (title, r.action.what or "—", why, r.responsible or "—", _date(r.action.due, lang), status)
        )
    columns = ("process", "what", "why", "who", "due", "state")
    widths = (0.15, 0.24, 0.2, 0.15, 0.11, 0.15)
    return _section("plan", text("plan_intro", lang), columns, widths, rows, lang)


def _section(
    key: str,
    intro: str,
    columns: tuple[str, ...],
    widths: tuple[float, ...],
    rows: list,
    lang: str,
    charts=(),
) -> Section:
    """A section titled ``text(key)`` with these columns, saying ``text(key + "_none")`` when empty."""
    headers = tuple(text(c, lang) for c in columns)
    return Section(
        text(key, lang), intro, headers, tuple(rows), text(f"{key}_none", lang), widths, tuple(charts)
    )
