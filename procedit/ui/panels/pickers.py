"""Pickers of references: several at once (check-box menu, check list) and one person with
"Add person…" inline."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Command, Compound, Document, add_item
from procedit.model import Person

from .fields import Choice, ComboField, LineField


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        action = self.activeAction()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and action is not None
            and action.isCheckable()
        ):
            action.trigger()
            return
        super().keyPressEvent(event)


class MultiPick(QWidget):
    """Several references: the chosen names as text and a "Choose…" menu of check boxes.

    Options come in groups (people, departments, processes, parties); ``edited(tuple)``
    fires with the new list of ids after each tick.
    """

    edited = Signal(tuple)

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self._groups: list[tuple[str, list[Choice]]] = []
        self._value: tuple[str, ...] = ()
        self._empty = empty_text
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Choose…"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = _StayOpenMenu(self.button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)
        self.label.setFocusProxy(self.button)
        self.setFocusProxy(self.button)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self._show()

    def set_options(self, groups: Sequence[tuple[str, Sequence[Choice]]]) -> None:
        self._groups = [(title, list(choices)) for title, choices in groups]
        self._show()

    def set_value(self, ids: Sequence[str]) -> None:
        ids = tuple(ids)
        if ids != self._value:
            self._value = ids
            self._show()

    def value(self) -> tuple[str, ...]:
        return self._value

    def names(self) -> dict[str, str]:
        return {v: text for _, choices in self._groups for v, text in choices}

    def _show(self) -> None:
        names = self.names()
        shown = [names.get(i, "?") for i in self._value]
        if shown:
            self.label.setText(", ".join(shown))
            self.label.setStyleSheet("")
        else:
            self.label.setText(self._empty)
            self.label.setStyleSheet("color: palette(placeholder-text);")

    def _fill_menu(self) -> None:
        self.menu.clear()
        chosen = set(self._value)
        for title, choices in self._groups:
            if not choices:
                continue
            self.menu.addSection(title)
            for value, text in choices:
                action = self.menu.addAction(text)
                action.setCheckable(True)
                action.setChecked(value in chosen)
                action.toggled.connect(lambda on, v=value: self.toggle(v, on))
        if self.menu.isEmpty():
            action = self.menu.addAction(self.tr("Nothing to choose from yet"))
            action.setEnabled(False)

    def toggle(self, value: str, on: bool) -> None:
        """Add or remove one reference as the user's tick would."""
        current = list(self._value)
        if on and value not in current:
            current.append(value)
        elif not on and value in current:
            current.remove(value)
        else:
            return
        self._value = tuple(current)
        self._show()
        self.edited.emit(self._value)


class CheckList(QWidget):
    """A short list of check boxes (strategy goals a process serves)."""

    edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._choices: list[Choice] = []
        self.rows: list[QCheckBox] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 2, 0, 2)
        self._box.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_choices(self, choices: Sequence[Choice], checked: Sequence[str]) -> None:
        choices = list(choices)
        if choices != self._choices:
            for r in self.rows:
                self._box.removeWidget(r)
                r.deleteLater()
            self.rows = []
            for _, text in choices:
                # long goal titles wrap (a check box does not wrap by itself)
                r = QCheckBox("\n".join(textwrap.wrap(text, 40)) or text, self)
                r.setToolTip(text)
                r.clicked.connect(lambda _=False: self.edited.emit(self.checked()))
                self._box.addWidget(r)
                self.rows.append(r)
            self._choices = choices
        on = set(checked)
        for (value, _), r in zip(self._choices, self.rows, strict=True):
            if r.isChecked() != (value in on):
                r.setChecked(value in on)  # setChecked does not emit clicked

    def checked(self) -> tuple[str, ...]:
        return tuple(v for (v, _), r in zip(self._choices, self.rows, strict=True) if r.isChecked())

    def toggle(self, value: str) -> None:
        """Tick or untick ``value`` as the user's click would."""
        for (v, _), r in zip(self._choices, self.rows, strict=True):
            if v == value:
                r.click()


ADD_PERSON = "\x00add-person"


class PersonPicker(QWidget):
    """One person from the register, with "Add person…" that opens an inline name field.

    ``edited(person_id | None)`` for a pick; ``addRequested(name)`` when a new person is
    typed in (the form adds them and picks them in one command).
    """

    edited = Signal(object)
    addRequested = Signal(str)

    def __init__(self, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.none_text = none_text
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.combo = ComboField(self)
        self.combo.edited.connect(self._picked)
        box.addWidget(self.combo)
        self.add_row = QWidget(self)
        row = QHBoxLayout(self.add_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.name_edit = LineField(self.tr("Full name, e.g. Ivanova Anna"), self.add_row)
        self.name_edit.returnPressed.connect(self._confirm)
        self.ok_button = QToolButton(self.add_row)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.clicked.connect(self._confirm)
        self.cancel_button = QToolButton(self.add_row)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close_add)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        self.add_row.hide()
        box.addWidget(self.add_row)
        self.setFocusProxy(self.combo)

    def set_people(self, choices: list[tuple[Any, str]]) -> None:
        self.combo.set_choices([(None, self.none_text), *choices, (ADD_PERSON, self.tr("Add person…"))])

    def set_value(self, person_id: str | None) -> None:
        self._last = person_id
        self.combo.set_value(person_id)

    def value(self) -> str | None:
        return self.combo.value()

    def _picked(self, value: Any) -> None:
        if value == ADD_PERSON:
            self.combo.set_value(self._last)
            self.add_row.show()
            self.name_edit.setFocus()  # the user asked for this field: giving it focus is expected
            return
        self._last = value
        self.edited.emit(value)

    _last: Any = None

    def _confirm(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setPlaceholderText(self.tr("Type a name first"))
            return
        self.name_edit.clear()
        self.add_row.hide()
        self.addRequested.emit(name)

    def close_add(self) -> None:
        self.name_edit.clear()
        self.add_row.hide()


def add_person_and(doc: Document, name: str, then: Callable[[str], Command], label: str) -> Command:
    """One command: add a person named ``name`` to the register and use them (``then(id)``)."""
    person = Person(name=name)
    return Compound(label, [add_item(doc, None, "people", person), then(person.id)])
