"""A save after edits (autosave, Ctrl+S) writes exactly what a cold save of the same project
writes: after an actual value, a criterion, a map or the project changed, after undo and redo,
with criteria full of actual values; written from its pieces, a short write loses nothing."""

from __future__ import annotations

import errno
import os

import pytest
from test_storage_serialize import reference

from procedit.commands import (
    AddElements,
    Delete,
    Document,
    History,
    SetFields,
    SetMapFields,
    SetProjectFields,
)
from procedit.commands.lists import add_item, set_item_fields
from procedit.control import target_of
from procedit.model import Criterion, Link, Measurement, Process, ProcessMap, Project
from procedit.storage import ProjectSaveError, atomic, backup_path, dumps, load, loads, save, serialize
from procedit.storage.stamp import FileStamp

MONTHS = tuple(f"2025-{m:02d}" for m in range(1, 13))


def measured_project(n: int = 240) -> Project:
    """Two maps of processes with two criteria of twelve months of actuals each."""

    def process(m: int, i: int) -> Process:
        return Process(
            id=f"p{m}_{i}",
            name=f"Процесс {m}.{i}",
            x=i * 40.0,
            criteria=tuple(
                Criterion(
                    id=f"c{m}_{i}_{k}",
                    name=f"Доля заявок в срок {k}",
                    target=target_of("≥ 90"),
                    unit="%",
                    actuals=tuple(
                        Measurement(period=p, value=float(80 + (i + j + k) % 20))
                        for j, p in enumerate(MONTHS)
                    ),
                )
                for k in range(2)
            ),
        )

    maps = tuple(
        ProcessMap(
            id=f"map_{m}",
            name=f"Карта {m}",
            processes=tuple(process(m, i) for i in range(n // 2)),
            links=tuple(
                Link(id=f"l{m}_{i}", source_id=f"p{m}_{i}", target_id=f"p{m}_{i + 1}")
                for i in range(n // 2 - 1)
            ),
        )
        for m in range(2)
    )
    return Project(name="Измерения", maps=maps)


def cold_save(project: Project, path) -> bytes:
    """A save of the same project by a procedit that never saw it: a fresh copy of every value."""
    fresh = loads(reference(project), "fresh")
    assert fresh == project
    save(fresh, path)
    return path.read_bytes()


def actual_edit(doc: Document, process_id: str, criterion_id: str, month: int, value: float):
    criterion = next(c for c in doc.get(process_id).criteria if c.id == criterion_id)
    actuals = tuple(a._replace(value=value) if a.period == MONTHS[month] else a for a in criterion.actuals)
    return set_item_fields(doc, process_id, "criteria", criterion_id, {"actuals": actuals}, merge=False)


def edits(doc: Document):
    """One of each kind of edit, as the panels push them."""
    yield actual_edit(doc, "p0_5", "c0_5_1", 3, 42.5)  # a different length
    yield actual_edit(doc, "p0_5", "c0_5_1", 4, 81.0)  # the same length as before
    yield actual_edit(doc, "p1_7", "c1_7_0", 11, 99.0)
    yield set_item_fields(
        doc, "p0_9", "criteria", "c0_9_0", {"name": "Доля заявок, закрытых в срок"}, merge=False
    )
    yield set_item_fields(
        doc, "p0_9", "criteria", "c0_9_1", {"target": target_of("≤ 5"), "unit": "%"}, merge=False
    )
    yield add_item(
        doc,
        "p1_3",
        "criteria",
        Criterion(id="c_new", name="Новый", actuals=(Measurement(period="2025-01", value=1.0),)),
    )
    yield SetMapFields("map_1", {"name": "Карта продаж", "description": "Переименована"})
    yield SetProjectFields({"name": "Измерения (изм.)"})
    yield SetFields({"p1_0": {"name": "Первый", "x": 12.5}})
    yield AddElements("map_0", [Process(id="p_new", name="Новый процесс")])
    yield Delete(["p1_2"])
    yield Delete(["c0_5_0"])


def test_every_save_after_an_edit_is_what_a_cold_save_writes(tmp_path):
    doc = Document(measured_project())
    history = History(doc)
    warm, cold = tmp_path / "warm.procmap", tmp_path / "cold.procmap"
    save(doc.project, warm)  # the document was saved once: its elements' text is cached
    saved = [warm.read_bytes()]
    for make in edits(doc):
        history.push(make)
        save(doc.project, warm)
        data = warm.read_bytes()
        assert data == reference(doc.project)
        assert data != saved[-1]
        saved.append(data)
        assert load(warm) == doc.project
    assert cold_save(doc.project, cold) == saved[-1]
    # undo back to the start and redo to the end: each state saves as its first save did
    for expected in reversed(saved[:-1]):
        assert history.undo()
        save(doc.project, warm)
        assert warm.read_bytes() == expected == reference(doc.project)
    for expected in saved[1:]:
        assert history.redo()
        save(doc.project, warm)
        assert warm.read_bytes() == expected
    assert cold_save(doc.project, cold) == saved[-1]
    assert load(backup_path(warm)) != doc.project  # the previous different version is kept


def test_a_save_after_an_actual_edit_serializes_only_that_process(monkeypatch):
    doc = Document(measured_project())
    history = History(doc)
    dumps(doc.project)
    calls = []
    original = serialize._SERIALIZERS["processes"]

    class Counting:
        def to_json(self, value, **kw):
            calls.append(value.id)
            return original.to_json(value, **kw)

    monkeypatch.setitem(serialize._SERIALIZERS, "processes", Counting())
    history.push(actual_edit(doc, "p0_11", "c0_11_0", 0, 12.0))
    assert dumps(doc.project) == reference(doc.project)
    assert calls == ["p0_11"]
    history.undo()
    assert dumps(doc.project) == reference(doc.project)
    assert calls == ["p0_11", "p0_11"]  # undone: again only the process that changed


def test_the_file_is_written_from_its_pieces_and_short_writes_continue(tmp_path, monkeypatch):
    project = measured_project()
    path = tmp_path / "p.procmap"
    real = os.writev
    sizes = []

    def short(fd, buffers):  # the kernel may write less than asked: at most 1,000 bytes a call
        buffers = list(buffers)
        sizes.append(len(buffers))
        out, room = [], 1000
        for b in buffers:
            if room <= 0:
                break
            out.append(memoryview(b)[:room])
            room -= len(out[-1])
        return real(fd, out)

    monkeypatch.setattr(atomic.os, "writev", short)
    save(project, path)
    monkeypatch.undo()
    assert max(sizes) > 1  # written from the pieces, not one joined copy
    assert path.read_bytes() == reference(project)


@pytest.mark.parametrize("failure", ["error", "nothing written"])
def test_a_failing_write_of_the_pieces_keeps_the_old_file(tmp_path, monkeypatch, failure):
    path = tmp_path / "p.procmap"
    save(measured_project(), path)
    before = path.read_bytes()
    real = os.writev
    calls = []

    def fills_up(fd, buffers):
        calls.append(1)
        if len(calls) == 1:
            return real(fd, list(buffers)[:3])  # a part lands, then the disk is full
        if failure == "error":
            raise OSError(errno.ENOSPC, "No space left on device")
        return 0

    monkeypatch.setattr(atomic.os, "writev", fills_up)
    changed = measured_project().model_copy(update={"name": "Другое имя"})
    with pytest.raises(ProjectSaveError) as info:
        save(changed, path)
    monkeypatch.undo()
    assert ("disk is full" in str(info.value)) == (failure == "error")
    assert path.read_bytes() == before
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []
    assert not os.path.exists(backup_path(path))  # nothing was replaced: no backup either


def test_the_stamp_a_save_returns_is_the_written_files_own(tmp_path):
    path = tmp_path / "p.procmap"
    small = Project(name="Малый", maps=(ProcessMap(id="m", name="Карта"),))
    big = measured_project()
    for project in (small, big, big.model_copy(update={"name": "Изменён"})):
        stamp = save(project, path, stamp=True)
        assert stamp == FileStamp.of(path)  # mtime, size and the sha256 of the bytes on disk
        assert save(project, path, stamp=True) == FileStamp.of(path)  # the same bytes: not written
    assert save(small, path) is None  # (without asking, nothing is hashed)


def reads_of(monkeypatch, paths) -> list[str]:
    """Which of ``paths`` the saving code opens for reading from now on."""
    wanted = {os.fspath(p) for p in paths}
    opened: list[str] = []

    def spy(file, mode="r", *a, **k):
        if os.fspath(file) in wanted and "r" in mode:
            opened.append(os.path.basename(os.fspath(file)))
        return open(file, mode, *a, **k)

    monkeypatch.setattr(atomic, "open", spy, raising=False)
    return opened


def test_an_edit_that_keeps_the_length_is_saved_without_reading_the_file_back(tmp_path, monkeypatch):
    doc = Document(measured_project())
    history = History(doc)
    path = tmp_path / "p.procmap"
    versions = []
    for value in (81.0, 82.0, 83.0):  # the same length each time: file and backup as long as the new data
        history.push(actual_edit(doc, "p1_118", "c1_118_1", 11, value))
        save(doc.project, path)
        versions.append(path.read_bytes())
    assert len({len(v) for v in versions}) == 1
    opened = reads_of(monkeypatch, [path, backup_path(path)])
    history.push(actual_edit(doc, "p1_118", "c1_118_1", 11, 84.0))
    save(doc.project, path)
    assert opened == []  # known to differ from what was written: neither file was read
    assert path.read_bytes() == reference(doc.project)
    assert (tmp_path / "p.procmap.bak").read_bytes() == versions[-1]  # the backups still rotate
    assert (tmp_path / "p.procmap.bak.2").read_bytes() == versions[-2]
    history.undo()
    history.redo()
    save(doc.project, path)  # the same bytes again: read to be sure, nothing written
    assert opened == ["p.procmap"]
    assert (tmp_path / "p.procmap.bak").read_bytes() == versions[-1]


def test_a_file_changed_behind_the_saves_back_is_read_again(tmp_path):
    """A version written in place by someone else (same inode, same size) is compared by its
    bytes: the same bytes are not written again, other bytes are replaced as always."""
    doc = Document(measured_project())
    history = History(doc)
    path = tmp_path / "p.procmap"
    save(doc.project, path)
    history.push(actual_edit(doc, "p1_118", "c1_118_1", 11, 84.0))
    new = reference(doc.project)
    with open(path, "r+b") as f:  # another program writes exactly the new version in place
        f.write(new)
    st = path.stat()
    save(doc.project, path)
    assert path.stat().st_ino == st.st_ino and path.read_bytes() == new  # nothing written
    assert not (tmp_path / "p.procmap.bak").exists()
    history.push(actual_edit(doc, "p1_118", "c1_118_1", 11, 85.0))
    with open(path, "r+b") as f:  # now it writes an older one in place and sets the mtime back
        f.write(versions := reference(measured_project()))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    save(doc.project, path)
    assert path.read_bytes() == reference(doc.project)
    assert (tmp_path / "p.procmap.bak").read_bytes() == versions
