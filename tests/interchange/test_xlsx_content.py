"""What the XLSX export holds for a project with numbers: the Criteria sheet's actual values
per period and the Findings sheet's rows, against the model and ``procedit check``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from procedit.interchange import export_xlsx
from procedit.storage import load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap"


@pytest.fixture(scope="module")
def workbook():
    project = load(EXAMPLE)
    return project, openpyxl.load_workbook(io.BytesIO(export_xlsx(project, "ru")))


def _rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_criteria_sheet_holds_the_actuals_per_period(workbook):
    project, wb = workbook
    [head, *rows] = _rows(wb["Критерии"])
    assert head[:9] == [
        "Код",
        "Процесс",
        "Критерий",
        "Целевое значение",
        "Ед. изм.",
        "Периодичность",
        "Метод",
        "Ответственный",
        "Карта",
    ]
    periods = head[9:]
    every = sorted(
        {a.period for m in project.maps for p in m.processes for c in p.criteria for a in c.actuals}
    )
    assert periods == every and "2026-11" in periods
    # a row per criterion, in map and process order; the map column tells the AS IS and TO BE
    # rows apart (they share codes and criterion names)
    criteria = [(p, c) for m in project.maps for p in m.processes for c in p.criteria]
    assert [(r[0], r[2]) for r in rows] == [(p.code, c.name) for p, c in criteria]
    assert [r[8] for r in rows] == [m.name for m in project.maps for p in m.processes for _ in p.criteria]
    # the example's numbers, read off the sheet: the TO BE map's lead generation
    [leads] = [
        r for r in rows if (r[0], r[2], r[8]) == ("М-07", "Количество лидов в месяц", "Маркетинг — TO BE")
    ]
    assert leads[3] == "≥ 100" and leads[9 + periods.index("2026-11")] == 96
    # every criterion's latest actual sits in its latest period's column; periods it lacks are empty
    with_actuals = 0
    for (_, c), row in zip(criteria, rows, strict=True):
        values = dict(zip(periods, row[9:], strict=True))
        assert {k for k, v in values.items() if v is not None} == {a.period for a in c.actuals}
        if c.actuals:
            with_actuals += 1
            latest = max(c.actuals, key=lambda a: a.period)
            assert values[latest.period] == latest.value
    assert with_actuals >= 4


def test_findings_sheet_equals_procedit_check(workbook):
    _project, wb = workbook
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "procedit", "check", str(EXAMPLE), "--format", "json", "--lang", "ru"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    checked = [
        [f["severity"], f["rule"], f["message"], f["element_name"], m["name"]]
        for m in report["maps"]
        for f in m["findings"]
    ]
    [head, *rows] = _rows(wb["Замечания"])
    assert head == ["Важность", "Правило", "Замечание", "Процесс", "Карта"]
    summary = report["summary"]
    assert len(rows) == len(checked) == summary["errors"] + summary["warnings"] + summary["infos"] > 0
    assert sorted(rows) == sorted(checked)
    rules = {r[1] for r in rows}
    assert {"criterion_missed", "isolated_process"} <= rules  # the control loop's findings are there too
    missed = next(r for r in rows if r[1] == "criterion_missed")
    assert missed[0] == "warning" and "факт" in missed[2] and "цель" in missed[2] and missed[4]


def test_texts_starting_with_an_equals_sign_stay_texts(tmp_path):
    # a name or goal beginning with "=" is what the user typed, not a formula for Excel to run
    # (it showed #NAME? or a computed number instead, and read back as a formula without a value)
    project = load(EXAMPLE)
    pmap = project.maps[0]
    first = pmap.processes[0].with_(name="=Продажи", goal="=1+1", results='=HYPERLINK("http://x","y")')
    project = project.with_(maps=(pmap.with_(processes=(first, *pmap.processes[1:])), *project.maps[1:]))
    wb = openpyxl.load_workbook(io.BytesIO(export_xlsx(project, "ru")))
    row = [c for c in wb["Реестр процессов"][2]]
    assert [c.value for c in row[1:2] + row[5:7]] == ["=Продажи", "=1+1", '=HYPERLINK("http://x","y")']
    assert {c.data_type for c in row[1:2] + row[5:7]} == {"s"}
    criteria = [c for c in wb["Критерии"][2]]
    assert criteria[1].value == "=Продажи" and criteria[1].data_type == "s"
    from procedit.interchange import load_register, plan_register
    from procedit.model import Project

    path = tmp_path / "reg.xlsx"
    path.write_bytes(export_xlsx(project, "ru"))
    plan = plan_register(load_register(path), Project())
    assert plan.processes[0].name == "=Продажи" and plan.processes[0].goal == "=1+1"
    assert not [p for p in plan.problems if "formula" in p.text("en")]
