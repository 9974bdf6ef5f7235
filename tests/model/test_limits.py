"""The project's limits: the loader refuses a file beyond them with the usual one-line error,
the schema states them, and no command can make a project that would not load again."""

from __future__ import annotations

import json

import pytest

from procedit.commands import AddElements, Document, History, SetFields, SetProjectFields
from procedit.model import Process, ProcessMap, Project, limits
from procedit.model.limits import LimitError, bad_character, clean_text
from procedit.storage import FORMAT, ProjectFileError, dumps, json_schema, loads

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
