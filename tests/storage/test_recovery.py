"""Autosave and crash recovery, headless: the recovery copy, never the user's file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys

import pytest
from test_save_after_edit import measured_project

from procedit.storage import dump_chunks, dumps, recovery
from procedit.storage.recovery import (
    RecoveryStore,
    join_envelope,
    list_recoverable,
    pid_alive,
    read_entry,
    split_envelope,
)

DOC = '{\n  "format": 2,\n  "name": "Продажи «Север»"\n}\n'.encode()


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("PROCEDIT_DATA_DIR", str(tmp_path / "data"))
    return RecoveryStore()


def dead_pid() -> int:
    """The pid of a process that has finished (and been reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def pretend_crashed(entry_file, pid: int) -> None:
    """Rewrite an envelope as if another process (``pid``) had written it and died."""
    meta, data = split_envelope(entry_file.read_bytes())
    meta["pid"] = pid
    meta["process_start"] = None
    entry_file.write_bytes(join_envelope(meta, data))


def test_store_lives_in_the_data_dir_from_the_environment(store, tmp_path):
    assert store.directory == tmp_path / "data" / "recovery"


def test_autosave_writes_a_recovery_copy_and_never_the_users_file(store, tmp_path):
    user_file = tmp_path / "Отчёт.procmap"
    user_file.write_bytes(b"saved by the user")
    before = user_file.stat().st_mtime_ns
    slot = store.open_slot(user_file, "Отчёт")
    assert slot.write(DOC)
    assert user_file.read_bytes() == b"saved by the user"
    assert user_file.stat().st_mtime_ns == before
    assert slot.file.parent == store.directory
    entry = read_entry(slot.file)
    assert entry is not None
    assert entry.data == DOC
    assert entry.original_path == str(user_file)
    assert entry.pid == os.getpid()
    assert entry.alive  # we are still running: not offered for recovery
    assert store.list_recoverable() == []
    # nothing but the envelope is left in the folder (no temp files)
    assert [p.name for p in store.directory.iterdir()] == [slot.file.name]


def test_a_copy_written_from_pieces_holds_the_document_verbatim(store, tmp_path):
    project = measured_project()
    pieces = dump_chunks(project)
    assert len(pieces) > 100  # a large project: its elements' texts, not joined
    slot = store.open_slot(tmp_path / "a.procmap")
    assert slot.write(pieces)
    entry = read_entry(slot.file)  # (its sha256 checked)
    assert entry is not None
    assert entry.data == dumps(project)
    assert entry.load() == project


def test_untitled_project_is_autosaved_too(store):
    slot = store.open_slot(None, "Без имени")
    slot.write(DOC)
    pretend_crashed(slot.file, dead_pid())
    [entry] = store.list_recoverable()
    assert entry.original_path is None
    assert entry.display_name == "Без имени"
    assert entry.data == DOC


def test_a_crashed_process_leaves_its_documents_for_recovery(store, tmp_path):
    slot = store.open_slot(tmp_path / "a.procmap")
    changed = dt.datetime(2026, 11, 29, 12, 30, tzinfo=dt.UTC)
    slot.write(DOC, changed_at=changed)
    pretend_crashed(slot.file, dead_pid())
    [entry] = list_recoverable()
    assert entry.data == DOC
    assert entry.changed_at == changed
    assert not entry.alive


def test_newest_write_wins_and_stale_generations_are_ignored(store):
    slot = store.open_slot(None)
    assert slot.write(b"{}-2", generation=2)
    assert not slot.write(b"{}-1", generation=1)  # a late worker must not roll back
    assert read_entry(slot.file).data == b"{}-2"
    slot.clear(generation=3)  # saved: the copy goes
    assert not slot.file.exists()
    assert not slot.write(b"{}-2 again", generation=2)
    assert not slot.file.exists()


def test_clean_close_removes_the_recovery_copy(store):
    slot = store.open_slot(None)
    slot.write(DOC)
    slot.close()
    assert not slot.file.exists()
    assert not slot.write(DOC)  # nothing after close
    assert store.entries() == []


def test_remove_own_at_exit_keeps_other_processes_documents(store):
    mine = store.open_slot(None)
    mine.write(DOC)
    other = store.open_slot(None)
    other.write(DOC)
    pretend_crashed(other.file, dead_pid())
    store.remove_own()
    assert not mine.file.exists()
    assert [e.file for e in store.list_recoverable()] == [other.file]


def test_adopt_moves_the_document_into_this_process_before_dropping_the_old(store, tmp_path):
    slot = store.open_slot(tmp_path / "x.procmap", "x")
    slot.write(DOC)
    pretend_crashed(slot.file, dead_pid())
    [entry] = store.list_recoverable()
    adopted = store.adopt(entry)
    assert not entry.file.exists()
    assert read_entry(adopted.file).data == DOC
    assert read_entry(adopted.file).alive
    assert adopted.original_path == str(tmp_path / "x.procmap")
    assert store.list_recoverable() == []


def test_discard_removes_an_entry(store):
    slot = store.open_slot(None)
    slot.write(DOC)
    pretend_crashed(slot.file, dead_pid())
    [entry] = store.list_recoverable()
    store.discard(entry)
    assert store.list_recoverable() == []


def test_damaged_or_foreign_files_are_not_offered(store):
    store.directory.mkdir(parents=True)
    (store.directory / "half.procrecover").write_bytes(b'{"procedit_recovery": 1, "docu')
    (store.directory / "other.procrecover").write_text('{"hello": 1}')
    slot = store.open_slot(None)
    slot.write(DOC)
    meta, data = split_envelope(slot.file.read_bytes())
    meta["pid"] = dead_pid()
    slot.file.write_bytes(join_envelope(meta, data + b"tampered"))
    assert store.list_recoverable() == []


def test_a_failed_autosave_keeps_the_previous_copy(store, monkeypatch):
    slot = store.open_slot(None)
    slot.write(DOC)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery.os, "fsync", full)
    with pytest.raises(OSError):
        slot.write(b"newer")
    monkeypatch.undo()
    assert read_entry(slot.file).data == DOC
    assert [p.name for p in store.directory.iterdir()] == [slot.file.name]  # temp file removed


def test_pid_alive():
    assert pid_alive(os.getpid())
    assert not pid_alive(dead_pid())
    assert not pid_alive(0)
    if sys.platform.startswith("linux"):
        # a pid reused by another process is not the one that wrote the file
        assert not pid_alive(os.getpid(), start="not-my-start")


def test_original_changed(store, tmp_path):
    import hashlib

    user_file = tmp_path / "a.procmap"
    user_file.write_bytes(b"v1")
    slot = store.open_slot(user_file)
    slot.set_original(user_file, hashlib.sha256(b"v1").hexdigest())
    slot.write(DOC)
    assert not read_entry(slot.file).original_changed()
    user_file.write_bytes(b"v2 by a colleague")
    assert read_entry(slot.file).original_changed()


def test_the_document_is_stored_verbatim_after_a_one_line_header(store):
    slot = store.open_slot(None, "Продажи")
    slot.write(DOC)
    blob = slot.file.read_bytes()
    head, _, rest = blob.partition(b"\n")
    assert rest == DOC  # not escaped into a JSON string: autosave of a big map stays cheap
    assert json.loads(head)["title"] == "Продажи"


def test_an_envelope_of_the_first_format_is_still_recovered(store):
    store.directory.mkdir(parents=True)
    old = store.directory / "1-abcd.procrecover"
    meta = {
        "procedit_recovery": 1,
        "session": "1-abcd",
        "pid": dead_pid(),
        "process_start": None,
        "host": recovery.host_name(),
        "user": "анна",
        "original_path": None,
        "title": "Старый формат",
        "base_sha256": None,
        "changed_at": "2026-11-29T09:00:00+00:00",
        "sha256": hashlib.sha256(DOC).hexdigest(),
        "document": DOC.decode(),
    }
    old.write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    [entry] = store.list_recoverable()
    assert entry.data == DOC and entry.title == "Старый формат"
