"""The canvas legend: what the box colours and the line styles mean, in a corner of the view.

A small widget over the view (not a scene item: it stays put while the map pans and zooms,
and it is never part of an exported picture). View ▸ Legend switches it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from procedit.model import LinkKind, ProcessKind

from .items.link import LINK_PENS
from .items.process import render_process
from .style import INK, font, tr

_ROWS_PROCESS = (
    (ProcessKind.MANAGEMENT, QT_TRANSLATE_NOOP("canvas", "Management process")),
    (ProcessKind.CORE, QT_TRANSLATE_NOOP("canvas", "Core process")),
    (ProcessKind.SUPPORT, QT_TRANSLATE_NOOP("canvas", "Support process")),
)
_ROWS_LINK = (
    (LinkKind.FLOW, QT_TRANSLATE_NOOP("canvas", "Work product or material")),
    (LinkKind.INFORMATION, QT_TRANSLATE_NOOP("canvas", "Information")),
    (LinkKind.CONTROL, QT_TRANSLATE_NOOP("canvas", "Control")),
)
_ROW = 24
_PAD = 10
_SWATCH = 44
_BACK = QColor(255, 255, 255, 235)
_BORDER = QColor("#b0bec5")


class Legend(QWidget):
    """Process kinds and link kinds, drawn as on the map, at the view's bottom-left corner."""

    def __init__(self, view: QGraphicsView):
        super().__init__(view)
        self.setObjectName("canvas_legend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # (no Python reference to the view: it owns this widget, and a reference back would
        # keep a closed view and its scene's items alive in a cycle until the collector runs)
        self._font = font(13)
        self._title_font = font(13, bold=True)
        view.installEventFilter(self)
        self.hide()

    def rows(self) -> list[str]:
        """The texts shown, top to bottom (translated)."""
        return [tr("Legend")] + [tr(t) for _k, t in _ROWS_PROCESS] + [tr(t) for _k, t in _ROWS_LINK]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text_w = max(metrics.horizontalAdvance(t) for t in self.rows())
        rows = 1 + len(_ROWS_PROCESS) + len(_ROWS_LINK)
        return QSize(int(_PAD * 3 + _SWATCH + text_w + 8), _PAD * 2 + rows * _ROW)

    def set_shown(self, on: bool) -> None:
        self.setFont(self._font)
        self.setVisible(on)
        if on:
            self._place()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget() and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        self.resize(self.sizeHint())
        view = self.parentWidget()
        assert isinstance(view, QGraphicsView)
        vp = view.viewport().geometry()
        self.move(vp.left() + 12, vp.bottom() - self.height() - 12)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(_BORDER, 1))
        p.setBrush(_BACK)
        p.drawRoundedRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1), 6, 6)
        y = _PAD
        p.setFont(self._title_font)
        p.setPen(INK)
        p.drawText(QRectF(_PAD, y, self.width(), _ROW), Qt.AlignmentFlag.AlignVCenter, tr("Legend"))
        y += _ROW
        p.setFont(self._font)
        for kind, text in _ROWS_PROCESS:
            p.save()
            p.translate(_PAD, y + 3)
            p.scale(_SWATCH / 60, (_ROW - 6) / 24)
            render_process(p, kind, 60, 24)
            p.restore()
            self._text(p, y, tr(text))
            y += _ROW
        for kind, text in _ROWS_LINK:
            pen = QPen(LINK_PENS[(kind, False)])
            pen.setWidthF(2.0)
            p.setPen(pen)
            p.drawLine(QPointF(_PAD, y + _ROW / 2), QPointF(_PAD + _SWATCH, y + _ROW / 2))
            self._text(p, y, tr(text))
            y += _ROW
        p.end()

    def _text(self, p: QPainter, y: float, text: str) -> None:
        p.setPen(INK)
        p.drawText(QRectF(_PAD * 2 + _SWATCH, y, self.width(), _ROW), Qt.AlignmentFlag.AlignVCenter, text)
