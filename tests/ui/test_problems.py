"""The problems panel: the map's findings, filtered, sorted, and a click that leads to the element."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from procedit.commands import Document, History, SetFields
from procedit.model import Severity
from procedit.storage import load
from procedit.ui import i18n
from procedit.ui.docks.problems import COL_ELEMENT, COL_MESSAGE, COL_SEVERITY, FINDING_ROLE, ProblemsPanel
from procedit.validation import validate

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture(scope="module")
def project():
    return load(EXAMPLE)


@pytest.fixture
def russian_ui(qapp):
    """The Russian UI as the app sets it up: our Qt translation installed, Russian default locale."""
    translators = i18n.install_translators(qapp, "ru")
    assert translators, "procedit_ru.qm was not loaded"
    yield
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _panel(qtbot, **kwargs) -> ProblemsPanel:
    panel = ProblemsPanel(**kwargs)
    qtbot.addWidget(panel)
    panel.resize(1100, 300)
    return panel


def test_shows_findings_with_errors_first_and_counts(qtbot, project, russian_ui):
    panel = _panel(qtbot, lang="ru")
    found = validate(project, "map_as_is")
    panel.set_findings(found)
    shown = panel.visible_findings()
    assert sorted(shown, key=repr) == sorted(found, key=repr)
    assert [f.severity for f in shown[:4]] == [Severity.ERROR] * 4
    warnings = sum(f.severity == Severity.WARNING for f in found)
    assert panel.counts_label.text() == f"ошибок: 4, предупреждений: {warnings}, замечаний: 0"
    assert panel.model.headerData(COL_SEVERITY, Qt.Orientation.Horizontal) == "Важность"
    assert panel.severity_box.itemText(0) == "Любая важность"
    assert panel.principle_box.itemText(2) == "Персональная ответственность"
    assert panel.proxy.data(panel.proxy.index(0, COL_SEVERITY)) == "● Ошибка"
    message_index = panel.proxy.index(0, COL_MESSAGE)
    assert "«" in panel.proxy.data(message_index)  # the Russian message


def test_filters_by_severity_principle_and_text(qtbot, project):
    panel = _panel(qtbot, lang="en")
    panel.set_findings(validate(project, "map_as_is"))
    panel.set_severity_filter(Severity.ERROR)
    assert {f.rule for f in panel.visible_findings()} == {
        "isolated_process",
        "no_criteria",
        "no_owner",
        "no_consumer",
    }
    assert f"Shown: 4 of {len(panel.findings())}" in panel.counts_label.text()
    panel.set_principle_filter("responsibility")
    assert [f.rule for f in panel.visible_findings()] == ["no_owner"]
    panel.set_severity_filter(None)
    panel.set_principle_filter(None)
    panel.search.setText("М-09")  # (QTest cannot type Cyrillic offscreen)
    assert {f.element_id for f in panel.visible_findings()} == {"asis_report"}
    panel.search.clear()
    assert len(panel.visible_findings()) == len(panel.findings())


def test_sorting_by_element_column(qtbot, project):
    panel = _panel(qtbot, lang="en")
    panel.set_findings(validate(project, "map_as_is"))
    panel.table.sortByColumn(COL_ELEMENT, Qt.SortOrder.DescendingOrder)
    names = [f.element_name for f in panel.visible_findings()]
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_click_emits_element_activated(qtbot, project):
    panel = _panel(qtbot, lang="en")
    panel.show()
    panel.set_findings(validate(project, "map_as_is"))
    panel.set_principle_filter("demand")
    index = panel.proxy.index(0, COL_ELEMENT)
    rect = panel.table.visualRect(index)
    with qtbot.waitSignal(panel.elementActivated, timeout=2000) as signal:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["map_as_is", "asis_report"]


def test_follows_the_document_through_its_validator(qtbot, project):
    doc = Document(project)
    history = History(doc)
    panel = _panel(qtbot, doc=doc, lang="en")
    qtbot.waitUntil(
        lambda: len(panel.findings()) > 0, timeout=2000
    )  # the first map, validated after start-up
    assert {f.map_id for f in panel.findings()} == {"map_as_is"}
    panel.set_map("map_to_be")
    assert not any(f.severity == Severity.ERROR for f in panel.findings())
    counts = []
    panel.countsChanged.connect(lambda e, w, i: counts.append((e, w, i)))
    history.push(SetFields({"tobe_design": {"owner_id": None}}))
    qtbot.waitUntil(lambda: any(f.rule == "no_owner" for f in panel.findings()), timeout=2000)
    assert counts[-1][0] == 1
    panel.detach()
    history.undo()
    qtbot.wait(100)
    assert any(f.rule == "no_owner" for f in panel.findings())  # detached: no longer follows


def test_current_row_shows_the_whole_message(qtbot, project):
    panel = _panel(qtbot, lang="ru")
    found = validate(project, "map_as_is")
    panel.set_findings(found)
    panel.set_principle_filter("control")
    panel.table.setCurrentIndex(panel.proxy.index(0, COL_ELEMENT))
    (no_criteria,) = [f for f in found if f.rule == "no_criteria"]
    assert panel.detail.text() == f"{no_criteria.element_name}: {no_criteria.message('ru')}"


def test_refresh_keeps_the_current_row(qtbot, project):
    panel = _panel(qtbot, lang="en")
    found = validate(project, "map_as_is")
    panel.set_findings(found)
    panel.set_severity_filter(Severity.WARNING)
    panel.table.setCurrentIndex(panel.proxy.index(1, COL_ELEMENT))
    current = panel.proxy.data(panel.table.currentIndex(), FINDING_ROLE)
    panel.set_findings([f for f in found if f.severity != Severity.ERROR])  # the errors were fixed
    assert panel.proxy.data(panel.table.currentIndex(), FINDING_ROLE) == current
    assert current.element_name in panel.detail.text()
