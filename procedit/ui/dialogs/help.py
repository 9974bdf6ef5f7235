"""The Help menu's windows: Keyboard Shortcuts, the User Guide and About.

- **Keyboard Shortcuts** is generated from the window's actions (their menus, texts and the keys
  they have on this platform), so the list cannot drift from what the keys do.
- **User Guide** shows ``resources/guide/guide_<lang>.html``: a short offline guide.
- **About** names the version, the licence and every bundled library and font with its
  version and licence, read from the installed packages' metadata.
"""

from __future__ import annotations

import importlib.metadata as md
import platform
import re
from html import escape
from typing import TYPE_CHECKING

import procedit_resources
import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from procedit.storage import procedit_version

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _plain(text: str) -> str:
    """A menu text as a reader sees it: "&Save As…" → "Save As…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# keys past F12 in Qt's numbering: F13-F35, the Super and Menu keys and the vendor keys (a
# keyboard's own Copy, Save, Undo... keys, Sun's F14-F20) that Qt's standard bindings add on X11
_FIRST_UNTYPABLE = Qt.Key.Key_F13.value


def _typable(seq: QKeySequence) -> bool:
    """Whether every key of ``seq`` is on an ordinary keyboard (a letter, a digit, punctuation,
    Esc, Tab, Del, the arrows, F1-F12...)."""
    return all(seq[i].key().value < _FIRST_UNTYPABLE for i in range(seq.count()))


def _keys_text(action: QAction) -> list[str]:
    """The keys of ``action`` a user can press, as the platform writes them; Qt's X11 bindings
    add keys no ordinary keyboard has (the dialog showed "Ctrl+S, Сохранить", "Ctrl+Z, F14")."""
    nat = QKeySequence.SequenceFormat.NativeText
    return [s.toString(nat) for s in action.shortcuts() if s and _typable(s)]


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the window's menus that has a key, in menu order;
    then the map's keys that are no menu item."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.menu().title())}")
                continue
            keys = _keys_text(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((path, _plain(action.text()), ", ".join(keys)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.menu().title()))
    for action in window.findChildren(QAction):  # keys of actions no menu shows
        keys = _keys_text(action)
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append(("", _plain(action.text()), ", ".join(keys)))
    canvas = tr("Map")
    for what, keys in (
        (tr("Move the selection (Shift: bigger steps)"), tr("Arrow keys")),
        (tr("Rename the selected box"), "F2"),
        (tr("Pan the map"), tr("Space + drag, middle button")),
        (tr("Zoom"), tr("Ctrl + wheel")),
        (tr("Cancel a gesture or the naming of a new box"), "Esc"),
    ):
        rows.append((canvas, what, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Find a command or a key…"))
        self.filter.setClearButtonEnabled(True)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(720, 620)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for r in range(self.table.rowCount()):
            row = " ".join(self.table.item(r, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in row)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def _lang() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def guide_html(lang: str | None = None) -> str:
    """The offline user guide in the interface language (English when there is none in it)."""
    lang = lang or _lang()
    for name in (f"guide/guide_{lang}.html", "guide/guide_en.html"):
        node = procedit_resources.resource(name)
        if node.is_file():
            return node.read_text(encoding="utf-8")
    return "<p>" + escape(tr("The user guide is missing from this installation.")) + "</p>"


class _PageDialog(QDialog):
    """A page of rich text with a Close button (the guide, About)."""

    def __init__(self, window: QWidget, name: str, title: str, html: str, size: tuple[int, int]):
        super().__init__(window)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a browser
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*size)


class GuideDialog(_PageDialog):
    def __init__(self, window: QWidget):
        super().__init__(window, "guide_dialog", tr("procedit User Guide"), guide_html(), (760, 700))


def bundled() -> list[tuple[str, str, str]]:
    """(package, version, licence) of every package procedit runs on (fonts included), read from
    the installed packages' metadata."""
    rows = []
    seen = set()
    for requirement in md.requires("procedit") or []:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        try:
            meta = md.metadata(name)
        except md.PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or ""
        if not licence:
            classifiers = [
                c.split("::")[-1].strip()
                for c in meta.get_all("Classifier") or []
                if c.startswith("License ::")
            ]
            licence = "; ".join(classifiers) or (meta.get("License") or "").splitlines()[0][:80]
        rows.append((name, meta.get("Version", ""), licence))
    return rows


def about_html() -> str:
    version = procedit_version()
    what = tr(
        "An offline editor of business process maps: AS IS and TO BE maps, owners, customers, "
        "criteria and process regulations."
    )
    licence = tr(
        "procedit is free software under the MIT licence. It works without a network and sends nothing anywhere."
    )
    libraries = tr("Bundled libraries and fonts")
    fonts = tr(
        "The PDF regulations embed the fonts Source Sans Pro and PT Sans, both under the SIL Open Font License 1.1; "
        "characters they lack are drawn with DejaVu Sans (Bitstream Vera and DejaVu licence) or STIX General "
        "(SIL Open Font License 1.1), read from the matplotlib package."
    )
    heads = (tr("Package"), tr("Version"), tr("Licence"))
    rows = "".join(
        f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>" for n, v, lic in bundled()
    )
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in heads)
    runtime = f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"
    return (
        f"<h2>procedit {escape(version)}</h2><p>{escape(what)}</p><p>{escape(licence)}</p>"
        f"<p>{escape(runtime)}</p><h3>{escape(libraries)}</h3><p>{escape(fonts)}</p>"
        f"<table cellpadding='3'><tr>{head}</tr>{rows}</table>"
    )


class AboutDialog(_PageDialog):
    def __init__(self, window: QWidget):
        super().__init__(window, "about_dialog", tr("About procedit"), about_html(), (620, 560))


def show(window: MainWindow, kind: str) -> QDialog:
    """Open one of the help windows (``shortcuts``, ``guide``, ``about``) without blocking the map."""
    cls = {"shortcuts": ShortcutsDialog, "guide": GuideDialog, "about": AboutDialog}[kind]
    existing = next((d for d in window.findChildren(cls) if d.isVisible()), None)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = cls(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
