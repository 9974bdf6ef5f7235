"""The shipped examples and the ``procedit check`` command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from procedit.model import Severity
from procedit.storage import load, save
from procedit.validation import validate

ROOT = Path(__file__).resolve().parents[2]
MARKETING = ROOT / "examples" / "marketing_ru.procmap"

# examples/README.md: the four deliberate gaps of the AS IS map
GAPS = {
    ("no_consumer", "asis_report"),  # a report nobody reads
    ("no_owner", "asis_design"),  # a process without an owner
    ("no_criteria", "asis_brief"),  # a process without criteria
    ("isolated_process", "asis_competitors"),  # an isolated process
}
GAP_PROCESSES = {element for _, element in GAPS}


@pytest.fixture(scope="module")
def marketing():
    return load(MARKETING)


def test_as_is_errors_are_exactly_the_deliberate_gaps(marketing):
    found = validate(marketing, "map_as_is")
    assert {(f.rule, f.element_id) for f in found if f.severity == Severity.ERROR} == GAPS


def test_as_is_other_findings_are_consequences_of_the_gaps(marketing):
    found = validate(marketing, "map_as_is")
    consequences = {(f.rule, f.element_id) for f in found if f.severity != Severity.ERROR}
    # what the README calls reasonable consequences: the report and the isolated process
    # reach nobody, and the isolated process names no supplier or consumer
    assert consequences == {
        ("no_path_to_customer", "asis_report"),
        ("output_without_consumer", "asis_report"),
        ("output_without_consumer", "asis_competitors"),
        ("input_without_supplier", "asis_competitors"),
    }
    assert {element for _, element in consequences} <= GAP_PROCESSES


def test_to_be_has_only_the_findings_its_actuals_cause(marketing):
    # the TO BE map is complete; the control findings are its numbers: two criteria missed in
    # November (as of early December, when November's numbers are in)
    found = validate(marketing, "map_to_be", today=dt.date(2026, 12, 20))
    assert {(f.rule, f.element_id, dict(f.params)["criterion"]) for f in found} == {
        ("criterion_missed", "tobe_leads", "Количество лидов в месяц"),
        ("criterion_missed", "tobe_report", "Отчёт готов до 5-го рабочего дня месяца"),
    }
    assert all(f.severity == Severity.WARNING for f in found)


def test_the_to_be_procedure_has_no_findings_at_all(marketing):
    assert validate(marketing, "map_to_be_leads", today=dt.date(2026, 12, 20)) == []  # balanced with М-07


def test_small_english_example_is_complete():
    assert validate(load(ROOT / "examples" / "small_en.procmap")) == []


def _check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "procedit", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )


def test_cli_json_lists_the_findings_and_exits_1_on_errors():
    result = _check(str(MARKETING), "--format", "json", "--lang", "en")
    assert result.returncode == 1, result.stderr
    items = json.loads(result.stdout)["findings"]
    assert {(i["rule"], i["element_id"]) for i in items if i["severity"] == "error"} == GAPS
    report = next(i for i in items if i["rule"] == "no_consumer")
    assert report["principle"] == "demand"
    assert report["map"] == "map_as_is" and report["map_name"] == "Маркетинг — AS IS"
    assert report["element_name"] == "М-09 Ежемесячный отчёт по маркетингу"
    assert "“М-09 Ежемесячный отчёт по маркетингу”" in report["message"]


def test_cli_one_map_without_errors_exits_0():
    result = _check(str(MARKETING), "--map", "Маркетинг — TO BE", "--format", "json", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {i["severity"] for i in report["findings"]} <= {"warning", "info"}
    assert [m["name"] for m in report["maps"]] == ["Маркетинг — TO BE"]


def test_cli_text_report_groups_by_map_with_a_summary(tmp_path):
    result = _check(str(MARKETING), "--lang", "ru")
    assert result.returncode == 1
    out = result.stdout
    assert out.index("Карта «Маркетинг — AS IS»") < out.index("Карта «Маркетинг — TO BE»")
    assert "Карта «Маркетинг — AS IS» (AS IS, уровень проверки: регламент): 4 ошибки" in out
    assert "Итого: 4 ошибки" in out.splitlines()[-1]
    assert "[Ошибка] Результат процесса «М-09 Ежемесячный отчёт по маркетингу» никто не получает" in out


def test_cli_honours_the_projects_rule_configuration(tmp_path, marketing):
    from procedit.model import RuleConfig

    rules = {r: RuleConfig(enabled=False) for r in ("no_owner", "no_criteria")}
    rules["no_consumer"] = RuleConfig(severity=Severity.WARNING)
    rules["isolated_process"] = RuleConfig(severity=Severity.INFO)
    path = tmp_path / "configured.procmap"
    save(marketing.with_(validation=marketing.validation.with_(rules=rules)), path)
    result = _check(str(path), "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr  # no errors left
    items = {(i["rule"], i["element_id"]): i["severity"] for i in json.loads(result.stdout)["findings"]}
    assert items[("no_consumer", "asis_report")] == "warning"
    assert items[("isolated_process", "asis_competitors")] == "info"
    assert not any(rule in ("no_owner", "no_criteria") for rule, _ in items)


def test_cli_unreadable_file_exits_2(tmp_path):
    bad = tmp_path / "bad.procmap"
    bad.write_text("{ not json", encoding="utf-8")
    result = _check(str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_cli_json_is_an_object_with_the_project_and_each_maps_summary():
    """The documented shape (README, "check --format json"): a clean project is not a bare []."""
    result = _check(str(ROOT / "examples" / "small_en.procmap"), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["readable"] is True and report["findings"] == []
    assert (report["project"]["name"], report["project"]["language"]) == ("Corner Bakery processes", "en")
    assert report["summary"] == {"errors": 0, "warnings": 0, "infos": 0}
    [m] = report["maps"]
    assert (m["id"], m["kind"], m["level"], m["findings"], m["next_level"]) == (
        "map_main",
        "as_is",
        "regulation",
        [],
        None,
    )


def test_cli_level_checks_less_and_says_what_the_next_level_would_add():
    full = json.loads(_check(str(MARKETING), "--format", "json", "--map", "map_as_is").stdout)
    result = _check(str(MARKETING), "--format", "json", "--map", "map_as_is", "--level", "sketch")
    sketch = json.loads(result.stdout)
    assert result.returncode == 1  # an isolated process is an error at every level
    [m] = sketch["maps"]
    assert m["level"] == "sketch"
    rules = {f["rule"] for f in m["findings"]}
    assert rules == {"isolated_process", "no_path_to_customer"}
    assert len(full["findings"]) > len(sketch["findings"])
    assert m["next_level"]["level"] == "description" and m["next_level"]["adds"]["errors"] >= 1
    assert sketch["findings"] == m["findings"]
    text = _check(str(MARKETING), "--map", "map_as_is", "--level", "sketch", "--lang", "ru").stdout
    assert "уровень проверки: эскиз" in text
    assert "Уровень «описание» добавит" in text


def test_cli_level_is_one_of_three():
    result = _check(str(MARKETING), "--level", "everything")
    assert result.returncode == 2 and "invalid choice" in result.stderr
