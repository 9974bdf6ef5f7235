"""The command line as a user runs it: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from procedit import cli
from procedit.storage import FORMAT, schema_text

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "examples" / "small_en.procmap"
RU = ROOT / "examples" / "marketing_ru.procmap"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "procedit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_check_a_good_file():
    result = run("check", str(SMALL))
    assert result.returncode == 0, result.stderr
    assert "small_en.procmap" in result.stdout
    assert "Traceback" not in result.stderr


def test_check_missing_file():
    line = assert_one_line_error(run("check", "no_such.procmap"))
    assert "no_such.procmap" in line and "no such file" in line


def test_check_malformed_file_names_the_place(tmp_path):
    tree = json.loads(SMALL.read_bytes())
    tree["maps"][0]["processes"][2]["owner_id"] = "person_nobody"
    bad = tmp_path / "bad.procmap"
    bad.write_text(json.dumps(tree), encoding="utf-8")
    line = assert_one_line_error(run("check", str(bad)))
    assert "$.maps[0].processes[2].owner_id" in line and "person_nobody" in line


def test_check_in_russian(tmp_path):
    bad = tmp_path / "пусто.procmap"
    bad.write_bytes(b"")
    line = assert_one_line_error(run("check", str(bad), "--lang", "ru"))
    assert "пусто.procmap" in line and "файл пуст" in line


def test_check_json_output_for_an_unreadable_file(tmp_path):
    bad = tmp_path / "future.procmap"
    bad.write_text(f'{{"format": {FORMAT + 1}}}', encoding="utf-8")
    result = run("check", str(bad), "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["readable"] is False
    assert report["error"]["where"] == "$.format"
    assert "newer procedit" in report["error"]["reason"]


def test_check_unknown_map():
    line = assert_one_line_error(run("check", str(SMALL), "--map", "Nope"))
    assert "'Nope'" in line and "'Bakery'" in line


def test_usage_errors_are_one_line():
    line = assert_one_line_error(run("check"))
    assert "required" in line
    assert_one_line_error(run("--bogus-option"))
    assert_one_line_error(run("check", str(SMALL), "--format", "xml"))


def test_schema_prints_the_committed_schema():
    result = run("schema")
    assert result.returncode == 0
    assert result.stdout == schema_text()
    assert result.stdout == (ROOT / "resources" / "procmap.schema.json").read_text(encoding="utf-8")


def test_export_of_a_missing_file_is_a_clear_error(tmp_path):
    line = assert_one_line_error(run("export", "no_such.procmap", "-o", str(tmp_path / "out.pdf")))
    assert "no_such.procmap" in line or "export" in line.lower()
    assert not (tmp_path / "out.pdf").exists()


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("procedit ")


# ------------------------------------------------------------------ in-process: the editor hand-off


@pytest.fixture
def fake_gui(monkeypatch):
    calls = []

    def run_gui(path, screenshot=None, **kwargs):
        calls.append((path, screenshot, *kwargs.values()))
        return 0

    module = types.ModuleType("procedit.ui.app")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "procedit.ui.app", module)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # a display is there as far as the check knows
    return calls


def test_file_and_screenshot_go_to_the_editor(fake_gui):
    assert cli.main([str(RU), "--screenshot", "out.png"]) == 0
    assert cli.main([]) == 0
    assert cli.main(["--lang", "en", str(SMALL)]) == 0
    assert fake_gui == [(str(RU), "out.png"), (None, None), (str(SMALL), None, "en")]


def test_missing_editor_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setitem(sys.modules, "procedit.ui.app", None)  # "import procedit.ui.app" fails
    assert cli.main([str(RU)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "graphical editor" in err


def test_a_bug_is_one_line_unless_debugging(fake_gui, monkeypatch, capsys):
    def broken(path, screenshot=None, **kwargs):
        raise AttributeError("no attribute 'show_element'")

    monkeypatch.setattr(sys.modules["procedit.ui.app"], "run_gui", broken)
    monkeypatch.delenv("PROCEDIT_DEBUG", raising=False)
    assert cli.main([str(RU)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" in err and "show_element" in err
    monkeypatch.setenv("PROCEDIT_DEBUG", "1")
    with pytest.raises(AttributeError):
        cli.main([str(RU)])


def test_interrupt_is_not_a_traceback(monkeypatch, capsys):
    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "load", interrupted)
    assert cli.main(["check", str(SMALL)]) == 130
    assert capsys.readouterr().err.strip() == "procedit: interrupted"


def test_main_called_in_process_leaves_the_callers_heap_alone(capsys):
    # run as a program, a command leaves its heap to the process's end uncollected (gc.freeze);
    # called with arguments (a test, a script) it must not freeze the caller's objects
    import gc

    frozen = gc.get_freeze_count()
    assert cli.main(["check", str(SMALL)]) == 0
    assert "small_en.procmap" in capsys.readouterr().out
    assert gc.get_freeze_count() == frozen


def test_no_display_is_a_clear_message_not_a_qt_abort():
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "procedit", str(RU)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "DISPLAY" in result.stderr


def test_display_problem_names_the_missing_system_library(monkeypatch):
    def cannot_load(path):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(cli.ctypes, "CDLL", cannot_load)
    message = cli.display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message and "libxcb-icccm.so.4" in message and "apt install" in message
    monkeypatch.setattr(cli.ctypes, "CDLL", lambda path: object())
    assert cli.display_problem({"DISPLAY": ":0"}, platform="linux") is None
    assert cli.display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert cli.display_problem({}, platform="win32") is None
