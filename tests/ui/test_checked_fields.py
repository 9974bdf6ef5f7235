"""Date and number fields write only what they accept, when the user finishes; dates are typed in
the interface language's format or picked from a calendar; a refusal keeps the previous value,
visibly; Qt's own dialogs speak the interface language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel
from window_helpers import type_text

from procedit.ui import i18n
from procedit.ui.panels.checked_fields import DateField, NumberField, parse_date


def _ui(qapp, lang: str):
    translators = i18n.install_translators(qapp, lang)
    yield
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def russian_ui(qapp):
    yield from _ui(qapp, "ru")


@pytest.fixture
def english_ui(qapp):
    yield from _ui(qapp, "en")


def _field(qtbot, cls, *args):
    field = cls(*args)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    return field


def _type_and_finish(field, text: str) -> None:
    field.selectAll()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_a_date_is_typed_the_russian_way_and_written_on_enter(qtbot, russian_ui):
    field = _field(qtbot, DateField)
    got = []
    field.dateEdited.connect(got.append)
    field.selectAll()
    type_text(field, "31.01.2")  # a prefix that reads as a date of the year 2: not written
    assert got == []
    type_text(field, "026")
    assert got == []  # written when finished, not while typed
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert got == [dt.date(2026, 1, 31)]
    assert field.text() == "31.01.2026"


def test_english_dates_read_and_show_in_english(qtbot, english_ui):
    assert parse_date("31 Jan 2026") == parse_date("1/31/2026") == parse_date("2026-01-31")
    field = _field(qtbot, DateField)
    got = []
    field.dateEdited.connect(got.append)
    _type_and_finish(field, "5 March 2026")
    assert got == [dt.date(2026, 3, 5)] and field.text() == "5 Mar 2026"


def test_letters_in_a_date_are_refused_and_the_previous_date_kept(qtbot, russian_ui):
    field = _field(qtbot, DateField)
    field.set_date(dt.date(2026, 1, 31))
    got = []
    field.dateEdited.connect(got.append)
    _type_and_finish(field, "abc много")
    assert got == []
    assert field.text() == "31.01.2026"
    assert "abc много" in field.toolTip() and "31.01.2026" in field.toolTip()


def test_the_calendar_picks_a_date(qtbot, russian_ui):
    field = _field(qtbot, DateField)
    field.set_date(dt.date(2026, 1, 31))
    got = []
    field.dateEdited.connect(got.append)
    field.calendar_action.trigger()
    assert field.calendar is not None and field.popup.isVisible()
    assert field.calendar.selectedDate() == QDate(2026, 1, 31)
    field.calendar.setSelectedDate(QDate(2026, 2, 14))
    field.calendar.activated.emit(QDate(2026, 2, 14))
    assert got == [dt.date(2026, 2, 14)] and field.text() == "14.02.2026"
    assert not field.popup.isVisible()


def test_an_empty_date_clears_it(qtbot, russian_ui):
    field = _field(qtbot, DateField)
    field.set_date(dt.date(2026, 1, 31))
    got = []
    field.dateEdited.connect(got.append)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert got == [None] and field.text() == ""


def test_numbers_are_bounded_both_ways(qtbot):
    field = _field(qtbot, NumberField, 20.0, None, 20_000.0)
    field.set_number(200.0)
    got = []
    field.valueEdited.connect(got.append)
    for text in ("10", "20001", "1e9", "nan", "много"):
        _type_and_finish(field, text)
    assert got == [] and field.text() == "200"
    _type_and_finish(field, "1 500,5")
    assert got == [1500.5]


def test_the_file_dialog_is_russian_in_the_russian_interface(qtbot, russian_ui):
    """Qt's own strings (qtbase) load with ours: no "Look in:" / "Files of type:" in Russian."""
    dialog = QFileDialog(None, "Открыть")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Look in:" not in texts and "Files of type:" not in texts
    assert {"&Папка:", "&Тип файлов:"} <= texts
