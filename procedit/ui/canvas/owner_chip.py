"""The Owner's view chip: on the canvas while the view dims every process but one person's.

It says why the map is dimmed — "Owner's view: Петрова Анна" — and its ✕ switches the view off,
so the map never stays dimmed without a sign of why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class OwnerChip(QFrame):
    closeRequested = Signal()

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.setObjectName("owner_chip")
        self.setStyleSheet(
            "QFrame#owner_chip { background: #fff8e1; border: 1px solid #b26a00; border-radius: 12px; }"
            "QLabel { color: #5d4037; font-weight: bold; background: transparent; border: none; }"
            "QToolButton { border: none; background: transparent; color: #5d4037; font-weight: bold; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("owner_chip_close")
        self.close_button.setText("✕")
        self.close_button.setToolTip(QCoreApplication.translate("OwnerChip", "Leave the owner's view"))
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.closeRequested)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        viewport.installEventFilter(self)
        self.hide()

    def show_person(self, name: str | None) -> None:
        """Show the chip for ``name`` (None hides it)."""
        if name is None:
            self.hide()
            return
        self.label.setText(QCoreApplication.translate("OwnerChip", "Owner's view: %1").replace("%1", name))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(8, (parent.width() - self.width()) // 2), 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
