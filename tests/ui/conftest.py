"""Qt tests run offscreen: the platform is chosen before Qt is imported anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture
def isolated_settings(tmp_path, monkeypatch):
    """Preferences and recovery copies go to a temporary directory, never to the user's."""
    from PySide6.QtCore import QSettings

    from procedit.ui import settings

    monkeypatch.setenv("PROCEDIT_DATA_DIR", str(tmp_path / "data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings.settings().clear()
    yield
    settings.settings().clear()


@pytest.fixture
def project_file(tmp_path):
    """The two-map sample project of window_helpers, saved to a Cyrillic file name."""
    from window_helpers import sample_project

    from procedit import storage

    path = tmp_path / "маркетинг.procmap"
    storage.save(sample_project(), path)
    return path


@pytest.fixture
def open_window(qtbot, tmp_path, isolated_settings):
    """``open_window(project=None)``: a project (the sample one by default) saved and opened in a
    main window, 1400×900 and shown at 100 %. Closed without a prompt after the test (not
    ``qtbot.addWidget``: pytest-qt would close it first, and a changed document would ask to save)."""
    from window_helpers import sample_project

    from procedit import storage
    from procedit.ui.window.main_window import MainWindow

    windows = []

    def open_(project=None):
        path = tmp_path / f"проект{len(windows)}.procmap"
        storage.save(project if project is not None else sample_project(), path)
        w = MainWindow(str(path))
        windows.append(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        w.view.set_zoom(1.0)
        return w

    yield open_
    for w in windows:
        w.undo_stack.mark_clean()
        w.close()
        w.deleteLater()
