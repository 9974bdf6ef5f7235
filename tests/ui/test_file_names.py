"""File names default from the project and the map: a new project saves as its name, and each
map's regulation (and image) gets its own name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from procedit.storage.names import file_stem
from procedit.ui.dialogs.regulation_dialog import default_file_name, export_regulation_interactive
from procedit.ui.window.main_window import MainWindow


def _capture(monkeypatch) -> list[str]:
    asked: list[str] = []

    def ask(_parent, _title, start, _filter, *a, **k):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def test_file_stem_keeps_cyrillic_and_drops_what_no_file_system_takes():
    assert (
        file_stem("Процессы маркетинга", "Маркетинг: AS IS / 2026")
        == "Процессы маркетинга — Маркетинг_ AS IS _ 2026"
    )
    assert file_stem("", "  ", fallback="regulation") == "regulation"
    assert file_stem("А" * 300).startswith("А") and len(file_stem("А" * 300)) <= 120


def test_a_new_project_is_saved_under_its_name(qtbot, isolated_settings, monkeypatch):
    window = MainWindow(None, persist=False)
    qtbot.addWidget(window)
    asked = _capture(monkeypatch)
    window.save_as()
    assert Path(asked[0]).name == f"{window.doc.header.name}.procmap"
    assert "Untitled" not in asked[0]
    window.undo_stack.mark_clean()


def test_each_maps_regulation_has_its_own_name(open_window, monkeypatch):
    window = open_window()
    project = window.doc.project
    first, second = project.maps
    names = {default_file_name(project, None, m.id) for m in project.maps}
    assert len(names) == 2
    assert all(n.endswith(".pdf") and project.name in n for n in names)
    assert first.name in default_file_name(project, None, first.id)
    assert "П2" in default_file_name(project, "П2", first.id)
    asked = _capture(monkeypatch)
    window.switch_map(second.id)
    assert export_regulation_interactive(window, project, second.id) is None  # (cancelled)
    assert Path(asked[0]).name == default_file_name(project, None, second.id)
