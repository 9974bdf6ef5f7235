"""Start the GUI: ``run_gui(path, screenshot=None)``."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1600, 1000)


def run_gui(path: str | None, screenshot: str | None = None, lang: str | None = None) -> int:
    """Open the main window (with ``path`` when given) and run until it is closed.

    With ``screenshot``, lay the window out offscreen at 1600×1000, fit the map, save a
    PNG of the whole window to ``screenshot`` and return 0 (1 when it cannot be written).
    ``lang`` (``ru``/``en``) overrides the language preference.
    """
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from procedit.ui.window.main_window import MainWindow

    from . import i18n, settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("procedit")
    from .icons import app_icon

    app.setWindowIcon(app_icon())
    language = i18n.resolve_language(lang or settings.language_preference())
    translators = i18n.install_translators(app, language)
    try:
        if screenshot is not None:
            return _screenshot(app, MainWindow, path, screenshot, language)
        from procedit.ui.dialogs.recovery_dialog import offer_recovery

        # what start-up made (modules, classes, the application's objects) lives as long as
        # the process: kept out of the collector's scans, the collection before a big file is
        # read (files.load_frozen) costs ~1 ms instead of ~40 on the way to the first frame
        gc.freeze()
        recovered = offer_recovery(None)  # documents a crash left unsaved, if any
        windows = place_recovered(
            [MainWindow(path, lang=language)], recovered, lambda: MainWindow(None, lang=language)
        )
        for window in windows:
            window.show()
        return app.exec()
    finally:
        i18n.remove_translators(app, translators)


def place_recovered(windows: list, recovered: list, new_window) -> list:
    """Open each recovered document in a window: the one showing its file already (started
    with that FILE: never a second window on the same file), else the first window while it
    is empty, else a new one from ``new_window()``. Returns the windows."""
    from procedit.ui.window.open_files import same_key

    first_free = windows[0].path is None
    for doc in recovered:
        original = same_key(doc.original_path) if doc.original_path else None
        window = next((w for w in windows if original and w.path and same_key(w.path) == original), None)
        if window is None and first_free:
            window = windows[0]
        if window is None:
            window = new_window()
            windows.append(window)
        first_free = first_free and window is not windows[0]
        window.open_recovered(doc)
    return windows


def _screenshot(app, window_class, path: str | None, out: str, language: str) -> int:
    window = window_class(None, persist=False, lang=language, quiet=True)
    if path is not None and not window.load(path):
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    if window.panels is not None:
        window.panels.flush()
    window.view.fit_map()
    app.processEvents()
    ok = window.grab().save(str(out), "PNG")
    window.undo_stack.mark_clean() if window.undo_stack is not None else None
    window.close()
    window.deleteLater()
    app.processEvents()
    if not ok:
        print(f"procedit: cannot write the screenshot {Path(out)}", file=sys.stderr)
        return 1
    return 0
