"""Process registers from spreadsheets: files written by openpyxl and by hand (cp1251, ';'),
merged cells, empty rows, formulas, unknown people; one undo step; per-row problems."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from procedit.commands import Document, History
from procedit.control import target_of
from procedit.interchange import export_xlsx, load_register, plan_register, register_command, register_project
from procedit.interchange.sheets import check_zip, read_table
from procedit.model import Person, Project, check_integrity
from procedit.storage import ProjectFileError, load

ROOT = Path(__file__).resolve().parents[2]

CP1251 = (
    "Код;Наименование процесса;Вид;Подразделение;Владелец процесса;Цель;Входы;Выходы;Потребители;Критерии\n"
    "П-01;Продажи;основной;Отдел продаж;Иванов И.И.;Выручка;Заявка (Маркетинг);Договор (Клиент);Клиент;Конверсия: >= 20 %\n"
    ";;;;;;;;;\n"
    "П-02;Маркетинг;управленческий;Отдел маркетинга;Петрова А.А.;Лиды;;Заявка -> Продажи;П-01;Лиды в месяц: 100\n"
    "П-03;;вспомогательный;;;;;;;\n"
    "П-04;Закупки;странный;Отдел продаж;Иванов И.И.;;Товар (Поставщик);;;\n"
)


def _csv(tmp_path, text=CP1251, encoding="cp1251", name="reg.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_hand_written_cp1251_semicolon_csv(tmp_path):
    reg = load_register(_csv(tmp_path))
    plan = plan_register(reg, Project())
    names = [p.name for p in plan.processes]
    assert names == ["Продажи", "Маркетинг", "Закупки"]
    sales, marketing, buying = plan.processes
    assert sales.code == "П-01" and sales.kind == "core" and marketing.kind == "management"
    assert sales.criteria[0].name == "Конверсия" and (sales.criteria[0].target, sales.criteria[0].unit) == (target_of("≥ 20"), "%")
    # the row without a name is left out with its row number; the unknown kind is a warning
    texts = [p.text("ru") for p in plan.problems]
    assert any(t.startswith("строка 5:") and "нет названия" in t for t in texts)
    assert any(t.startswith("строка 6:") and "странный" in t for t in texts)
    # people and departments named in cells are added once each
    assert sorted(p.name for p in plan.new_people) == ["Иванов И.И.", "Петрова А.А."]
    assert sorted(d.name for d in plan.new_departments) == ["Отдел маркетинга", "Отдел продаж"]
    assert sales.owner_id == buying.owner_id
    # output "Заявка -> Продажи" and input "Заявка (Маркетинг)" name each other: one link
    ids = {p.id: p.name for p in plan.processes} | {q.id: q.name for q in plan.parties}
    pairs = sorted((ids[lk.source_id], ids[lk.target_id], lk.label) for lk in plan.links)
    assert ("Маркетинг", "Продажи", "Заявка") in pairs
    assert len([p for p in pairs if p[:2] == ("Маркетинг", "Продажи")]) == 1
    assert ("Продажи", "Клиент", "Договор") in pairs and ("Поставщик", "Закупки", "Товар") in pairs
    link = next(lk for lk in plan.links if ids[lk.source_id] == "Маркетинг")
    assert link.source_output_id and link.target_input_id
    assert marketing.customer_ids == (sales.id,)  # a customer named by the code of a process
    project = register_project(plan, "reg")
    assert check_integrity(project) == []


@pytest.mark.parametrize(("sep", "enc"), [(",", "utf-8"), ("\t", "utf-8-sig"), (";", "utf-8")])
def test_english_headers_any_separator_and_utf8(tmp_path, sep, enc):
    text = sep.join(["Code", "Name", "Owner", "Outputs"]) + "\n" + sep.join(["A1", "Billing", "Jane Roe", "Invoice (Customer)"]) + "\n"
    plan = plan_register(load_register(_csv(tmp_path, text, enc)), Project())
    assert [p.name for p in plan.processes] == ["Billing"]
    assert [q.name for q in plan.parties] == ["Customer"]


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-be"])
def test_excel_unicode_text_is_read(tmp_path, enc):
    # Excel's "Unicode Text (*.txt)": UTF-16 with its byte order mark, tab-separated
    text = "\ufeffКод\tНаименование\tВладелец\r\nП-01\tПродажи\tИванов И.И.\r\n"
    path = _csv(tmp_path, text if enc == "utf-16-be" else text[1:], enc, name="reg.txt")
    plan = plan_register(load_register(path), Project())
    assert [(p.code, p.name) for p in plan.processes] == [("П-01", "Продажи")]
    assert [p.name for p in plan.new_people] == ["Иванов И.И."]


def test_openpyxl_file_with_merged_cells_empty_rows_and_formulas(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["№", "Наименование", "Подразделение", "Владелец", "Цель"])
    ws.append(["1", "Планирование", "Дирекция", "Сидоров", "План"])
    ws.append(["2", "Бюджет", None, "Сидоров", "=A3&\"-й бюджет\""])
    ws.append([None, None, None, None, None])
    ws.append(["3", "Отчётность", None, "Новиков", "Отчёт"])
    ws.merge_cells("C2:C5")  # one department for three rows
    path = tmp_path / "reg.xlsx"
    wb.save(path)
    reg = load_register(path)
    project = Project(people=(Person(id="person_sid", name="Сидоров"),))
    plan = plan_register(reg, project)
    assert [p.name for p in plan.processes] == ["Планирование", "Бюджет", "Отчётность"]
    assert len({p.department_id for p in plan.processes}) == 1 and plan.processes[2].department_id
    # a known person is matched, an unknown one is added
    assert plan.processes[0].owner_id == "person_sid"
    assert [p.name for p in plan.new_people] == ["Новиков"]
    # openpyxl saves no computed value of a formula: the row says so
    assert any(p.row == 3 and "formula" in p.text("en") for p in plan.problems)


def test_merged_cells_drawn_past_the_data_add_no_rows_or_columns(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Подразделение", "Наименование"])
    ws.append(["Дирекция", "Планирование"])
    ws.append([None, "Бюджет"])
    ws.merge_cells("A2:A5000")  # the department merged far down the column
    ws["B4"] = "Итого"
    ws.merge_cells("B4:XFD5")  # as wide as the sheet (a few such made a table of billions of cells)
    path = tmp_path / "reg.xlsx"
    wb.save(path)
    table = read_table(path)
    assert len(table.rows) == 4 and all(len(row) == 2 for row in table.rows)
    plan = plan_register(load_register(path), Project())
    assert [p.name for p in plan.processes] == ["Планирование", "Бюджет", "Итого"]
    assert len({p.department_id for p in plan.processes}) == 1
    assert plan.problems == []


def test_unrecognised_headers_ask_for_a_mapping(tmp_path):
    text = "Колонка 1,Колонка 2\nX-1,Склад\n"
    reg = load_register(_csv(tmp_path, text, "utf-8"))
    assert reg.needs_mapping and not reg.rows
    reg = load_register(_csv(tmp_path, text, "utf-8"), columns={0: "code", 1: "name"})
    assert [r.values for r in reg.rows] == [{"code": "X-1", "name": "Склад"}]


def test_applied_as_one_undo_step_and_laid_out(tmp_path):
    project = load(ROOT / "examples" / "small_en.procmap")
    doc = Document(project)
    history = History(doc)
    map_id = project.maps[0].id
    plan = plan_register(load_register(_csv(tmp_path)), project, map_id)
    history.push(register_command(plan, doc.project, map_id))
    after = doc.project
    assert len(after.maps[0].processes) == len(project.maps[0].processes) + 3
    assert check_integrity(after) == []
    right = max(p.x + p.width for p in project.maps[0].processes)
    assert all(p.x > right for p in plan.processes)  # placed beside the existing map, not on it
    assert len({(p.x, p.y) for p in plan.processes}) == 3
    history.undo()
    assert doc.project == project


def test_a_zip_bomb_posing_as_xlsx_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (200 * 1024 * 1024))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ProjectFileError) as err:
        load_register(path)
    assert "zip bomb" in err.value.message("en") and "zip-бомба" in err.value.message("ru")
    with pytest.raises(ProjectFileError):
        check_zip(b"PK\x03\x04garbage", path)


def test_entities_inside_a_workbook_are_refused(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Name"])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data.split(b"?>", 1)[-1]
            dst.writestr(item, data)
    with pytest.raises(ProjectFileError) as err:
        load_register(evil)
    assert "\n" not in err.value.message("en")


def test_xlsx_export_sheets_and_its_register_reads_back(tmp_path):
    project = load(ROOT / "examples" / "small_en.procmap")
    data = export_xlsx(project, "en")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Processes", "Criteria", "RACI", "Findings"]
    for ws in wb.worksheets:
        assert ws.freeze_panes in ("A2", "D2") and ws.auto_filter.ref
        assert ws.column_dimensions["A"].width >= 10
    reg_sheet = wb["Processes"]
    assert reg_sheet.max_row == 1 + len(project.maps[0].processes)
    path = tmp_path / "out.xlsx"
    path.write_bytes(data)
    plan = plan_register(load_register(path), Project())
    assert sorted(p.name for p in plan.processes) == sorted(p.name for p in project.maps[0].processes)
    crit = [c for p in project.maps[0].processes for c in p.criteria]
    assert wb["Criteria"].max_row == 1 + len(crit)


def test_a_code_already_on_the_map_is_not_added_twice(tmp_path):
    project = load(ROOT / "examples" / "small_en.procmap")
    existing = next(p for p in project.maps[0].processes if p.code)
    text = f"Code,Name\n{existing.code},Again\nNEW-1,Fresh\n"
    plan = plan_register(load_register(_csv(tmp_path, text, "utf-8")), project, project.maps[0].id)
    assert [p.name for p in plan.processes] == ["Fresh"]
    assert [(p.row, p.fatal) for p in plan.problems] == [(2, True)]
    assert existing.name in plan.problems[0].text("en")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_title_and_a_date_above_the_header(tmp_path, suffix):
    # the first row with text was taken for the header: "no column of process names found"
    rows = [
        ["Процесс закупок: реестр ООО «Ромашка»", "", ""],
        ["на 01.12.2026", "", ""],
        ["", "", ""],
        ["Код", "Наименование", "Владелец"],
        ["З-1", "Выбор поставщика", "Иванов"],
        ["З-2", "Заказ", "Петров"],
    ]
    path = tmp_path / f"reg{suffix}"
    if suffix == ".csv":
        path.write_bytes("\n".join(";".join(r) for r in rows).encode("cp1251"))
    else:
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append([c or None for c in r])
        wb.active.merge_cells("A1:C1")
        wb.save(path)
    reg = load_register(path)
    assert reg.header_row == 4 and not reg.needs_mapping
    plan = plan_register(reg, Project())
    assert [(p.code, p.name) for p in plan.processes] == [("З-1", "Выбор поставщика"), ("З-2", "Заказ")]
    assert [p.name for p in plan.new_people] == ["Иванов", "Петров"] and plan.problems == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a row counter left of the code column took the code ("Код процесса" was dropped)
        (["№ п/п", "Код процесса", "Наименование процесса", "Владелец процесса (ФИО)"], {1: "code", 2: "name", 3: "owner"}),
        (["№", "Код", "Наименование"], {1: "code", 2: "name"}),
        (["ID", "Code", "Name"], {1: "code", 2: "name"}),
        # "Process code" was read by its first word as the name column, and "Process name" dropped
        (["No.", "Process code", "Process name", "Process owner"], {1: "code", 2: "name", 3: "owner"}),
        (["Kind of process", "Process", "Process kind"], {1: "name", 2: "kind"}),
        # still: a counter is the code when nothing else is, a name by its first word
        (["№", "Наименование", "Владелец (ФИО)"], {0: "code", 1: "name", 2: "owner"}),
    ],
)
def test_the_surest_header_names_a_column(header, expected):
    from procedit.interchange import recognise

    assert recognise(header) == expected


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_the_separator_is_found_below_a_title_without_one(tmp_path, sep):
    # the separator was guessed from the first line alone: a title made it ';', and a
    # comma-separated register was one column
    text = "Реестр процессов\n" + "\n".join(
        sep.join(r) for r in (["Код", "Наименование", "Цель"], ["П-1", "Продажи", "Рост; выручка, прибыль, доля"])
    )
    text = text.replace("Рост; выручка, прибыль, доля", '"Рост; выручка, прибыль, доля"') if sep != "\t" else text
    plan = plan_register(load_register(_csv(tmp_path, text + "\n", "utf-8")), Project())
    assert [(p.code, p.name, p.goal) for p in plan.processes] == [("П-1", "Продажи", "Рост; выручка, прибыль, доля")]


def test_the_workbooks_criteria_read_back_with_their_targets_units_and_periods(tmp_path):
    # "Лидов в месяц: ≥ 100 лидов, месяц" was read as the unit "лидов, месяц", and "да, квартал"
    # as a target nobody could read
    project = load(ROOT / "examples" / "marketing_ru.procmap")
    as_is = project.maps[0]
    path = tmp_path / "reg.xlsx"
    path.write_bytes(export_xlsx(project, "ru", [as_is.id]))
    plan = plan_register(load_register(path), Project())
    assert not [p for p in plan.problems if p.fatal]
    back = {p.code: p for p in plan.processes}
    kept = 0
    for p in as_is.processes:
        for c, r in zip(p.criteria, back[p.code].criteria, strict=True):
            assert (r.name, r.unit, r.period) == (c.name, c.unit, c.period)
            assert (r.target.comparison, r.target.value, r.target.high) == (c.target.comparison, c.target.value, c.target.high)
            kept += 1
    assert kept >= 8
    # a decimal comma is no period; a target that cannot be read keeps its comma
    from procedit.interchange.register import criterion

    assert (criterion("Доля: ≥ 95,5 %").target.value, criterion("Доля: ≥ 95,5 %").period) == (95.5, "")
    odd = criterion("Отчёт: каждый понедельник, к 10:00")
    assert odd.target.text and not odd.period
