"""A lock that cannot be read, removed or taken never stops a file from opening: it is
reported, and the window switches to the file completely (path, title, document)."""

from __future__ import annotations

import errno
import json
import os
import pathlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from procedit import storage
from procedit.storage.lock import lock_path
from procedit.storage.recovery import host_name
from procedit.ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def locks_cannot_be_removed(monkeypatch):
    """As in a sticky shared folder (a lock of another user) or a read-only folder: unlinking
    a lock fails (root could remove anything, so the failure is simulated)."""
    real = pathlib.Path.unlink

    def unlink(self, missing_ok=False):
        if self.name.endswith(".lock"):
            raise PermissionError(errno.EPERM, "Operation not permitted", str(self))
        return real(self, missing_ok=missing_ok)

    monkeypatch.setattr(pathlib.Path, "unlink", unlink)


def other_file(tmp_path, project_file):
    other = tmp_path / "другой.procmap"
    project = storage.load(project_file)
    storage.save(project.with_(name="Другой проект"), other)
    return other


@pytest.mark.parametrize(
    "lock_text",
    [
        "\x00garbage written by root\xff",  # unreadable: not a lock procedit understands
        json.dumps({"user": "x", "host": host_name(), "pid": 2**22 + 12345, "since": "2020-01-01T00:00:00+00:00"}),
    ],
    ids=["garbage", "stale"],
)
def test_a_lock_that_cannot_be_removed_still_opens_the_file(
    qtbot, tmp_path, project_file, locks_cannot_be_removed, lock_text
):
    other = other_file(tmp_path, project_file)
    lock_path(other).write_bytes(lock_text.encode("utf-8", "surrogateescape"))
    w = MainWindow(str(project_file), persist=False, quiet=True)
    qtbot.addWidget(w)
    messages: list[str] = []
    w.statusBar().messageChanged.connect(lambda text: messages.append(text))
    assert w.load(str(other))  # opened from inside the window: no exception escapes
    assert w.path == str(other.resolve())
    assert w.doc.project.name == "Другой проект"
    assert "другой" in w.windowTitle()
    assert w.safety.path == str(other.resolve())
    assert w.safety.lock is not None and not w.safety.lock.held
    assert w.safety.lock_problem and "Operation not permitted" in w.safety.lock_problem
    qtbot.waitUntil(lambda: any("другой.procmap" in m for m in messages))
    assert lock_path(other).exists()  # someone else's lock is left alone
    w.undo_stack.mark_clean()
    w.close()


def test_a_lock_that_cannot_be_removed_still_opens_the_file_at_start(
    qtbot, tmp_path, project_file, locks_cannot_be_removed
):
    lock_path(project_file).write_bytes(b"\x00garbage")
    w = MainWindow(str(project_file), persist=False, quiet=True)
    qtbot.addWidget(w)
    assert w.path == str(project_file.resolve()) and w.safety.lock_problem
    w.close()


def test_opening_a_project_tidies_what_a_crash_left_in_its_folder(qtbot, tmp_path, project_file):
    leftover = tmp_path / ".procedit-k2j4x9aa.pdf.tmp"
    leftover.write_bytes(b"%PDF-1.4 cut short" * 1000)
    t = leftover.stat().st_mtime - 3600
    os.utime(leftover, (t, t))
    w = MainWindow(str(project_file), persist=False, quiet=True)
    qtbot.addWidget(w)
    assert not leftover.exists()
    assert [d.path.name for d in w.last_tidied] == [leftover.name]
    w.close()


def test_the_number_of_backups_is_a_setting(qtbot, tmp_path, project_file):
    from procedit.commands import SetProjectFields
    from procedit.ui import settings

    settings.settings().setValue("files/backups", 1)
    w = MainWindow(str(project_file), persist=False, quiet=True)
    qtbot.addWidget(w)
    for name in ("один", "два", "три"):
        w.push(SetProjectFields({"name": name}))
        assert w.save()
    assert storage.load(storage.backup_path(project_file)).name == "два"
    assert not os.path.exists(storage.backup_path(project_file, 2))
    w.close()
