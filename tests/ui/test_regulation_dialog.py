"""File ▸ Export Regulation: the dialog writes the PDF in a worker thread, can be
cancelled, reports failures in a message box and offers to open the result."""

from __future__ import annotations

import re
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from procedit import export as pdf_export
from procedit.storage import load
from procedit.ui.dialogs import regulation_dialog
from procedit.ui.dialogs.regulation_dialog import export_regulation_interactive

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def _answer_save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_export_writes_the_pdf_and_offers_to_open_it(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer_save_as(monkeypatch, tmp_path / "regulation")  # no suffix: .pdf is added
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open),
    )
    opened = []
    monkeypatch.setattr(regulation_dialog.QDesktopServices, "openUrl", staticmethod(opened.append))

    path = export_regulation_interactive(parent, project, project.maps[1].id)  # TO BE: the regulation

    assert path == str(tmp_path / "regulation.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) > 10
    assert "Лист согласования" in "".join(p.extract_text() for p in reader.pages[:3])
    assert asked and str(len(reader.pages)) in asked[0]
    assert [u.toLocalFile() for u in opened] == [path]


def test_one_process_from_the_dialog(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)
    proc = project.maps[0].processes[0]
    _answer_save_as(monkeypatch, tmp_path / "one.pdf")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Close)
    )
    path = export_regulation_interactive(None, project, project.maps[0].id, proc.code)
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert f"Регламент процесса «{proc.code}" in text
    assert re.search(r"\d\. Описание процесса", text) and "4.1 " not in text


def test_the_dialog_writes_word_when_word_is_chosen(qtbot, monkeypatch, tmp_path):
    import docx

    project = load(EXAMPLE)
    chosen = regulation_dialog.file_filters()[1]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "reg"), chosen))
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close),
    )
    path = export_regulation_interactive(None, project, project.maps[1].id)
    assert path == str(tmp_path / "reg.docx")
    d = docx.Document(path)
    assert any(p.style.name == "Heading 1" and "Описание процессов" in p.text for p in d.paragraphs)
    assert "Word" in asked[0]


def test_cancel_in_the_progress_dialog_stops_the_export(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)
    out = tmp_path / "cancelled.pdf"
    _answer_save_as(monkeypatch, out)
    seen_cancel = []

    def slow_export(project, path, *, progress, cancel, **kw):
        # a long export: reports progress until the user's cancel arrives
        for i in range(2000):
            progress(i % 100, 100)
            if cancel():
                seen_cancel.append(i)
                raise pdf_export.ExportCancelled("cancelled")
            time.sleep(0.005)
        raise AssertionError("the cancel never arrived")

    monkeypatch.setattr(pdf_export, "export_regulation", slow_export)
    original_set_value = QProgressDialog.setValue

    def set_value_then_cancel(self, value):
        original_set_value(self, value)
        if value >= 5 and not self.wasCanceled():
            self.findChild(QPushButton).click()  # the user presses Cancel

    monkeypatch.setattr(QProgressDialog, "setValue", set_value_then_cancel)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append(a)))

    assert export_regulation_interactive(None, project, None) is None
    assert seen_cancel
    assert not out.exists()
    assert asked == []  # nothing to open


def test_failure_is_shown_not_raised(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)
    _answer_save_as(monkeypatch, tmp_path / "missing-folder" / "x.pdf")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    assert export_regulation_interactive(None, project, None) is None
    assert warnings and "x.pdf" in warnings[0]


def test_user_cancels_the_file_dialog(qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_regulation_interactive(None, load(EXAMPLE), None) is None


def test_the_dialog_says_which_characters_were_replaced(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)
    pmap = project.maps[1]
    proc = pmap.processes[0].with_(name="Ракета 🚀")
    project = project.with_(maps=(project.maps[0], pmap.with_(processes=(proc, *pmap.processes[1:]))))
    _answer_save_as(monkeypatch, tmp_path / "glyphs.pdf")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close),
    )
    assert export_regulation_interactive(None, project, pmap.id) == str(tmp_path / "glyphs.pdf")
    assert "U+1F680" in asked[0]
