"""The control sections of the documents: the monitoring of the criteria (a table and a chart
per criterion with actuals) and the corrective-action plan. Their content is built by
``procedit.control.document``; here it becomes tree sections (left out when empty).

The charts follow the table as small multiples: a process's criteria side by side under the
process's name (``ChartGroup``), in the order of the table, after a line saying how to read
them. A thousand-process regulation's three thousand charts take a few hundred pages instead
of over a thousand, and each chart is titled only by its criterion and target."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from procedit.control import document as control

from .sections import Context
from .tree import Chart, ChartGroup, Paragraph, Section, Table

CHART_COLUMNS = 3  # a process's charts side by side, three to a row of the page


def _section(c: Context, key: str, sec: control.Section) -> Section | None:
    if not sec.rows:
        return None
    out = Section(key, sec.title, new_page=True)
    out.blocks.append(Paragraph(sec.intro, "muted"))
    out.blocks.append(Table([list(sec.headers), *(list(r) for r in sec.rows)], list(sec.widths)))
    if sec.charts and sec.chart_key:
        out.blocks.append(Paragraph(sec.chart_key, "muted"))
    for process, charts in groupby(sec.charts, key=lambda ch: ch.process):
        out.blocks.append(
            ChartGroup(
                process,
                [Chart(ch.title, ch.periods, ch.values, ch.results, ch.targets, ch.warning) for ch in charts],
                CHART_COLUMNS,
            )
        )
    return out


def monitoring(c: Context) -> Section | None:
    """Every criterion with actuals: target, latest actual, period, status, who measures; a chart each."""
    if c.pmap is None:
        return None
    pid = c.proc.id if c.proc is not None else None
    return _section(c, "monitoring", control.monitoring(c.project, c.pmap.id, c.t.lang, dt.date.today(), pid))


def action_plan(c: Context) -> Section | None:
    """The corrective actions of the map's processes: what, why, who, when, status."""
    if c.pmap is None:
        return None
    pid = c.proc.id if c.proc is not None else None
    return _section(c, "actions", control.action_plan(c.project, c.pmap.id, c.t.lang, dt.date.today(), pid))
