"""Free-text targets of format 2 become structured targets: each spelling parsed right or reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.control import format_target, parse_target
from procedit.model import Comparison, Target
from procedit.storage import FORMAT, dumps, load, loads
from procedit.validation import validate

DATA = Path(__file__).parents[1] / "storage" / "data"
AT_LEAST, AT_MOST, EQUAL, BETWEEN, YES_NO = (
    Comparison.AT_LEAST,
    Comparison.AT_MOST,
    Comparison.EQUAL,
    Comparison.BETWEEN,
    Comparison.YES_NO,
)


@pytest.mark.parametrize(
    "text, unit, expected, expected_unit",
    [
        ("≥120", "", Target(comparison=AT_LEAST, value=120), ""),
        ("≥ 120", "", Target(comparison=AT_LEAST, value=120), ""),
        (">= 120", "", Target(comparison=AT_LEAST, value=120), ""),
        ("не менее 120", "лидов", Target(comparison=AT_LEAST, value=120), "лидов"),
        ("Не меньше 30 заявок", "", Target(comparison=AT_LEAST, value=30), "заявок"),
        ("at least 7", "", Target(comparison=AT_LEAST, value=7), ""),
        ("120+", "", Target(comparison=AT_LEAST, value=120), ""),
        ("5–10", "", Target(comparison=BETWEEN, value=5, high=10), ""),
        ("5-10", "", Target(comparison=BETWEEN, value=5, high=10), ""),
        ("от 5 до 10 %", "", Target(comparison=BETWEEN, value=5, high=10), "%"),
        ("≤ 5 %", "", Target(comparison=AT_MOST, value=5), "%"),
        ("≤ 5 %", "проц.", Target(comparison=AT_MOST, value=5), "проц."),
        ("не более 1 500", "руб.", Target(comparison=AT_MOST, value=1500), "руб."),
        ("no more than 2,5", "", Target(comparison=AT_MOST, value=2.5), ""),
        ("= 3", "", Target(comparison=EQUAL, value=3), ""),
        ("100 %", "", Target(comparison=AT_LEAST, value=100), "%"),
        ("0", "жалоб", Target(comparison=AT_MOST, value=0), "жалоб"),
        ("да", "", Target(comparison=YES_NO, value=1), ""),
        ("Нет", "", Target(comparison=YES_NO, value=0), ""),
        ("yes", "", Target(comparison=YES_NO, value=1), ""),
        ("", "", Target(), ""),
        ("   ", "%", Target(), "%"),
    ],
)
def test_spellings_are_read(text, unit, expected, expected_unit):
    assert parse_target(text, unit) == (expected, expected_unit)


@pytest.mark.parametrize(
    "text",
    [
        "как можно больше",
        "10–5",
        "≥",
        "примерно 5 или 6 раз в 2 недели",
        "≥ 1e999",
        # beyond the largest number a project holds (±1e15): kept as text, not an exception
        "≥ 99999999999999999",
        "≤ 10 000 000 000 000 000 руб.",
        "5–99999999999999999",
        "99999999999999999+",
    ],
)
def test_what_cannot_be_read_stays_text(text):
    target, _ = parse_target(text)
    assert target.comparison is None and target.text == text.strip()
    assert not target.readable and format_target(target) == text.strip()


@pytest.mark.parametrize(
    "target, unit, lang, text",
    [
        (Target(comparison=AT_LEAST, value=1200), "руб.", "ru", "≥ 1\u00a0200 руб."),
        (Target(comparison=AT_LEAST, value=1200), "", "en", "≥ 1\u00a0200"),
        (Target(comparison=AT_MOST, value=0.25), "", "en", "≤ 0.25"),
        (Target(comparison=BETWEEN, value=2.5, high=3), "%", "ru", "2,5–3 %"),
        (Target(comparison=YES_NO, value=1), "", "en", "yes"),
    ],
)
def test_targets_are_written_back_readably(target, unit, lang, text):
    assert format_target(target, unit, lang) == text
    assert parse_target(format_target(target, unit, lang), unit) == (target, unit)


def test_odd_spellings_of_a_format_2_file_migrate_or_are_reported():
    project = load(DATA / "odd_targets_v2.procmap")
    crits = {c.id: c for c in project.maps[0].processes[0].criteria}
    assert crits["c1"].target == Target(comparison=AT_LEAST, value=120)
    assert (crits["c2"].target, crits["c2"].unit) == (Target(comparison=AT_LEAST, value=120), "лидов")
    assert crits["c3"].target == Target(comparison=AT_LEAST, value=120)
    assert (crits["c4"].target, crits["c4"].unit) == (Target(comparison=BETWEEN, value=5, high=10), "дней")
    assert (crits["c5"].target, crits["c5"].unit) == (Target(comparison=AT_MOST, value=5), "%")
    assert crits["c6"].target == Target(comparison=YES_NO, value=1)
    assert crits["c7"].target == Target() and not crits["c7"].target.is_set
    assert (crits["c8"].target, crits["c8"].unit) == (Target(comparison=AT_LEAST, value=100), "%")
    assert crits["c9"].target == Target(text="как можно больше")
    # the one that could not be read is a control finding naming its text
    unreadable = [f for f in validate(project) if f.rule == "target_unreadable"]
    assert [dict(f.params)["criterion"] for f in unreadable] == ["Словами"]
    assert "«как можно больше»" in unreadable[0].message("ru")
    assert "“как можно больше”" in unreadable[0].message("en")
    # and it saves in the current format and reads back the same
    saved = dumps(project)
    assert json.loads(saved)["format"] == FORMAT
    assert loads(saved) == project


@pytest.mark.parametrize("name", ["marketing_ru_v2.procmap", "small_en_v2.procmap"])
def test_every_target_of_the_examples_as_they_were_is_read(name):
    old = json.loads((DATA / name).read_bytes())
    project = load(DATA / name)
    for old_map, new_map in zip(old["maps"], project.maps, strict=True):
        for old_p, new_p in zip(old_map["processes"], new_map.processes, strict=True):
            for old_c, new_c in zip(old_p["criteria"], new_p.criteria, strict=True):
                assert new_c.target.comparison is not None, old_c["target"]
                assert new_c.unit == old_c["unit"]
                # what is shown now says what was written (numbers and the comparison)
                shown = format_target(new_c.target, "", "ru").replace("\u00a0", " ")
                written = old_c["target"].replace("не более", "≤").replace("1500", "1 500")
                assert shown in (written, f"≥ {written}", "да")
    assert [f for f in validate(project) if f.rule == "target_unreadable"] == []
