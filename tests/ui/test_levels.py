"""Checking levels in the window: a sketch is checked for structure only, the level shows in the
status bar and the Problems dock, and raising it (menu, button) is one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from procedit.model import CheckLevel, DocStatus, MapKind, Process, ProcessMap, Project, Severity


def _fresh_boxes(n: int = 5) -> Project:
    boxes = tuple(Process(code=f"П-0{i + 1}", name=f"Процесс {i + 1}", x=i * 240.0, y=0) for i in range(n))
    return Project(name="Воркшоп", maps=(ProcessMap(name="Новая карта", processes=boxes),))


def _settle(window) -> None:
    window.panels.flush()
    QApplication.processEvents()


def _rules(window) -> set[str]:
    return {f.rule for f in window.panels.validator.findings_for(window.map_id)}


def test_five_fresh_boxes_show_only_what_a_sketch_is_checked_for(open_window):
    window = open_window(_fresh_boxes())
    _settle(window)
    assert window.doc.map_header(window.map_id).check_level == CheckLevel.SKETCH
    assert _rules(window) == {"isolated_process"}  # no owners, goals, criteria… while drawing
    counts = window.panels.validator.counts(window.map_id)
    assert (counts[Severity.ERROR], counts[Severity.WARNING]) == (5, 0)
    badges = [window.scene.item_for(p.id)._badge for p in window.doc.processes(window.map_id)]
    assert all(b is not None and b.count == 1 for b in badges)  # one finding each, not four
    assert window.levels.button.text() in ("Level: Sketch", "Уровень: Эскиз")
    assert "5" in window.problems_label.text()


def test_the_problems_dock_says_what_the_next_level_would_add_and_raises_it(open_window):
    window = open_window(_fresh_boxes(2))
    _settle(window)
    bar = window.panels.level_bar
    assert bar.isVisibleTo(window.problems_dock)
    text = bar.label.text()
    assert ("Sketch" in text or "Эскиз" in text) and ("Description" in text or "Описание" in text)
    assert " 4 " in text  # two processes without an owner and without a consumer: 4 errors more
    bar.raise_button.click()
    _settle(window)
    assert window.doc.map_header(window.map_id).check_level == CheckLevel.DESCRIPTION
    assert "no_owner" in _rules(window)
    assert window.scene.item_for(next(window.doc.processes(window.map_id)).id)._badge.count > 1
    assert "Regulation" in bar.label.text() or "Регламент" in bar.label.text()
    window.undo_stack.undo()
    _settle(window)
    assert window.doc.map_header(window.map_id).check_level == CheckLevel.SKETCH
    assert _rules(window) == {"isolated_process"}


def test_map_menu_sets_the_level_and_the_status_bar_follows(open_window):
    window = open_window(_fresh_boxes(1))
    window.levels.actions[CheckLevel.REGULATION].trigger()
    _settle(window)
    assert window.doc.map_header(window.map_id).check_level == CheckLevel.REGULATION
    assert window.levels.actions[CheckLevel.REGULATION].isChecked()
    assert "no_criteria" in _rules(window)
    assert "Regulation" in window.levels.button.text() or "Регламент" in window.levels.button.text()
    assert not window.panels.level_bar.raise_button.isVisibleTo(window.panels.level_bar)


@pytest.mark.parametrize(
    "kind, status, floor",
    [
        (MapKind.TO_BE, DocStatus.DRAFT, CheckLevel.DESCRIPTION),
        (MapKind.AS_IS, DocStatus.APPROVED, CheckLevel.REGULATION),
    ],
)
def test_a_to_be_map_or_an_approved_project_raises_the_level(open_window, kind, status, floor):
    project = _fresh_boxes(1)
    project = project.with_(
        maps=(project.maps[0].with_(kind=kind),), passport=project.passport.with_(status=status)
    )
    window = open_window(project)
    _settle(window)
    assert window.panels.validator.level(window.map_id) == floor
    assert window.levels.actions[floor].isChecked()
    assert not window.levels.actions[CheckLevel.SKETCH].isEnabled()
    assert window.levels.actions[CheckLevel.SKETCH].toolTip()  # says why
