"""Qt tests run offscreen: the platform is chosen before Qt is imported anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionfinish(session, exitstatus):
    """Copied map elements left on the clipboard crash PySide6 at interpreter exit (a segfault
    after all tests passed); the app does the same hand-over when it quits."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from procedit.ui.app import release_clipboard

        release_clipboard(app)
