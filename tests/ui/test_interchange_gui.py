"""File ▸ Import and File ▸ Export Data in the main window: BPMN and Excel out, a BPMN model
in as a new project, a process register in through its preview (mapping, problems per row,
nothing applied until Import, one undo step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from procedit.interchange import import_bpmn

MIWG = Path(__file__).resolve().parents[1] / "interchange" / "data" / "miwg"
CSV = "Код;Наименование;Владелец;Выходы\nР-1;Снабжение;Иванов Иван;Товар (Продажи)\n;;;\nР-2;;Новиков;\nР-3;Хранение;Новиков;\n"


def _menu_names(w) -> list[str]:
    return [a.objectName() for a in w.menus["file"].actions()]


def test_file_menu_offers_import_and_export(open_window):
    w = open_window()
    names = _menu_names(w)
    assert "import_data" in names and "export_data" in names
    assert names.index("import_data") < names.index("export_data")


def test_export_data_writes_bpmn_and_xlsx(open_window, tmp_path):
    w = open_window()
    bpmn = w.export_data(str(tmp_path / "out.bpmn"))
    assert import_bpmn(bpmn).project == w.doc.project
    xlsx = w.export_data(str(tmp_path / "out.xlsx"))
    assert Path(xlsx).read_bytes()[:2] == b"PK"


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


def test_bpmn_import_opens_a_new_project_and_says_what_was_left_out(open_window, monkeypatch):
    w = open_window()
    w.undo_stack.mark_clean()
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    assert w.import_data(str(MIWG / "C.1.0.bpmn")) is True
    assert w.path is None
    assert sum(len(m.processes) for m in w.doc.project.maps) == 9
    assert (told and "Не представлено" in told[0]) or "Not represented" in told[0]


def test_a_hostile_file_is_refused_and_the_document_kept(open_window, monkeypatch, tmp_path):
    w = open_window()
    before = w.doc.project
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: errors.append(a[2])))
    evil = tmp_path / "evil.bpmn"
    evil.write_text('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>')
    assert w.import_data(str(evil)) is False
    assert errors and "DTD" in errors[0] and w.doc.project == before
