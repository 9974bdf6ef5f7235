"""The validation rules dialog edits the project's rule configuration, and validation follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer

from procedit.commands import Document, History
from procedit.model import RuleConfig, Severity, ValidationConfig
from procedit.storage import load
from procedit.ui import i18n
from procedit.ui.dialogs.rule_settings import COL_ON, RuleSettingsDialog, edit_rule_settings
from procedit.ui.docks.problems import ProblemsPanel
from procedit.validation import RULES, validate

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture
def russian_ui(qapp):
    """The Russian UI as the app sets it up: our Qt translation installed, Russian default locale."""
    translators = i18n.install_translators(qapp, "ru")
    assert translators, "procedit_ru.qm was not loaded"
    yield
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_lists_every_rule_and_shows_the_current_configuration(qtbot, russian_ui):
    config = ValidationConfig(rules={"no_owner": RuleConfig(enabled=False, severity=Severity.WARNING)})
    dialog = RuleSettingsDialog(config, lang="ru")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(RULES)
    assert dialog.windowTitle() == "Правила проверки"
    assert dialog.table.horizontalHeaderItem(1).text() == "Правило"
    assert dialog.defaults_button.text() == "По умолчанию"
    row = next(i for i, r in enumerate(dialog.rules) if r.id == "no_owner")
    assert dialog.table.item(row, COL_ON).checkState().name == "Unchecked"
    assert dialog.severity_boxes["no_owner"].currentData() == "warning"
    assert dialog.severity_boxes["no_goal"].currentText() == "По умолчанию (предупреждение)"
    assert dialog.owner_share.value() == 50
    assert dialog.config() == config  # nothing touched: the same configuration


def test_changes_become_a_configuration_and_defaults_are_not_stored(qtbot):
    dialog = RuleSettingsDialog(ValidationConfig(), lang="en")
    qtbot.addWidget(dialog)
    dialog.set_rule("no_regulation", enabled=False)
    dialog.set_rule("no_consumer", severity=Severity.WARNING)
    dialog.owner_share.setValue(30)
    config = dialog.config()
    assert config.rules == {
        "no_regulation": RuleConfig(enabled=False),
        "no_consumer": RuleConfig(severity=Severity.WARNING),
    }
    assert config.params == {"owner_share": 0.3}
    dialog.defaults_button.click()
    assert dialog.config() == ValidationConfig()


def test_ok_pushes_one_undoable_command_and_the_problems_follow(qtbot):
    doc = Document(load(EXAMPLE))
    history = History(doc)
    panel = ProblemsPanel(doc, lang="en")
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: len(panel.findings()) > 0, timeout=2000)
    assert any(f.rule == "no_owner" for f in panel.findings())

    def answer():
        dialog = next(w for w in panel.window().findChildren(RuleSettingsDialog))
        dialog.set_rule("no_owner", enabled=False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert edit_rule_settings(panel, doc, history.push, lang="en")
    assert doc.header.validation.rules == {"no_owner": RuleConfig(enabled=False)}
    assert history.undo_label == "Change validation rules"
    qtbot.waitUntil(lambda: not any(f.rule == "no_owner" for f in panel.findings()), timeout=2000)
    assert panel.findings() == validate(doc.project, "map_as_is")
    history.undo()
    qtbot.waitUntil(lambda: any(f.rule == "no_owner" for f in panel.findings()), timeout=2000)


def test_cancel_changes_nothing(qtbot):
    doc = Document(load(EXAMPLE))
    history = History(doc)
    parent = ProblemsPanel(lang="en")
    qtbot.addWidget(parent)

    def answer():
        dialog = next(w for w in parent.findChildren(RuleSettingsDialog))
        dialog.set_rule("no_owner", enabled=False)
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert not edit_rule_settings(parent, doc, history.push, lang="en")
    assert not history.can_undo


def test_control_parameters_are_set_here_and_defaults_not_stored(qtbot):
    config = ValidationConfig(params={"missed_periods_running": 4.0})
    dialog = RuleSettingsDialog(config, lang="en")
    qtbot.addWidget(dialog)
    running, grace = dialog.int_params["missed_periods_running"], dialog.int_params["stale_grace_days"]
    assert (running.value(), grace.value()) == (4, 15)
    running.setValue(3)  # the default: not stored
    grace.setValue(30)
    assert dialog.config().params == {"stale_grace_days": 30.0}
