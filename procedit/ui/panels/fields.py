"""Small editor widgets for the properties panel.

Every field follows one contract: ``set_value(v)`` shows a model value without emitting
anything (signals blocked, cursor kept) and changes nothing when the value is already
shown; the ``edited`` signal fires only for the user's own edits. Text fields count edit
sessions (``session`` grows on each focus-in) so that typing in one field merges into one
undo step while a later return to the field starts a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Choice = tuple[Any, str]  # (model value, shown text)


class LineField(QLineEdit):
    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = 0
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(False)
        self.textEdited.connect(self.edited)

    def focusInEvent(self, event) -> None:
        self.session += 1
        super().focusInEvent(event)

    def mark_invalid(self, hint: str | None) -> None:
        """Outline the field in red with ``hint`` as its tooltip (None: the text is fine)."""
        self.setStyleSheet("" if hint is None else "QLineEdit { border: 1px solid #c62828; }")
        self.setToolTip(hint or "")

    def set_value(self, value: str) -> None:
        value = value or ""
        if self.text() == value:
            return
        pos = self.cursorPosition()
        self.blockSignals(True)
        self.setText(value)
        self.setCursorPosition(min(pos, len(value)) if self.hasFocus() else 0)
        self.blockSignals(False)


class TextField(QPlainTextEdit):
    """A multi-line text; Tab moves to the next field (it does not insert a tab)."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = 0
        self._setting = False
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * max(lines, 1) + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._lines = lines
        self.textChanged.connect(self._changed)

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * self._lines + 12)
        return hint

    def focusInEvent(self, event) -> None:
        self.session += 1
        super().focusInEvent(event)

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit(self.toPlainText())

    def set_value(self, value: str) -> None:
        value = value or ""
        if self.toPlainText() == value:
            return
        pos = self.textCursor().position()
        self._setting = True
        try:
            self.setPlainText(value)
            if self.hasFocus():
                cursor = self.textCursor()
                cursor.setPosition(min(pos, len(value)))
                self.setTextCursor(cursor)
        finally:
            self._setting = False


class _NoWheelUnlessFocused(QObject):
    """Scrolling the panel must not change a combo box the pointer passes over."""

    def eventFilter(self, obj, event) -> bool:
        if isinstance(event, QWheelEvent) and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


wheel_guard = _NoWheelUnlessFocused()


class ComboField(QComboBox):
    """A choice among ``(value, text)`` pairs; ``edited(value)`` on the user's pick."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._choices: list[Choice] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.installEventFilter(wheel_guard)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.activated.connect(self._activated)

    def _activated(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.edited.emit(self._choices[index][0])

    def set_choices(self, choices: Sequence[Choice]) -> None:
        choices = list(choices)
        if choices == self._choices:
            return
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItems([text for _, text in choices])
        self._choices = choices
        self._select(current)
        self.blockSignals(False)

    def value(self) -> Any:
        i = self.currentIndex()
        return self._choices[i][0] if 0 <= i < len(self._choices) else None

    def values(self) -> list[Any]:
        return [v for v, _ in self._choices]

    def set_value(self, value: Any) -> None:
        if self.value() == value and self.currentIndex() >= 0:
            return
        self.blockSignals(True)
        self._select(value)
        self.blockSignals(False)

    def _select(self, value: Any) -> None:
        for i, (v, _) in enumerate(self._choices):
            if v == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(-1)

    def pick(self, value: Any) -> None:
        """Choose ``value`` as the user would (emits ``edited``); for tests and shortcuts."""
        for i, (v, _) in enumerate(self._choices):
            if v == value:
                self.setCurrentIndex(i)
                self._activated(i)
                return
        raise ValueError(f"{value!r} is not among the choices")


def parse_date(text: str) -> dt.date | None:
    """``2026-01-31`` or ``31.01.2026``; raises ValueError for anything else."""
    text = text.strip()
    if "." in text:
        day, month, year = text.split(".")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(text)


class DateField(LineField):
    """A date typed as 31.01.2026 or 2026-01-31; empty means no date.

    ``dateEdited(date | None)`` fires only for text that is a valid date (or empty); while
    the text is not a date the field is marked and nothing is written.
    """

    dateEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("e.g. 31.01.2026"), parent)
        self.edited.connect(self._typed)
        self.setMaximumWidth(140)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._mark(True)
            self.dateEdited.emit(None)
            return
        try:
            value = parse_date(text)
        except ValueError:
            self._mark(False)
            return
        self._mark(True)
        self.dateEdited.emit(value)

    def _mark(self, ok: bool) -> None:
        self.mark_invalid(None if ok else self.tr("Not a date: type it as 31.01.2026"))

    def set_date(self, value: dt.date | None) -> None:
        if self.hasFocus():  # the user may be typing another spelling of the same date
            try:
                typed = parse_date(self.text()) if self.text().strip() else None
            except ValueError:
                typed = False
            if typed == value:
                return
        self._mark(True)
        self.set_value(value.strftime("%d.%m.%Y") if value else "")


class NumberField(LineField):
    """A length in map units (e.g. a lane's top or height); ``valueEdited(float)`` fires only
    for a number within ``minimum``; other text is marked and nothing is written."""

    valueEdited = Signal(float)

    def __init__(self, minimum: float | None = None, parent: QWidget | None = None):
        super().__init__("", parent)
        self.minimum = minimum
        self.edited.connect(self._typed)
        self.setMaximumWidth(140)

    def _typed(self, text: str) -> None:
        try:
            value = float(text.strip().replace(",", ".").replace(" ", ""))
        except ValueError:
            value = None
        ok = value is not None and value == value and abs(value) < 1e7
        ok = ok and (self.minimum is None or value >= self.minimum)
        if ok:
            self.mark_invalid(None)
            self.valueEdited.emit(value)
        elif self.minimum is not None:
            self.mark_invalid(self.tr("A number of at least %1").replace("%1", f"{self.minimum:g}"))
        else:
            self.mark_invalid(self.tr("A number"))

    def set_number(self, value: float) -> None:
        if self.hasFocus():
            try:
                if float(self.text().replace(",", ".")) == value:
                    return
            except ValueError:
                pass
        self.mark_invalid(None)
        self.set_value(f"{value:.10g}")


class Section(QWidget):
    """A titled, collapsible block of a form (the title is a button: click or Space)."""

    def __init__(self, title: str, parent: QWidget | None = None, expanded: bool = True):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(2)
        self.button = QToolButton(self)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setChecked(expanded)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        font = QFont(self.button.font())
        font.setBold(True)
        self.button.setFont(font)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.toggled.connect(self.set_expanded)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.body = QWidget(self)
        self.body.setVisible(expanded)
        outer.addWidget(self.button)
        outer.addWidget(line)
        outer.addWidget(self.body)

    def set_title(self, title: str) -> None:
        self.button.setText(title)

    def set_expanded(self, expanded: bool) -> None:
        self.button.setChecked(expanded)
        self.button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.button.isChecked()
