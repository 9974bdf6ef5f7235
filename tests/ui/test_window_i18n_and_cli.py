"""The Russian UI through Qt's translators, and ``procedit FILE --screenshot`` as a subprocess."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QImage
from window_helpers import sample_project

from procedit import storage
from procedit.ui import i18n, settings
from procedit.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("PROCEDIT_DATA_DIR", str(tmp_path / "data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings.settings().clear()


@pytest.fixture
def russian(qapp):
    translators = i18n.install_translators(qapp, "ru")
    yield translators
    i18n.remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_translation_files_are_found_from_the_package(qapp):
    qm = i18n.translations_dir() / "procedit_ru.qm"
    assert qm.is_file() and len(qm.read_bytes()) > 1000
    assert (i18n.translations_dir() / "procedit_ru.ts").is_file()
    translator = i18n.load_translator(qapp, "ru")
    assert translator is not None
    assert translator.translate("Actions", "&File") == "&Файл"


def test_resources_folder_can_be_overridden(qapp, tmp_path, monkeypatch, capfd):
    """A relocated build names its folder; a folder without our .qm leaves the UI in English, saying so."""
    (tmp_path / "translations").mkdir()
    qm = (i18n.translations_dir() / "procedit_ru.qm").read_bytes()
    (tmp_path / "translations" / "procedit_ru.qm").write_bytes(qm)
    monkeypatch.setenv("PROCEDIT_RESOURCES", str(tmp_path))
    assert i18n.load_translator(qapp, "ru") is not None
    (tmp_path / "translations" / "procedit_ru.qm").unlink()
    assert i18n.load_translator(qapp, "ru") is None
    assert "no ru translation" in capfd.readouterr().err


def test_russian_menus_and_actions(qtbot, russian):
    assert russian  # ours, and Qt's own qtbase_ru when Qt ships it
    window = MainWindow(None, persist=False, lang="ru")
    qtbot.addWidget(window)
    assert window.menus["file"].title() == "&Файл"
    assert window.menus["edit"].title() == "&Правка"
    assert window.actions.find.text() == "&Найти…"
    assert window.properties_dock.windowTitle() == "Свойства"
    assert window.state_label.text() == "Новый файл"
    # the new project itself is Russian too, and the map switcher names the map kind
    assert "Карта процессов" in window.map_combo.currentText()
    assert not window.is_modified()


def test_english_is_the_source_language(qtbot, qapp):
    translators = i18n.install_translators(qapp, "en")
    assert translators == []
    window = MainWindow(None, persist=False, lang="en")
    qtbot.addWidget(window)
    assert window.menus["file"].title() == "&File"


def test_language_preference_is_remembered():
    assert settings.language_preference() == "system"
    settings.set_language_preference("ru")
    assert settings.language_preference() == "ru"
    assert i18n.resolve_language("ru") == "ru"
    assert i18n.resolve_language("system") in i18n.LANGUAGES


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROCEDIT_DATA_DIR=str(tmp_path / "data"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # QSettings of the child stay in tmp
    return subprocess.run(
        [sys.executable, "-m", "procedit", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _check_png(path: Path) -> QImage:
    assert path.is_file()
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1000)
    return image


def test_screenshot_subprocess_writes_a_png(tmp_path):
    project = tmp_path / "пример.procmap"
    storage.save(sample_project(), project)
    out = tmp_path / "shot.png"
    result = _run([str(project), "--screenshot", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    _check_png(out)
    assert not (tmp_path / "пример.procmap.lock").exists()  # the lock went with the window


def test_screenshot_of_a_bad_file_fails_with_one_line(tmp_path):
    bad = tmp_path / "bad.procmap"
    bad.write_text("{not json", encoding="utf-8")
    result = _run([str(bad), "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode != 0
    assert "bad.procmap" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_screenshot_of_a_2000_process_map_exits_0(tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "perf"))
    try:
        from generate import make_project
    finally:
        sys.path.remove(str(ROOT / "tests" / "perf"))
    project = tmp_path / "big.procmap"
    storage.save(make_project(2000), project)
    out = tmp_path / "big.png"
    result = _run([str(project), "--screenshot", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    _check_png(out)


EDIT_AND_QUIT = """
from PySide6.QtWidgets import QMessageBox
from procedit.commands import Delete, SetFields

window = host.window
map_id = window.map_id
first, second = list(window.doc.processes(map_id))[:2]
window.push(SetFields({first.id: {"name": "Переименованный процесс"}}, label="Rename"))
window.push(SetFields({second.id: {"x": second.x + 40}}, label="Move"))
window.scene.select_ids([second.id])
window.actions.delete.trigger()
window.actions.undo.trigger()
window.actions.find.trigger()
window.find_bar.edit.setText("Переименованный")
window.find_bar.find_next()
assert window.scene.selected_ids() == [first.id]
window.actions.new_to_be.trigger()
assert window.map_id != map_id
window.actions.undo.trigger()
assert window.map_id == map_id
assert window.isWindowModified()
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
window.close()
"""


@pytest.mark.slow
def test_open_edit_and_quit_a_2000_process_map_exits_0(tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "perf"))
    try:
        from generate import make_project
    finally:
        sys.path.remove(str(ROOT / "tests" / "perf"))
    project = tmp_path / "big.procmap"
    storage.save(make_project(2000), project)
    before = project.read_bytes()
    script = tmp_path / "edit.py"
    script.write_text(EDIT_AND_QUIT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROCEDIT_DATA_DIR=str(tmp_path / "data"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-m", "procedit.ui.testhook", str(project), str(script)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.read_bytes() == before  # discarded: the file is untouched


COPY_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from procedit.ui.app import run_gui
from procedit.ui.window.main_window import MainWindow

app = QApplication(sys.argv[:1])

def act():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    window.actions.select_all.trigger()
    window.actions.copy.trigger()
    window.actions.paste.trigger()
    window.undo_stack.mark_clean()
    window.close()

QTimer.singleShot(0, act)
sys.exit(run_gui(sys.argv[1]))
"""


def test_quit_after_copy_exits_0(tmp_path):
    project = tmp_path / "пример.procmap"
    storage.save(sample_project(), project)
    script = tmp_path / "copy_quit.py"
    script.write_text(COPY_AND_QUIT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROCEDIT_DATA_DIR=str(tmp_path / "data"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, str(script), str(project)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_every_ui_string_has_a_russian_translation(tmp_path):
    """New strings: run resources/translations/update.py and translate them in the .ts."""
    spec = importlib.util.spec_from_file_location(
        "translations_update", ROOT / "resources/translations/update.py"
    )
    ut = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ut)
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    (tmp_path / "procedit_ru.ts").write_bytes((i18n.translations_dir() / "procedit_ru.ts").read_bytes())
    ts = ut.update("ru", bin_dir, out_dir=tmp_path)
    missing = ut.unfinished(ts)
    assert not missing, f"{len(missing)} untranslated UI string(s), e.g. {missing[:5]}"
