"""Help ▸ Keyboard Shortcuts (generated from the actions), User Guide (offline, ru and en), About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from procedit.storage import procedit_version
from procedit.ui.dialogs.help import AboutDialog, GuideDialog, ShortcutsDialog, guide_html, show


def test_the_help_menu_holds_guide_shortcuts_and_about(open_window):
    window = open_window()
    menu = window.menus["help"]
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["user_guide", "shortcuts_help", "about"]
    assert window.actions.user_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_shortcuts_list_is_the_actions_keys_so_it_cannot_drift(open_window, qtbot):
    window = open_window()
    window.actions.shortcuts_help.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {(cmd, keys) for _menu, cmd, keys in dialog.rows()}
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.actions.duplicate, window.actions.full_screen, window.actions.auto_layout):
        keys = ", ".join(s.toString(native) for s in action.shortcuts())
        assert (action.text().replace("&", ""), keys) in rows
    # a key given to an action shows up in the list at once, the next time it opens
    dialog.close()
    window.actions.add_lane.setShortcut("Ctrl+Shift+L")
    dialog = show(window, "shortcuts")
    assert any(keys == QKeySequence("Ctrl+Shift+L").toString(native) for _m, _c, keys in dialog.rows())
    dialog.filter.setText("Ctrl+D")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert visible and all("Ctrl+D" in " ".join(dialog.rows()[r]) for r in visible)


def test_the_guide_ships_in_both_languages_and_opens_offline(open_window):
    ru, en = guide_html("ru"), guide_html("en")
    assert "Уровень проверки" in ru or "уровень проверки" in ru
    assert "checking level" in en
    assert "http" not in ru + en  # nothing online
    window = open_window()
    window.actions.user_guide.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and "procedit" in dialog.browser.toPlainText()


def test_about_names_the_version_and_the_licences_of_libraries_and_fonts(open_window):
    window = open_window()
    window.actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    text = dialog.browser.toPlainText()
    assert procedit_version() in text and "MIT" in text
    for package in ("PySide6-Essentials", "reportlab", "networkx", "pydantic"):
        assert package in text
    assert "Source Sans Pro" in text and "PT Sans" in text and "OFL" in text
    assert "LGPL" in text  # Qt's licence


@pytest.mark.xcb
def test_the_shortcuts_list_shows_only_keys_an_ordinary_keyboard_has(open_window):
    """Qt's X11 bindings give Undo also F14 and the keyboard's own Undo key, Save the Save key:
    the list said "Ctrl+Z, F14, Отменить действие" and "Ctrl+S, Сохранить". Every key listed is
    one a user can press, and each action keeps its usual key."""
    window = open_window()
    dialog = show(window, "shortcuts")
    rows = {cmd: keys for _menu, cmd, keys in dialog.rows()}
    native = QKeySequence.SequenceFormat.NativeText
    for action, key in ((window.actions.undo, "Ctrl+Z"), (window.actions.save, "Ctrl+S")):
        listed = rows[action.text().replace("&", "")].split(", ")
        assert QKeySequence(key).toString(native) in listed
    checked = 0
    for action in window.findChildren(QAction):
        listed = rows.get(action.text().replace("&", ""))
        if not action.shortcuts() or listed is None:
            continue
        for text in listed.split(", "):
            seq = QKeySequence.fromString(text, native)
            assert all(seq[i].key().value < Qt.Key.Key_F13.value for i in range(seq.count())), text
            checked += 1
    assert checked > 30
