"""Importing criteria actuals from CSV and XLSX: what changes, what is refused, one undo step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from procedit.cli_kpi import default_map
from procedit.commands import Document, History, SetFields
from procedit.control.importing import ImportFileError
from procedit.interchange.actuals import plan_actuals_file
from procedit.model import Measurement
from procedit.storage import load

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"


@pytest.fixture
def project():
    return load(EXAMPLE)


@pytest.fixture
def to_be(project):
    return default_map(project)


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "actuals.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _crit(pmap, code: str, name: str):
    proc = next(p for p in pmap.processes if p.code == code)
    return next(c for c in proc.criteria if c.name == name)


def test_default_map_is_the_to_be_map(to_be):
    assert to_be.id == "map_to_be"


def test_csv_with_russian_headers_new_and_changed_values(tmp_path, to_be):
    path = _csv(
        tmp_path,
        "Код процесса;Критерий;Период;Значение;Примечание\n"
        "М-07;Количество лидов в месяц;2026-12;118;новый лендинг\n"
        "М-07;количество  лидов в месяц;2026-11;97;\n"  # a changed value (96 → 97), name as typed
        "М-08;Конверсия лидов в сделки;11.2026;23,1;\n",  # the same as the map holds
        "cp1251",
    )
    plan = plan_actuals_file(to_be, path)
    assert (plan.rows, plan.new_count, plan.changed_count, plan.unchanged, plan.refused) == (3, 1, 1, 1, [])
    updated = plan.criteria_by_process()
    count = next(c for c in updated["tobe_leads"] if c.name == "Количество лидов в месяц")
    assert [(m.period, m.value) for m in count.actuals][-2:] == [("2026-11", 97), ("2026-12", 118)]
    assert count.actuals[-1].note == "новый лендинг"
    assert count.actuals[-2].note == "после запуска нового лендинга"  # an empty note cell keeps the note
    assert set(updated) == {"tobe_leads"}


def test_english_headers_criterion_by_id_and_yes_no(tmp_path, to_be):
    path = _csv(
        tmp_path,
        "process code,criterion,period,actual\n"
        "М-09,tobe_report_crit_due,2026-12,yes\n"
        "М-07,Стоимость лида,2026-12,1 420\n",
    )
    plan = plan_actuals_file(to_be, path)
    assert plan.refused == []
    assert [(c.criterion_id, c.new) for c in plan.changes] == [
        ("tobe_report_crit_due", 1.0),
        ("tobe_leads_crit_cpl", 1420.0),
    ]


def test_refused_rows_are_named_by_row_number(tmp_path, to_be):
    path = _csv(
        tmp_path,
        "Процесс;Показатель;Период;Факт\n"
        "М-99;Лиды;2026-12;1\n"  # row 2: unknown code
        "М-07;Нет такого;2026-12;1\n"  # row 3: unknown criterion
        "М-07;Стоимость лида;декабрь;1\n"  # row 4: not a period
        "М-07;Стоимость лида;2026-12;много\n"  # row 5: text in a value cell
        "М-07;Стоимость лида;2026-12;1400\n"  # row 6: fine
        "М-07;Стоимость лида;2026-12;1500\n"  # row 7: the same period again
        ";;;\n"  # an empty row is skipped
        "М-07;Стоимость лида;2027-01;\n"  # row 9: no value
        "М-07;Стоимость лида;0026-10-01;1\n",  # row 10: a date mistyped (no crash)
    )
    plan = plan_actuals_file(to_be, path)
    assert [(r.row, r.message("en")) for r in plan.refused] == [
        (2, "no process with code “М-99” on the map"),
        (3, "process М-07 has no criterion “Нет такого”"),
        (4, "“декабрь” is not a period (2026-10, 2026-Q3, 2026-W41, 2026)"),
        (5, "the value “много” is not a number"),
        (7, "М-07 “Стоимость лида” 2026-12 is given again (first in row 6)"),
        (9, "no value"),
        (10, "“0026-10-01” is not a period (2026-10, 2026-Q3, 2026-W41, 2026)"),
    ]
    assert "нет процесса с кодом «М-99»" in plan.refused[0].message("ru")
    assert [(c.row, c.new) for c in plan.changes] == [(6, 1400.0)]


def test_xlsx_with_dates_and_numbers(tmp_path, to_be):
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Код", "Критерий", "Месяц", "Значение"])
    sheet.append(["М-07", "Количество лидов в месяц", dt.datetime(2026, 12, 1), 121])
    sheet.append(["М-08", "Конверсия лидов в сделки", "2026-12", 24.5])
    sheet.append([None, None, None, None])
    path = tmp_path / "crm.xlsx"
    book.save(path)
    plan = plan_actuals_file(to_be, path)
    assert plan.refused == [] and [(c.period, c.new) for c in plan.changes] == [
        ("2026-12", 121.0),
        ("2026-12", 24.5),
    ]


def test_xlsx_percent_cells_give_the_percent_shown_as_a_csv_of_them_does(tmp_path, to_be):
    """Excel keeps 23.1 % as 0.231 and shows it as a percent: the value of a criterion in %
    is what the sheet shows (a CSV saved from the sheet has "23,1%"), not the fraction."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Код процесса", "Критерий", "Период", "Значение"])
    sheet.append(["М-08", "Конверсия лидов в сделки", "2026-12", 0.231])
    sheet["D2"].number_format = "0.0%"
    sheet.append(["М-08", "Доля лидов, обработанных за 2 часа", "2026-12", 0.95])
    sheet["D3"].number_format = "0%"  # a built-in format (9)
    sheet.append(["М-07", "Количество лидов в месяц", "2026-12", 121])  # a plain number stays
    path = tmp_path / "crm.xlsx"
    book.save(path)
    plan = plan_actuals_file(to_be, path)
    assert plan.refused == [] and [c.new for c in plan.changes] == [23.1, 95.0, 121.0]


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        ("Код;Критерий;Значение\nМ-07;Лиды;1\n".encode(), "period"),
        (b"PK\x03\x04 not really a workbook", "XLSX"),
    ],
)
def test_unreadable_data_files_say_why(tmp_path, content, words):
    path = tmp_path / ("data.xlsx" if content.startswith(b"PK") else "data.csv")
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        plan_actuals_file(load(EXAMPLE).maps[1], path)
    assert words in str(err.value)
    assert err.value.ru


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_fifty_thousand_rows_import_from_a_file(tmp_path, to_be, kind):
    """A CRM's export of 50,000 values, read from a real file end to end (its time is the
    benchmark's: tests/perf, "kpi import, 50,000 … rows")."""
    names = [  # six criteria: a criterion holds at most 10,000 values (MAX_ACTUALS)
        ("М-07", "Количество лидов в месяц"),
        ("М-07", "Стоимость лида"),
        ("М-08", "Конверсия лидов в сделки"),
        ("М-08", "Доля лидов, обработанных за 2 часа"),
        ("М-03", "Доля задач, поставленных по шаблону"),
        ("М-05", "Доля ТЗ, принятых дизайнером без доработки"),
    ]
    rows = [["Код процесса", "Критерий", "Период", "Значение"]]
    for i in range(50_000):
        code, name = names[i % 6]
        year, month = 2000 + (i // 6) // 12, (i // 6) % 12 + 1
        rows.append([code, name, f"{year}-{month:02d}", i + 0.5])
    if kind == "csv":
        path = tmp_path / "crm.csv"
        text = "\n".join(";".join(str(c).replace(".", ",") for c in r) for r in rows)
        path.write_bytes(text.encode("cp1251"))
    else:
        path = tmp_path / "crm.xlsx"
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        for r in rows:
            sheet.append(r)
        book.save(path)
    plan = plan_actuals_file(to_be, path)
    assert plan.rows == 50_000 and not plan.refused
    assert plan.new_count + plan.changed_count + plan.unchanged == 50_000
    updated = plan.criteria_by_process()
    leads = next(c for c in updated["tobe_leads"] if c.name == "Количество лидов в месяц")
    assert leads.actuals[0] == Measurement(period="2000-01", value=0.5)
    assert sum(len(c.actuals) for p in updated.values() for c in p) >= 50_000


def test_an_import_is_one_undo_step(tmp_path, project):
    path = _csv(
        tmp_path,
        "Код процесса;Критерий;Период;Значение\n"
        "М-07;Количество лидов в месяц;2026-12;118\n"
        "М-08;Конверсия лидов в сделки;2026-12;25\n",
    )
    doc = Document(project)
    history = History(doc)
    plan = plan_actuals_file(doc.map("map_to_be"), path)
    updated = plan.criteria_by_process()
    history.push(
        SetFields({pid: {"criteria": crit} for pid, crit in updated.items()}, label="Import actuals")
    )
    assert _crit(doc.map("map_to_be"), "М-07", "Количество лидов в месяц").actuals[-1].value == 118
    assert _crit(doc.map("map_to_be"), "М-08", "Конверсия лидов в сделки").actuals[-1].value == 25
    history.undo()
    assert doc.project == project


def _kpi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "procedit", "kpi", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )


def test_cli_import_writes_and_reports(tmp_path):
    data = _csv(tmp_path, "process code;criterion;period;value\nМ-07;Стоимость лида;2026-12;1400\n")
    out = tmp_path / "out.procmap"
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "new values: 1" in result.stdout
    assert _crit(load(out).maps[1], "М-07", "Стоимость лида").actuals[-1].value == 1400


def test_cli_import_with_refused_rows_writes_nothing_unless_asked(tmp_path):
    data = _csv(
        tmp_path, "код;критерий;период;значение\nМ-07;Стоимость лида;2026-12;1400\nМ-99;x;2026-12;1\n"
    )
    out = tmp_path / "out.procmap"
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(out), "--lang", "ru")
    assert result.returncode == 1 and not out.exists()
    assert "строка 3: отклонена: на карте нет процесса с кодом «М-99»" in result.stdout
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(out), "--valid-rows")
    assert result.returncode == 1 and out.exists()


def test_cli_import_unreadable_data_exits_2(tmp_path):
    data = _csv(tmp_path, "")
    result = _kpi("import", str(EXAMPLE), str(data), "--lang", "en")
    assert result.returncode == 2 and "empty" in result.stderr and result.stdout == ""
    result = _kpi("import", str(EXAMPLE), str(data), "--lang", "ru")
    assert result.returncode == 2 and "пуст" in result.stderr and result.stdout == ""


def test_cli_kpi_exit_codes_and_json(tmp_path):
    result = _kpi(str(EXAMPLE), "--format", "json", "--lang", "en", "--today", "2026-12-20")
    assert result.returncode == 1, result.stderr  # two criteria of the TO BE map miss
    import json

    rows = json.loads(result.stdout)
    missed = {(r["process"], r["criterion"]) for r in rows if r["status"] == "missed"}
    assert missed == {
        ("М-07 Генерация лидов", "Количество лидов в месяц"),
        ("М-09 Ежемесячный отчёт по маркетингу", "Отчёт готов до 5-го рабочего дня месяца"),
    }
    # the data stopped coming: every criterion is stale, and those whose latest value missed
    # still fail (a monthly cron job must not turn green because the CRM export broke)
    result = _kpi(str(EXAMPLE), "--format", "json", "--lang", "en", "--today", "2031-02-20")
    assert result.returncode == 1, result.stderr
    rows = json.loads(result.stdout)
    to_be = [r for r in rows if r["map"] == "map_to_be" and r["last_value"] is not None]
    assert to_be and {r["status"] for r in to_be} == {"stale"}
    assert {(r["process"], r["criterion"]) for r in rows if r["failing"]} == missed
    assert all(r["last_result"] == "missed" for r in rows if r["failing"])
    text = _kpi(str(EXAMPLE), "--map", "Маркетинг — TO BE", "--lang", "en", "--today", "2031-02-20")
    assert text.returncode == 1 and "[stale; latest value missed]" in text.stdout
    assert "failing (exit 1): 2" in text.stdout
    result = _kpi(str(EXAMPLE), "--map", "Маркетинг — AS IS", "--lang", "ru")
    assert result.returncode == 0 and "[нет данных]" in result.stdout  # no data is not a miss
    bad = tmp_path / "bad.procmap"
    bad.write_text("{", encoding="utf-8")
    assert _kpi(str(bad)).returncode == 2


def test_a_zip_bomb_posing_as_actuals_is_refused_before_it_is_opened(zip_bomb_xlsx, to_be):
    path = zip_bomb_xlsx
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportFileError) as err:
        plan_actuals_file(to_be, path)
    assert "zip bomb" in str(err.value) and "zip-бомба" in err.value.ru
    assert "\n" not in str(err.value)


def test_cli_import_of_a_zip_bomb_exits_2_and_writes_nothing(tmp_path, zip_bomb_xlsx):
    data = zip_bomb_xlsx
    out = tmp_path / "out.procmap"
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(out), "--lang", "en")
    assert result.returncode == 2 and not out.exists()
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "zip bomb" in result.stderr


def test_values_and_notes_beyond_the_limits_never_reach_the_file(tmp_path, to_be):
    """A value no project may hold is refused with its row; a note is tidied; a criterion
    takes no more values than a file may hold: what the import writes always opens again."""
    from procedit.model.limits import MAX_ACTUALS

    path = _csv(
        tmp_path,
        "process code,criterion,period,value,note\n"
        "М-07,Количество лидов в месяц,2026-10,1e300,\n"  # row 2: out of range
        "М-07,Количество лидов в месяц,2026-12,-2e15,\n"  # row 3: out of range
        'М-07,Стоимость лида,2026-12,1400,"bell\x07here"\n',  # row 4: fine, the bell dropped
    )
    plan = plan_actuals_file(to_be, path)
    assert [(r.row, r.message("en")) for r in plan.refused] == [
        (2, "the value “1e300” is out of range"),
        (3, "the value “-2e15” is out of range"),
    ]
    assert "вне допустимого" in plan.refused[0].message("ru")
    assert [(c.row, c.new, c.note) for c in plan.changes] == [(4, 1400.0, "bellhere")]

    held = len(_crit(to_be, "М-07", "Количество лидов в месяц").actuals)
    lines = ["process code,criterion,period,value"]
    lines += [
        f"М-07,Количество лидов в месяц,{1000 + i // 12}-{i % 12 + 1:02d},1" for i in range(MAX_ACTUALS)
    ]
    path = _csv(tmp_path, "\n".join(lines) + "\n")
    plan = plan_actuals_file(to_be, path)
    assert plan.new_count == MAX_ACTUALS - held
    assert len(plan.refused) == held
    assert plan.refused[0].row == 2 + MAX_ACTUALS - held
    assert "10000" in plan.refused[0].message("en")
    crit = next(c for c in plan.criteria_by_process()["tobe_leads"] if c.name == "Количество лидов в месяц")
    assert len(crit.actuals) == MAX_ACTUALS


def test_cli_import_of_values_beyond_the_limits_writes_a_file_that_opens(tmp_path):
    data = _csv(
        tmp_path,
        "process code,criterion,period,value,note\n"
        "М-07,Количество лидов в месяц,2026-10,1e300,\n"
        'М-07,Стоимость лида,2026-12,1400,"bell\x07here"\n',
    )
    out = tmp_path / "out.procmap"
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(out), "--lang", "en", "--valid-rows")
    assert result.returncode == 1, result.stderr
    assert "row 2: refused: the value “1e300” is out of range" in result.stdout
    pmap = load(out).maps[1]
    assert _crit(pmap, "М-07", "Количество лидов в месяц").actuals[0].value != 1e300
    assert _crit(pmap, "М-07", "Стоимость лида").actuals[-1] == Measurement("2026-12", 1400.0, "bellhere")


def test_cli_import_that_cannot_be_saved_says_so_in_the_language_asked(tmp_path):
    data = _csv(tmp_path, "process code;criterion;period;value\nМ-07;Стоимость лида;2026-12;1400\n")
    folder = tmp_path / "out.procmap"
    folder.mkdir()
    result = _kpi("import", str(EXAMPLE), str(data), "-o", str(folder), "--lang", "ru")
    assert result.returncode == 2
    assert "Не удалось сохранить" in result.stderr and "Cannot" not in result.stderr


def test_a_table_saved_as_unicode_text_by_excel_is_read(tmp_path, to_be):
    """Excel's "Unicode Text" (UTF-16 with a BOM, tab-separated): it keeps Cyrillic whatever
    the system's code page, so people send it; it was refused as 'not a text file'."""
    path = _csv(
        tmp_path,
        "Код процесса\tКритерий\tПериод\tЗначение\r\nМ-07\tСтоимость лида\t2026-12\t1400\r\n",
        "utf-16",
    )
    plan = plan_actuals_file(to_be, path)
    assert plan.refused == [] and [(c.process_code, c.period, c.new) for c in plan.changes] == [
        ("М-07", "2026-12", 1400.0)
    ]


def test_cli_import_writes_numbers_as_the_language_does(tmp_path):
    data = _csv(tmp_path, "process code;criterion;period;value\nМ-08;Конверсия лидов в сделки;2026-12;24,5\n")
    result = _kpi("import", str(EXAMPLE), str(data), "--dry-run", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "2026-12: — → 24,5" in result.stdout  # as the preview in the editor and `kpi` write it
    result = _kpi("import", str(EXAMPLE), str(data), "--dry-run", "--lang", "en")
    assert "2026-12: — → 24.5" in result.stdout


def test_a_title_above_the_header_is_passed_over_and_rows_keep_their_numbers(tmp_path, to_be):
    """A CRM's export often opens with a title and a blank line; the header is the first row
    that names the columns, and a refused row is still named by its row in the sheet."""
    path = _csv(
        tmp_path,
        "Выгрузка показателей за декабрь 2026;;;\n"
        ";;;\n"
        "Код процесса;Критерий;Период;Значение\n"
        "М-07;Стоимость лида;2026-12;1400\n"
        "М-99;Лиды;2026-12;1\n",
    )
    plan = plan_actuals_file(to_be, path)
    assert [(c.row, c.new) for c in plan.changes] == [(4, 1400.0)]
    assert [(r.row, r.message("en")) for r in plan.refused] == [(5, "no process with code “М-99” on the map")]


def test_a_formula_without_a_saved_value_is_named_as_such(tmp_path, to_be):
    """A workbook written by a program (not saved by Excel) holds formulas without their
    values: the row says so, not a bare "no value" under a cell that shows a formula."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Код процесса", "Критерий", "Период", "Значение"])
    sheet.append(["М-07", "Стоимость лида", "2026-12", "=1000+400"])
    path = tmp_path / "crm.xlsx"
    book.save(path)
    plan = plan_actuals_file(to_be, path)
    [refused] = plan.refused
    assert refused.row == 2 and "formula" in refused.message("en") and "формула" in refused.message("ru")


def test_a_code_typed_with_latin_look_alike_letters_finds_its_process(tmp_path, to_be):
    """A CRM exports "M-07" (Latin M) and "m–08" (an en dash): the map's codes are "М-07" and
    "М-08" (Cyrillic М). The row was refused with a message that looked like the code it had
    ("no process with code “M-07”"), as `export --process` already matched them."""
    path = _csv(
        tmp_path,
        "process code,criterion,period,value\n"
        "M-07,Стоимость лида,2026-12,1420\n"
        "m\u201308,Конверсия лидов в сделки,2026-12,24\n",
    )
    plan = plan_actuals_file(to_be, path)
    assert plan.refused == []
    changes = [(c.criterion_id, c.new) for c in plan.changes]
    assert len(changes) == 2 and changes[0] == ("tobe_leads_crit_cpl", 1420.0)
