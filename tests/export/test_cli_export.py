"""`procedit export` on the command line: a PDF and exit 0, or one clear line and exit 2."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "procedit", "export", *args], capture_output=True, text=True, timeout=120
    )


def test_export_writes_the_pdf(tmp_path):
    out = tmp_path / "reg.pdf"
    result = _run(str(EXAMPLES / "small_en.procmap"), "-o", str(out), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert str(len(reader.pages)) in result.stdout
    assert "Содержание" in reader.pages[1].extract_text()  # --lang ru wins over the project's
    # its only map is an AS IS map: a survey report of the current state, not a regulation
    assert "Отчёт об обследовании процессов" in reader.pages[0].extract_text()


def test_one_process_by_code(tmp_path):
    out = tmp_path / "one.pdf"
    result = _run(str(EXAMPLES / "marketing_ru.procmap"), "-o", str(out), "--process", "М-05")
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Регламент процесса" in text and re.search(r"\d\. Описание процесса", text)
    assert "4.1 " not in text  # its own numbering: one process is not a list of processes


def test_bad_process_code_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "x.pdf"
    result = _run(str(EXAMPLES / "marketing_ru.procmap"), "-o", str(out), "--process", "NOPE")
    assert result.returncode == 2
    assert "NOPE" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_unwritable_output_is_exit_2(tmp_path):
    result = _run(str(EXAMPLES / "small_en.procmap"), "-o", str(tmp_path / "no" / "such" / "x.pdf"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "x.pdf" in result.stderr


def test_unreadable_input_is_exit_2(tmp_path):
    bad = tmp_path / "bad.procmap"
    bad.write_text("{ not json", encoding="utf-8")
    result = _run(str(bad), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_process_code_matches_whatever_alphabet_its_letters_were_typed_in(tmp_path):
    """ "M-05" with a Latin M (and a dash for the hyphen) finds "М-05", written with a Cyrillic М."""
    out = tmp_path / "latin.pdf"
    result = _run(str(EXAMPLES / "marketing_ru.procmap"), "-o", str(out), "--process", "m\u201305")
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Регламент процесса «М-05" in text


def test_an_unknown_process_code_lists_the_codes_there_are(tmp_path):
    out = tmp_path / "x.pdf"
    result = _run(str(EXAMPLES / "marketing_ru.procmap"), "-o", str(out), "--process", "M-99", "--lang", "en")
    assert result.returncode == 2
    assert "M-99" in result.stderr and "М-01" in result.stderr and "М-05" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
