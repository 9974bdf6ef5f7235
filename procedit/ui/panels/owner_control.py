"""The control part of a process card in the Owner's view: its criteria that are not met
(with the latest value against the target) and its open corrective actions (overdue ones
marked)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from procedit.control import Status, format_target, judge, status_title
from procedit.control.report import action_status_title, is_overdue
from procedit.control.targets import format_value
from procedit.model import Process

# rules whose findings the card shows as its own "criteria not met" lines
SHOWN_HERE = frozenset({"criterion_missed", "criterion_missed_running"})
_MISSED = {Status.MISSED: "#b71c1c", Status.WARNING: "#7a5a00"}


def control_lines(p: Process, lang: str, today: dt.date | None = None) -> tuple[list[str], int, int]:
    """HTML lines for the card, how many criteria are not met, how many actions are open."""
    today = today or dt.date.today()
    lines: list[str] = []
    missed = 0
    for c in p.criteria:
        if not c.actuals:
            continue
        j = judge(c, today)
        last = j.last
        if j.last_result not in _MISSED or last is None:
            continue
        missed += 1
        color = _MISSED[j.last_result]
        text = (
            f"{c.name or '—'}: {last.period.text} — {format_value(last.value, c.target, c.unit, lang)}"
            f" / {format_target(c.target, c.unit, lang)} ({status_title(j.last_result, lang)})"
        )
        lines.append(f'<span style="color:{color}">▼ {html.escape(text)}</span>')
    open_actions = [a for a in p.actions if a.is_open]
    for a in open_actions:
        due = a.due.isoformat() if a.due is not None else "—"
        text = f"{a.what or '—'} ({action_status_title(a.status, lang)}, {due})"
        if is_overdue(a, today):
            label = html.escape(QCoreApplication.translate("OwnerView", "overdue"))
            lines.append(f'<span style="color:#b71c1c">⚑ {html.escape(text)} — {label}</span>')
        else:
            lines.append(f'<span style="color:#1f4e79">⚑ {html.escape(text)}</span>')
    return lines, missed, len(open_actions)
