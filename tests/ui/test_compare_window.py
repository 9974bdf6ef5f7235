"""Map ▸ Compare With… in the window: the Changes dock, the marks on the canvas, going to an
element, filtering, drafting a change-log entry, pairing, following edits, merge conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from procedit.commands import SetFields
from procedit.compare import items as k
from procedit.model import MergeConflict, Pairing
from procedit.storage import load
from procedit.ui.canvas.clipboard import prepare
from procedit.ui.docks.changes import ID_ROLE

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"


@pytest.fixture
def window(open_window):
    w = open_window(load(EXAMPLE))
    w.switch_map("map_to_be")
    return w


def compare(w, other: str = "map_as_is"):
    w.compare.compare_with_map(w.doc.project, other, f"«{other}»", in_project=True)
    return w.compare.panel


def rows(panel):
    return [[r.text(c) for c in range(4)] for r in panel.visible_rows()]


def test_the_dock_lists_the_changes_and_the_canvas_marks_them(window):
    panel = compare(window)
    assert window.compare.dock.isVisible()
    texts = rows(panel)
    assert ["М-06 Разработка рекламных материалов", "владелец", "—", "Лебедев Артём Олегович"] in texts
    findings = [r for r in panel.visible_rows() if r.data(0, ID_ROLE)[2] == "findings"]
    diff = window.compare.diff
    assert len(findings) == len(diff.fixed) + len(diff.introduced) and len(diff.fixed) == 8
    marks = window.compare.marks.marked
    assert marks["tobe_design"] == "changed"  # the owner
    assert marks["tobe_market"] == "added"  # the new supplier
    assert marks["tobe_link_14"] == "added"  # the report's new hand-off


def test_removed_elements_are_ghosts_and_a_click_goes_to_them(window, qtbot):
    window.switch_map("map_as_is")
    panel = compare(window, "map_to_be")  # AS IS seen against TO BE: the market is gone
    ghost = window.compare.marks.ghosts["tobe_market"]
    assert window.compare.marks.marked["tobe_market"] == "removed"
    assert ghost.scene() is window.scene
    row = next(r for r in panel.visible_rows() if r.text(0) == "Рынок (открытые источники)")
    window.view.set_zoom(3.0)
    window.view.centerOn(0, 0)
    panel._clicked(row)
    at = window.view.mapFromScene(ghost.sceneBoundingRect().center())
    assert window.view.viewport().rect().contains(at)


def test_a_click_on_a_change_selects_the_element(window):
    panel = compare(window)
    row = next(r for r in panel.visible_rows() if r.text(0).startswith("М-06"))
    panel.tree.setCurrentItem(row)
    panel._clicked(row)
    assert window.scene.selected_ids() == ["tobe_design"]


def test_filters_by_kind_and_by_text(window):
    panel = compare(window)
    total = len(panel.visible_rows())
    panel.group.setCurrentIndex(panel.group.findData("criteria"))
    assert [r[0] for r in rows(panel)] == ["М-05 Подготовка ТЗ дизайнеру"]
    panel.group.setCurrentIndex(0)
    panel.search.setText("лебедев")
    assert [r[0] for r in rows(panel)] == ["М-06 Разработка рекламных материалов"]
    panel.search.clear()
    assert len(panel.visible_rows()) == total


def test_draft_change_log_entry_is_one_undo_step(window):
    compare(window)
    # the entry goes to the change log of the compared map's own document, not the project's
    before = window.doc.map_header(window.map_id).document.change_log
    project_log = window.doc.header.change_log
    window.compare.panel.draft_button.click()
    after = window.doc.map_header(window.map_id).document.change_log
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert entry.number == max(c.number for c in before) + 1
    assert "Лебедев" in entry.description and "Маркетинг — TO BE" in entry.description
    assert window.doc.header.change_log == project_log
    window.undo_stack.undo()
    assert window.doc.map_header(window.map_id).document.change_log == before


def test_the_comparison_follows_edits(window, qtbot):
    compare(window)
    window.push(SetFields({"tobe_tasks": {"name": "Постановка задач"}}))
    qtbot.waitUntil(lambda: any(d.kind == k.RENAMED for d in window.compare.diff.items), timeout=3000)
    assert any(
        r[0] == "М-03 Постановка задач" and r[2] == "Постановка задач команде маркетинга"
        for r in rows(window.compare.panel)
    )


def test_pairs_are_confirmed_broken_and_changed_with_undo(window, monkeypatch):
    panel = compare(window)
    # break the lineage pair of М-01: it becomes added, its AS IS process removed
    window.compare.set_pair("tobe_competitors", "asis_competitors", False)
    assert window.doc.map_header("map_to_be").pairings == (
        Pairing(mine="tobe_competitors", theirs="asis_competitors", paired=False),
    )
    kinds = {(d.kind, d.subject) for d in window.compare.diff.items}
    assert (k.PROCESS_ADDED, "М-01 Анализ конкурентов") in kinds and (
        k.PROCESS_REMOVED,
        "М-01 Анализ конкурентов",
    ) in kinds
    # change the pair: М-01 is now said to be the AS IS М-02 (confirmed)
    labels = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **kw: (labels.append(a[3]) or a[3][1], True))
    panel.pairs.setCurrentItem(panel.pairs.topLevelItem(0))
    panel.change_button.click()
    assert window.compare.diff.matching.pairs["tobe_competitors"] == "asis_strategy"
    assert window.compare.diff.matching.how["tobe_competitors"] == "confirmed"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.doc.map_header("map_to_be").pairings == ()


def test_pairings_survive_save_and_load(window, tmp_path):
    compare(window)
    window.compare.set_pair("tobe_competitors", "asis_strategy", True)
    path = tmp_path / "paired.procmap"
    window._write(str(path))
    assert load(path).map_by_id("map_to_be").pairings[0].theirs == "asis_strategy"


def test_paste_from_as_is_into_to_be_records_lineage(window):
    doc = window.doc
    as_is = doc.map("map_as_is")
    [copy] = prepare(doc, "map_to_be", [as_is.processes[0]])
    assert copy.origin == as_is.processes[0].id and copy.id != as_is.processes[0].id
    [again] = prepare(doc, "map_to_be", [copy])  # a copy of the copy: the same original
    assert again.origin == as_is.processes[0].id


def test_merge_conflicts_are_shown_on_open_and_resolved_in_one_step(open_window, qtbot):
    conflict = MergeConflict(
        element="tobe_tasks", where="М-03", field="name", base='"a"', ours='"b"', theirs='"c"'
    )
    w = open_window(load(EXAMPLE).with_(conflicts=(conflict,)))
    qtbot.waitUntil(
        lambda: (
            getattr(w.compare, "conflicts_dialog", None) is not None
            and w.compare.conflicts_dialog.isVisible()
        )
    )
    dialog = w.compare.conflicts_dialog
    assert dialog.tree.topLevelItem(0).text(2) == "b" and dialog.tree.topLevelItem(0).text(3) == "c"
    dialog.resolve_button.click()
    assert w.doc.header.conflicts == ()
    assert not w.compare.show_conflicts_action.isEnabled()
    w.undo_stack.undo()
    assert w.doc.header.conflicts == (conflict,)
    assert w.compare.show_conflicts_action.isEnabled()


def test_new_from_reference_model_and_compare_with_reference(open_window, monkeypatch):
    w = open_window(load(EXAMPLE))
    offered = []

    def pick_first(parent, title, label, items, *args, **kwargs):
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    w.compare.new_from_reference_action.trigger()
    assert w.path is None and len(w.doc.map_ids()) == 1
    [pmap] = w.doc.project.maps
    assert pmap.kind == "to_be" and all(p.origin for p in pmap.processes)
    assert offered[0][0] == "Эталонная модель: процессы маркетинга"  # the window's language first
    # the new map against its reference: nothing missing, paired by lineage
    w.compare.compare_reference_action.trigger()
    panel = w.compare.panel
    assert panel.tabs.currentWidget() is panel.reference_tab
    assert "9 из 9" in panel.reference.toPlainText()
    assert w.compare.report.empty


def test_compare_with_reference_reports_the_gaps(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **kw: (a[3][0], True))
    window.compare.compare_reference_action.trigger()
    text = window.compare.panel.reference.toPlainText()
    assert "МР-05 Создание контента" in text and "МР-06 Управление рекламными кампаниями" in text
    assert "Генеральный директор" in text  # the report's missing reader
    # on the canvas only what the map lacks: ghosts in a column right of the map, no outlines
    marks = window.compare.marks
    assert "changed" not in marks.marked.values() and "added" not in marks.marked.values()
    right = window.scene.model_bounds().right()
    ghost = marks.ghosts["ref_content"]
    assert ghost.sceneBoundingRect().left() > right
    assert window.scene.sceneRect().contains(ghost.sceneBoundingRect())


def test_save_map_to_the_personal_library(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **kw: ("Мой эталон", True))
    window.compare.save_to_library_action.trigger()
    from procedit.compare.library import library_dir, reference_models

    [saved] = list(library_dir().glob("*.procmap"))
    assert load(saved).maps[0].kind == "reference"
    assert any(m.name == "Мой эталон" and not m.builtin for m in reference_models())


def test_the_reference_model_kept_in_the_project_feeds_the_survey_report(window, monkeypatch):
    from procedit.document import build_document

    window.switch_map("map_as_is")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **kw: (a[3][0], True))
    window.compare.compare_reference_action.trigger()
    maps_before = len(window.doc.map_ids())
    window.compare.panel.keep_reference_button.click()
    assert len(window.doc.map_ids()) == maps_before + 1
    reference = next(m for m in window.doc.project.maps if m.kind == "reference")
    assert window.compare.in_project and window.compare.other_map_id == reference.id
    assert not window.compare.panel.keep_reference_button.isEnabled()
    from procedit.model import check_integrity

    assert check_integrity(window.doc.project) == []
    document = build_document(window.doc.project, map_id="map_as_is", lang="ru")
    titles = [sec.title for sec in document.sections]
    assert any(t.startswith("Сравнение с эталонной моделью") for t in titles), titles
    window.undo_stack.undo()
    assert len(window.doc.map_ids()) == maps_before


def test_compare_with_a_map_in_another_file(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from procedit.storage import save

    other = load(EXAMPLE)
    to_be = other.map_by_id("map_to_be")
    renamed = to_be.with_(processes=(to_be.processes[0].with_(name="Разведка рынка"), *to_be.processes[1:]))
    path = tmp_path / "другой.procmap"
    save(other.with_(maps=tuple(renamed if m.id == to_be.id else m for m in other.maps)), path)
    answers = iter(["A map in another file…", "Маркетинг — TO BE"])

    def get_item(parent, title, label, items, *args, **kwargs):
        wanted = next(answers)
        return next(i for i in items if i in (wanted, "Карта из другого файла…")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(path), ""))
    window.compare.compare_with_action.trigger()
    diff = window.compare.diff
    assert not window.compare.in_project and str(path) in window.compare.other_label
    # the same map in two files: paired by id, only the rename differs
    assert [(d.kind, d.before, d.after) for d in diff.items] == [
        ("renamed", "Разведка рынка", "Анализ конкурентов")
    ]
    assert diff.fixed == [] and diff.introduced == []
