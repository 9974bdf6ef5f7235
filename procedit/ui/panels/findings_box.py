"""Validation findings of the shown element, as red / amber / blue rows at the top of the panel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

_STYLE = {
    "error": ("#b71c1c", "#fdecea", "●"),
    "warning": ("#7a5a00", "#fff4ce", "▲"),
    "info": ("#1f4e79", "#e8f1fb", "ℹ"),
}


def severity_name(finding: Any) -> str:
    sev = getattr(finding, "severity", "info")
    return str(getattr(sev, "value", sev))


class FindingsBox(QFrame):
    MAX_ROWS = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 4)
        self._box.setSpacing(2)
        self.rows: list[QLabel] = []
        self.hide()

    def show_findings(self, findings: Sequence[Any], lang: str) -> None:
        order = {"error": 0, "warning": 1, "info": 2}
        findings = sorted(findings, key=lambda f: order.get(severity_name(f), 3))
        shown = findings[: self.MAX_ROWS]
        while len(self.rows) < len(shown) + 1:
            label = QLabel(self)
            label.setWordWrap(True)
            self._box.addWidget(label)
            self.rows.append(label)
        for label, finding in zip(self.rows, shown, strict=False):
            fg, bg, mark = _STYLE.get(severity_name(finding), _STYLE["info"])
            try:
                text = finding.message(lang)
            except Exception:  # a finding that cannot speak must not break the panel
                text = str(getattr(finding, "rule", finding))
            label.setText(f"{mark}  {text}")
            label.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {bg}; border-left: 3px solid {fg}; padding: 3px 6px; }}"
            )
            label.setProperty("severity", severity_name(finding))
            label.show()
        more = len(findings) - len(shown)
        extra = self.rows[len(shown)]
        extra.setText(self.tr("…and %n more in the Problems panel", "", more) if more > 0 else "")
        extra.setStyleSheet("color: palette(placeholder-text);")
        extra.setProperty("severity", "")
        extra.setVisible(more > 0)
        for label in self.rows[len(shown) + 1 :]:
            label.hide()
        self.setVisible(bool(findings))

    def texts(self) -> list[str]:
        return [r.text() for r in self.rows if not r.isHidden() and r.property("severity")]
