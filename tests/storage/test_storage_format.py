"""Reading and writing .procmap files: round trips, format, and one clear error for every bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from procedit.model import Flow, Link, Person, Process, ProcessMap, Project
from procedit.storage import FORMAT, MAX_BYTES, ProjectFileError, dumps, load, loads, save
from procedit.storage.errors import json_path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.procmap"))


def small_project() -> Project:
    person = Person(id="person_1", name="Иванова Мария")
    a = Process(id="proc_a", code="П-1", name="Генерация лидов", owner_id="person_1")
    b = Process(id="proc_b", code="П-2", name="Обработка лидов", inputs=(Flow(id="flow_1", what="лиды"),))
    link = Link(id="link_1", source_id="proc_a", target_id="proc_b", label="лиды", target_input_id="flow_1")
    pmap = ProcessMap(id="map_1", name="Маркетинг", processes=(a, b), links=(link,))
    return Project(name="Проект", people=(person,), maps=(pmap,))


def reason_of(data: bytes) -> ProjectFileError:
    with pytest.raises(ProjectFileError) as info:
        loads(data, "bad.procmap")
    return info.value


def edited(mutate) -> bytes:
    tree = json.loads(dumps(small_project()))
    mutate(tree)
    return json.dumps(tree, ensure_ascii=False).encode()


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_load_and_save_byte_identical(path, tmp_path):
    original = path.read_bytes()
    project = load(path)
    assert dumps(project) == original
    target = tmp_path / path.name
    save(project, target)
    assert target.read_bytes() == original
    assert load(target) == project


def test_examples_exist():
    assert {p.name for p in EXAMPLES} >= {"marketing_ru.procmap", "small_en.procmap"}


def test_file_is_pretty_utf8_with_format_first():
    data = dumps(small_project())
    text = data.decode("utf-8")
    assert text.startswith(f'{{\n  "format": {FORMAT},\n  "name": "Проект",')
    assert "Генерация лидов" in text and "\\u" not in text
    assert text.endswith("}\n")
    assert json.loads(text)["format"] == FORMAT


def test_round_trip_keeps_every_value():
    project = small_project()
    assert loads(dumps(project), "x") == project


def test_fast_and_slow_paths_agree():
    """A file that needs the slow path (a BOM in front) reads the same as the fast path."""
    data = dumps(small_project())
    assert loads(b"\xef\xbb\xbf" + data, "x") == loads(data, "x")


def test_key_order_in_the_file_does_not_matter_and_saving_normalises_it():
    tree = json.loads(dumps(small_project()))
    shuffled = dict(reversed(list(tree.items())))
    project = loads(json.dumps(shuffled).encode(), "x")
    assert project == small_project()
    assert dumps(project) == dumps(small_project())


def test_fields_left_out_take_their_defaults():
    data = b'{"format": 2, "maps": [{"id": "m", "processes": [{"id": "p", "name": "\xd0\x9f"}]}]}'
    project = loads(data, "x")
    assert project.maps[0].processes[0].name == "П"
    assert project.maps[0].processes[0].width == 180.0


# ------------------------------------------------------------------ bad contents


def test_not_json_names_line_and_column():
    err = reason_of(b'{\n  "format": 2,\n  "name": "x",,\n}')
    assert err.where == "line 3, column 15"
    assert "not valid JSON" in err.reason
    assert "bad.procmap" in str(err) and "line 3, column 15" in str(err)
    assert "строка 3, столбец 15" in err.message("ru")


@pytest.mark.parametrize(
    "data, where, words",
    [
        (b"", "", "empty"),
        (b"   \n", "", "empty"),
        (b"[1, 2]", "$", "JSON object"),
        (b'{"name": "x", "maps": []}', "$.format", "format"),
        (b'{"format": "2"}', "$.format", "whole number"),
        (b'{"format": true}', "$.format", "whole number"),
        (b'{"format": 0}', "$.format", "unknown format"),
        (b'{"format": 2, "maps": [{"id": "m", "processes": [{"id": "p", "x": NaN}]}]}', "", "NaN"),
        (
            b'{"format": 2, "maps": [{"id": "m", "processes": [{"id": "p", "x": 1e999}]}]}',
            "$.maps[0].processes[0].x",
            "too large",
        ),
    ],
)
def test_bad_documents(data, where, words):
    err = reason_of(data)
    assert err.where == where
    assert words in str(err)


def test_newer_format_is_refused_with_the_version_to_get():
    err = reason_of(b'{"format": 99, "name": "from the future", "hologram": {}}')
    assert err.where == "$.format"
    assert "format 99" in err.reason and "newer procedit" in err.reason
    assert f"reads formats 1 to {FORMAT}" in err.reason
    assert "обновите procedit" in err.message("ru")


def test_wrong_type_gives_the_json_path():
    def mutate(tree):
        tree["maps"][0]["processes"][1]["x"] = "left"

    err = reason_of(edited(mutate))
    assert err.where == "$.maps[0].processes[1].x"
    assert err.reason == 'expected a number, found "left"'
    assert "ожидается число" in err.message("ru")


def test_missing_field():
    err = reason_of(edited(lambda t: t["maps"][0]["links"][0].pop("target_id")))
    assert err.where == "$.maps[0].links[0].target_id"
    assert "required" in err.reason


def test_values_are_shown_as_json():
    err = reason_of(edited(lambda t: t["maps"][0]["processes"][0].update(name=None)))
    assert err.reason == "expected a string, found null"
    err = reason_of(edited(lambda t: t["maps"][0]["processes"][0].update(name=["a", True])))
    assert err.reason == 'expected a string, found ["a", true]'


def test_unknown_field():
    err = reason_of(edited(lambda t: t["maps"][0]["processes"][0].update(colour="red")))
    assert err.where == "$.maps[0].processes[0].colour"
    assert "unknown field" in err.reason


def test_unknown_enum_value_lists_the_allowed_ones():
    err = reason_of(edited(lambda t: t["maps"][0].update(kind="someday")))
    assert err.where == "$.maps[0].kind"
    assert '"someday" is not one of' in err.reason and "'as_is'" in err.reason


def test_dangling_reference():
    def mutate(tree):
        tree["maps"][0]["processes"][0]["owner_id"] = "person_gone"

    err = reason_of(edited(mutate))
    assert err.where == "$.maps[0].processes[0].owner_id"
    assert "'person_gone'" in err.reason and "does not exist" in err.reason
    assert "ссылка на несуществующий элемент 'person_gone'" in err.message("ru")


def test_duplicate_id():
    err = reason_of(edited(lambda t: t["maps"][0]["processes"][1].update(id="proc_a")))
    assert err.where == "$.maps[0].processes[1].id"
    assert "duplicate id 'proc_a'" in err.reason
    assert "идентификатор 'proc_a' повторяется" in err.message("ru")


def test_several_problems_say_how_many_more():
    def mutate(tree):
        tree["maps"][0]["processes"][0]["x"] = "a"
        tree["maps"][0]["processes"][0]["y"] = "b"
        tree["maps"][0]["processes"][1]["y"] = "c"

    err = reason_of(edited(mutate))
    assert "(and 2 more problems)" in err.reason


def test_not_utf8():
    data = dumps(small_project()).decode("utf-8").encode("cp1251")
    err = reason_of(data)
    assert "not UTF-8" in err.reason
    assert err.where.startswith("line 3, byte ")


def test_deeply_nested_data():
    err = reason_of(b'{"format": 2, "name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert "bad.procmap" in str(err)


def test_message_is_one_line():
    err = reason_of(b'{"format": 2, "name": "line\\nbreak", "maps": 5}')
    assert "\n" not in str(err) and "\n" not in err.message("ru")


# ------------------------------------------------------------------ bad files


def test_missing_file(tmp_path):
    with pytest.raises(ProjectFileError) as info:
        load(tmp_path / "nope.procmap")
    assert "no such file" in str(info.value) and "nope.procmap" in str(info.value)


def test_directory(tmp_path):
    with pytest.raises(ProjectFileError) as info:
        load(tmp_path)
    assert "folder" in str(info.value)


def test_devices_and_pipes_are_refused(tmp_path):
    fifo = tmp_path / "pipe.procmap"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        with pytest.raises(ProjectFileError, match="not a regular file"):
            load(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.procmap"
    path.write_bytes(b"")
    with pytest.raises(ProjectFileError, match="empty"):
        load(path)


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.procmap"
    with open(path, "wb") as f:  # a sparse file: 300 MB that take no disk space
        f.truncate(300 * 1024 * 1024)
    assert os.path.getsize(path) > MAX_BYTES

    def no_reading(*args, **kwargs):
        raise AssertionError("the file must not be read")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(ProjectFileError) as info:
        load(path)
    assert "too large (300.0 MB; the limit is 256 MB)" in str(info.value)


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "locked.procmap"
    save(small_project(), path)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(ProjectFileError) as info:
        load(path)
    assert "permission denied" in str(info.value)
    assert "нет прав" in info.value.message("ru")


def test_error_attributes(tmp_path):
    path = tmp_path / "p.procmap"
    path.write_bytes(edited(lambda t: t["maps"][0]["processes"][0].update(owner_id=7)))
    with pytest.raises(ProjectFileError) as info:
        load(path)
    err = info.value
    assert err.path == str(path)
    assert err.where == "$.maps[0].processes[0].owner_id"
    assert "expected a string, found 7" == err.reason
    assert str(err) == f"Cannot open '{path}' at $.maps[0].processes[0].owner_id: expected a string, found 7"


def test_json_path_of_odd_keys():
    assert json_path(("maps", 0, "processes", 3, "owner_id")) == "$.maps[0].processes[3].owner_id"
    assert json_path(("validation", "rules", "my rule", "enabled")) == '$.validation.rules["my rule"].enabled'


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_file_cut_short_says_so_instead_of_blaming_json_or_the_encoding(keep):
    """A copy or download stopped part way (the Russian example cut at any byte: inside a
    Cyrillic letter it used to say "not UTF-8 text (save it as UTF-8)", elsewhere "not valid
    JSON: Expecting value")."""
    data = (Path(__file__).resolve().parents[2] / "examples" / "marketing_ru.procmap").read_bytes()
    for cut in range(int(len(data) * keep), int(len(data) * keep) + 8):  # a letter's both bytes
        err = reason_of(data[:cut])
        assert "cut short" in err.reason, (cut, err.reason)
        assert "обрывается" in err.message("ru")


def test_bad_json_inside_a_file_is_still_named_as_such():
    err = reason_of(b'{\n  "format": 2,\n  "name": "x",,\n  "maps": []\n}')
    assert "not valid JSON" in err.reason and "cut short" not in err.reason
