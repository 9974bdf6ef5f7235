"""File operations of the main window: New, Open, Open Recent, Save, Save As, prompts.

A mixin of ``MainWindow``. Saving, the lock file, autosave and reloading a file changed on
disk go through ``DocumentSafety`` (``ui/safety.py``); this module asks the user's questions
and keeps the recent-files list.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from procedit import storage
from procedit.model import MapKind, ProcessMap, Project
from procedit.storage import serialize, stamp
from procedit.storage.leftovers import tidy_folder
from procedit.storage.names import file_stem
from procedit.ui import settings
from procedit.ui.dialogs.replace import suffixed
from procedit.ui.window import safety

FILE_FILTER = "procedit (*.procmap)"
FREEZE_MIN_BYTES = 1_000_000  # ~150 processes: below this a full collection costs next to nothing


def new_project(lang: str = "ru") -> Project:
    """An empty project in ``lang`` with one empty AS IS map, named in the UI's language."""
    return Project(
        name=QCoreApplication.translate("NewProject", "New project"),
        language="ru" if lang == "ru" else "en",
        maps=(ProcessMap(name=QCoreApplication.translate("NewProject", "Process map"), kind=MapKind.AS_IS),),
    )


def freeze_loaded() -> None:
    """Keep the cyclic GC from rescanning a just-loaded project on every later collection.

    ``storage.load`` pauses the collector while it builds the model; the next allocation-heavy
    step (Document, scene items, validation) then paid a full collection over the whole project
    (~0.6 s at 5,000 processes). The model is immutable, long-lived and acyclic, so reference
    counting frees it when the document is dropped; moving it to the permanent generation only
    stops the rescans. (Cyclic garbage alive right now would be kept too: there is next to none
    after a load, and the collection before each load keeps it from piling up.)
    Measured on the window at 5,000 processes (alternating runs, shared machine): first frame
    3.2 s with, 3.95 s without; first frame and first validation 3.5 s with, 5.1 s without.
    """
    gc.freeze()


def load_frozen(path: str) -> Project:
    """``storage.load`` of a big file, its model frozen (see ``freeze_loaded``) before the GC runs again.

    Collected before the load, while the heap is small; kept off until the model is frozen:
    re-enabled first, the next allocation would scan the whole new model (~0.1 s at 5,000 processes).
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        project = load_remembered(path)
        freeze_loaded()
        return project
    finally:
        if was_enabled:
            gc.enable()


def load_remembered(path: str) -> Project:
    """``storage.load``; the stamp of what it read is remembered for the document's safety
    (which would otherwise read and hash the file once more before the first frame)."""
    project, read = storage.load_stamped(path)
    stamp.remember(path, read)
    return project


def warm_save_cache(window: Any) -> None:
    """After opening a big file, serialize its elements a chunk per event-loop turn (~5 ms each)
    in idle time, so that the first Save or autosave is as fast as the later ones (5,000
    processes: 0.3-0.4 s cold, ~0.1 s warm). Stops when another document replaces this one."""
    doc = window.doc
    steps = serialize.warm(doc.project)
    timer = QTimer(window)

    def step() -> None:
        if window.doc is not doc or next(steps, _DONE) is _DONE:
            timer.stop()
            timer.deleteLater()
            return
        timer.setInterval(0)

    timer.timeout.connect(step)
    timer.start(300)  # after the first frame and the first validation


_DONE = object()


class FilesMixin:
    """Needs from the window: ``doc``, ``undo_stack``, ``path``, ``persist``, ``quiet``, ``lang``,
    ``safety``, ``menus``, ``actions``, ``set_document``, ``is_modified``, ``_error``,
    ``_display_name``, ``_update_title``, ``_update_status``, ``statusBar``."""

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved Changes"),
            QCoreApplication.translate(
                "MainWindow", "The project “%1” has unsaved changes. Save them?"
            ).replace("%1", self._display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if self.maybe_save():
            self.set_document(new_project(self.lang), None)

    def open_file(self) -> None:
        if not self.maybe_save():
            return
        start = str(Path(self.path).parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open Project"), start, FILE_FILTER
        )
        if path:
            self.load(path)

    def open_recent(self, path: str) -> None:
        if not self.maybe_save():
            return
        if not Path(path).exists():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Open Recent"),
                QCoreApplication.translate("MainWindow", "The file no longer exists:\n%1").replace(
                    "%1", path
                ),
            )
            settings.remove_recent_file(path)
            return
        self.load(path)

    def load(self, path: str) -> bool:
        """Open ``path``; on a bad file show why and keep the current document."""
        other = safety.window_for(path)
        if other is not None and other is not self:
            return safety.focus_existing(path)  # one file is open in one window only
        if not self.quiet and not safety.confirm_open(
            self, path, self.safety.prompts if self.safety else None
        ):
            return False
        try:
            big = Path(path).stat().st_size >= FREEZE_MIN_BYTES
        except OSError:
            big = False  # the load below says why
        try:
            project = load_frozen(path) if big else load_remembered(path)
        except storage.ProjectFileError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot Open Project"), e.message(self.lang))
            return False
        except OSError as e:
            self._error(
                QCoreApplication.translate("MainWindow", "Cannot Open Project"), f"{path}: {e.strerror or e}"
            )
            return False
        except Exception as e:  # a bug in a reader must not take the window down
            self._error(QCoreApplication.translate("MainWindow", "Cannot Open Project"), f"{path}: {e}")
            return False
        self.set_document(project, str(Path(path).resolve()))
        if big:
            warm_save_cache(self)
        if self.persist:
            settings.add_recent_file(path)
        message = QCoreApplication.translate("MainWindow", "Opened %1").replace("%1", str(path))
        tidied = tidy_folder(Path(path).resolve().parent)  # what a crash left there
        kept = [t.kept_as.name for t in tidied if t.kept_as is not None]
        if kept:
            message = QCoreApplication.translate(
                "MainWindow", "An unfinished save was found and kept as %1 (open it to compare)."
            ).replace("%1", ", ".join(kept))
        elif tidied:
            message += QCoreApplication.translate(
                "MainWindow", " (removed temporary files a crash left there: %1)"
            ).replace("%1", str(len(tidied)))
        self.last_tidied = tidied
        self.statusBar().showMessage(message, 10000)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        name = self.doc.header.name if self.doc is not None else ""
        untitled = QCoreApplication.translate("MainWindow", "Untitled")
        start = self.path or str(Path.home() / f"{file_stem(name, fallback=untitled)}.procmap")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save Project As"), start, FILE_FILTER
        )
        if not path:
            return False
        if not path.endswith(".procmap"):
            title = QCoreApplication.translate("MainWindow", "Save Project As")
            path = suffixed(self, title, path, path + ".procmap")
            if path is None:
                return False
        return self._write(path)

    def _write(self, path: str) -> bool:
        """Save through the safety controller (newer-on-disk and lock checks, a clear message
        and Save As on failure); on failure the document stays modified."""
        assert self.doc is not None and self.undo_stack is not None and self.safety is not None
        if not self.safety.save(path):
            return False
        self.path = str(Path(path).resolve())
        self.undo_stack.mark_clean()
        if self.panels is not None:
            self.panels.set_project_path(self.path)
        if self.persist:
            settings.add_recent_file(self.path)
        self._update_title()
        self._update_status()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", self.path), 5000
        )
        return True

    def _error(self, title: str, text: str) -> None:
        self.last_error = text
        if self.quiet:
            print(f"procedit: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(self, title, text)

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        files = settings.recent_files()
        for i, f in enumerate(files, 1):
            action = menu.addAction(f"&{i % 10}  {Path(f).name}")
            action.setToolTip(f)
            action.setStatusTip(f)
            action.triggered.connect(lambda _c=False, p=f: self.open_recent(p))
        if not files:
            none = menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
            none.setEnabled(False)
        menu.addSeparator()
        clear: QAction = menu.addAction(QCoreApplication.translate("MainWindow", "Clear List"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(settings.clear_recent_files)

    def open_recovered(self, recovered) -> None:
        """Show a document taken back from a crash (``RecoveredDocument``): modified, its
        recovery copy kept until it is saved."""
        self.set_document(recovered.project, recovered.original_path, recovered_slot=recovered.slot)
        self.safety.mark_recovered()

    def _replace_document(self, project: Project, modified: bool) -> None:
        """The safety controller reloaded the file (changed on disk, Revert, Open Backup)."""
        self.set_document(project, self.path)
        if modified:
            self.safety.mark_recovered()

    def _attach_safety(self, recovered_slot=None) -> None:
        """One ``DocumentSafety`` per window, attached to each new document."""
        if self.safety is None:
            self.safety = safety.DocumentSafety(
                self, self.doc, self.undo_stack, lambda: self.path, recovered_slot=recovered_slot
            )
            self.safety.documentReplaced.connect(self._replace_document)
            self.safety.saveAsRequested.connect(self.save_as)
            self.safety.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
            # a failed save or autosave stays in sight (not a passing status line) until one succeeds
            self.save_problem_label = QLabel(self)
            self.save_problem_label.setObjectName("save_problem")
            self.save_problem_label.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
            self.save_problem_label.setVisible(False)
            self.statusBar().addPermanentWidget(self.save_problem_label)
            self.safety.problemChanged.connect(self._show_save_problem)
            self.safety.add_actions(self.menus["file"], before=self.actions.export_regulation)
        else:
            self.safety.attach(self.doc, self.undo_stack.history, recovered_slot=recovered_slot)

    def _show_save_problem(self, text: str) -> None:
        label = self.save_problem_label
        label.setText(text if len(text) <= 90 else text[:89] + "…")
        label.setToolTip(text)
        label.setVisible(bool(text))

    def _close_safety(self) -> None:
        if self.safety is not None:
            self.safety.close()
