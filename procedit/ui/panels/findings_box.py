"""Validation findings of the shown element at the top of the panel: one line that expands.

Collapsed (the default) it is a single line — the counts by severity and the first problems'
titles — so that a long list never pushes the form down. Expanded it lists the findings, each as
its rule's title and details: the panel already names the element, so the rows do not repeat
its name (the whole message is the row's tooltip). The choice to expand is kept while the
selection changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

_STYLE = {
    "error": ("#b71c1c", "#fdecea", "●"),
    "warning": ("#7a5a00", "#fff4ce", "▲"),
    "info": ("#1f4e79", "#e8f1fb", "ℹ"),
}
_ORDER = {"error": 0, "warning": 1, "info": 2}


def severity_name(finding: Any) -> str:
    sev = getattr(finding, "severity", "info")
    return str(getattr(sev, "value", sev))


def _message(finding: Any, lang: str) -> str:
    try:
        return str(finding.message(lang))
    except Exception:  # a finding that cannot speak must not break the panel
        return str(getattr(finding, "rule", finding))


def _line(finding: Any, lang: str) -> str:
    """The finding without the element's name (its title and details), else its message."""
    short = getattr(finding, "short", None)
    if callable(short):
        try:
            return str(short(lang))
        except Exception:
            pass
    return _message(finding, lang)


class FindingsBox(QFrame):
    MAX_ROWS = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 4)
        self._box.setSpacing(2)
        self.summary = QToolButton(self)
        self.summary.setObjectName("findings_summary")
        self.summary.setCheckable(True)
        self.summary.setAutoRaise(True)
        self.summary.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.summary.setArrowType(Qt.ArrowType.RightArrow)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.summary.toggled.connect(self.set_expanded)
        self._box.addWidget(self.summary)
        self.rows: list[QLabel] = []
        self._texts: list[str] = []
        self.hide()

    def is_expanded(self) -> bool:
        return self.summary.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.summary.isChecked() != expanded:
            self.summary.setChecked(expanded)  # (calls back here through toggled)
            return
        self.summary.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        for label in self.rows:
            label.setVisible(expanded and bool(label.text()))

    def show_findings(self, findings: Sequence[Any], lang: str) -> None:
        findings = sorted(findings, key=lambda f: _ORDER.get(severity_name(f), 3))
        shown = findings[: self.MAX_ROWS]
        while len(self.rows) < len(shown) + 1:
            label = QLabel(self)
            label.setWordWrap(True)
            self._box.addWidget(label)
            self.rows.append(label)
        self._texts = []
        for label, finding in zip(self.rows, shown, strict=False):
            severity = severity_name(finding)
            fg, bg, mark = _STYLE.get(severity, _STYLE["info"])
            text = f"{mark}  {_line(finding, lang)}"
            self._texts.append(text)
            label.setText(text)
            label.setToolTip(_message(finding, lang))
            label.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {bg}; border-left: 3px solid {fg}; padding: 3px 6px; }}"
            )
            label.setProperty("severity", severity)
        more = len(findings) - len(shown)
        extra = self.rows[len(shown)]
        extra.setText(self.tr("…and %n more in the Problems panel", "", more) if more > 0 else "")
        extra.setToolTip("")
        extra.setStyleSheet("color: palette(placeholder-text);")
        extra.setProperty("severity", "")
        for label in self.rows[len(shown) + 1 :]:
            label.setText("")
        self._set_summary(findings, lang)
        self.set_expanded(self.is_expanded())
        self.setVisible(bool(findings))

    def _set_summary(self, findings: Sequence[Any], lang: str) -> None:
        counts = {name: 0 for name in _STYLE}
        for f in findings:
            counts[severity_name(f) if severity_name(f) in counts else "info"] += 1
        marks = "  ".join(f"{_STYLE[name][2]} {n}" for name, n in counts.items() if n)
        titles = ", ".join(dict.fromkeys(_line(f, lang).split(" — ")[0] for f in findings[:3]))
        if len(findings) > 3:
            titles += "…"
        worst = severity_name(findings[0]) if findings else "info"
        fg = _STYLE.get(worst, _STYLE["info"])[0]
        self.summary.setText(f"{marks} — {titles}" if titles else marks)
        self.summary.setToolTip(self.tr("Show or hide the problems of this element"))
        self.summary.setStyleSheet(f"QToolButton {{ color: {fg}; font-weight: bold; text-align: left; }}")

    def texts(self) -> list[str]:
        """The rows (shown when expanded): one per finding, worst first."""
        return list(self._texts)

    def summary_text(self) -> str:
        return self.summary.text()
