"""``DocumentSafety``: never lose work.

One controller per window. It autosaves every change to a private recovery copy (debounced,
written by a worker thread), watches the file for changes made behind our back, checks
"newer on disk" before a save, saves with a clear message and Save As on failure, holds
the lock file beside the project and keeps the registry of open paths so one file is not
opened twice in one app. Revert to Saved and Open Backup are offered as actions.

Wiring (MainWindow)::

    self.safety = DocumentSafety(self, self.doc, self.undo_stack.history, lambda: self.path)
    self.safety.documentReplaced.connect(...)   # (project, modified): show it in this window
    self.safety.saveAsRequested.connect(self.save_as)
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from procedit import storage
from procedit.commands import Document, History
from procedit.storage.lock import LockOwner, ProjectLock, read_lock
from procedit.storage.recovery import RecoverySlot, RecoveryStore
from procedit.storage.stamp import FileStamp
from procedit.ui.settings import backups_to_keep
from procedit.ui.window.open_files import (
    confirm_open,
    focus_existing,
    register,
    same_key,
    take_over_requested,
    unregister,
    window_for,
)
from procedit.ui.window.safety_prompts import Prompts

from .safety_texts import lang, tr

__all__ = ["DocumentSafety", "Prompts", "confirm_open", "focus_existing", "window_for"]


# ------------------------------------------------------------------ the worker
class _Bridge(QObject):
    done = Signal(int, str)  # generation, error ("" when written)


class _AutosaveTask(QRunnable):
    """Serialize an immutable project value and write it to the recovery slot (off the GUI thread).

    The file is written from its pieces (the cached text of unchanged elements), never joined
    into one buffer: copying ~100 MB holds the interpreter lock, which would stall the GUI.
    """

    def __init__(
        self, slot: RecoverySlot, project, generation: int, changed_at: dt.datetime, bridge: _Bridge
    ):
        super().__init__()
        self.setAutoDelete(True)
        self.slot, self.project, self.generation = slot, project, generation
        self.changed_at, self.bridge = changed_at, bridge

    def run(self) -> None:
        try:
            self.slot.write(storage.dump_chunks(self.project), self.generation, self.changed_at)
            error = ""
        except Exception as e:  # disk full, recovery folder not writable: say so, never crash
            error = str(e) or type(e).__name__
        self.bridge.done.emit(self.generation, error)


class _ClearTask(QRunnable):
    def __init__(self, slot: RecoverySlot, generation: int):
        super().__init__()
        self.setAutoDelete(True)
        self.slot, self.generation = slot, generation

    def run(self) -> None:
        try:
            self.slot.clear(self.generation)
        except OSError:
            pass  # a stale recovery copy is harmless: it is only offered after a crash


# ------------------------------------------------------------------ the controller
class DocumentSafety(QObject):
    documentReplaced = Signal(object, bool)  # (Project, modified): show it in the window
    saveAsRequested = Signal()  # a save failed and the user chose Save As
    statusMessage = Signal(str)  # one line for the status bar
    problemChanged = Signal(str)  # a save or autosave failed ("" once one succeeds): stays shown
    autosaved = Signal()  # a recovery copy was written (after the worker finished)

    def __init__(
        self,
        window: QWidget,
        doc: Document,
        history: History,
        path_getter: Callable[[], str | None],
        *,
        store: RecoveryStore | None = None,
        recovered_slot: RecoverySlot | None = None,
        delay_ms: int = 2000,
        max_delay_ms: int = 15000,
    ):
        super().__init__(window)
        self.window = window
        self.path_getter = path_getter
        self.store = store or RecoveryStore()
        self.prompts = Prompts()
        self.max_delay = max_delay_ms / 1000
        self.lock: ProjectLock | None = None
        self.lock_problem: str | None = None  # why the open file has no lock of ours
        self.problem = ""  # the last save/autosave failure, shown until a save succeeds
        self._problem_kind = ""  # "save" or "autosave"
        self.lock_owner: LockOwner | None = None  # someone else had the file open when we opened it
        self.stamp: FileStamp | None = None
        self._acknowledged: FileStamp | None = None  # a disk version the user chose to ignore
        self._doc: Document | None = None
        self._history: History | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._slot: RecoverySlot | None = None
        self._generation = 0
        self._written = 0  # newest generation written
        self._dirty_since: float | None = None
        self._changed_at = dt.datetime.now(dt.UTC)
        self._path: str | None = None
        self._saving = False
        self._prompting = False
        self._reported_missing = False
        self._closed = False

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # writes stay in order
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_written)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.autosave_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_disk_event)
        self._watcher.directoryChanged.connect(self._on_disk_event)
        self._disk_timer = QTimer(self, singleShot=True, interval=300)  # editors write in steps
        self._disk_timer.timeout.connect(self.check_disk)

        self.attach(doc, history, recovered_slot=recovered_slot)

    # ------------------------------------------------------------ document and path
    def attach(self, doc: Document, history: History, *, recovered_slot: RecoverySlot | None = None) -> None:
        """Follow a new document (after New, Open, Reload): the previous one's copy is dropped."""
        history = getattr(history, "history", history)  # an UndoAdapter is fine too
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._timer.stop()
        if self._slot is not None and self._slot is not recovered_slot:
            self._pool.waitForDone()
            self._slot.close()
        self._slot = recovered_slot
        self._doc, self._history = doc, history
        self._unsubscribe = history.subscribe(self._on_history)
        self._dirty_since = None
        base = recovered_slot.base_sha256 if recovered_slot is not None else None
        self._set_path(self.path_getter())
        if recovered_slot is not None and self._path and base:
            recovered_slot.set_original(self._path, base)
            if self.stamp is not None and self.stamp.sha256 != base:
                # the recovered work was based on an older file: saving over it must ask first
                self.stamp = FileStamp(0, -1, base)

    @property
    def path(self) -> str | None:
        return self._path

    def _set_path(self, path: str | None, stamp: FileStamp | None = None) -> None:
        """Lock, watch, stamp and register ``path`` (releasing the previous one); ``stamp``: the
        file's, known from writing it (else it is read)."""
        path = os.fspath(path) if path else None
        if path and self._path and same_key(path) == same_key(self._path) and self.lock is not None:
            self.stamp = stamp or FileStamp.of(path)
            self._rewatch()
            return
        if self._path is not None:
            unregister(self._path)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._path = path
        self.lock_owner = None

        self._acknowledged = None
        self.stamp = (stamp or FileStamp.of(path)) if path else None
        if path:
            register(path, self.window)
            self.lock = ProjectLock(path)
            try:
                self.lock_owner = self.lock.acquire(force=take_over_requested(path))
            except OSError as e:  # the lock is advisory: it never stops a file from opening
                self.lock.error = e
            if self.lock.error is not None and not self.lock.held:
                self.lock_problem = (
                    tr("“%1” is open without a lock file (%2): others who open it will not be warned.")
                    .replace("%1", Path(path).name)
                    .replace("%2", self.lock.error.strerror or str(self.lock.error))
                )
                # said once the window listens (the first document is attached while it is built)
                QTimer.singleShot(0, lambda text=self.lock_problem: self.statusMessage.emit(text))
        if self._slot is not None:
            self._slot.set_original(path, self.stamp.sha256 if self.stamp else None)
            self._slot.title = self._name()
        self._rewatch()

    def _name(self) -> str:
        return Path(self._path).name if self._path else tr("Untitled")

    # ------------------------------------------------------------ autosave
    def _on_history(self) -> None:
        if self._closed or self._history is None:
            return
        self._generation += 1
        if self._history.is_clean:
            # saved, or undone back to the saved state: the file on disk holds it all
            self._timer.stop()
            self._dirty_since = None
            if self._slot is not None:
                self._pool.start(_ClearTask(self._slot, self._generation))
            return
        self._changed_at = dt.datetime.now(dt.UTC)
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= self.max_delay:
            self.autosave_now()  # a long run of edits still reaches the disk
        else:
            self._timer.start()

    def autosave_now(self) -> None:
        """Write the recovery copy now (the worker serializes; the GUI only takes the value)."""
        self._timer.stop()
        if self._closed or self._doc is None or self._history is None or self._history.is_clean:
            return
        if self._generation <= self._written:
            return
        if self._slot is None:
            self._slot = self.store.open_slot(self._path, self._name())
            self._slot.set_original(self._path, self.stamp.sha256 if self.stamp else None)
        self._dirty_since = None
        # the title the recovery dialog shows: the file's name, or the project's own for a new one
        self._slot.title = self._name() if self._path else (self._doc.header.name or tr("Untitled"))
        project = self._doc.project  # an immutable value: safe to hand to the worker
        self._pool.start(_AutosaveTask(self._slot, project, self._generation, self._changed_at, self._bridge))

    def wait_for_autosave(self, timeout_ms: int = 30000) -> bool:
        """Block until queued writes are on disk (tests, closing)."""
        return self._pool.waitForDone(timeout_ms)

    @property
    def recovery_file(self) -> Path | None:
        return self._slot.file if self._slot is not None else None

    def _on_written(self, generation: int, error: str) -> None:
        if error:
            self.statusMessage.emit(tr("Autosave failed: %1").replace("%1", error))
            self._set_problem(
                "autosave",
                tr("Autosave failed (%1): your changes are only in this window. Save them (Ctrl+S).").replace(
                    "%1", error
                ),
            )
            return
        self._written = max(self._written, generation)
        if self._problem_kind == "autosave":
            self._set_problem("", "")
        self.autosaved.emit()

    def _set_problem(self, kind: str, text: str) -> None:
        if text != self.problem:
            self.problem, self._problem_kind = text, kind
            self.problemChanged.emit(text)

    def keep_in_recovery(self) -> tuple[Path | None, str]:
        """Write the recovery copy now, in this thread (a save just failed): ``(its file, "")``,
        or ``(None, why not)``. Only what is really on disk is ever claimed to be kept."""
        if self._doc is None or self._history is None:
            return None, ""
        self._timer.stop()
        self._pool.waitForDone()
        try:
            if self._slot is None:
                self._slot = self.store.open_slot(self._path, self._name())
                self._slot.set_original(self._path, self.stamp.sha256 if self.stamp else None)
            self._slot.title = self._name() if self._path else (self._doc.header.name or tr("Untitled"))
            self._slot.write(storage.dump_chunks(self._doc.project), None, self._changed_at)
        except Exception as e:  # the recovery folder is unwritable too, the disk is full
            return None, str(e) or type(e).__name__
        self._written = max(self._written, self._generation)
        file = self._slot.file
        return (file, "") if file.exists() else (None, tr("the recovery copy is not on disk"))

    def mark_recovered(self) -> None:
        """The shown document came from a recovery copy (or a backup): it differs from the file."""
        if self._history is not None and self._history.is_clean:
            self._history.mark_dirty()

    # ------------------------------------------------------------ watching the file
    def _rewatch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if not self._path:
            return
        folder = os.path.dirname(self._path)
        paths = [p for p in (self._path, folder) if os.path.exists(p)]
        if paths:
            self._watcher.addPaths(paths)

    def _on_disk_event(self, _path: str) -> None:
        self._disk_timer.start()

    def check_disk(self) -> None:
        """Compare the file with what we loaded or saved; reload or ask when it changed."""
        path = self._path
        if not path or self._saving or self._prompting or self._closed or self._history is None:
            return
        if path not in self._watcher.files() and os.path.exists(path):
            self._watcher.addPath(path)  # replaced by a rename: the old watch went with the old file
        if self.stamp is None:
            return
        if not os.path.exists(path):
            if not self._reported_missing:
                self._reported_missing = True
                self.statusMessage.emit(
                    tr("“%1” was deleted or moved on disk. Save to write it again.").replace(
                        "%1", self._name()
                    )
                )
            return
        self._reported_missing = False
        if not self.stamp.differs(path):
            return
        now = FileStamp.of(path)
        if now is None or now == self._acknowledged:
            return
        if not self._history.is_clean:
            self._prompting = True
            try:
                reload_ = self.prompts.changed_on_disk(self.window, self._name())
            finally:
                self._prompting = False
            if not reload_:
                self._acknowledged = now
                return
        self._reload(path)

    def _reload(self, path: str, *, message: bool = True) -> bool:
        try:
            data = Path(path).read_bytes()
            project = storage.loads(data, path)
        except (OSError, storage.ProjectFileError) as e:
            reason = e.message(lang()) if isinstance(e, storage.ProjectFileError) else (e.strerror or str(e))
            self.statusMessage.emit(
                tr("Cannot reload “%1”: %2").replace("%1", self._name()).replace("%2", reason)
            )
            return False
        self.stamp = FileStamp.of_bytes(data, path)
        self._acknowledged = None
        self.documentReplaced.emit(project, False)
        if message:
            self.statusMessage.emit(tr("Reloaded “%1”: it was changed on disk.").replace("%1", self._name()))
        return True

    # ------------------------------------------------------------ saving
    def save(self, path: str | os.PathLike | None = None) -> bool:
        """Save the document to ``path`` (default: its own file). False when not saved.

        Before writing over the document's own file, a version changed on disk meanwhile is
        reported; a file locked by someone else is reported before Save As writes over it.
        A failure shows the reason and offers Save As; the document stays modified.
        """
        if self._doc is None:
            return False
        target = os.fspath(path) if path else self._path
        if not target:
            self.saveAsRequested.emit()
            return False
        same = self._path is not None and same_key(target) == same_key(self._path)
        name = Path(target).name
        if same and self.stamp is not None and self.stamp.differs(target):
            now = FileStamp.of(target)
            if now is not None and now != self._acknowledged:
                if not self.prompts.overwrite_newer(self.window, name):
                    return False
        if not same:
            owner = read_lock(target)
            if owner is not None and not owner.is_stale and not owner.is_this_process:
                if not self.prompts.locked(self.window, name, owner):
                    return False
        self._saving = True
        try:
            # the stamp comes from what was written: a ~100 MB file is not read back and hashed
            written = storage.save(self._doc.project, target, keep=backups_to_keep(), stamp=True)
        except (storage.ProjectSaveError, OSError) as e:
            text = (
                e.message(lang())
                if isinstance(e, storage.ProjectSaveError)
                else f"{target}: {e.strerror or e}"
            )
            modified = not self._history.is_clean if self._history is not None else True
            kept, why = self.keep_in_recovery() if modified else (None, "")
            self._set_problem("save", tr("Not saved: %1").replace("%1", text))
            if self.prompts.save_failed(self.window, text, kept=kept, why=why, modified=modified):
                QTimer.singleShot(0, self.saveAsRequested.emit)
            return False
        finally:
            self._saving = False
        self._set_problem("", "")
        if same:
            self.stamp = written
            self._acknowledged = None
            self._rewatch()
        else:
            self._set_path(target, written)
        if self._slot is not None and self.stamp is not None:
            self._slot.set_original(target, self.stamp.sha256)
        return True

    # ------------------------------------------------------------ lock
    def warn_if_locked(self) -> bool:
        """When opening: someone else has the file open → tell who and since when; False to cancel."""
        owner = self.lock_owner
        if owner is None:
            return True
        if self.prompts.locked(self.window, self._name(), owner):
            return True
        return False

    # ------------------------------------------------------------ revert and backup
    def add_actions(self, menu: QMenu, before: QAction | None = None) -> tuple[QAction, QAction]:
        """Add "Revert to Saved" and "Open Backup" to ``menu`` (before ``before``); returns them."""
        revert = QAction(tr("Revert to Saved"), menu)
        revert.setObjectName("revert_to_saved")
        revert.triggered.connect(lambda _c=False: self.revert_to_saved())
        backup = QAction(tr("Open Backup"), menu)
        backup.setObjectName("open_backup")
        backup.triggered.connect(lambda _c=False: self.open_backup())
        if before is None:
            menu.addActions([revert, backup])
        else:
            menu.insertActions(before, [revert, backup])
            menu.insertSeparator(before)

        def refresh() -> None:
            has_file = bool(self._path) and os.path.exists(self._path or "")
            revert.setEnabled(has_file and self._history is not None and not self._history.is_clean)
            backup.setEnabled(bool(self._path) and os.path.exists(storage.backup_path(self._path or "")))

        menu.aboutToShow.connect(refresh)
        refresh()
        return revert, backup

    def revert_to_saved(self, ask: bool = True) -> bool:
        if not self._path:
            return False
        if ask and not self.prompts.confirm(
            self.window, tr("Revert to Saved"), tr("Discard all changes since the last save?")
        ):
            return False
        return self._reload(self._path, message=False)

    def open_backup(self) -> bool:
        """Show the previous save (``NAME.procmap.bak``) as a modified document; Save makes it current."""
        if not self._path:
            return False
        bak = storage.backup_path(self._path)
        if not os.path.exists(bak):
            self.prompts.error(
                self.window,
                tr("Open Backup"),
                tr("There is no backup of this file yet (it appears after the second save)."),
            )
            return False
        try:
            project = storage.load(bak)
        except storage.ProjectFileError as e:
            self.prompts.error(self.window, tr("Cannot Open Backup"), e.message(lang()))
            return False
        self.documentReplaced.emit(project, True)
        self.statusMessage.emit(
            tr("Opened the backup of “%1” (the previous save). Save to make it the current version.").replace(
                "%1", self._name()
            )
        )
        return True

    # ------------------------------------------------------------ closing
    def close(self) -> None:
        """The window closes cleanly (the user saved or discarded): drop the copy, lock, watch."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._disk_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._pool.waitForDone()
        if self._slot is not None:
            self._slot.close()
        if self.lock is not None:
            self.lock.release()
        if self._path is not None:
            unregister(self._path)
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
