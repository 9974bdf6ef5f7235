"""Help ▸ Keyboard Shortcuts (generated from the actions), User Guide (offline, ru and en), About."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

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
