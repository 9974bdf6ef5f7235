"""Atomic save: the previous file survives any failure, and is kept as NAME.procmap.bak."""

from __future__ import annotations

import os
import stat

import pytest

from procedit.model import ProcessMap, Project
from procedit.storage import ProjectSaveError, atomic, backup_path, dumps, load, save


def project(name: str) -> Project:
    return Project(name=name, maps=(ProcessMap(id="map_1", name="Карта"),))


def temp_files(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_save_writes_the_file_and_keeps_the_previous_version(tmp_path):
    path = tmp_path / "Проект.procmap"
    save(project("v1"), path)
    assert not os.path.exists(backup_path(path))  # nothing to back up the first time
    save(project("v2"), path)
    save(project("v3"), path)
    assert load(path).name == "v3"
    assert load(backup_path(path)).name == "v2"
    assert backup_path(path).endswith("Проект.procmap.bak")
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_failure_in_the_middle_leaves_the_old_file_byte_identical(tmp_path, monkeypatch, where):
    path = tmp_path / "p.procmap"
    save(project("old"), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(5, "Input/output error")

    if where == "write":
        real = os.fdopen

        class Breaks:
            def __init__(self, *a, **k):
                self.f = real(*a, **k)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])  # half of it lands, then the device fails
                boom()

        monkeypatch.setattr(atomic.os, "fdopen", Breaks)
    else:
        monkeypatch.setattr(atomic.os, where, boom)
    with pytest.raises(ProjectSaveError) as info:
        save(project("new"), path)
    monkeypatch.undo()
    message = str(info.value)
    assert "\n" not in message and str(path) in message and "Input/output error" in message
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []


def test_saving_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "p.procmap"
    save(project("a"), path)
    os.chmod(path, 0o640)
    save(project("b"), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_saving_through_a_symlink_replaces_the_real_file(tmp_path):
    real = tmp_path / "real.procmap"
    link = tmp_path / "link.procmap"
    save(project("a"), real)
    link.symlink_to(real)
    save(project("b"), link)
    assert link.is_symlink()
    assert load(real).name == "b"


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ProjectSaveError) as info:
        save(project("a"), tmp_path / "no" / "such" / "p.procmap")
    assert "folder does not exist" in str(info.value)
    assert "папка не существует" in info.value.message("ru")


def test_saving_over_a_folder_is_a_clear_error(tmp_path):
    (tmp_path / "d.procmap").mkdir()
    with pytest.raises(ProjectSaveError, match="folder"):
        save(project("a"), tmp_path / "d.procmap")


def test_saved_bytes_are_dumps(tmp_path):
    path = tmp_path / "p.procmap"
    save(project("a"), path)
    assert path.read_bytes() == dumps(project("a"))


def test_a_read_only_file_is_not_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "p.procmap"
    save(project("old"), path)
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(
        atomic.os, "access", lambda p, mode: False if str(p) == str(path) else real_access(p, mode)
    )
    with pytest.raises(ProjectSaveError) as info:
        save(project("new"), path)
    assert "read-only" in str(info.value) and "только для чтения" in info.value.message("ru")
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []
