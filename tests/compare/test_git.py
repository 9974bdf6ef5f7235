"""procedit as git's merge driver and diff driver, driven through a real git in a temp repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from procedit.model import Process
from procedit.storage import load, save

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.procmap"))
EXAMPLE = ROOT / "examples" / "marketing_ru.procmap"
PROCEDIT = f"'{sys.executable}' -m procedit"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    run = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8")
    if check and run.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {run.stdout}\n{run.stderr}")
    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the README's setup: the merge driver, textconv, the example committed."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test")
    git(repo, "config", "user.email", "test@example.com")
    git(repo, "config", "merge.procedit.name", "procedit three-way merge")
    git(repo, "config", "merge.procedit.driver", f"{PROCEDIT} merge %O %A %B -o %A")
    git(repo, "config", "diff.procedit.textconv", f"{PROCEDIT} diff --textconv")
    (repo / ".gitattributes").write_text("*.procmap merge=procedit diff=procedit\n", encoding="utf-8")
    shutil.copy(EXAMPLE, repo / "plan.procmap")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def edit_process(path: Path, code: str, **changes) -> None:
    project = load(path)
    maps = []
    for m in project.maps:
        if m.id == "map_to_be":
            m = m.with_(processes=tuple(p.with_(**changes) if p.code == code else p for p in m.processes))
        maps.append(m)
    save(project.with_(maps=tuple(maps)), path, backup=False)


def to_be_process(path: Path, code: str) -> Process | None:
    m = next(m for m in load(path).maps if m.id == "map_to_be")
    return next((p for p in m.processes if p.code == code), None)


def branch_edit(repo: Path, branch: str, message: str, edit) -> None:
    git(repo, "checkout", "-q", "-b", branch, "main")
    edit(repo / "plan.procmap")
    git(repo, "commit", "-q", "-am", message)
    git(repo, "checkout", "-q", "main")


def test_edits_of_different_processes_merge_cleanly(repo):
    branch_edit(
        repo, "a", "rename М-01", lambda p: edit_process(p, "М-01", name="Анализ рынка и конкурентов")
    )
    branch_edit(repo, "b", "goal of М-02", lambda p: edit_process(p, "М-02", goal="Новая цель"))
    git(repo, "merge", "-q", "a")
    run = git(repo, "merge", "-q", "--no-edit", "b", check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    plan = repo / "plan.procmap"
    assert to_be_process(plan, "М-01").name == "Анализ рынка и конкурентов"
    assert to_be_process(plan, "М-02").goal == "Новая цель"
    assert load(plan).conflicts == ()
    assert "<<<<<<<" not in plan.read_text(encoding="utf-8")


def test_same_field_both_ways_is_a_conflict_keeping_both_values(repo):
    branch_edit(repo, "a", "ours", lambda p: edit_process(p, "М-01", name="Вариант А"))
    branch_edit(repo, "b", "theirs", lambda p: edit_process(p, "М-01", name="Вариант Б"))
    git(repo, "merge", "-q", "a")
    run = git(repo, "merge", "--no-edit", "b", check=False)
    assert run.returncode != 0  # git stops: the driver reported a conflict
    plan = repo / "plan.procmap"
    project = load(plan)  # still a valid project, no conflict markers
    assert to_be_process(plan, "М-01").name == "Вариант А"
    [conflict] = project.conflicts
    assert conflict.field == "name" and conflict.element == "tobe_competitors"
    assert "Вариант А" in conflict.ours and "Вариант Б" in conflict.theirs
    assert "Вариант Б" in run.stdout + run.stderr  # the driver listed it on stderr


def test_delete_versus_edit_is_a_conflict_and_the_process_survives(repo):
    def delete_m09(path: Path) -> None:
        from procedit.commands import Delete, Document, History

        doc = Document(load(path))
        History(doc).push(Delete(["tobe_report"]))
        save(doc.project, path, backup=False)

    branch_edit(repo, "a", "delete М-09", delete_m09)
    branch_edit(repo, "b", "edit М-09", lambda p: edit_process(p, "М-09", goal="Отчёт читают"))
    git(repo, "merge", "-q", "a")
    assert to_be_process(repo / "plan.procmap", "М-09") is None
    run = git(repo, "merge", "--no-edit", "b", check=False)
    assert run.returncode != 0
    project = load(repo / "plan.procmap")
    assert to_be_process(repo / "plan.procmap", "М-09").goal == "Отчёт читают"
    assert any(c.element == "tobe_report" and "deleted" in c.kept for c in project.conflicts)


def test_git_diff_shows_the_textconv_outline(repo):
    edit_process(repo / "plan.procmap", "М-04", name="Скрипт продаж")
    run = git(repo, "diff")
    assert "+-- М-04 Скрипт продаж" in run.stdout
    assert "-- М-04 Разработка скрипта продаж" in run.stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_merging_an_example_with_itself_is_byte_identical(tmp_path, example):
    out = tmp_path / "out.procmap"
    run = subprocess.run(
        [sys.executable, "-m", "procedit", "merge", str(example), str(example), str(example), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == example.read_bytes()
