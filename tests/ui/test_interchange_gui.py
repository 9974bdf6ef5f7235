"""File ▸ Import and File ▸ Export Data in the main window: BPMN and Excel out, a BPMN model
in as a new project or into this one (asked), a process register in through its preview (mapping, problems per row,
nothing applied until Import, one undo step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from procedit.commands import SetFields
from procedit.interchange import import_bpmn

MIWG = Path(__file__).resolve().parents[1] / "interchange" / "data" / "miwg"
CSV = "Код;Наименование;Владелец;Выходы\nР-1;Снабжение;Иванов Иван;Товар (Продажи)\n;;;\nР-2;;Новиков;\nР-3;Хранение;Новиков;\n"


def _menu_names(w) -> list[str]:
    return [a.objectName() for a in w.menus["file"].actions()]


def test_file_menu_offers_import_and_export(open_window):
    w = open_window()
    names = _menu_names(w)
    assert "import_menu" in names and "export_data" in names
    assert names.index("import_menu") < names.index("export_data")
    imports = w.menus["import"]
    assert [a.objectName() for a in imports.actions()] == ["import_data", "import_actuals"]
    assert imports.title().replace("&", "") in ("Import", "Импорт")


def test_export_data_writes_bpmn_and_xlsx(open_window, tmp_path):
    w = open_window()
    bpmn = w.export_data(str(tmp_path / "out.bpmn"))
    assert import_bpmn(bpmn).project == w.doc.project
    xlsx = w.export_data(str(tmp_path / "out.xlsx"))
    assert Path(xlsx).read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(("answer", "kept"), [(QMessageBox.StandardButton.No, True), (QMessageBox.StandardButton.Yes, False)])
def test_export_data_asks_before_replacing_a_file_named_without_its_suffix(open_window, monkeypatch, tmp_path, answer, kept):
    # "report" typed with the Excel filter chosen: the dialog saw no "report" and asked nothing,
    # then ".xlsx" was added and report.xlsx written over without a word
    from procedit.ui.dialogs.interchange_dialog import tr

    w = open_window()
    old = tmp_path / "report.xlsx"
    old.write_bytes(b"a workbook of its own")
    xlsx = tr("Excel workbook: register, criteria, RACI, findings (*.xlsx)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "report"), xlsx)))
    said = _quiet_boxes(monkeypatch, save_answer=answer)
    written = w.export_data()
    assert len(said["question"]) == 1 and "report.xlsx" in said["question"][0]
    assert (old.read_bytes() == b"a workbook of its own") is kept
    assert written == (None if kept else str(old))
    said["question"].clear()
    fresh = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(fresh), xlsx)))
    assert w.export_data() == f"{fresh}.xlsx" and not said["question"]  # nothing there: nothing to ask


def test_the_import_dialog_shows_models_and_registers_at_first(open_window, monkeypatch):
    import fnmatch
    import re

    w = open_window()
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda _w, _t, _d, filters, *a, **k: asked.append(filters) or ("", ""))
    )
    assert w.import_data() is False
    first = re.findall(r"\*\.\w+", asked[0].split(";;")[0])
    for name in ("model.bpmn", "export.xml", "реестр.xlsx", "macro.xlsm", "реестр.csv", "table.tsv", "unicode.txt"):
        assert any(fnmatch.fnmatch(name, pattern) for pattern in first), name


def test_export_data_offers_a_file_name_made_from_the_projects_name(qtbot, isolated_settings, monkeypatch):
    # a new project named "Продажи / опт: 2026" offered a file in the folder "Продажи "
    from procedit.commands import SetProjectFields
    from procedit.ui.window.main_window import MainWindow

    w = MainWindow(None, persist=False)
    qtbot.addWidget(w)
    w.push(SetProjectFields({"name": "Продажи / опт: 2026"}))
    w.undo_stack.mark_clean()  # (closed without a question whatever happens)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _w, _t, start, *a, **k: asked.append(start) or ("", "")))
    assert w.export_data() is None
    assert Path(asked[0]).parent == Path.home() and Path(asked[0]).name == "Продажи _ опт_ 2026.bpmn"


def _run_dialog(qtbot, w, act):
    """Calls ``act(dialog)`` once the register dialog is up (it runs modally)."""
    seen = []

    def poke():
        if w.register_dialog is None or not w.register_dialog.isVisible():
            QTimer.singleShot(20, poke)
            return
        seen.append(w.register_dialog)
        act(w.register_dialog)

    QTimer.singleShot(0, poke)
    return seen


def test_register_preview_then_one_undo_step(open_window, qtbot, tmp_path):
    w = open_window()
    before = w.doc.project
    path = tmp_path / "реестр.csv"
    path.write_bytes(CSV.encode("cp1251"))
    shown = {}

    def accept(d):
        shown["summary"] = d.summary.text()
        shown["problems"] = [d.problems.item(i).text() for i in range(d.problems.count())]
        shown["columns"] = d.columns()
        d.accept()

    _run_dialog(qtbot, w, accept)
    assert w.import_data(str(path)) is True
    assert shown["columns"] == {0: "code", 1: "name", 2: "owner", 3: "outputs"}
    assert any("4" in p for p in shown["problems"])  # row 4 has no name
    assert "Новиков" in shown["summary"]  # the unknown person the import will add
    names = [p.name for p in w.doc.processes(w.map_id)]
    assert "Снабжение" in names and "Хранение" in names
    # a known person matched, an unknown one added; the output named a process of the map: a link
    ivanov = next(p for p in w.doc.project.people if p.name == "Иванов Иван")
    buying = next(p for p in w.doc.processes(w.map_id) if p.name == "Снабжение")
    assert buying.owner_id == ivanov.id
    sales = next(p for p in w.doc.processes(w.map_id) if p.name == "Продажи")
    assert any(lk.source_id == buying.id and lk.target_id == sales.id for lk in w.doc.links(w.map_id))
    w.undo_stack.undo()
    assert w.doc.project == before


def test_a_register_beyond_the_maps_limits_is_refused_with_a_message(open_window, qtbot, monkeypatch, tmp_path):
    # the refusal went to the status bar, at once replaced by "Imported 2 processes"
    from procedit.commands import document

    w = open_window()
    before = w.doc.project
    monkeypatch.setitem(document._MAP_LIMITS, "processes", len(list(w.doc.processes(w.map_id))) + 1)
    said = _quiet_boxes(monkeypatch)
    path = tmp_path / "реестр.csv"
    path.write_bytes(CSV.encode("cp1251"))
    _run_dialog(qtbot, w, lambda d: d.accept())
    assert w.import_data(str(path)) is False
    assert w.doc.project == before and w.undo_stack.count() == 0
    assert len(said["critical"]) == 1
    assert "Imported" not in w.statusBar().currentMessage()


def test_cancel_applies_nothing_and_unknown_headers_need_a_mapping(open_window, qtbot, tmp_path):
    w = open_window()
    before = w.doc.project
    path = tmp_path / "x.csv"
    path.write_text("Колонка 1,Колонка 2\nX-1,Хранение\n", encoding="utf-8")
    state = {}

    def map_then_cancel(d):
        state["ok_before"] = d.ok.isEnabled()
        d.combos[1].setCurrentIndex(d.combos[1].findData("name"))
        state["ok_after"] = d.ok.isEnabled()
        state["planned"] = [p.name for p in d.plan.processes]
        d.reject()

    _run_dialog(qtbot, w, map_then_cancel)
    assert w.import_data(str(path)) is False
    assert state == {"ok_before": False, "ok_after": True, "planned": ["Хранение"]}
    assert w.doc.project == before and not w.is_modified()


def _answer(w, role):
    """Clicks the button of ``role`` ("into", "new", "cancel") once File ▸ Import asks where the
    BPMN model goes; returns a list that holds the question's text once it was asked."""
    asked = []

    def poke():
        box = w.import_question
        if box is None or not box.isVisible():
            QTimer.singleShot(20, poke)
            return
        asked.append(box.text())
        roles = {
            "into": QMessageBox.ButtonRole.AcceptRole,
            "new": QMessageBox.ButtonRole.ActionRole,
            "cancel": QMessageBox.ButtonRole.RejectRole,
        }
        next(b for b in box.buttons() if box.buttonRole(b) == roles[role]).click()

    QTimer.singleShot(0, poke)
    return asked


def _quiet_boxes(monkeypatch, save_answer=QMessageBox.StandardButton.Discard):
    """Message boxes answered without a user: what they said is collected."""
    said = {"information": [], "question": [], "critical": []}
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: said["information"].append(a[2])))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: said["critical"].append(a[2])))

    def question(*a, **k):
        said["question"].append(a[2])
        return save_answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return said


def test_bpmn_import_as_a_new_project_says_what_was_left_out(open_window, monkeypatch):
    w = open_window()
    said = _quiet_boxes(monkeypatch)
    asked = _answer(w, "new")
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is True
    assert asked and "C.1.0.bpmn" in asked[0]
    assert w.path is None and not said["question"]  # nothing unsaved: no prompt
    assert sum(len(m.processes) for m in w.doc.project.maps) == 9
    told = said["information"]
    assert told and ("Не представлено" in told[0] or "Not represented" in told[0])


def test_opening_as_new_asks_about_unsaved_changes_first(open_window, monkeypatch):
    w = open_window()
    w.push(SetFields({w.doc.project.maps[0].processes[0].id: {"name": "Изменено"}}, "Rename"))
    before, path = w.doc.project, w.path
    said = _quiet_boxes(monkeypatch, save_answer=QMessageBox.StandardButton.Cancel)
    _answer(w, "new")
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is False
    assert len(said["question"]) == 1  # Save / Discard / Cancel
    assert w.doc.project == before and w.path == path and w.is_modified()
    said = _quiet_boxes(monkeypatch, save_answer=QMessageBox.StandardButton.Discard)
    _answer(w, "new")
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is True
    assert said["question"] and w.path is None and not w.is_modified()


def test_bpmn_maps_added_to_this_project_in_one_undo_step(open_window, monkeypatch, tmp_path):
    w = open_window()
    before, path = w.doc.project, w.path
    own = w.export_data(str(tmp_path / "сам.bpmn"))  # the project's own maps: every id and name clashes
    said = _quiet_boxes(monkeypatch)
    _answer(w, "into")
    assert w.import_data(own) is True
    project = w.doc.project
    assert w.path == path and w.is_modified() and not said["question"]
    added = project.maps[len(before.maps) :]
    assert [m.name for m in added] == [f"{m.name} 2" for m in before.maps]
    assert not {m.id for m in added} & {m.id for m in before.maps}
    assert w.map_id == added[0].id  # the first added map is shown
    assert {p.name for p in w.doc.processes(w.map_id)} == {p.name for p in before.maps[0].processes}
    assert project.people == before.people  # found by name
    assert "2" in said["information"][0]
    assert w.undo_stack.count() == 1
    w.undo_stack.undo()
    assert w.doc.project == before
    w.undo_stack.redo()
    assert [m.name for m in w.doc.project.maps] == [m.name for m in project.maps]


def test_cancel_at_the_question_changes_nothing(open_window, monkeypatch):
    w = open_window()
    before = w.doc.project
    said = _quiet_boxes(monkeypatch)
    asked = _answer(w, "cancel")
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is False
    assert asked and w.doc.project == before and not w.is_modified() and not said["information"]


def test_an_untouched_new_project_is_simply_replaced(open_window, monkeypatch):
    w = open_window()
    w.new_file()
    said = _quiet_boxes(monkeypatch)
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is True  # no question: nothing to add to
    assert w.import_question is None and sum(len(m.processes) for m in w.doc.project.maps) == 9
    assert said["information"] and not said["question"]


def test_maps_beyond_the_limits_are_refused_with_a_message(open_window, monkeypatch):
    from procedit.model import limits

    w = open_window()
    before = w.doc.project
    monkeypatch.setattr(limits, "MAX_MAPS", len(before.maps))
    said = _quiet_boxes(monkeypatch)
    _answer(w, "into")
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is False
    assert said["critical"] and w.doc.project == before and w.undo_stack.count() == 0


def test_a_hostile_file_is_refused_and_the_document_kept(open_window, monkeypatch, tmp_path):
    w = open_window()
    before = w.doc.project
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: errors.append(a[2])))
    evil = tmp_path / "evil.bpmn"
    evil.write_text('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>')
    assert w.import_data(str(evil)) is False
    assert errors and "DTD" in errors[0] and w.doc.project == before
