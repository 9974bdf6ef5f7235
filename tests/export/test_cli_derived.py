"""`procedit export --document job-instruction|department-regulation` on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from pypdf import PdfReader

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RU = str(EXAMPLES / "marketing_ru.procmap")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "procedit", "export", *args], capture_output=True, text=True, timeout=120
    )


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_job_instruction_of_a_position_as_pdf_and_docx(tmp_path):
    out = tmp_path / "ji.pdf"
    result = _run(RU, "-o", str(out), "--document", "job-instruction", "--position", "интернет-маркетолог")
    assert result.returncode == 0, result.stderr
    assert f"записано страниц: {len(PdfReader(str(out)).pages)}" in result.stdout
    text = _text(out)
    assert "Должностная инструкция" in text and "«Интернет-маркетолог»" in text
    assert "РП-МКТ-01-ДИ-04" in text  # the draft mark is drawn, not text (see test_derived_documents)
    word = tmp_path / "ji.docx"
    result = _run(RU, "-o", str(word), "--document", "job-instruction", "--position", "Интернет-маркетолог")
    assert result.returncode == 0, result.stderr
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "2. Должностные обязанности" in body and "5. Взаимодействие" in body


def test_department_regulation_in_english(tmp_path):
    out = tmp_path / "dr.pdf"
    result = _run(RU, "-o", str(out), "--document", "department-regulation", "--department", "Отдел продаж",
                  "--lang", "en")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    text = _text(out)
    assert "Department regulation" in text and "Interaction with other departments" in text


def test_every_job_instruction_into_a_folder(tmp_path):
    folder = tmp_path / "instructions"
    result = _run(RU, "-o", str(folder), "--document", "job-instruction")
    assert result.returncode == 0, result.stderr
    files = sorted(folder.iterdir())
    assert len(files) == 8 and all(f.suffix == ".pdf" for f in files)
    assert files[2].name == "РП-МКТ-01-ДИ-03 Маркетолог (Отдел маркетинга).pdf"
    assert "записано документов: 8" in result.stdout
    result = _run(
        RU, "-o", str(tmp_path / "words"), "--document", "department-regulation", "--format", "docx"
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "words").glob("*.docx"))) == 4


def test_unknown_ambiguous_and_misplaced_names_are_one_line_and_exit_2(tmp_path):
    out = str(tmp_path / "x.pdf")
    cases = [
        (["--document", "job-instruction", "--position", "Кассир"], "нет должности «Кассир»; должности: «Генеральный"),
        (["--document", "job-instruction", "--position", "Маркетолог", "--department", "Отдел продаж"],
         "В подразделении «Отдел продаж» нет должности «Маркетолог»"),
        (["--document", "department-regulation", "--department", "Склад"], "нет подразделения «Склад»"),
        (["--document", "job-instruction"], "назовите --position или укажите папку"),
        (["--document", "job-instruction", "--position", "Маркетолог", "--process", "М-05"], "--process"),
        (["--position", "Маркетолог"], "--document job-instruction"),
    ]  # fmt: skip
    for args, words in cases:
        result = _run(RU, "-o", out, *args)
        assert result.returncode == 2, args
        assert words in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    result = _run(RU, "-o", str(tmp_path / "x.xlsx"), "--document", "department-regulation", "--department",
                  "Отдел продаж")  # fmt: skip
    assert result.returncode == 2 and ".pdf или .docx" in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()
    # a file where the folder should be is refused, and stays as it was
    (tmp_path / "taken").write_text("keep")
    result = _run(RU, "-o", str(tmp_path / "taken"), "--document", "job-instruction")
    assert result.returncode == 2 and "папка" in result.stderr
    assert (tmp_path / "taken").read_text() == "keep"


def test_ambiguous_position_names_the_departments(tmp_path):
    from procedit.model import Position
    from procedit.storage import load, save

    project = load(RU)
    twin = Position(name="Маркетолог", department_id="dept_sales")
    path = tmp_path / "twin.procmap"
    save(project.with_(positions=(*project.positions, twin)), path, backup=False)
    result = _run(
        str(path), "-o", str(tmp_path / "x.pdf"), "--document", "job-instruction", "--position", "Маркетолог"
    )
    assert result.returncode == 2
    assert "«Отдел маркетинга», «Отдел продаж»" in result.stderr and "--department" in result.stderr
    result = _run(str(path), "-o", str(tmp_path / "x.pdf"), "--document", "job-instruction", "--position",
                  "Маркетолог", "--department", "отдел продаж")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(Отдел продаж)" in _text(tmp_path / "x.pdf")
