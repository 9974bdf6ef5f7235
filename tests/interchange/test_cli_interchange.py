"""`procedit export FILE -o OUT.bpmn` and `procedit import FILE.bpmn -o OUT.procmap`, run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from procedit.storage import load

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "marketing_ru.procmap", ROOT / "examples" / "small_en.procmap"]
MIWG = Path(__file__).resolve().parent / "data" / "miwg"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "procedit", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_export_to_bpmn_and_import_back(tmp_path, example):
    bpmn = tmp_path / "out.bpmn"
    result = run("export", example, "-o", bpmn)
    assert result.returncode == 0, result.stderr
    assert bpmn.read_bytes().startswith(b"<?xml") and b"BPMNDiagram" in bpmn.read_bytes()
    back = tmp_path / "back.procmap"
    result = run("import", bpmn, "-o", back)
    assert result.returncode == 0, result.stderr
    assert load(back) == load(example)


def test_import_of_a_foreign_model_reports_what_it_left_out(tmp_path):
    out = tmp_path / "c.procmap"
    result = run("import", MIWG / "C.1.0.bpmn", "-o", out, "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "процессов 9" in result.stdout and "Не представлено" in result.stdout
    assert sum(len(m.processes) for m in load(out).maps) == 9


def test_only_one_map_and_its_decompositions(tmp_path):
    bpmn = tmp_path / "one.bpmn"
    result = run("export", EXAMPLES[0], "-o", bpmn, "--map", "Маркетинг — TO BE")
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("карт: 2")  # the TO BE and М-07's procedure (it said 1)
    back = tmp_path / "one.procmap"
    assert run("import", bpmn, "-o", back).returncode == 0
    assert [m.name for m in load(back).maps] == [
        "Маркетинг — TO BE",
        "М-07 Генерация лидов",
    ]  # М-07's procedure


def test_a_workbook_of_one_map_and_its_decompositions(tmp_path):
    # --map was ignored for .xlsx: the AS IS rows came too, and the register did not import back
    import openpyxl

    xlsx = tmp_path / "one.xlsx"
    result = run("export", EXAMPLES[0], "-o", xlsx, "--map", "Маркетинг — TO BE")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(xlsx)
    maps = {"Маркетинг — TO BE", "М-07 Генерация лидов"}
    for ws in wb.worksheets:
        column = [c.value for c in ws[1]].index("Карта")
        values = {row[column] for row in ws.iter_rows(min_row=2, values_only=True)}
        assert values and values <= maps, ws.title
    project = load(EXAMPLES[0])
    to_be = [p for m in project.maps if m.name in maps for p in m.processes]
    assert wb.worksheets[0].max_row == 1 + len(to_be)
    assert {r[1] for r in wb["RACI"].iter_rows(min_row=2, values_only=True)} == {f"{p.code} {p.name}" for p in to_be}
    back = tmp_path / "one.procmap"
    result = run("import", xlsx, "-o", back)
    assert result.returncode == 0, result.stderr  # each code once: the register reads back whole
    assert len(load(back).maps[0].processes) == len(to_be)


@pytest.mark.parametrize("suffix", [".bpmn", ".xlsx"])
def test_process_is_for_a_regulation_only(tmp_path, suffix):
    # --process was ignored: every process was written, a code that does not exist too
    out = tmp_path / f"x{suffix}"
    assert "--process" in one_line_error(run("export", EXAMPLES[1], "-o", out, "--process", "B-1"))
    assert not out.exists()


def test_unknown_formats_are_one_clear_line(tmp_path):
    assert ".bpmn" in one_line_error(run("export", EXAMPLES[1], "-o", tmp_path / "x.vsdx"))
    assert ".bpmn" in one_line_error(run("import", EXAMPLES[1], "-o", tmp_path / "x.procmap"))
    assert ".procmap" in one_line_error(run("import", MIWG / "A.1.0.bpmn", "-o", tmp_path / "x.json"))
    assert not (tmp_path / "x.vsdx").exists()


def test_hostile_bpmn_is_refused_in_one_line(tmp_path):
    evil = tmp_path / "evil.bpmn"
    evil.write_text('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>')
    line = one_line_error(run("import", evil, "-o", tmp_path / "evil.procmap"))
    assert "DTD" in line and "evil.bpmn" in line
    assert not (tmp_path / "evil.procmap").exists()


def test_register_workbook_out_and_csv_in(tmp_path):
    xlsx = tmp_path / "reg.xlsx"
    result = run("export", EXAMPLES[1], "-o", xlsx)
    assert result.returncode == 0, result.stderr
    back = tmp_path / "reg.procmap"
    result = run("import", xlsx, "-o", back)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in load(back).maps[0].processes) == sorted(
        p.name for p in load(EXAMPLES[1]).maps[0].processes
    )
    xlsm = tmp_path / "reg.xlsm"  # a workbook with macros, which the editor's import reads too
    xlsm.write_bytes(xlsx.read_bytes())
    result = run("import", xlsm, "-o", tmp_path / "xlsm.procmap")
    assert result.returncode == 0, result.stderr
    assert len(load(tmp_path / "xlsm.procmap").maps[0].processes) == len(load(back).maps[0].processes)
    csv_file = tmp_path / "reg.csv"
    csv_file.write_bytes("Код;Наименование;Владелец\nА-1;Склад;Иванов\n;;\nА-2;;Петров\n".encode("cp1251"))
    out = tmp_path / "csv.procmap"
    result = run("import", csv_file, "-o", out, "--lang", "ru")  # row 4 has no name: refused
    assert result.returncode == 1 and not out.exists(), result.stderr
    assert "строка 4" in result.stderr and "ничего не записано" in result.stderr and "--valid-rows" in result.stderr
    result = run("import", csv_file, "-o", out, "--lang", "ru", "--valid-rows")
    assert result.returncode == 1 and out.exists(), result.stderr  # written, still exit 1 as kpi import
    assert "строка 4" in result.stderr and "процессов: 1" in result.stdout
    project = load(out)
    assert [p.name for p in project.maps[0].processes] == ["Склад"] and project.people[0].name == "Иванов"


def test_register_rows_with_warnings_only_are_written_with_exit_0(tmp_path):
    csv_file = tmp_path / "reg.csv"
    csv_file.write_text("Code,Name,Kind\nA-1,Store,odd kind\n", encoding="utf-8")
    out = tmp_path / "reg.procmap"
    result = run("import", csv_file, "-o", out, "--lang", "en")
    assert result.returncode == 0 and out.exists(), result.stderr
    assert "row 2" in result.stderr and "taken as core" in result.stderr  # a warning, not a refusal


def test_import_into_a_project_adds_the_maps(tmp_path):
    out = tmp_path / "вместе.procmap"
    result = run("import", MIWG / "C.1.0.bpmn", "--into", EXAMPLES[1], "-o", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Added 2 map(s)" in result.stdout and "saved" in result.stdout
    base, merged = load(EXAMPLES[1]), load(out)
    assert merged.maps[: len(base.maps)] == base.maps and len(merged.maps) == len(base.maps) + 2
    assert merged.people == base.people and len(merged.departments) > len(base.departments)


def test_import_into_a_missing_project_is_one_clear_line(tmp_path):
    line = one_line_error(run("import", MIWG / "C.1.0.bpmn", "--into", tmp_path / "нет.procmap", "-o", tmp_path / "o.procmap"))
    assert "нет.procmap" in line and not (tmp_path / "o.procmap").exists()


def test_into_is_for_bpmn_only(tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text("Name\nA\n", encoding="utf-8")
    line = one_line_error(run("import", reg, "--into", EXAMPLES[1], "-o", tmp_path / "o.procmap", "--lang", "en"))
    assert "--into" in line


@pytest.mark.parametrize("suffix", [".bpmn", ".xlsx"])
def test_what_stops_an_export_is_said_in_russian_too(tmp_path, suffix):
    # the writers passed the system's English words on ("…: this is a folder", "Permission denied")
    from procedit.interchange import write_bpmn, write_xlsx
    from procedit.storage import ProjectSaveError

    write = write_bpmn if suffix == ".bpmn" else write_xlsx
    project = load(EXAMPLES[1])
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    locked = tmp_path / f"locked{suffix}"
    locked.write_bytes(b"keep")
    locked.chmod(0o444)
    for target, ru in ((folder, "это папка"), (locked, "только для чтения")):
        with pytest.raises(ProjectSaveError) as err:
            write(project, target)
        assert ru in err.value.message("ru") and str(target) in err.value.message("ru")
    assert locked.read_bytes() == b"keep"


def test_an_import_that_cannot_be_saved_says_so_in_russian(tmp_path):
    folder = tmp_path / "out.procmap"
    folder.mkdir()
    result = run("import", MIWG / "A.1.0.bpmn", "-o", folder, "--lang", "ru")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Не удалось сохранить" in result.stderr and "это папка" in result.stderr, result.stderr


@pytest.mark.parametrize(("text", "language"), [("Код;Наименование\nП-1;Закупки\n", "ru"), ("Code,Name\nP-1,Buying\n", "en")])
def test_a_registers_project_speaks_its_language(tmp_path, text, language):
    # the system's language was taken (C.UTF-8 here: English), so a Russian register's regulation came out in English
    path = tmp_path / "reg.csv"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "reg.procmap"
    assert run("import", path, "-o", out).returncode == 0
    assert load(out).language == language
