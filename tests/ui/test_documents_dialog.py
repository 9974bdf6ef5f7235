"""File ▸ Export Job Instruction or Department Regulation: the chooser offers the three kinds
and the selectors; one position's instruction, every instruction into a folder."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from procedit.storage import load
from procedit.ui.dialogs import regulation_dialog
from procedit.ui.dialogs.documents_dialog import ALL, DocumentsDialog, export_documents_interactive

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


def _close_questions(monkeypatch, asked):
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close),
    )


def test_the_chooser_offers_three_kinds_and_the_selectors(qtbot):
    project = load(EXAMPLE)
    dialog = DocumentsDialog(project, kind="regulation")
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["regulation", "job-instruction", "department-regulation"]
    assert not dialog.position.isEnabled() and not dialog.department.isEnabled()
    dialog.kind.setCurrentIndex(1)
    assert dialog.position.isEnabled() and not dialog.department.isEnabled()
    positions = [dialog.position.itemText(i) for i in range(dialog.position.count())]
    assert positions[0].startswith("All positions") and "Маркетолог (Отдел маркетинга)" in positions
    assert dialog.position.itemData(0) == ALL
    dialog.position.setCurrentIndex(positions.index("Маркетолог (Отдел маркетинга)"))
    dialog.format.setCurrentIndex(1)
    choice = dialog.choice()
    assert (choice.kind, choice.target, choice.word) == ("job-instruction", "pos_kuznetsova", True)
    dialog.kind.setCurrentIndex(2)
    assert dialog.department.isEnabled() and not dialog.position.isEnabled()
    assert dialog.choice().target == ALL
    # a project without positions: the job instruction cannot be chosen, the hint says why
    empty = DocumentsDialog(
        project.with_(positions=(), people=tuple(p.with_(position_id=None) for p in project.people))
    )
    qtbot.addWidget(empty)
    empty.kind.setCurrentIndex(1)
    assert not empty.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no positions" in empty.hint.text()


def test_one_job_instruction_as_word(qtbot, monkeypatch, tmp_path):
    project = load(EXAMPLE)

    def choose(self):
        self.kind.setCurrentIndex(1)
        self.position.setCurrentIndex(self.position.findData("pos_petrov"))
        self.format.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentsDialog, "exec", choose)
    offered = []

    def save_as(parent, title, start, filters, chosen):
        offered.append((start, chosen))
        return str(tmp_path / "ji"), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    asked = []
    _close_questions(monkeypatch, asked)
    parent = QWidget()
    qtbot.addWidget(parent)
    path = export_documents_interactive(parent, project, project.maps[1].id)
    assert path == str(tmp_path / "ji.docx")
    assert offered[0][0].endswith("РП-МКТ-01-ДИ-07 Руководитель отдела продаж (Отдел продаж).docx")
    body = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "Должностная инструкция" in body and "2. Должностные обязанности" in body
    assert asked and path in asked[0]


def test_every_job_instruction_into_a_folder_is_one_action(qtbot, monkeypatch, tmp_path):
    from procedit.ui.window.main_window import MainWindow

    window = MainWindow(str(EXAMPLE))
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    asked = []
    _close_questions(monkeypatch, asked)
    opened = []
    monkeypatch.setattr(regulation_dialog.QDesktopServices, "openUrl", staticmethod(opened.append))
    window.actions.export_job_instructions.trigger()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 8
    assert "Генеральный директор" in files[0].name
    assert "Должностная инструкция" in PdfReader(str(files[0])).pages[0].extract_text()
    assert asked and "8" in asked[0] and str(tmp_path) in asked[0]
    assert window.actions.export_documents in window.menus["file"].actions()
    assert window.actions.export_job_instructions in window.menus["file"].actions()
