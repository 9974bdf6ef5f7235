"""Format 8 → 9: measured values become arrays, one a line; older files keep opening."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.model import Measurement
from procedit.storage import FORMAT, ProjectFileError, dumps, load, loads

DATA = Path(__file__).parent / "data"


def test_a_format_8_file_opens_with_its_measured_values():
    project = load(DATA / "actuals_v8.procmap")
    leads, cost, none = project.maps[0].processes[0].criteria
    assert leads.actuals == (
        Measurement("2026-01", 112.0),
        Measurement("2026-02", 87.0, "сбой CRM: данные неполные"),
        Measurement("2026-03", None, "не измеряли"),
        Measurement("2026-04", 101.5),
    )
    assert leads.actuals[1].note == "сбой CRM: данные неполные" and leads.actuals[2].value is None
    assert cost.actuals == (Measurement("2026-Q1", 1420.0),) and none.actuals == ()


def test_it_is_saved_with_one_measurement_a_line_and_reads_back_the_same():
    project = load(DATA / "actuals_v8.procmap")
    text = dumps(project).decode("utf-8")
    assert text.startswith(f'{{\n  "format": {FORMAT},\n')
    lines = text.splitlines()
    assert '                ["2026-01", 112.0],' in lines  # the note left out while empty
    assert '                ["2026-02", 87.0, "сбой CRM: данные неполные"],' in lines
    assert '                ["2026-03", null, "не измеряли"],' in lines
    assert '                ["2026-04", 101.5]' in lines
    assert '"period": "2026' not in text
    again = loads(text.encode("utf-8"))
    assert again == project and dumps(again) == text.encode("utf-8")


def _v8(actual: object) -> bytes:
    procs = [{"id": "p", "criteria": [{"id": "c", "actuals": [{"period": "2026-01", "value": 1.0}, actual]}]}]
    return json.dumps({"format": 8, "maps": [{"id": "m", "processes": procs}]}).encode()


@pytest.mark.parametrize(
    ("actual", "where", "reason"),
    [
        (
            {"period": "2026-02", "valu": 1.0},
            "$.maps[0].processes[0].criteria[0].actuals[1].valu",
            "unknown field",
        ),
        ({"value": 1.0}, "$.maps[0].processes[0].criteria[0].actuals[1].period", "required field is missing"),
        (
            {"period": "2026-02", "value": "много"},
            "$.maps[0].processes[0].criteria[0].actuals[1][1]",
            "number",
        ),
    ],
)
def test_a_bad_measurement_of_a_format_8_file_is_named(actual, where, reason):
    with pytest.raises(ProjectFileError) as info:
        loads(_v8(actual), "old.procmap")
    assert info.value.where == where and reason in info.value.reason
