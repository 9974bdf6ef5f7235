"""The Russian example's AS IS → TO BE difference says what examples/README.md describes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from procedit.compare import diff_maps
from procedit.compare import items as k
from procedit.compare.texts import describe
from procedit.storage import load
from procedit.validation import validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"


def _example_diff():
    project = load(EXAMPLE)
    as_is = next(m for m in project.maps if m.id == "map_as_is")
    to_be = next(m for m in project.maps if m.id == "map_to_be")
    return project, diff_maps(project, as_is, project, to_be)


def test_the_readme_changes_are_listed():
    _project, diff = _example_diff()
    by_kind = {}
    for d in diff.items:
        by_kind.setdefault(d.kind, []).append(d)
    # owners assigned: М-06 gets Лебедев
    [owner] = by_kind[k.OWNER]
    assert owner.subject.startswith("М-06") and owner.before == "—" and owner.after.startswith("Лебедев")
    # the unread report is given a reader: a hand-off from М-09 to the strategy, and a consumer
    added_links = {d.subject for d in by_kind[k.LINK_ADDED]}
    assert any(s.startswith("М-09") and "М-02" in s for s in added_links)
    assert any(d.subject.startswith("М-09") and d.field == "party_id" for d in by_kind[k.OUTPUT_CHANGED])
    # the isolated process is linked: М-01 gets hand-offs in and out
    assert any(s.startswith("М-01") for s in added_links)
    assert any(s.endswith("М-01 Анализ конкурентов") for s in added_links)
    # criteria added: the brief's KPI
    [crit] = by_kind[k.CRITERION_ADDED]
    assert crit.subject.startswith("М-05") and "Доля ТЗ" in crit.after
    # the new supplier of competitor data
    assert [d.subject for d in by_kind[k.PARTY_ADDED]] == ["Рынок (открытые источники)"]
    # nothing that did not change is reported: lineage pairs every process
    assert not by_kind.get(k.PROCESS_ADDED) and not by_kind.get(k.PROCESS_REMOVED)
    assert not by_kind.get(k.RENAMED) and not by_kind.get(k.LINK_REMOVED)
    assert set(diff.matching.how.values()) == {"lineage"}


def test_every_as_is_error_is_fixed_and_none_introduced():
    project, diff = _example_diff()
    errors = [f for f in validate(project, "map_as_is") if f.severity == "error"]
    assert len(errors) >= 4
    fixed = {(f.rule, f.element_id) for f in diff.fixed}
    assert {(f.rule, f.element_id) for f in errors} <= fixed
    # the TO BE introduces no error; what it adds are control warnings on its measured actuals
    # (the AS IS map records none), which the difference reports as new findings
    assert [f for f in diff.introduced if f.severity == "error"] == []
    assert {f.rule for f in diff.introduced} <= {"criterion_missed", "criterion_missed_running"}


def test_every_item_names_its_element_in_both_languages():
    _project, diff = _example_diff()
    for d in diff.items:
        ru, en = describe(d, "ru"), describe(d, "en")
        assert d.subject in ru and d.subject in en
        assert ru != en


def test_cli_diff_of_two_maps_of_one_file():
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "procedit",
            "diff",
            str(EXAMPLE),
            "--map",
            "Маркетинг — AS IS",
            "--against",
            "Маркетинг — TO BE",
            "--format",
            "json",
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    assert report["equal"] is False
    [m] = report["maps"]
    kinds = {c["kind"] for c in m["changes"]}
    assert {"owner", "link_added", "criterion_added", "party_added"} <= kinds
    assert any(f["rule"] == "no_owner" for f in m["findings_fixed"])
    assert all(f["severity"] != "error" for f in m["findings_introduced"])
