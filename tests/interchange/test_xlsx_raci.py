"""The workbook's RACI sheet is the regulation's matrix: a row per process (its letters rolled
up from its stages) followed by a row per stage, by map; columns are positions (not people),
the cells R, A, C, I or "R/A"; the header and the map, process and stage columns frozen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from procedit.document.build import build_document
from procedit.document.tree import Table
from procedit.interchange.xlsx_export import write_xlsx
from procedit.storage import load

EXAMPLE = Path(__file__).parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture(scope="module")
def project():
    return load(EXAMPLE)


@pytest.fixture(scope="module")
def sheet(project, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "проект.xlsx"
    write_xlsx(project, path, "ru")
    return openpyxl.load_workbook(path)["RACI"]


def _rows(ws) -> list[list[str]]:
    return [[c or "" for c in row] for row in ws.iter_rows(min_row=2, values_only=True)]


def test_columns_are_positions_and_rows_processes_with_their_stages(project, sheet):
    head = [c.value for c in sheet[1]]
    assert head[:3] == ["Карта", "Процесс", "Этап"]
    positions = {q.name for q in project.positions}
    assert set(head[3:]) <= positions and {"Маркетолог", "Арт-директор", "Генеральный директор"} <= set(
        head[3:]
    )
    assert not {p.name for p in project.people} & set(head)  # people are not columns
    rows = _rows(sheet)
    assert len(rows) == sum(1 + len(p.stages) for m in project.maps for p in m.processes)
    assert all(set(cell.split("/")) <= set("RACI") for row in rows for cell in row[3:] if cell)

    col = {name: i for i, name in enumerate(head)}
    to_be = "Маркетинг — TO BE"
    m05 = [r for r in rows if r[0] == to_be and r[1] == "М-05 Подготовка ТЗ дизайнеру"]
    assert [r[2] for r in m05] == ["", "1. Заполнение шаблона ТЗ", "2. Проверка ТЗ арт-директором"]
    check = m05[2]  # the art director performs the check, the marketer (owner) answers for it
    assert check[col["Арт-директор"]] == "R" and check[col["Маркетолог"]] == "A"
    assert m05[1][col["Маркетолог"]] == "R/A"  # the owner performs the first stage herself
    assert m05[0][col["Маркетолог"]] == "R/A" and m05[0][col["Арт-директор"]] == "R"  # rolled up
    # a process row is bold, a stage row is not
    first = next(i for i, r in enumerate(rows, 2) if r[0] == to_be and r[1] == "М-05 Подготовка ТЗ дизайнеру")
    assert sheet.cell(first, 2).font.b and not sheet.cell(first + 1, 2).font.b


def test_the_sheet_says_what_each_maps_regulation_says(project, sheet):
    head = [c.value for c in sheet[1]]
    rows = _rows(sheet)
    checked = 0
    for m in project.maps:
        doc = build_document(project, map_id=m.id, lang="ru")
        matrix = next((s for s in doc.all_sections() if s.key == "matrix"), None)
        if matrix is None:  # the survey report of an AS IS map has no matrix
            continue
        tables = [b for b in matrix.blocks if isinstance(b, Table)]
        expected: dict[str, dict[str, str]] = {}
        process = ""
        for table in tables:
            columns = table.rows[0][1:]
            for i, row in enumerate(table.rows[1:], 1):
                if i in table.group_rows:
                    process = row[0]
                key = process if i in table.group_rows else f"{process} | {row[0]}"
                expected.setdefault(key, {}).update(
                    {c: v for c, v in zip(columns, row[1:], strict=True) if v}
                )
        expected.pop(
            "Разработка и утверждение регламента", None
        )  # the document's own row: not in the workbook
        got = {
            (r[1] if not r[2] else f"{r[1]} | {r[2]}"): {
                c: v for c, v in zip(head[3:], r[3:], strict=True) if v
            }
            for r in rows
            if r[0] == m.name
        }
        assert got == expected, m.name
        checked += 1
    assert checked >= 2


def test_headers_frozen_filtered_and_sized(sheet):
    assert sheet.freeze_panes == "D2"  # the header and the map, process and stage columns
    assert sheet.auto_filter.ref == sheet.dimensions
    widths = [sheet.column_dimensions[c].width for c in "ABCD"]
    assert widths[1] >= 30 and widths[2] >= 30 and 10 <= widths[3] <= 20
    assert all(c.font.b for c in sheet[1])
