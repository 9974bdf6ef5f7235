"""The lock beside an open project, and noticing a file changed behind our back."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from procedit.storage.lock import LockOwner, ProjectLock, lock_path, read_lock
from procedit.storage.recovery import host_name
from procedit.storage.stamp import FileStamp, changed_on_disk


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def write_lock(project, *, user="Мария", host=None, pid=None, since=None):
    data = {
        "user": user,
        "host": host or host_name(),
        "pid": os.getpid() if pid is None else pid,
        "since": (since or dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)).isoformat(),
    }
    lock_path(project).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.fixture
def project(tmp_path):
    p = tmp_path / "Отчёт.procmap"
    p.write_bytes(b"{}")
    return p


def test_lock_file_sits_beside_the_project_and_says_who(project):
    lock = ProjectLock(project)
    assert lock.acquire() is None
    assert lock.held
    assert lock.file == project.parent / ".~Отчёт.procmap.lock"
    owner = read_lock(project)
    assert owner.pid == os.getpid()
    assert owner.host == host_name()
    assert owner.user
    assert owner.since.tzinfo is not None
    lock.release()
    assert not lock.file.exists()


def test_second_opener_is_told_who_has_it_open(project):
    write_lock(project, user="Мария", host="ноутбук-бухгалтерии", pid=4242)
    lock = ProjectLock(project)
    other = lock.acquire()
    assert isinstance(other, LockOwner)
    assert other.user == "Мария"
    assert not lock.held
    assert "Мария" in other.describe("ru") and "ноутбук-бухгалтерии" in other.describe("ru")
    assert "since" in other.describe("en")
    # the other user's lock is left alone
    assert read_lock(project).user == "Мария"
    # "open anyway" takes it over
    assert lock.acquire(force=True) is None
    assert read_lock(project).pid == os.getpid()


def test_a_live_process_on_this_computer_keeps_its_lock(project):
    write_lock(project, pid=os.getppid())  # the parent is surely alive
    other = ProjectLock(project).acquire()
    assert other is not None and other.pid == os.getppid()
    assert not other.is_stale


def test_stale_lock_of_a_crashed_procedit_is_taken_over(project):
    write_lock(project, pid=dead_pid())
    assert read_lock(project).is_stale
    lock = ProjectLock(project)
    assert lock.acquire() is None
    assert lock.held
    assert read_lock(project).pid == os.getpid()


def test_a_lock_on_another_computer_is_never_stale(project):
    write_lock(project, host="другой-компьютер", pid=dead_pid())
    assert not read_lock(project).is_stale


def test_a_damaged_lock_is_taken_over(project):
    lock_path(project).write_bytes(b"")
    assert ProjectLock(project).acquire() is None
    assert read_lock(project).pid == os.getpid()


def test_release_leaves_a_lock_someone_else_took_over(project):
    lock = ProjectLock(project)
    lock.acquire()
    write_lock(project, user="Пётр", pid=os.getppid())
    lock.release()
    assert read_lock(project).user == "Пётр"


def test_read_only_folder_opens_without_a_lock(project, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("procedit.storage.lock.os.open", denied)
    lock = ProjectLock(project)
    assert lock.acquire() is None
    assert not lock.held and isinstance(lock.error, PermissionError)


def test_move_to_after_save_as(project, tmp_path):
    lock = ProjectLock(project)
    lock.acquire()
    new = tmp_path / "Копия.procmap"
    lock.move_to(new)
    assert not lock_path(project).exists()
    assert read_lock(new).pid == os.getpid()
    assert lock.held
    lock.release()
    assert not lock_path(new).exists()


# ------------------------------------------------------------------ changed on disk
def test_stamp_notices_a_change_behind_our_back(project):
    stamp = FileStamp.of(project)
    assert not stamp.differs(project)
    project.write_bytes(b'{"name": "changed by a colleague"}')
    assert stamp.differs(project)
    assert changed_on_disk(stamp, project)


def test_same_size_change_with_the_same_mtime_is_still_seen_by_content(project):
    stamp = FileStamp.of(project)
    project.write_bytes(b"[]")  # same size
    os.utime(project, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))
    assert stamp.differs(project)


def test_touch_without_new_content_is_not_a_change(project):
    stamp = FileStamp.of(project)
    os.utime(project, ns=(stamp.mtime_ns + 5 * 10**9, stamp.mtime_ns + 5 * 10**9))
    assert not stamp.differs(project)


def test_deleted_file_counts_as_changed(project):
    stamp = FileStamp.of(project)
    project.unlink()
    assert stamp.differs(project)
    assert FileStamp.of(project) is None
    assert not changed_on_disk(None, project)


def test_stamp_of_bytes_matches_a_fresh_stamp(project):
    assert FileStamp.of_bytes(b"{}", project) == FileStamp.of(project)


def test_a_load_gives_the_stamp_of_what_it_read_and_a_later_change_is_still_seen(tmp_path):
    """The window keeps the stamp of the bytes it loaded (hashed while the model was built)
    instead of reading the file again: the same stamp, and a change after the load is noticed."""
    from procedit import storage
    from procedit.model import ProcessMap, Project
    from procedit.storage import stamp as stamps

    path = tmp_path / "Карта.procmap"
    storage.save(Project(name="Проект", maps=(ProcessMap(name="Карта"),)), path)
    project, read = storage.load_stamped(path)
    assert project.name == "Проект"
    assert read == FileStamp.of(path)
    stamps.remember(path, read)
    assert FileStamp.of(path) is read  # taken once, without reading the file again
    stamps.remember(path, read)
    path.write_bytes(path.read_bytes().replace("Проект".encode(), "Другой!!!!!!".encode()))
    now = FileStamp.of(path)  # written after the load: the remembered stamp is not taken
    assert now is not read and now.sha256 != read.sha256 and read.differs(path)
    with pytest.raises(storage.ProjectFileError, match="no such file"):
        storage.load_stamped(tmp_path / "нет.procmap")
