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
