"""Saving: never over a FIFO, a device or a read-only file (root too); backups keep the
previous *different* versions, rotating; a backup that is a folder is named as such."""

from __future__ import annotations

import os
import stat

import pytest

from procedit.model import ProcessMap, Project
from procedit.storage import ProjectSaveError, backup_path, load, save


def project(name: str) -> Project:
    return Project(name=name, maps=(ProcessMap(id="map_1", name="Карта"),))


def no_temp_files(folder) -> bool:
    return not [p for p in os.listdir(folder) if p.endswith(".tmp")]


def test_saving_the_same_bytes_twice_leaves_the_backup_alone(tmp_path):
    path = tmp_path / "plan.procmap"
    save(project("v1"), path)
    save(project("v2"), path)
    assert load(backup_path(path)).name == "v1"
    save(project("v2"), path)  # Ctrl+S again, nothing changed
    assert load(backup_path(path)).name == "v1"  # the previous version is still there
    assert load(path).name == "v2"


def test_backups_rotate_and_keep_the_last_n(tmp_path):
    path = tmp_path / "plan.procmap"
    for i in range(1, 6):
        save(project(f"v{i}"), path, keep=3)
    assert load(path).name == "v5"
    assert [load(backup_path(path, n)).name for n in (1, 2, 3)] == ["v4", "v3", "v2"]
    assert not os.path.exists(backup_path(path, 4))


def test_without_backups_none_are_made(tmp_path):
    path = tmp_path / "plan.procmap"
    save(project("v1"), path, keep=0)
    save(project("v2"), path, keep=0)
    assert not os.path.exists(backup_path(path))


def test_a_backup_that_is_a_folder_is_named_in_the_message(tmp_path):
    path = tmp_path / "plan.procmap"
    save(project("v1"), path)
    os.mkdir(backup_path(path))
    with pytest.raises(ProjectSaveError) as info:
        save(project("v2"), path)
    message = info.value.message("en")
    assert "plan.procmap.bak" in message and "backup" in message
    assert "is a folder" not in message.split("backup")[0]  # not "the project is a folder"
    assert load(path).name == "v1" and no_temp_files(tmp_path)


def test_saving_onto_a_fifo_is_refused(tmp_path):
    fifo = tmp_path / "plan.procmap"
    os.mkfifo(fifo)
    with pytest.raises(ProjectSaveError) as info:
        save(project("v1"), fifo)
    assert "not a regular file" in str(info.value)
    assert fifo.is_fifo() and no_temp_files(tmp_path)


def test_saving_onto_a_device_is_refused(tmp_path):
    node = tmp_path / "null-device"  # our own node: a failing test must not replace /dev/null
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as e:
        pytest.skip(f"cannot make a device node here: {e}")
    link = tmp_path / "plan.procmap"
    link.symlink_to(node)
    with pytest.raises(ProjectSaveError):
        save(project("v1"), link)
    assert link.is_symlink() and node.is_char_device()


def test_a_read_only_file_is_refused_also_for_root(tmp_path):
    path = tmp_path / "plan.procmap"
    save(project("v1"), path)
    path.chmod(0o444)
    with pytest.raises(ProjectSaveError) as info:
        save(project("v2"), path)
    assert "read-only" in str(info.value)
    assert load(path).name == "v1" and no_temp_files(tmp_path)


def test_saving_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.procmap"
    save(project("v1"), real)
    link = tmp_path / "link.procmap"
    link.symlink_to(real)
    save(project("v2"), link)
    assert link.is_symlink() and load(real).name == "v2"
