"""The main window as a user drives it: title, prompts, recent files, undo, find, maps, export."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from window_helpers import sample_project, type_text

from procedit import storage
from procedit.commands import AddElements, SetFields, SetMapFields
from procedit.model import Process, Severity
from procedit.ui import settings
from procedit.ui.canvas.export_image import export_png, export_svg
from procedit.ui.window.main_window import MainWindow

Button = QMessageBox.StandardButton


pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def make_window(qtbot):
    """Windows closed without a prompt after the test (pytest-qt would close them first)."""
    windows: list[MainWindow] = []

    def make(path=None) -> MainWindow:
        w = MainWindow(None if path is None else str(path))
        w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        if w.undo_stack is not None:
            w.undo_stack.mark_clean()
        w.close()
        w.deleteLater()


@pytest.fixture
def window(make_window, project_file):
    return make_window(project_file)


def first_process(w: MainWindow, name: str):
    return next(p for p in w.doc.processes(w.map_id) if p.name == name)


def rename(w: MainWindow, name: str, new: str, label: str = "Rename process") -> None:
    w.push(SetFields({first_process(w, name).id: {"name": new}}, label=label))


def test_title_shows_file_and_modified_mark_follows_edits_and_undo(window):
    assert "маркетинг.procmap" in window.windowTitle()
    assert not window.isWindowModified()
    rename(window, "Продажи", "Продажи B2B")
    assert window.isWindowModified()
    assert window.state_label.text() == "Modified"
    window.actions.undo.trigger()
    assert not window.isWindowModified()
    assert first_process(window, "Продажи")
    window.actions.redo.trigger()
    assert window.isWindowModified()


def test_undo_action_shows_the_command_label(window):
    assert not window.actions.undo.isEnabled()
    rename(window, "Продажи", "Продажи B2B", label="Rename process")
    assert window.actions.undo.isEnabled()
    assert "Rename process" in window.actions.undo.text()
    window.actions.undo.trigger()
    assert "Rename process" in window.actions.redo.text()


def test_close_with_unsaved_changes_cancel_keeps_window_open(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or Button.Cancel)
    rename(window, "Продажи", "Продажи B2B")
    assert not window.close()
    assert asked
    assert window.isVisible()
    assert window.isWindowModified()


def test_close_with_unsaved_changes_discard_closes_without_writing(window, project_file, monkeypatch):
    before = project_file.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    rename(window, "Продажи", "Продажи B2B")
    assert window.close()
    assert not window.isVisible()
    assert project_file.read_bytes() == before


def test_close_with_unsaved_changes_save_writes_the_file(window, project_file, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Save)
    rename(window, "Продажи", "Продажи B2B")
    assert window.close()
    names = {p.name for p in storage.load(project_file).maps[0].processes}
    assert "Продажи B2B" in names


def test_clean_window_closes_without_asking(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without changes"))
    assert window.close()


def test_new_asks_before_dropping_changes(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Cancel)
    rename(window, "Продажи", "Продажи B2B")
    window.actions.new.trigger()
    assert first_process(window, "Продажи B2B")  # still the same document
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    window.actions.new.trigger()
    assert window.path is None
    assert list(window.doc.processes(window.map_id)) == []
    assert not window.isWindowModified()


def test_save_clears_modified_and_save_error_keeps_it(window, project_file, tmp_path, monkeypatch):
    rename(window, "Продажи", "Продажи B2B")
    window.actions.save.trigger()
    assert not window.isWindowModified()
    assert "Продажи B2B" in {p.name for p in storage.load(project_file).maps[0].processes}

    errors = []

    class Prompts:
        def save_failed(self, _parent, message, **details):
            errors.append(message)
            return False  # no Save As

    window.safety.prompts = Prompts()
    rename(window, "Продажи B2B", "Продажи B2C")
    assert not window._write(str(tmp_path / "no-such-dir" / "x.procmap"))
    assert errors and "x.procmap" in errors[0]
    assert window.isWindowModified()
    assert "Продажи B2B" in {p.name for p in storage.load(project_file).maps[0].processes}
    # the failure stays in sight (not a passing status line) until a save succeeds
    assert not window.save_problem_label.isHidden() and "x.procmap" in window.save_problem_label.toolTip()
    window.actions.save.trigger()
    assert window.save_problem_label.isHidden()


def test_bad_file_shows_a_message_and_keeps_the_document(window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.procmap"
    bad.write_text('{"format": 2, "project": {"maps": [', encoding="utf-8")
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _w, title, text, *a: errors.append(text))
    assert not window.load(str(bad))
    assert errors and "broken.procmap" in errors[0]
    assert "маркетинг.procmap" in window.windowTitle()
    assert first_process(window, "Продажи")


def test_open_recent_list_persists(make_window, window, project_file, tmp_path):
    second = tmp_path / "second.procmap"
    storage.save(sample_project(), second)
    assert window.load(str(second))
    assert settings.recent_files()[:2] == [str(second.resolve()), str(project_file.resolve())]

    again = make_window()  # a later session reads the same list
    again._fill_recent_menu()
    texts = [a.text() for a in again.menus["recent"].actions()]
    assert any("second.procmap" in t for t in texts)
    assert any("маркетинг.procmap" in t for t in texts)
    recent = next(a for a in again.menus["recent"].actions() if "маркетинг.procmap" in a.text())
    recent.trigger()
    assert again.path == str(project_file.resolve())
    # a file open in another window is not opened twice: that window comes to the front
    again._fill_recent_menu()
    recent = next(a for a in again.menus["recent"].actions() if "second.procmap" in a.text())
    recent.trigger()
    assert again.path == str(project_file.resolve())
    assert window.path == str(second.resolve())


def test_find_selects_the_next_hit_and_counts(window):
    window.actions.find.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("петрова")  # owner name, case-insensitive
    hits = window.find_bar.hits
    assert [window.doc.get(h).name for h in hits] == ["Продажи", "Отгрузка"]
    window.find_bar.find_next()
    assert window.scene.selected_ids() == [hits[0]]
    assert window.find_bar.status.text() == "1 of 2"
    window.find_bar.edit.returnPressed.emit()
    assert window.scene.selected_ids() == [hits[1]]
    assert window.find_bar.status.text() == "2 of 2"
    window.find_bar.find_next()  # wraps around
    assert window.scene.selected_ids() == [hits[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("П4", "Закупки"), ("выручки", "Продажи"), ("доставка", "Отгрузка"), ("поставщиком", "Закупки")],
)
def test_find_looks_in_code_and_property_text(window, text, expected):
    window.find_bar.edit.setText(text)
    assert [window.doc.get(h).name for h in window.find_bar.hits] == [expected]


def test_new_to_be_map_and_undo_removes_it(window):
    first = window.map_id
    assert len(window.doc.map_ids()) == 2
    window.actions.new_to_be.trigger()
    assert len(window.doc.map_ids()) == 3
    new = window.map_id
    assert new != first
    header = window.doc.map_header(new)
    assert header.kind.value == "to_be" and header.source_map_id == first
    assert window.map_combo.count() == 3
    assert "TO BE" in window.map_combo.currentText()
    assert {p.name for p in window.doc.processes(new)} == {p.name for p in window.doc.processes(first)}
    assert header.name == "Маркетинг (TO BE)"
    assert "New TO BE map" in window.actions.undo.text()
    window.actions.undo.trigger()
    assert len(window.doc.map_ids()) == 2
    assert window.doc.has_map(window.map_id)
    assert window.map_combo.count() == 2


def test_switching_maps_shows_the_other_maps_items(window):
    as_is, to_be = window.doc.map_ids()
    sales = first_process(window, "Продажи")
    target = next(iter(window.doc.processes(to_be)))
    assert window.scene.item_for(sales.id) is not None
    window.map_combo.activated.emit(1)
    assert window.map_id == to_be
    assert window.scene.item_for(target.id) is not None
    assert window.scene.item_for(sales.id) is None
    assert "Processes: 1" in window.counts_label.text()
    switch = next(a for a in window.menus["switch_map"].actions() if a.data() == as_is)
    switch.trigger()
    assert window.map_id == as_is
    assert window.scene.item_for(sales.id) is not None


def test_rename_map(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Маркетинг 2026", True))
    window.actions.rename_map.trigger()
    assert window.doc.map_header(window.map_id).name == "Маркетинг 2026"
    assert "Маркетинг 2026" in window.map_combo.currentText()
    window.actions.undo.trigger()
    assert "Маркетинг 2026" not in window.map_combo.currentText()


def test_export_image_png_and_svg(window, tmp_path):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    size = export_png(window.scene, png, 2.0)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size.width(), size.height())
    assert image.width() > 600  # the 550-unit wide map at 200 %
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2  # something is drawn on the white page
    export_svg(window.scene, svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Продажи" in svg.read_text(encoding="utf-8")


def test_add_process_and_party_from_the_map_menu(qtbot, window):
    before = {p.name for p in window.doc.processes(window.map_id)}
    window.actions.add_process.trigger()  # named in place, Enter adds it
    type_text(window.view, "Реклама")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert {p.name for p in window.doc.processes(window.map_id)} == before | {"Реклама"}
    assert "Реклама" in window.counts_label.text() or "Processes: 5" in window.counts_label.text()
    parties = len(list(window.doc.parties(window.map_id)))
    window.actions.add_party.trigger()
    type_text(window.view, "Поставщик")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert len(list(window.doc.parties(window.map_id))) == parties + 1
    assert window.isWindowModified()


def test_docks_and_their_toggles(window):
    assert window.properties_dock.objectName() == "properties_dock"
    assert window.problems_dock.objectName() == "problems_dock"
    toggles = window.menus["panels"].actions()
    assert window.properties_dock.toggleViewAction() in toggles
    assert window.problems_dock.toggleViewAction() in toggles
    window.properties_dock.toggleViewAction().trigger()
    assert window.properties_dock.isHidden()


def test_window_layout_persists(make_window, window):
    window.properties_dock.hide()
    window.close()
    again = make_window()
    assert again.properties_dock.isHidden()


def test_single_letter_shortcuts_do_not_fire_while_naming_in_place(qtbot, window):
    before = len(list(window.doc.processes(window.map_id)))
    window.actions.add_process.trigger()
    qtbot.keyClicks(window.view, "Pipe Expert")  # P and E are Add Process / Add Party
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    names = [p.name for p in window.doc.processes(window.map_id)]
    assert len(names) == before + 1
    assert "Pipe Expert" in names
    assert len(list(window.doc.parties(window.map_id))) == 1


def test_edit_menu_drives_the_canvas(window):
    window.actions.select_all.trigger()
    assert len(window.scene.selected_ids()) >= 5
    window.scene.select_ids([first_process(window, "Закупки").id])
    window.actions.duplicate.trigger()
    assert sum(p.name == "Закупки" for p in window.doc.processes(window.map_id)) == 2
    window.actions.undo.trigger()
    window.scene.select_ids([first_process(window, "Закупки").id])
    window.actions.delete.trigger()
    assert all(p.name != "Закупки" for p in window.doc.processes(window.map_id))
    assert window.isWindowModified()
    window.actions.undo.trigger()
    assert first_process(window, "Закупки")
    assert not window.isWindowModified()


def test_export_image_from_the_file_menu(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    target = tmp_path / "карта"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG drawing (*.svg)"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("200 %", True))
    window.actions.export_image.trigger()
    svg = tmp_path / "карта.svg"
    assert svg.is_file()
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert 'width="' in svg.read_text(encoding="utf-8")


def test_language_choice_is_saved_for_the_next_start(window):
    russian = next(a for a in window.actions.language_actions() if a.data() == "ru")
    russian.trigger()
    assert settings.language_preference() == "ru"
    assert russian.isChecked()


def test_an_empty_map_says_how_to_start(make_window):
    w = make_window()
    assert not w.empty_hint.isHidden()
    assert "Insert" in w.empty_hint.text()
    w.push(AddElements(w.map_id, [Process(name="Первый процесс")]))
    assert w.empty_hint.isHidden()
    w.actions.undo.trigger()
    assert not w.empty_hint.isHidden()


def test_panels_follow_the_canvas_and_lead_back_to_it(window):
    panels = window.panels
    sales = first_process(window, "Продажи")
    window.scene.select_ids([sales.id])
    assert panels.properties.shown_id == sales.id
    # a problem (or the owner's view) names an element of another map: go there
    _as_is, to_be = window.doc.map_ids()
    target = next(iter(window.doc.processes(to_be)))
    panels.problems.elementActivated.emit(to_be, target.id)
    assert window.map_id == to_be
    assert window.scene.selected_ids() == [target.id]
    assert window.map_combo.currentData() == to_be


def test_findings_reach_the_badges_after_an_edit(window):
    sales = first_process(window, "Продажи")
    item = window.scene.item_for(sales.id)
    before = item._badge
    window.push(SetFields({sales.id: {"owner_id": None}}, label="Change owner"))
    window.panels.refresh_findings()  # what the debounce timer does
    rules = {f.rule for f in window.panels.validator.by_element(window.map_id).get(sales.id, [])}
    assert any("owner" in r for r in rules)
    assert item._badge is not None and item._badge != before
    errors = window.panels.counts()[0]
    assert errors >= 1
    assert window.problems_label.text().startswith(f"Errors: {errors} ")


def test_align_and_distribute_from_the_map_menu(window):
    names = ("Привлечение клиентов", "Продажи", "Отгрузка")
    ids = [first_process(window, n).id for n in names]
    window.scene.select_ids(ids)
    next(a for a in window.actions.align_actions if a.objectName() == "align_top").trigger()
    assert len({first_process(window, n).y for n in names}) == 1
    assert window.actions.undo.isEnabled()
    window.actions.undo.trigger()
    assert first_process(window, "Отгрузка").y == 200


def test_to_be_name_follows_the_as_is_name(window):
    window.push(SetMapFields(window.map_id, {"name": "Маркетинг — AS IS"}))
    window.actions.new_to_be.trigger()
    assert window.doc.map_header(window.map_id).name == "Маркетинг — TO BE"
    window.switch_map(window.doc.map_ids()[0])
    window.actions.new_to_be.trigger()
    assert window.doc.map_header(window.map_id).name == "Маркетинг — TO BE 2"


def test_revert_to_saved_and_open_backup_replace_the_document(window, project_file):
    rename(window, "Продажи", "Продажи B2B")
    window.actions.save.trigger()  # the first save leaves the original as the backup
    rename(window, "Продажи B2B", "Продажи B2C")
    assert window.safety.revert_to_saved(ask=False)
    assert first_process(window, "Продажи B2B")
    assert not window.isWindowModified()
    assert window.path == str(project_file.resolve())
    assert window.safety.open_backup()
    assert first_process(window, "Продажи")  # the version before the first save
    assert window.isWindowModified()  # Save makes it the current version
    assert window.scene.item_for(first_process(window, "Продажи").id) is not None


def test_backspace_deletes_the_selection_but_edits_a_name_being_typed(qtbot, window):
    window.actions.add_process.trigger()
    qtbot.keyClicks(window.view, "Abc")
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    added = first_process(window, "Ab")
    window.scene.select_ids([added.id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert window.doc.get(added.id) is None


def test_delete_key_edits_a_name_being_typed(qtbot, window):
    before = len(list(window.doc.processes(window.map_id)))
    window.actions.add_process.trigger()
    qtbot.keyClicks(window.view, "Xyz")
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert first_process(window, "Xy")
    assert len(list(window.doc.processes(window.map_id))) == before + 1


def test_map_keys_act_only_while_the_map_has_the_focus(qtbot, window):
    sales = first_process(window, "Продажи")
    window.scene.select_ids([sales.id])
    table = window.panels.problems.table
    table.setFocus()
    before = len(list(window.doc.processes(window.map_id)))
    for key in (Qt.Key.Key_P, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        qtbot.keyClick(table, key)
    assert window.doc.get(sales.id) is not None
    assert len(list(window.doc.processes(window.map_id))) == before
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.doc.get(sales.id) is None
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # a new process, named in place
    qtbot.keyClicks(window.view, "New")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert first_process(window, "New")


# Issue 5: an owner edited out and back in through the properties panel moves the canvas
# badge and the problems list with it (and undo/redo do the same).
def _no_owner(window, process_id):
    return [
        f for f in window.panels.problems.findings() if f.rule == "no_owner" and f.element_id == process_id
    ]


def _badge_messages(window, process_id):
    badge = window.scene.item_for(process_id)._badge
    return "" if badge is None else "\n".join(badge.messages)


def test_owner_out_and_in_through_the_panel_moves_badge_and_problems(window, qtbot):
    sales = first_process(window, "Продажи")
    owner = sales.owner_id
    window.scene.select_ids([sales.id])
    form = window.panels.properties.current_form()
    qtbot.waitUntil(lambda: window.panels.problems.findings() != [], timeout=3000)  # first validation ran
    assert not _no_owner(window, sales.id)
    badge_before = _badge_messages(window, sales.id)

    form.owner.combo.pick(None)  # the user picks "no owner"
    assert window.doc.get(sales.id).owner_id is None
    qtbot.waitUntil(lambda: bool(_no_owner(window, sales.id)), timeout=3000)
    assert _no_owner(window, sales.id)[0].severity == Severity.ERROR
    qtbot.waitUntil(lambda: _badge_messages(window, sales.id) != badge_before, timeout=3000)
    badge = window.scene.item_for(sales.id)._badge
    assert badge is not None and badge.severity == Severity.ERROR
    assert any("Продажи" in m for m in badge.messages)

    form.owner.combo.pick(owner)  # and back in
    assert window.doc.get(sales.id).owner_id == owner
    qtbot.waitUntil(lambda: not _no_owner(window, sales.id), timeout=3000)
    qtbot.waitUntil(lambda: _badge_messages(window, sales.id) == badge_before, timeout=3000)

    window.actions.undo.trigger()  # undo puts the problem back, redo takes it away
    qtbot.waitUntil(lambda: bool(_no_owner(window, sales.id)), timeout=3000)
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: not _no_owner(window, sales.id), timeout=3000)


def test_add_process_shortcut_puts_the_box_under_the_mouse(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    viewport = window.view.viewport()
    spot = QPoint(viewport.width() // 4, viewport.height() // 3)
    monkeypatch.setattr(QCursor, "pos", staticmethod(lambda: viewport.mapToGlobal(spot)))
    window.actions.add_process.trigger()
    type_text(window.view, "Под мышью")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    box = first_process(window, "Под мышью")
    at = window.view.mapToScene(spot)
    assert abs(box.x + box.width / 2 - at.x()) <= 20 and abs(box.y + box.height / 2 - at.y()) <= 20
    # with the mouse outside the map, the box goes to the middle of the view
    monkeypatch.setattr(QCursor, "pos", staticmethod(lambda: viewport.mapToGlobal(QPoint(-500, -500))))
    window.actions.add_process.trigger()
    type_text(window.view, "В центре")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    box = first_process(window, "В центре")
    centre = window.view.mapToScene(viewport.rect().center())
    assert abs(box.x + box.width / 2 - centre.x()) <= 20 and abs(box.y + box.height / 2 - centre.y()) <= 20


def test_validation_rules_dialog_is_in_the_map_menu(window, monkeypatch):
    import procedit.ui.window.main_window as main_window_module

    calls = []
    monkeypatch.setattr(
        main_window_module, "edit_rule_settings", lambda parent, doc, push, lang=None: calls.append(doc)
    )
    assert window.actions.rule_settings in window.menus["map"].actions()
    window.actions.rule_settings.trigger()
    assert calls == [window.doc]
