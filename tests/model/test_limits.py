"""The project's limits: the loader refuses a file beyond them with the usual one-line error,
the schema states them, and no command can make a project that would not load again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procedit.commands import AddElements, Delete, Document, History, SetFields, SetProjectFields
from procedit.model import Criterion, Measurement, Process, ProcessMap, Project, count_measurements, limits
from procedit.model.limits import LimitError, bad_character, clean_text
from procedit.storage import FORMAT, MAX_BYTES, ProjectFileError, dumps, json_schema, loads

BASE = {"format": FORMAT, "maps": [{"id": "m1", "name": "M", "processes": [{"id": "p1", "name": "A"}]}]}


def file_with(**process_fields) -> bytes:
    tree = json.loads(json.dumps(BASE))
    tree["maps"][0]["processes"][0].update(process_fields)
    return json.dumps(tree, ensure_ascii=True).encode()


def refused(data: bytes) -> ProjectFileError:
    with pytest.raises(ProjectFileError) as info:
        loads(data, "plan.procmap")
    message = info.value.message("en")
    assert "\n" not in message and message.startswith("Cannot open 'plan.procmap'")
    assert "\x1b" not in message and "\ud800" not in message  # never echoed raw
    return info.value


def test_a_lone_surrogate_is_refused_with_its_place():
    e = refused(file_with(name="Приём\ud800"))
    assert e.where == "$.maps[0].processes[0].name"
    assert "U+D800" in e.reason and "surrogate" in e.reason
    assert "суррогат" in e.message("ru")


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x07", "\x7f", "\x9b"])
def test_control_characters_are_refused(char):
    e = refused(file_with(name=f"red{char}[31m"))
    assert e.where == "$.maps[0].processes[0].name"
    assert f"U+{ord(char):04X}" in e.reason


def test_tabs_and_line_breaks_stay_allowed():
    project = loads(file_with(description="строка 1\n\tстрока 2\r\n"))
    assert project.maps[0].processes[0].description == "строка 1\n\tстрока 2\r\n"


@pytest.mark.parametrize(
    ("field", "value", "bound"),
    [
        ("width", 1e308, "2000"),
        ("height", 1e5, "2000"),
        ("width", 0, "10"),
        ("x", -1e308, "-1000000"),
        ("y", 1e308, "1000000"),
    ],
)
def test_geometry_beyond_the_limits_is_refused(field, value, bound):
    e = refused(file_with(**{field: value}))
    assert e.where == f"$.maps[0].processes[0].{field}"
    assert "out of range" in e.reason and bound in e.reason


@pytest.mark.parametrize(("field", "limit"), [("name", limits.MAX_LINE), ("description", limits.MAX_TEXT)])
def test_texts_longer_than_allowed_are_refused(field, limit):
    loads(file_with(**{field: "я" * limit}))  # exactly at the limit: fine
    e = refused(file_with(**{field: "я" * (limit + 1)}))
    assert e.where == f"$.maps[0].processes[0].{field}" and str(limit) in e.reason


def test_too_many_processes_in_a_map_are_refused():
    procs = [{"id": f"p{i}"} for i in range(limits.MAX_PROCESSES + 1)]
    tree = {"format": FORMAT, "maps": [{"id": "m1", "processes": procs}]}
    e = refused(json.dumps(tree).encode())
    assert e.where == "$.maps[0].processes" and str(limits.MAX_PROCESSES) in e.reason


def test_a_million_tiny_processes_are_refused_up_front():
    """16.9 MB of tiny processes (inside the 50 MB limit) used to take 97 s and 9.6 GB."""
    body = b",".join(b'{"id":"p%d"}' % i for i in range(1_000_000))
    data = b'{"format": %d, "maps": [{"id": "m1", "processes": [' % FORMAT + body + b"]}]}"
    e = refused(data)
    assert "too many elements" in e.reason and e.where == ""


def test_braces_inside_texts_do_not_count_as_elements():
    text = "{" * 90_000
    tree = {"format": FORMAT, "maps": [{"id": f"m{i}", "description": text} for i in range(6)]}
    assert len(loads(json.dumps(tree).encode()).maps) == 6


def test_repeated_keys_are_refused_not_dropped():
    e = refused(b'{"format": %d, "maps": [{"id": "m1", "name": "A", "name": "B"}]}' % FORMAT)
    assert e.where == "$.maps[0]" and '"name"' in e.reason and "twice" in e.reason


def test_a_repeated_format_says_so():
    e = refused(b'{"format": %d, "maps": [{"id": "m1"}], "format": %d}' % (FORMAT, FORMAT))
    assert e.where == "$" and '"format"' in e.reason and "twice" in e.reason


def test_a_repeated_key_in_a_saved_file_is_found_by_the_fast_path_too():
    project = loads(json.dumps(BASE).encode())
    text = dumps(project).decode()
    assert loads(text) == project
    twice = text.replace('"name": "A",', '"name": "A",\n          "name": "B",', 1)
    assert twice != text
    e = refused(twice.encode())
    assert e.where == "$.maps[0].processes[0]"


def test_a_format_written_as_a_decimal_is_refused_by_both_paths():
    """``"format": 4.0`` was read by the fast path and refused by the slow one."""
    fast = refused(b'{"format": %d.0, "maps": [{"id": "m1"}]}' % FORMAT)
    slow = refused(b'{"format": %d.0, "maps": [{"id": "m1", "x": 1}]}' % FORMAT)
    for e in (fast, slow):
        assert e.where == "$.format" and "whole number" in e.reason and f"{FORMAT}.0" in e.reason


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (b'{"format": true, "maps": []}', "found true"),
        (b'{"format": null, "maps": []}', "found null"),
        (
            b'{"format": %d, "maps": [{"id": "m", "processes": [{"id": "p", "x": 1e999}]}]}' % FORMAT,
            "too large",
        ),
        (b'{"format": %d, "maps": [{"id": "m", "name": false}]}' % FORMAT, "found false"),
    ],
)
def test_messages_show_json_values_not_python_ones(data, shown):
    e = refused(data)
    assert shown in e.reason
    for python in ("True", "False", "None", "inf"):
        assert python not in e.message("en").split("'plan.procmap'")[1]


def test_the_schema_states_the_limits():
    defs = json_schema()["$defs"]
    proc = defs["Process"]["properties"]
    assert proc["name"]["maxLength"] == limits.MAX_LINE
    assert proc["description"]["maxLength"] == limits.MAX_TEXT
    assert proc["width"]["maximum"] == limits.MAX_SIZE and proc["width"]["minimum"] == limits.MIN_SIZE
    assert proc["x"]["minimum"] == -limits.MAX_COORD
    assert "\\x1f" in proc["name"]["pattern"]
    assert defs["ProcessMap"]["properties"]["processes"]["maxItems"] == limits.MAX_PROCESSES


def test_clean_text_and_bad_character():
    assert clean_text("a\x1b[31mb\ud800\tc\n", 100) == "a[31mb\tc\n"
    assert clean_text("я" * 10, 3) == "яяя"
    assert bad_character("ok\tтекст\n") is None
    assert bad_character("x\x9by") == "U+009B"


# ---------------------------------------------------------------- commands keep the limits
def history() -> History:
    project = Project(maps=(ProcessMap(id="m1", processes=(Process(id="p1", name="A"),)),))
    return History(Document(project))


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "x\ud800"},
        {"name": "\x1b[2J"},
        {"name": "я" * (limits.MAX_LINE + 1)},
        {"width": 1e308},
        {"x": -1e308},
        {"height": 0.0},
    ],
)
def test_a_command_beyond_the_limits_is_refused_and_changes_nothing(fields):
    h = history()
    before = h.doc.project
    seen = []
    h.doc.subscribe(seen.append)
    with pytest.raises(LimitError):
        h.push(SetFields({"p1": fields}))
    assert h.doc.project == before and not h.can_undo and seen == []
    loads(dumps(h.doc.project))  # what is left still saves and loads


def test_adding_past_the_count_limit_is_refused():
    h = history()
    many = [Process(id=f"q{i}") for i in range(limits.MAX_PROCESSES)]
    with pytest.raises(LimitError):
        h.push(AddElements("m1", many))
    assert len(h.doc.map("m1").processes) == 1


def test_project_fields_are_checked_too():
    h = history()
    with pytest.raises(LimitError):
        h.push(SetProjectFields({"name": "bad\x07"}))
    h.push(SetProjectFields({"name": "Хорошо"}))
    assert h.doc.project.name == "Хорошо"


# ------------------------------------------------------------------ measurements: a budget of their own


def _measured_file(processes: int, criteria: int, actuals: int) -> bytes:
    """A file as procedit writes it: ``processes`` × ``criteria`` × ``actuals`` measured values."""
    procs = tuple(
        Process(
            id=f"p{i}",
            name=f"Процесс {i}",
            criteria=tuple(
                Criterion(
                    id=f"c{i}_{k}",
                    name="Лиды",
                    actuals=tuple(Measurement(period=f"{2000 + a}", value=float(a)) for a in range(actuals)),
                )
                for k in range(criteria)
            ),
        )
        for i in range(processes)
    )
    return dumps(Project(maps=(ProcessMap(id="m1", name="M", processes=procs),)))


def test_measurements_do_not_count_as_elements(monkeypatch):
    """A file with more measured values than the element limit loads (their budget is their own)."""
    monkeypatch.setattr("procedit.storage.strict.MAX_OBJECTS", 100)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_OBJECTS", 100)
    data = _measured_file(5, 2, 40)  # 400 measurements, 5 + 10 + 10 + 2 other objects
    project = loads(data)
    assert count_measurements(project) == 400
    assert limits.count_objects(project) < 100


def test_too_many_measurements_are_refused_up_front(monkeypatch):
    monkeypatch.setattr("procedit.storage.strict.MAX_MEASUREMENTS", 300)
    monkeypatch.setattr("procedit.storage.strict.MAX_OBJECTS", 100)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_MEASUREMENTS", 300)

    def no_building(*args, **kwargs):
        raise AssertionError("nothing may be built")

    monkeypatch.setattr("procedit.storage.fileformat._CurrentFile.model_validate_json", no_building)
    e = refused(_measured_file(5, 2, 40))
    assert "too many measured values (400; the limit is 300)" in e.reason
    assert "слишком много фактических значений (400; предел 300)" in e.message("ru")


@pytest.mark.parametrize("version", [8, FORMAT])
def test_measurements_written_elsewhere_are_still_counted(monkeypatch, version):
    """A hand-written file (compact, keys in another order) is counted exactly: the cheap count of
    measurements as procedit writes them is not trusted to let too many elements in. Measured
    values are arrays since format 9, objects before (that file is migrated)."""
    monkeypatch.setattr("procedit.storage.strict.MAX_OBJECTS", 30)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_OBJECTS", 30)
    if version < 9:
        actuals = [{"value": 1.0, "period": f"{2000 + a}"} for a in range(40)]
    else:
        actuals = [[f"{2000 + a}", 1.0] for a in range(40)]
    procs = [{"id": f"p{i}", "criteria": [{"id": f"c{i}", "actuals": actuals}]} for i in range(20)]
    e = refused(json.dumps({"format": version, "maps": [{"id": "m1", "processes": procs}]}).encode())
    assert "too many elements (42; the limit is 30, measured values apart)" in e.reason
    procs = procs[:10]  # 22 elements besides 400 measurements: loads
    project = loads(json.dumps({"format": version, "maps": [{"id": "m1", "processes": procs}]}).encode())
    assert count_measurements(project) == 400


def test_the_limit_of_measurements_holds_for_the_whole_project_after_the_build(monkeypatch):
    """Before the build, measurements are told by their shape; what was built is counted exactly
    (here: measurements across criteria beyond the total, each criterion within its own limit)."""
    monkeypatch.setattr("procedit.model.integrity.MAX_MEASUREMENTS", 300)
    e = refused(_measured_file(4, 2, 40))  # 320 measurements, each criterion within its own limit
    assert "too many measured values (320; the limit is 300)" in e.reason
    assert "(320; предел 300)" in e.message("ru")


def test_an_edit_past_the_measurement_budget_is_refused_and_undone(monkeypatch):
    monkeypatch.setattr("procedit.model.limits.MAX_MEASUREMENTS", 100)
    doc = Document(loads(_measured_file(2, 1, 40)))  # 80 measured values
    h = History(doc)
    p = doc.get("p0")
    crit = p.criteria[0]
    more = crit.with_(
        actuals=(*crit.actuals, *(Measurement(period=f"{3000 + a}", value=1.0) for a in range(30)))
    )
    with pytest.raises(LimitError) as info:
        h.push(SetFields({"p0": {"criteria": (more,)}}))
    assert "100" in info.value.reason and "фактических значений" in info.value.message("ru")
    assert doc.get("p0") == p and not h.can_undo
    fewer = crit.with_(actuals=crit.actuals[:10])
    h.push(SetFields({"p0": {"criteria": (fewer,)}}))  # 50: fine, and now 50 more fit
    h.push(SetFields({"p1": {"criteria": (more.with_(id="c1_0", actuals=more.actuals[:60]),)}}))
    assert count_measurements(doc.project) == 70
    h.undo()
    h.undo()
    assert count_measurements(doc.project) == 80
    h.push(AddElements("m1", [Process(id="q", criteria=(more.with_(id="cq", actuals=more.actuals[:20]),))]))
    with pytest.raises(LimitError):
        h.push(
            AddElements("m1", [Process(id="r", criteria=(more.with_(id="cr", actuals=more.actuals[:1]),))])
        )
    h.push(Delete(["p0"]))  # removing a process frees its values
    h.push(AddElements("m1", [Process(id="r", criteria=(more.with_(id="cr", actuals=more.actuals[:40]),))]))
    assert count_measurements(doc.project) == 100


def test_the_schema_and_the_readme_state_the_measurement_budget():
    text = json.dumps(json_schema(), ensure_ascii=False)
    assert f"{limits.MAX_MEASUREMENTS:,}" in text
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"| {limits.MAX_OBJECTS:,} |" in readme and f"| {limits.MAX_MEASUREMENTS:,} |" in readme
    assert f"| {MAX_BYTES // (1024 * 1024)} MB |" in readme


def _actuals_file(*actuals: object, raw: bytes | None = None) -> bytes:
    body = raw if raw is not None else json.dumps(list(actuals)).encode()
    return (
        b'{"format": %d, "maps": [{"id": "m1", "processes": [{"id": "p1", "criteria": [{"id": "c1", "actuals": '
        % FORMAT
        + body
        + b"}]}]}]}"
    )


@pytest.mark.parametrize(
    ("actual", "where", "reason"),
    [
        (["2026-01"], "[0][1]", "required field is missing"),
        (["2026-01", 1.0, "", 2], "[0]", "too many items"),
        ([], "[0][0]", "required field is missing"),
        ({"period": "2026-01", "value": 1.0}, "[0]", "expected a list"),
        ("2026-01", "[0]", "expected a list"),
        ([2026, 1.0], "[0][0]", "expected a string"),
        (["2026-01", "много"], "[0][1]", "expected a number"),
        (["2026-01", 1.0, 5], "[0][2]", "expected a string"),
        (["2026-\x1b01", 1.0], "[0][0]", "control character U+001B"),
        (["2026-01", 1.0, "note\x07"], "[0][2]", "control character U+0007"),
        (["2026-01", 1e16], "[0][1]", "out of range"),
        (["2026-01", -1e16], "[0][1]", "out of range"),
        (["x" * 1001, 1.0], "[0][0]", "too long"),
    ],
)
def test_a_bad_measurement_is_refused_with_its_place(actual, where, reason):
    e = refused(_actuals_file(actual))
    assert e.where == "$.maps[0].processes[0].criteria[0].actuals" + where
    assert reason in e.reason


def test_a_measurement_reads_with_or_without_its_note():
    project = loads(_actuals_file(["2026-01", 1.0], ["2026-02", None, "не измеряли"], ["2026-03", 3, ""]))
    assert project.maps[0].processes[0].criteria[0].actuals == (
        Measurement("2026-01", 1.0),
        Measurement("2026-02", None, "не измеряли"),
        Measurement("2026-03", 3.0),
    )


def test_infinite_values_and_nan_in_a_measurement_are_refused():
    for raw in (b'[["2026-01", NaN]]', b'[["2026-01", Infinity]]', b'[["2026-01", 1e999]]'):
        e = refused(_actuals_file(raw=raw))
        assert "2026" not in e.where or "[0][1]" in e.where


def test_too_many_measurements_in_one_criterion_are_refused(monkeypatch):
    actuals = [[f"{2000 + a}", 1.0] for a in range(limits.MAX_ACTUALS + 1)]
    e = refused(_actuals_file(*actuals))
    assert e.where == "$.maps[0].processes[0].criteria[0].actuals"
    assert f"too many items ({limits.MAX_ACTUALS + 1:,}".replace(",", "") in e.reason.replace(",", "")


def test_too_many_measurements_in_the_project_are_refused_before_the_build(monkeypatch):
    """Arrays are counted before anything is built (here a compact file, brackets in texts too)."""
    monkeypatch.setattr("procedit.storage.strict.MAX_MEASUREMENTS", 50)
    monkeypatch.setattr("procedit.storage.fileformat.MAX_MEASUREMENTS", 50)

    def no_building(*args, **kwargs):
        raise AssertionError("nothing may be built")

    monkeypatch.setattr("procedit.storage.fileformat._CurrentFile.model_validate_json", no_building)
    e = refused(_actuals_file(*([f"{2000 + a}", 1.0, "[[x]]"] for a in range(60))))
    assert "too many measured values (60; the limit is 50)" in e.reason


def test_brackets_inside_texts_do_not_count_as_measurements(monkeypatch):
    monkeypatch.setattr("procedit.storage.strict.MAX_MEASUREMENTS", 50)
    project = loads(_actuals_file(*([f"{2000 + a}", 1.0, "[[x], [y]]"] for a in range(40))))
    assert count_measurements(project) == 40


def test_a_repeated_key_beside_measurements_is_still_caught():
    data = _actuals_file(["2026-01", 1.0]).replace(b'"id": "c1"', b'"id": "c1", "id": "c2"')
    e = refused(data)
    assert "appears twice" in e.reason and e.where == "$.maps[0].processes[0].criteria[0]"
