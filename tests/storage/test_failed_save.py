"""A save that cannot complete says why and leaves the previous file exactly as it was."""

from __future__ import annotations

import errno
import os

import pytest

from procedit.model import ProcessMap, Project
from procedit.storage import ProjectSaveError, dumps, load, save
from procedit.storage import atomic as atomic_module


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "Регламент.procmap"
    save(project("Версия 1"), path)
    return path


def project(name: str) -> Project:
    return Project(purpose=name, maps=(ProcessMap(id="map_1", name="Карта"),))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_disk_full_during_write_keeps_the_old_file(saved, monkeypatch):
    before = saved.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "fsync", full)
    with pytest.raises(ProjectSaveError) as info:
        save(project("Версия 2"), saved)
    monkeypatch.undo()
    assert "disk is full" in str(info.value)
    assert "диск переполнен" in info.value.message("ru")
    assert str(saved) in str(info.value)
    assert saved.read_bytes() == before
    assert load(saved).purpose == "Версия 1"
    assert leftovers(saved.parent) == []


def test_short_write_on_a_full_disk_keeps_the_old_file(saved, monkeypatch):
    """The disk fills up halfway through the write: a part lands in the temp file, then ENOSPC."""
    before = saved.read_bytes()
    real_fdopen = os.fdopen

    class FillsUp:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(bytes(data)[:10])
            self.f.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)

    monkeypatch.setattr(atomic_module.os, "fdopen", lambda fd, *a, **k: FillsUp(real_fdopen(fd, *a, **k)))
    with pytest.raises(ProjectSaveError) as info:
        save(project("Версия 2" * 1000), saved)
    monkeypatch.undo()
    assert "disk is full" in str(info.value)
    assert saved.read_bytes() == before
    assert leftovers(saved.parent) == []


def test_permission_denied_keeps_the_old_file(saved, monkeypatch):
    before = saved.read_bytes()

    def denied(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_module.os, "replace", denied)
    with pytest.raises(ProjectSaveError) as info:
        save(project("Версия 2"), saved)
    monkeypatch.undo()
    assert "permission denied" in str(info.value)
    assert saved.read_bytes() == before
    assert leftovers(saved.parent) == []


def test_folder_gone_is_a_clear_error(tmp_path):
    target = tmp_path / "удалённая папка" / "a.procmap"
    with pytest.raises(ProjectSaveError) as info:
        save(project("x"), target)
    assert "folder does not exist" in str(info.value)
    assert not target.parent.exists()


def test_a_good_save_keeps_the_previous_version_as_backup(saved):
    first = saved.read_bytes()
    save(project("Версия 2"), saved)
    assert saved.read_bytes() == dumps(project("Версия 2"))
    assert (saved.parent / (saved.name + ".bak")).read_bytes() == first
