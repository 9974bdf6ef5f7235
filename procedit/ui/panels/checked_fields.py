"""Fields that check what is typed: a number within bounds, a date (typed or from a calendar).

Both follow one rule: **a value that is marked invalid writes nothing.** While the text is not
acceptable the field is outlined in red and says why; the value is written only when the user
finishes (Enter, Tab, leaving the field) and only when it is acceptable. Finishing with text
that is not acceptable puts the last written value back, and the field says what was refused
and what was kept (outline and tooltip, shown at once), so the model never takes a value the
field itself calls wrong — not even the valid prefix of a wrong number ("9999" of "99999999").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from .fields import LineField


class _CheckedField(LineField):
    """Commit on finish; refuse visibly. Subclasses parse text into a value (or raise ValueError)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(placeholder, parent)
        self._shown: object = None  # the value last written / shown (what a refusal keeps)
        self.edited.connect(self._typed)
        self.editingFinished.connect(self.commit)

    # ---------------------------------------------------------------- subclass hooks
    def parse(self, text: str) -> object:
        raise NotImplementedError

    def render(self, value: object) -> str:
        raise NotImplementedError

    def problem(self) -> str:
        """Why the text is not acceptable (what is)."""
        raise NotImplementedError

    def emit_value(self, value: object) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- behaviour
    def _check(self, text: str) -> tuple[bool, object]:
        try:
            return True, self.parse(text)
        except (ValueError, OverflowError):
            return False, None

    def _typed(self, text: str) -> None:
        ok, _ = self._check(text)
        self.mark_invalid(None if ok else self.problem())

    def commit(self) -> None:
        """Write the typed value if it is acceptable and new; otherwise keep the last one, visibly."""
        text = self.text()
        ok, value = self._check(text)
        if ok:
            self.mark_invalid(None)
            if value != self._shown:
                self._shown = value
                self.emit_value(value)
            self.set_value(self.render(value))
            return
        kept = self.render(self._shown)
        note = (
            self.tr("“%1” was refused: %2. The field keeps %3.")
            .replace("%1", text.strip())
            .replace("%2", self.problem())
            .replace("%3", kept or self.tr("nothing"))
        )
        self.set_value(kept)
        self.mark_invalid(note)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), note, self)

    def show_value(self, value: object) -> None:
        """Show the model's value (not while the user is typing another spelling of it)."""
        if self.hasFocus():
            ok, typed = self._check(self.text())
            if ok and typed == value:
                self._shown = value
                return
        self._shown = value
        self.mark_invalid(None)
        self.set_value(self.render(value))


class NumberField(_CheckedField):
    """A length in map units (a lane's top or height) between ``minimum`` and ``maximum``;
    ``valueEdited(float)`` fires when an acceptable number is finished."""

    valueEdited = Signal(float)

    def __init__(
        self, minimum: float | None = None, parent: QWidget | None = None, maximum: float | None = None
    ):
        super().__init__("", parent)
        self.minimum, self.maximum = minimum, maximum
        self.setMaximumWidth(140)

    def parse(self, text: str) -> float:
        value = float(text.strip().replace(",", ".").replace(" ", "").replace("\u00a0", ""))
        if value != value or abs(value) == float("inf"):
            raise ValueError(text)
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            raise ValueError(text)
        return value

    def render(self, value: object) -> str:
        return "" if value is None else f"{value:.10g}"

    def problem(self) -> str:
        lo, hi = self.minimum, self.maximum
        if lo is not None and hi is not None:
            return self.tr("a number from %1 to %2").replace("%1", self.render(lo)).replace("%2", self.render(hi))
        if lo is not None:
            return self.tr("a number of at least %1").replace("%1", self.render(lo))
        if hi is not None:
            return self.tr("a number of at most %1").replace("%1", self.render(hi))
        return self.tr("a number")

    def emit_value(self, value: object) -> None:
        self.valueEdited.emit(value)

    def set_number(self, value: float) -> None:
        self.show_value(value)


def _ui_locale() -> QLocale:
    return QLocale()  # the window sets the default locale to the interface language


def date_format() -> str:
    """How dates are shown and typed in the interface language: 31.01.2026 or 31 Jan 2026."""
    return "dd.MM.yyyy" if _ui_locale().language() == QLocale.Language.Russian else "d MMM yyyy"


def parse_date(text: str) -> dt.date | None:
    """A date typed in the interface language's way (or as 2026-01-31 / 31.01.2026); None for
    empty text; ValueError for anything else."""
    text = " ".join(text.split())
    if not text:
        return None
    locale = _ui_locale()
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    formats = (
        date_format(),
        "yyyy-MM-dd",
        "d.M.yyyy",
        "d MMMM yyyy",
        "M/d/yyyy",
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        locale.dateFormat(QLocale.FormatType.LongFormat),
    )
    for fmt in formats:
        for loc in (locale, english):
            q = loc.toDate(text, fmt)
            if q.isValid() and q.year() >= 1000:  # "31.01.26" is not the year 26
                return dt.date(q.year(), q.month(), q.day())
    raise ValueError(text)


def _calendar_icon() -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(Qt.GlobalColor.darkGray)
    p.drawRect(1, 2, 13, 12)
    p.fillRect(1, 2, 14, 4, Qt.GlobalColor.darkGray)
    for x in (4, 7, 10):
        for y in (8, 11):
            p.drawPoint(x, y)
    p.end()
    return QIcon(pix)


class DateField(_CheckedField):
    """A date typed in the interface language's format, or picked from a calendar (the button
    at the field's end); empty means no date. ``dateEdited(date | None)`` fires on a finished,
    valid date."""

    dateEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.setPlaceholderText(self.render(dt.date(2026, 1, 31)))
        self.setMaximumWidth(170)
        self.calendar_action = QAction(_calendar_icon(), self.tr("Pick a date"), self)
        self.calendar_action.setObjectName("pick_date")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None

    def parse(self, text: str) -> dt.date | None:
        return parse_date(text)

    def render(self, value: object) -> str:
        if not isinstance(value, dt.date):
            return ""
        return _ui_locale().toString(QDate(value.year, value.month, value.day), date_format())

    def problem(self) -> str:
        return self.tr("a date such as %1").replace("%1", self.render(dt.date(2026, 1, 31)))

    def emit_value(self, value: object) -> None:
        self.dateEdited.emit(value)

    def set_date(self, value: dt.date | None) -> None:
        self.show_value(value)

    def open_calendar(self) -> None:
        """A calendar under the field; a click (or Enter) on a day writes it, Esc closes."""
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setObjectName("date_popup")
        calendar = QCalendarWidget(popup)
        calendar.setLocale(_ui_locale())
        calendar.setGridVisible(True)
        shown = self._shown if isinstance(self._shown, dt.date) else dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        self.popup, self.calendar = popup, calendar
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(self.render(dt.date(day.year(), day.month(), day.day())))
        self.commit()
        if self.popup is not None:
            self.popup.close()
