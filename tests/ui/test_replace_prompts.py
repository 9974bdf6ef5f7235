"""Save As and the exports ask before writing over a file whose suffix they added themselves.

The file dialog asks about the name typed: "plan" with the project filter, to which ".procmap"
is then added, was never asked about, and an existing plan.procmap (another project) was
replaced without a word; the same for a map image, a regulation and the interchange files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from procedit.ui.dialogs import regulation_dialog
from procedit.ui.dialogs.export_dialog import export_image_dialog

KEEP = b"somebody else's file"


def _answering(monkeypatch, answer):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _typed(monkeypatch, path, chosen=""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen)))


@pytest.mark.parametrize(("answer", "kept"), [(QMessageBox.StandardButton.No, True), (QMessageBox.StandardButton.Yes, False)])
def test_save_as_asks_before_replacing_a_project_named_without_its_suffix(open_window, monkeypatch, tmp_path, answer, kept):
    w = open_window()
    other = tmp_path / "plan.procmap"
    other.write_bytes(KEEP)
    _typed(monkeypatch, tmp_path / "plan")
    asked = _answering(monkeypatch, answer)
    assert w.save_as() is (not kept)
    assert len(asked) == 1 and "plan.procmap" in asked[0]
    assert (other.read_bytes() == KEEP) is kept
    if not kept:
        assert w.path == str(other.resolve())
    asked.clear()
    _typed(monkeypatch, tmp_path / "new")
    assert w.save_as() and (tmp_path / "new.procmap").exists() and not asked  # nothing there: nothing asked


def test_export_image_asks_before_replacing_a_picture_named_without_its_suffix(open_window, monkeypatch, tmp_path):
    w = open_window()
    old = tmp_path / "map.png"
    old.write_bytes(KEEP)
    _typed(monkeypatch, tmp_path / "map")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("100 %", True)))
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    assert export_image_dialog(w) is None
    assert len(asked) == 1 and old.read_bytes() == KEEP


def test_export_regulation_asks_before_replacing_a_pdf_named_without_its_suffix(open_window, monkeypatch, tmp_path):
    w = open_window()
    old = tmp_path / "reg.pdf"
    old.write_bytes(KEEP)
    _typed(monkeypatch, tmp_path / "reg", regulation_dialog.file_filters()[0])
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    project = w.doc.project
    assert regulation_dialog.export_regulation_interactive(w, project, project.maps[0].id, folder=str(tmp_path)) is None
    assert len(asked) == 1 and "reg.pdf" in asked[0] and old.read_bytes() == KEEP
