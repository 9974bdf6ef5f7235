"""The findings badge of a node: a coloured circle with a count in the top-right slot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from procedit.model import Severity

from ..style import BADGE_COLORS, fonts

BADGE_RADIUS = 10.0
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Badge:
    severity: Severity
    count: int
    messages: tuple[str, ...]


def summarize(findings: Sequence[Any], lang: str = "ru") -> Badge | None:
    """The badge for a node's findings: how many the map's checking level reports, in the colour of
    the worst of them (red for an error, amber for a warning, blue for a note)."""
    if not findings:
        return None
    worst = worst_severity(findings)
    ordered = sorted(findings, key=lambda f: _ORDER.get(f.severity, 3))
    messages = tuple(_message(f, lang) for f in ordered)
    return Badge(worst, len(findings), messages)


def worst_severity(findings: Sequence[Any]) -> Severity | None:
    """The severity a node's badge shows (what ``summarize`` picks, without the messages)."""
    if not findings:
        return None
    return min((f.severity for f in findings), key=lambda s: _ORDER.get(s, 3))


def _message(finding: Any, lang: str) -> str:
    try:
        return str(finding.message(lang))
    except Exception:  # a finding that cannot word itself still shows up
        return str(getattr(finding, "rule", finding))


def paint_badge(painter: QPainter, center: QPointF, badge: Badge) -> None:
    color = BADGE_COLORS.get(badge.severity, QColor("#757575"))
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(color)
    painter.drawEllipse(center, BADGE_RADIUS, BADGE_RADIUS)
    painter.setPen(QColor("white"))
    painter.setFont(fonts().badge)
    r = QRectF(center.x() - BADGE_RADIUS, center.y() - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS)
    painter.drawText(r, Qt.AlignmentFlag.AlignCenter, str(badge.count) if badge.count < 100 else "99+")


def badge_tooltip(badge: Badge) -> str:
    return "\n".join(f"• {m}" for m in badge.messages)
