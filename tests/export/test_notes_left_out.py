"""Notes on the canvas are for the workshop: the regulation (PDF, DOCX, portal), the checks and
the comparison leave them out, and they survive the project's own exchanges (BPMN round trip)."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from procedit.compare.diff import diff_maps
from procedit.export.docx import export_docx
from procedit.export.regulation import export_regulation
from procedit.model import Note, NoteColor
from procedit.storage import load
from procedit.validation.engine import validate

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"
SECRET = "Заметка-семинара-7Q"


def _with_note():
    project = load(EXAMPLE)
    first = project.maps[0]
    note = Note(text=f"{SECRET}: клиент недоволен сроками", x=0.0, y=-300.0, color=NoteColor.PINK)
    return project, project.with_(maps=(first.with_(notes=(note,)), *project.maps[1:]))


def test_the_regulation_pdf_and_docx_leave_notes_out(tmp_path):
    _plain, project = _with_note()
    pdf = tmp_path / "reg.pdf"
    export_regulation(project, pdf, map_id=project.maps[0].id)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Привлечение" in text or "клиент" in text.lower()  # (the regulation is there)
    assert SECRET not in text
    docx = tmp_path / "reg.docx"
    export_docx(project, docx, map_id=project.maps[0].id)
    with zipfile.ZipFile(docx) as z:
        xml = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    assert SECRET not in xml


def test_the_checks_and_the_comparison_do_not_see_notes():
    plain, project = _with_note()
    assert validate(project) == validate(plain)
    assert diff_maps(plain, plain.maps[0], project, project.maps[0]).items == []


def test_notes_survive_a_bpmn_round_trip_of_procedit():
    from procedit.interchange.bpmn_export import export_bpmn
    from procedit.interchange.bpmn_import import import_bpmn_bytes

    _plain, project = _with_note()
    back = import_bpmn_bytes(export_bpmn(project)).project
    (note,) = back.maps[0].notes
    assert note.text == project.maps[0].notes[0].text and note.color == NoteColor.PINK
