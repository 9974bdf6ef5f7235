"""Small editor widgets for the properties panel.

Every field follows one contract: ``set_value(v)`` shows a model value without emitting
anything (signals blocked, cursor kept) and changes nothing when the value is already
shown; the ``edited`` signal fires only for the user's own edits. Text fields count edit
sessions (``session`` grows on each focus-in) so that typing in one field merges into one
undo step while a later return to the field starts a new one.
"""

from __future__ import annotations

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

from procedit.model.limits import MAX_LINE, MAX_TEXT, clean_text

Choice = tuple[Any, str]  # (model value, shown text)


class LineField(QLineEdit):
    """One line of text, never longer than ``limit`` nor holding a character a project
    may not contain (pasted control characters are dropped as they arrive)."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None, limit: int = MAX_LINE):
        super().__init__(parent)
        self.session = 0
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(False)
        self.setMaxLength(limit)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        cleaned = clean_text(text, self.maxLength())
        if cleaned != text:
            pos = self.cursorPosition()
            self.blockSignals(True)
            self.setText(cleaned)
            self.setCursorPosition(min(pos, len(cleaned)))
            self.blockSignals(False)
        self.edited.emit(cleaned)

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

    def __init__(
        self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None, limit: int = MAX_TEXT
    ):
        super().__init__(parent)
        self.session = 0
        self.limit = limit  # what the model's field allows (longer or odd text is cut/dropped)
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
            text = self.toPlainText()
            cleaned = clean_text(text, self.limit)
            if cleaned != text:
                self.set_value(cleaned)
            self.edited.emit(cleaned)

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
