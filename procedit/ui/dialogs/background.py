"""A headless job (an export, a publish) run in a worker thread behind a window-modal progress
dialog that can cancel it: ``run_job(parent, title, label, job)`` returns an ``Outcome``.

``job(progress, cancel)`` gets ``progress(done, total)`` and ``cancel() -> bool``; it raises
one of ``cancelled`` when cancel() said so, one of ``errors`` with a message for the user.
Any other exception is reported as its type and text, never as a traceback. The job must
only read immutable values (a ``Project``), so the window may repaint meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


@dataclass
class Outcome:
    result: Any = None
    error: str | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class _Worker(QObject):
    progressed = Signal(int, int)
    finished_with = Signal(object)

    def __init__(self, job: Job, cancelled: tuple[type[BaseException], ...], errors: tuple) -> None:
        super().__init__()
        self.job, self.cancelled_types, self.error_types = job, cancelled, errors
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.progressed.emit, self.cancel_event.is_set)
        except self.cancelled_types:
            outcome = Outcome(cancelled=True)
        except self.error_types as e:
            outcome = Outcome(error=str(e))
        except Exception as e:  # never a traceback in the user's face
            outcome = Outcome(error=f"{type(e).__name__}: {e}")
        else:
            outcome = Outcome(result=result)
        self.finished_with.emit(outcome)


class _Receiver(QObject):
    def __init__(self, progress: QProgressDialog, cancel_event: threading.Event) -> None:
        super().__init__()
        self.progress, self.cancel_event = progress, cancel_event
        self.loop = QEventLoop()
        self.box: list[Outcome] = []

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        if not self.cancel_event.is_set():
            self.progress.setValue(int(done * 100 / max(1, total)))

    @Slot(object)
    def on_finished(self, outcome: Outcome) -> None:
        self.box.append(outcome)
        self.loop.quit()

    @Slot()
    def on_cancel(self) -> None:
        self.cancel_event.set()
        self.progress.setLabelText(QCoreApplication.translate("Background", "Cancelling…"))


def run_job(
    parent: QWidget | None,
    title: str,
    label: str,
    job: Job,
    *,
    cancelled: tuple[type[BaseException], ...] = (),
    errors: tuple[type[BaseException], ...] = (),
) -> Outcome:
    """Runs ``job`` in a thread while a progress dialog shows (after 400 ms) and can cancel it."""
    progress = QProgressDialog(label, QCoreApplication.translate("Background", "Cancel"), 0, 100, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    worker = _Worker(job, cancelled, errors)
    thread = QThread()
    worker.moveToThread(thread)
    receiver = _Receiver(progress, worker.cancel_event)  # in this (GUI) thread: signals arrive queued
    worker.progressed.connect(receiver.on_progress)
    worker.finished_with.connect(receiver.on_finished)
    progress.canceled.connect(receiver.on_cancel)
    thread.started.connect(worker.run)
    thread.start()
    if not receiver.box:
        receiver.loop.exec()
    thread.quit()
    thread.wait()
    progress.close()
    progress.deleteLater()
    return receiver.box[0]
