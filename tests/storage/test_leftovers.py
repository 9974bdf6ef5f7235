"""Temporary files left by a crash are recognised and tidied when the folder is opened
again: unfinished outputs removed, a cut-short project temp removed, a complete one that
differs from the project kept under a name the user sees; fresh ones are left alone."""

from __future__ import annotations

import os
import time

from procedit.model import ProcessMap, Project
from procedit.storage import dumps, load, save
from procedit.storage.leftovers import MIN_AGE, tidy_folder


def project(name: str) -> Project:
    return Project(name=name, maps=(ProcessMap(id="map_1", name="Карта"),))


def old(path, age: float = MIN_AGE + 60):
    t = time.time() - age
    os.utime(path, (t, t))
    return path


def test_crash_leftovers_are_tidied_when_the_folder_is_opened_again(tmp_path):
    target = tmp_path / "План.procmap"
    save(project("сохранено"), target)
    partial = tmp_path / ".План.procmap.ab12cd34.tmp"
    partial.write_bytes(dumps(project("x"))[:100])  # cut short by the crash
    old(partial)
    same = tmp_path / ".План.procmap.zz99yy88.tmp"
    same.write_bytes(target.read_bytes())
    old(same)
    pdf = tmp_path / ".procedit-k2j4x9aa.pdf.tmp"
    pdf.write_bytes(b"%PDF-1.4 half")
    old(pdf)
    bpmn = tmp_path / ".out.bpmn.q1w2e3r4.tmp"
    bpmn.write_bytes(b"<defin")
    old(bpmn)
    newer = tmp_path / ".План.procmap.n3w3rv3r.tmp"
    newer.write_bytes(dumps(project("не успели переименовать")))
    old(newer)
    fresh = tmp_path / ".procedit-fresh123.pdf.tmp"  # another procedit is exporting right now
    fresh.write_bytes(b"%PDF")
    mine = tmp_path / ".notes.txt.tmp"  # not procedit's
    mine.write_text("keep")
    old(mine)

    done = tidy_folder(tmp_path)

    assert not partial.exists() and not same.exists() and not pdf.exists() and not bpmn.exists()
    assert fresh.exists() and mine.exists()
    [kept] = [d.kept_as for d in done if d.kept_as is not None]
    assert kept.parent == tmp_path and kept.name.startswith("План (unsaved ") and kept.suffix == ".procmap"
    assert load(kept).name == "не успели переименовать"
    assert load(target).name == "сохранено"
    assert len(done) == 5


def test_a_missing_folder_is_nothing_to_tidy(tmp_path):
    assert tidy_folder(tmp_path / "nope") == []
