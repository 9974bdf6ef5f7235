"""`procedit check` on hostile files: nothing reaches the terminal raw, the JSON report keeps
its shape while it is written one finding at a time, and a file beyond the limits is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from procedit.model import limits
from procedit.storage import FORMAT, load
from procedit.validation.report import check_json, check_maps, format_text

ROOT = Path(__file__).resolve().parents[1]
RU = ROOT / "examples" / "marketing_ru.procmap"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "procedit", *args], env=env, capture_output=True, text=True, timeout=300
    )


def no_escapes(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\x07\x9b\x00\r"), repr(text[:200])


def test_escape_sequences_in_a_name_never_reach_the_terminal(tmp_path):
    bad = tmp_path / "bad.procmap"
    tree = {"format": FORMAT, "maps": [{"id": "m", "name": "\x1b]0;pwned\x07\x1b[2J", "processes": []}]}
    bad.write_text(json.dumps(tree), encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2  # refused: a project may not hold control characters
    no_escapes(result.stdout + result.stderr)
    assert "U+001B" in result.stderr
    json_result = run("check", "--format", "json", str(bad))
    no_escapes(json_result.stdout)
    assert json.loads(json_result.stdout)["readable"] is False


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path):
    odd = tmp_path / "plan\x1b[31m.procmap"
    odd.write_bytes(RU.read_bytes())
    result = run("check", str(odd))
    assert result.returncode == 1
    no_escapes(result.stdout + result.stderr)
    assert "plan\\x1b[31m.procmap" in result.stdout


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_reports_are_what_they_were(lang):
    project = load(RU)
    checks = check_maps(project)
    result = run("check", "--format", "json", "--lang", lang, str(RU))
    whole = check_json(checks, project, lang, file=str(RU))
    assert result.stdout == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    text = run("check", "--lang", lang, str(RU))
    assert text.stdout == f"{RU}\n\n" + format_text(checks, lang) + "\n"


def test_more_boxes_than_a_project_may_hold_are_one_line(tmp_path):
    per_map = limits.MAX_PROCESSES
    maps = [
        {"id": f"m{m}", "processes": [{"id": f"p{m}_{i}"} for i in range(per_map)]}
        for m in range(limits.MAX_BOXES // per_map + 1)
    ]
    big = tmp_path / "big.procmap"
    big.write_text(json.dumps({"format": FORMAT, "maps": maps}), encoding="utf-8")
    result = run("check", "--lang", "ru", str(big))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "слишком много процессов" in lines[0] and str(limits.MAX_BOXES) in lines[0]
