"""DocumentSafety in a minimal window: autosave, disk changes, saving, locks, revert, recovery dialog."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QWidget

from procedit import storage
from procedit.commands import Document, History, SetProjectFields
from procedit.model import ProcessMap, Project
from procedit.storage.lock import lock_path, read_lock
from procedit.storage.recovery import RecoveryStore, join_envelope, read_entry, split_envelope
from procedit.ui.dialogs.recovery_dialog import RecoveryDialog, offer_recovery
from procedit.ui.window.safety import DocumentSafety, focus_existing, window_for


def project(name: str = "Проект") -> Project:
    return Project(name=name, maps=(ProcessMap(id="map_1", name="Карта"),))


class Answers:
    """Scripted answers to the controller's questions; records what was asked."""

    def __init__(self, **answers):
        self.answers = answers
        self.asked: list[tuple[str, tuple]] = []
        self.details: list[dict] = []  # the keyword arguments of each question

    def __getattr__(self, name):
        def ask(parent, *args, **kwargs):
            self.asked.append((name, args))
            self.details.append(kwargs)
            return self.answers.get(name, False)

        return ask


class Host(QWidget):
    """What MainWindow does with the controller, in a few lines."""

    def __init__(self, path=None, store=None, delay_ms=30):
        super().__init__()
        self.path = str(path) if path else None
        proj = storage.load(path) if path else project()
        self.doc = Document(proj)
        self.history = History(self.doc)
        self.safety = DocumentSafety(
            self, self.doc, self.history, lambda: self.path, store=store, delay_ms=delay_ms
        )
        self.safety.prompts = Answers()
        self.safety.documentReplaced.connect(self.replace)
        self.messages: list[str] = []
        self.safety.statusMessage.connect(self.messages.append)

    def replace(self, proj, modified):
        self.doc = Document(proj)
        self.history = History(self.doc)
        self.safety.attach(self.doc, self.history)
        if modified:
            self.safety.mark_recovered()

    def edit(self, name):
        self.history.push(SetProjectFields({"name": name}))


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("PROCEDIT_DATA_DIR", str(tmp_path / "data"))
    return RecoveryStore()


@pytest.fixture
def file(tmp_path):
    path = tmp_path / "Регламент.procmap"
    storage.save(project("На диске"), path)
    return path


@pytest.fixture
def host(qtbot, file, store):
    h = Host(file, store)
    qtbot.addWidget(h)
    yield h
    h.safety.close()


def test_a_change_is_autosaved_to_the_recovery_copy_not_the_file(qtbot, host, file):
    before = file.read_bytes()
    with qtbot.waitSignal(host.safety.autosaved, timeout=5000):
        host.edit("Изменено")
    host.safety.wait_for_autosave()
    entry = read_entry(host.safety.recovery_file)
    assert entry.data == storage.dumps(host.doc.project)
    assert entry.original_path == str(file)
    assert file.read_bytes() == before


def test_untitled_document_is_autosaved(qtbot, store):
    h = Host(None, store)
    qtbot.addWidget(h)
    with qtbot.waitSignal(h.safety.autosaved, timeout=5000):
        h.edit("Черновик")
    entry = read_entry(h.safety.recovery_file)
    assert entry.original_path is None
    assert entry.display_name == "Черновик"  # a never-saved project is listed by its name
    assert storage.loads(entry.data).name == "Черновик"
    h.safety.close()
    assert not entry.file.exists()


def test_undo_to_the_saved_state_or_save_removes_the_copy(qtbot, host):
    with qtbot.waitSignal(host.safety.autosaved, timeout=5000):
        host.edit("Изменено")
    copy = host.safety.recovery_file
    assert copy.exists()
    host.history.undo()
    host.safety.wait_for_autosave()
    assert not copy.exists()
    with qtbot.waitSignal(host.safety.autosaved, timeout=5000):
        host.edit("Снова")
    assert host.safety.save()
    host.history.mark_clean()
    host.safety.wait_for_autosave()
    assert not copy.exists()
    assert storage.load(host.path).name == "Снова"


def test_clean_close_removes_copy_lock_and_registration(qtbot, host, file):
    with qtbot.waitSignal(host.safety.autosaved, timeout=5000):
        host.edit("Изменено")
    copy = host.safety.recovery_file
    assert lock_path(file).exists()
    assert window_for(file) is host
    host.safety.close()
    assert not copy.exists()
    assert not lock_path(file).exists()
    assert window_for(file) is None
    assert not focus_existing(file)


def test_opening_the_same_file_again_focuses_the_existing_window(host, file):
    assert focus_existing(str(file))
    assert window_for(file.parent / ".." / file.parent.name / file.name) is host


def test_failed_save_says_why_offers_save_as_and_keeps_everything(qtbot, host, file, monkeypatch):
    before = file.read_bytes()
    host.edit("Не сохранится")
    host.safety.prompts = Answers(save_failed=True)

    def full(*a, **k):
        raise storage.ProjectSaveError(str(file), "the disk is full", "диск переполнен")

    monkeypatch.setattr(storage, "save", full)
    with qtbot.waitSignal(host.safety.saveAsRequested, timeout=5000):
        assert not host.safety.save()
    [(kind, (message,))] = host.safety.prompts.asked
    assert kind == "save_failed"
    assert "disk is full" in message or "диск переполнен" in message
    assert file.read_bytes() == before
    assert not host.history.is_clean
    # the recovery copy the message names is really there, holding the unsaved edit
    [details] = host.safety.prompts.details
    kept = details["kept"]
    assert kept is not None and kept.exists() and details["modified"]
    assert "Не сохранится".encode() in kept.read_bytes()
    # and the failure stays shown until a save succeeds
    assert "disk is full" in host.safety.problem or "диск переполнен" in host.safety.problem
    monkeypatch.undo()
    with qtbot.waitSignal(host.safety.problemChanged, timeout=5000) as cleared:
        assert host.safety.save()
    assert cleared.args == [""] and host.safety.problem == ""


def test_when_the_recovery_copy_fails_too_the_message_says_so(qtbot, host, file, monkeypatch):
    host.edit("Нигде не сохранится")
    host.safety.prompts = Answers(save_failed=False)

    def full(*a, **k):
        raise storage.ProjectSaveError(str(file), "the disk is full", "диск переполнен")

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "save", full)
    monkeypatch.setattr(type(host.safety.store), "open_slot", broken)
    host.safety._slot = None
    assert not host.safety.save()
    [details] = host.safety.prompts.details
    assert details["kept"] is None and "No space left" in details["why"]


def test_a_change_on_disk_reloads_a_clean_document(qtbot, host, file):
    with qtbot.waitSignal(host.safety.documentReplaced, timeout=5000) as signal:
        storage.save(project("Изменил коллега"), file)
    assert signal.args[0].name == "Изменил коллега"
    assert host.doc.project.name == "Изменил коллега"
    assert host.safety.prompts.asked == []


def test_a_change_on_disk_asks_before_dropping_my_changes(host, file):
    host.edit("Моё")
    storage.save(project("Изменил коллега"), file)
    host.safety.check_disk()  # what the file watcher triggers
    assert [k for k, _ in host.safety.prompts.asked] == ["changed_on_disk"]
    assert host.doc.project.name == "Моё"  # kept mine
    # having chosen to keep mine, saving does not ask again
    assert host.safety.save()
    assert [k for k, _ in host.safety.prompts.asked] == ["changed_on_disk"]
    assert storage.load(file).name == "Моё"


def test_a_change_on_disk_reloads_when_the_user_says_so(host, file):
    host.edit("Моё")
    host.safety.prompts = Answers(changed_on_disk=True)
    storage.save(project("Изменил коллега"), file)
    host.safety.check_disk()
    assert host.doc.project.name == "Изменил коллега"
    assert host.history.is_clean


def test_our_own_save_is_not_a_change_on_disk(host, file):
    host.edit("Моё")
    assert host.safety.save()
    host.history.mark_clean()
    host.safety.check_disk()
    assert host.safety.prompts.asked == []
    assert host.doc.project.name == "Моё"


def test_saving_over_a_newer_file_asks_first(host, file):
    host.edit("Моё")
    host.safety.check_disk = lambda: None  # the watcher has not fired yet
    storage.save(project("Изменил коллега"), file)
    assert not host.safety.save()
    assert [k for k, _ in host.safety.prompts.asked] == ["overwrite_newer"]
    assert storage.load(file).name == "Изменил коллега"
    host.safety.prompts = Answers(overwrite_newer=True)
    assert host.safety.save()
    assert storage.load(file).name == "Моё"


def test_a_file_open_elsewhere_is_reported_with_who_and_since(qtbot, file, store):
    lock_path(file).write_text(
        json.dumps({"user": "Мария", "host": "бухгалтерия", "pid": 1, "since": "2026-11-29T09:00:00+00:00"}),
        "utf-8",
    )
    h = Host(file, store)
    qtbot.addWidget(h)
    assert h.safety.lock_owner.user == "Мария"
    assert not h.safety.warn_if_locked()  # the user cancels
    [(kind, (name, owner))] = h.safety.prompts.asked
    assert kind == "locked" and name == file.name and owner.host == "бухгалтерия"
    h.safety.close()
    assert read_lock(file).user == "Мария"  # their lock stays


def test_save_as_moves_the_lock_and_the_watch(tmp_path, host, file):
    new = tmp_path / "Копия.procmap"
    host.edit("Копия")
    assert host.safety.save(new)
    host.path = str(new)
    assert not lock_path(file).exists()
    assert read_lock(new).pid == os.getpid()
    assert window_for(new) is host and window_for(file) is None
    assert host.safety.path == str(new)


def test_revert_to_saved(host, file):
    host.edit("Моё")
    host.safety.prompts = Answers(confirm=True)
    assert host.safety.revert_to_saved()
    assert host.doc.project.name == "На диске"
    assert host.history.is_clean


def test_open_backup_shows_the_previous_save_as_modified(host, file):
    host.edit("Вторая версия")
    assert host.safety.save()
    host.history.mark_clean()
    assert host.safety.open_backup()
    assert host.doc.project.name == "На диске"
    assert not host.history.is_clean  # Save makes the backup the current version


def test_menu_actions(host):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    revert, backup = host.safety.add_actions(menu)
    assert menu.actions() == [revert, backup]
    assert not revert.isEnabled()  # nothing to revert
    host.edit("Моё")
    menu.aboutToShow.emit()
    assert revert.isEnabled()


# ------------------------------------------------------------------ the recovery dialog
def crashed_copy(store, tmp_path, name="Потерянное"):
    import subprocess
    import sys

    slot = store.open_slot(tmp_path / f"{name}.procmap", name)
    slot.write(storage.dumps(project(name)))
    meta, data = split_envelope(slot.file.read_bytes())
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    meta["pid"], meta["process_start"] = p.pid, None
    slot.file.write_bytes(join_envelope(meta, data))
    return slot.file


def test_recovery_dialog_recovers_the_chosen_documents(qtbot, store, tmp_path):
    crashed_copy(store, tmp_path, "Первый")
    crashed_copy(store, tmp_path, "Второй")
    seen = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        seen.append([dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())])
        dialog.set_checked([e for e in dialog.entries if e.title == "Первый"])
        dialog.recover_button.click()

    [doc] = offer_recovery(None, store, dialog_hook=answer)
    assert sorted(seen[0]) == ["Второй.procmap", "Первый.procmap"]
    assert doc.project.name == "Первый"
    assert doc.original_path == str(tmp_path / "Первый.procmap")
    assert doc.slot.exists  # the copy now belongs to this process
    assert [e.title for e in store.list_recoverable()] == ["Второй"]  # unticked: kept for later


def test_recovery_dialog_discard_and_later(qtbot, store, tmp_path):
    crashed_copy(store, tmp_path)

    def later(dialog):
        qtbot.addWidget(dialog)
        dialog.later_button.click()

    assert offer_recovery(None, store, dialog_hook=later) == []
    assert len(store.list_recoverable()) == 1

    def discard(dialog):
        qtbot.addWidget(dialog)
        dialog.confirm_discard = lambda: True
        dialog.discard_button.click()
        assert dialog.choice == RecoveryDialog.DISCARD

    assert offer_recovery(None, store, dialog_hook=discard) == []
    assert store.list_recoverable() == []
    assert offer_recovery(None, store, dialog_hook=pytest.fail) == []  # nothing left: no dialog


def test_the_watch_survives_atomic_replacements(qtbot, host, file):
    for name in ("Первая правка коллеги", "Вторая правка коллеги"):
        with qtbot.waitSignal(host.safety.documentReplaced, timeout=5000):
            storage.save(project(name), file)  # temp file + rename: a new inode each time
        assert host.doc.project.name == name


def test_a_failing_autosave_is_reported_not_fatal(qtbot, host, monkeypatch):
    from procedit.storage.recovery import RecoverySlot

    def full(self, *a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(RecoverySlot, "write", full)
    with qtbot.waitSignal(host.safety.statusMessage, timeout=5000) as signal:
        host.edit("Изменено")
    assert "No space left on device" in signal.args[0]
    assert not host.history.is_clean


def test_confirm_open_asks_only_when_someone_else_has_it_open(file):
    from procedit.ui.window.safety import confirm_open

    answers = Answers(locked=False)
    assert confirm_open(None, file, answers)  # no lock
    lock_path(file).write_text(
        json.dumps({"user": "Пётр", "host": "склад", "pid": 1, "since": "2026-11-29T10:00:00+00:00"}), "utf-8"
    )
    assert not confirm_open(None, file, answers)
    assert answers.asked[0][1][1].user == "Пётр"


def test_opening_anyway_takes_the_lock_over(qtbot, file, store):
    from procedit.ui.window.safety import confirm_open

    lock_path(file).write_text(
        json.dumps(
            {"user": "Пётр", "host": "упавший-ноутбук", "pid": 1, "since": "2026-11-28T10:00:00+00:00"}
        ),
        "utf-8",
    )
    assert confirm_open(None, file, Answers(locked=True))
    h = Host(file, store)
    qtbot.addWidget(h)
    assert h.safety.lock_owner is None
    assert read_lock(file).pid == os.getpid()
    h.safety.close()
    assert not lock_path(file).exists()  # a lock left by a crash elsewhere does not haunt the file


def test_recovered_work_based_on_an_older_file_asks_before_overwriting(qtbot, store, file):
    import hashlib

    old_bytes = file.read_bytes()
    slot = store.open_slot(file, file.name)
    slot.set_original(file, hashlib.sha256(old_bytes).hexdigest())
    slot.write(storage.dumps(project("Восстановленное")))
    storage.save(project("Правка коллеги после сбоя"), file)  # the file moved on meanwhile

    h = Host(None, store)
    qtbot.addWidget(h)
    h.path = str(file)
    h.doc = Document(storage.loads(read_entry(slot.file).data))
    h.history = History(h.doc)
    h.safety.attach(h.doc, h.history, recovered_slot=slot)
    h.safety.mark_recovered()
    assert not h.safety.save()
    assert [k for k, _ in h.safety.prompts.asked] == ["overwrite_newer"]
    assert storage.load(file).name == "Правка коллеги после сбоя"
    h.safety.close()


def test_main_window_opening_a_file_open_in_another_window_focuses_that_window(qtbot, file, monkeypatch):
    from PySide6.QtCore import QSettings

    from procedit.ui.window.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(file.parent / "settings"))
    first = MainWindow(str(file), persist=False)
    second = MainWindow(None, persist=False)
    for w in (first, second):
        qtbot.addWidget(w)
        w.show()
    assert first.path == str(file.resolve())
    raised = []
    monkeypatch.setattr(first, "activateWindow", lambda: raised.append(first))
    assert second.load(str(file))
    assert raised == [first]
    assert second.path is None  # not opened a second time
    assert window_for(file) is first
