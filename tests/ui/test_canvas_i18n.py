"""The canvas words its boxes in the UI language, through the Qt translation only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from procedit.model import ExternalParty, PartyKind, Process, ProcessKind
from procedit.ui import i18n
from procedit.ui.canvas.items.party import PartyItem
from procedit.ui.canvas.items.process import ProcessItem


@pytest.fixture
def russian_ui(qapp):
    translators = i18n.install_translators(qapp, "ru")
    assert translators, "procedit_ru.qm was not loaded"
    yield
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _texts() -> list[str]:
    process = ProcessItem(Process(code="П-01", name="Продажи", kind=ProcessKind.CORE), owner="Иванова Анна")
    unnamed = ProcessItem(Process(kind=ProcessKind.SUPPORT))
    parties = [PartyItem(ExternalParty(name="Банк", kind=kind)) for kind in PartyKind]
    return [item.full_text() for item in (process, unnamed, *parties)]


def test_boxes_in_russian(russian_ui):
    process, unnamed, *parties = _texts()
    assert process == "П-01 Продажи\nОсновной процесс\nВладелец: Иванова Анна"
    assert unnamed == "(без названия)\nОбеспечивающий процесс"
    assert [p.splitlines()[1] for p in parties] == ["Клиент", "Поставщик", "Внешняя сторона"]


def test_boxes_in_english(qapp):
    process, unnamed, *parties = _texts()
    assert process == "П-01 Продажи\nCore process\nOwner: Иванова Анна"
    assert unnamed == "(no name)\nSupport process"
    assert [p.splitlines()[1] for p in parties] == ["Client", "Supplier", "External party"]
