"""procedit diff on files: exit codes, text and JSON, unreadable input, textconv."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from procedit.control.targets import target_of
from procedit.storage import load, save

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "procedit", *args], capture_output=True, text=True, encoding="utf-8"
    )


def _edited(tmp_path: Path) -> Path:
    project = load(EXAMPLE)
    m = project.maps[1]
    p = m.processes[2]
    crit = p.criteria[0]
    changed = p.with_(name="Постановка задач", criteria=(crit.with_(target=target_of("≥ 99")), *p.criteria[1:]))
    m = m.with_(processes=(*m.processes[:2], changed, *m.processes[3:]))
    out = tmp_path / "new.procmap"
    save(project.with_(maps=(project.maps[0], m, *project.maps[2:])), out, backup=False)
    return out


def test_same_file_is_equal_exit_0():
    r = run("diff", str(EXAMPLE), str(EXAMPLE), "--lang", "en")
    assert r.returncode == 0
    assert "No differences." in r.stdout


def test_changed_file_exit_1_names_element_and_values(tmp_path):
    new = _edited(tmp_path)
    r = run("diff", str(EXAMPLE), str(new), "--lang", "ru")
    assert r.returncode == 1, r.stderr
    assert "Процесс переименован: «Постановка задач команде маркетинга» → «Постановка задач»" in r.stdout
    assert "цель" in r.stdout and "≥ 95 % → ≥ 99 %" in r.stdout
    r = run("diff", str(EXAMPLE), str(new), "--map", "Маркетинг — TO BE", "--lang", "en")
    assert r.returncode == 1 and "Process renamed" in r.stdout
    r = run("diff", str(EXAMPLE), str(new), "--map", "Маркетинг — AS IS", "--lang", "en")
    assert r.returncode == 0


def test_unreadable_exit_2(tmp_path):
    bad = tmp_path / "bad.procmap"
    bad.write_text("{ not json", encoding="utf-8")
    r = run("diff", str(EXAMPLE), str(bad))
    assert r.returncode == 2
    assert "bad.procmap" in r.stderr and r.stderr.count("\n") == 1
    r = run("diff", str(EXAMPLE), str(tmp_path / "missing.procmap"))
    assert r.returncode == 2
    r = run("diff", str(EXAMPLE))
    assert r.returncode == 2 and "--against" in r.stderr
    r = run("diff", str(EXAMPLE), "--map", "нет такой", "--against", "Маркетинг — TO BE", "--lang", "ru")
    assert r.returncode == 2 and "нет карты" in r.stderr


def test_textconv_lists_one_line_per_fact(tmp_path):
    new = _edited(tmp_path)
    old_lines = run("diff", "--textconv", str(EXAMPLE)).stdout.splitlines()
    new_lines = run("diff", "--textconv", str(new)).stdout.splitlines()
    assert "-- М-03 Постановка задач команде маркетинга" in old_lines
    assert "-- М-03 Постановка задач" in new_lines
    assert len(old_lines) == len(new_lines)  # a rename changes lines, it adds none
