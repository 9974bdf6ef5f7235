"""Presentation mode: the map alone on the screen for a workshop on a projector.

Docks, toolbars, the menu bar, the status bar and the canvas's scrollbars are hidden, the
window goes full screen, the map is fitted (but never so far out that names become unreadable: semantic zoom
draws them bigger and shorter, and the fit stops at ``PRESENTATION_MIN_ZOOM``), problem
badges are hidden unless View ▸ Problem Badges turns them back on, and Esc (or the same
key again) restores the window exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from procedit.ui.canvas.style import PRESENTATION_FLOOR, TEXT_FLOOR

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow

PRESENTATION_MIN_ZOOM = 0.45  # names at this zoom, drawn bigger, stay above the text floor


class Presentation(QObject):
    toggled = Signal(bool)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._active = False
        self._hidden: list = []  # what presentation hid, shown again on leaving
        self._layout_before: tuple[QByteArray, QByteArray] | None = None  # (geometry, state)
        self._was_full_screen = False
        self._was_maximized = False
        self._badges = True
        self._bars = (Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # on the canvas (all there is in presentation); the find bar keeps its own Esc
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window.view)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(lambda: self.set_active(False))

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        w = self.window
        a = w.actions
        if on:
            w.scene.close_editor()
            self._layout_before = (w.saveGeometry(), w.saveState())
            self._was_full_screen = w.isFullScreen()
            self._was_maximized = w.isMaximized()
            bars = [*w.findChildren(QDockWidget), *w.findChildren(QToolBar), w.menuBar(), w.statusBar()]
            self._hidden = [b for b in bars if b.isVisible() and b.parent() is w]
            # and whatever stands beside the canvas in the centre (the breadcrumb bar, the find bar)
            central = w.centralWidget()
            self._hidden += [
                c
                for c in central.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if c is not w.view and c.isVisible()
            ]
            for bar in self._hidden:
                bar.hide()
            self._badges = a.badges.isChecked()
            a.badges.setChecked(False)
            w.set_badges_visible(False)
            self._active = True
            w.scene.set_text_floor(PRESENTATION_FLOOR)
            w.view.set_fit_floor(PRESENTATION_MIN_ZOOM)
            # a presentation shows no scrollbars (keys, dragging and the wheel still pan)
            self._bars = (w.view.horizontalScrollBarPolicy(), w.view.verticalScrollBarPolicy())
            w.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            w.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            if not self._was_full_screen:
                w.showFullScreen()
            w.view.fit_map()
            w.view.setFocus()
        else:
            self._active = False
            for bar in self._hidden:
                bar.show()
            self._hidden = []
            a.badges.setChecked(self._badges)
            w.set_badges_visible(self._badges)
            w.scene.set_text_floor(TEXT_FLOOR)
            w.view.set_fit_floor(0.0)
            w.view.setHorizontalScrollBarPolicy(self._bars[0])
            w.view.setVerticalScrollBarPolicy(self._bars[1])
            if not self._was_full_screen:
                w.showMaximized() if self._was_maximized else w.showNormal()
            w.view.fit_map()
        self._escape.setEnabled(on)
        a.full_screen.setChecked(w.isFullScreen() if not on else True)
        a.presentation.setChecked(on)
        self.toggled.emit(on)

    def window_layout(self) -> tuple[QByteArray, QByteArray]:
        """The window's geometry and state to remember at closing: as they were before
        presentation mode when it is on (closing in it must not start the next session with
        every dock and toolbar hidden)."""
        if self._active and self._layout_before is not None:
            return self._layout_before
        w = self.window
        return w.saveGeometry(), w.saveState()

    def map_changed(self) -> None:
        """Another map (or document) on the canvas: it gets the presentation's text floor."""
        if self._active:
            self.window.scene.set_text_floor(PRESENTATION_FLOOR)
