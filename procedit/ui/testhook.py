"""A test entry point, not part of normal use: ``python -m procedit.ui.testhook [--recover] PROJECT SCRIPT``.

Starts the GUI on PROJECT (or with nothing when PROJECT is ``-``) and, once the window is
shown, runs the Python file SCRIPT with these names: ``host`` (``.doc``, ``.push(cmd)``,
``.safety``, ``.window``, ``.modified``), ``app``, ``wait_for(signal)`` (runs the event loop until the
signal fires) and ``recovered`` (with ``--recover``: the documents taken back from the
recovery dialog, answered "Recover all"). The app keeps running after the script until it
quits or is killed — which is the point: tests kill it with SIGKILL to simulate a crash.

The window is the real ``MainWindow`` when it carries a ``safety`` controller; otherwise a
minimal window holding a ``Document``, its ``History`` and a ``DocumentSafety``.
"""

from __future__ import annotations

import runpy
import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from procedit import storage
from procedit.commands import Document, History


class MinimalHost(QWidget):
    """A document with its history and safety controller in a bare window."""

    kind = "minimal"

    def __init__(self, path: str | None, project=None):
        super().__init__()
        from procedit.ui.window.safety import DocumentSafety

        self.path = path
        if project is None:
            project = storage.load(path) if path else storage.loads(_EMPTY)
        self.doc = Document(project)
        self.history = History(self.doc)
        self.safety = DocumentSafety(self, self.doc, self.history, lambda: self.path)
        self.safety.documentReplaced.connect(self._replace)
        self.window = self

    def _replace(self, project, modified: bool) -> None:
        self.doc = Document(project)
        self.history = History(self.doc)
        self.safety.attach(self.doc, self.history)
        if modified:
            self.safety.mark_recovered()

    def push(self, command) -> None:
        self.history.push(command)

    @property
    def modified(self) -> bool:
        return not self.history.is_clean


class WindowHost:
    """The real main window seen through the same names."""

    kind = "main_window"

    def __init__(self, window):
        self.window = window

    @property
    def doc(self):
        return self.window.doc

    @property
    def safety(self):
        return self.window.safety

    def push(self, command) -> None:
        self.window.push(command)

    @property
    def modified(self) -> bool:
        return self.window.is_modified()


_EMPTY = b'{"format": 2, "name": "", "maps": [{"id": "map_1", "name": "Map"}]}'


def _make_host(path: str | None, recovered: list):
    try:
        from procedit.ui.window.main_window import MainWindow
    except Exception:  # the main window is not there (or broken): the bare host still tests safety
        MainWindow = None
    if MainWindow is not None:
        window = MainWindow(path, persist=False, quiet=True)
        if getattr(window, "safety", None) is not None:
            for doc in recovered[:1]:
                opener = getattr(window, "open_recovered", None)
                if opener is not None:
                    opener(doc)
            window.show()
            return WindowHost(window)
        window.close()
        window.deleteLater()
    project = recovered[0].project if recovered else None
    host_path = recovered[0].original_path if recovered else path
    host = MinimalHost(host_path, project)
    if recovered:
        host.safety.attach(host.doc, host.history, recovered_slot=recovered[0].slot)
        host.safety.mark_recovered()
    host.show()
    return host


def wait_for(signal, timeout_ms: int = 60000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *a: (fired.append(a), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def main(argv: list[str]) -> int:
    recover = "--recover" in argv
    args = [a for a in argv if a != "--recover"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = None if args[0] == "-" else args[0]
    script = args[1]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    recovered: list = []
    if recover:
        from procedit.ui.dialogs.recovery_dialog import offer_recovery

        recovered = offer_recovery(None, dialog_hook=lambda dialog: dialog.recover_button.click())
    host = _make_host(path, recovered)
    namespace = {"host": host, "app": app, "wait_for": wait_for, "recovered": recovered}

    def run() -> None:
        try:
            runpy.run_path(script, init_globals=namespace, run_name="__procedit_test__")
        except SystemExit as e:
            app.exit(int(e.code or 0))
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stdout.flush()
            app.exit(3)

    QTimer.singleShot(0, run)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
