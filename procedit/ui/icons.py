"""Toolbar icons drawn with QPainter (no image files): clear at any size and in any theme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

INK = QColor("#37474f")
ACCENT = QColor("#1e88e5")
SIZES = (16, 24, 32, 48)


def _icon(draw: Callable[[QPainter], None]) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(size / 24, size / 24)  # draw on a 24×24 grid
        draw(p)
        p.end()
        icon.addPixmap(pixmap)
    return icon


def _pen(color: QColor = INK, width: float = 1.8) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _plus(p: QPainter, cx: float, cy: float, r: float = 3.6) -> None:
    p.setPen(_pen(QColor("white"), 4.2))
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))
    p.setPen(_pen(ACCENT, 2.2))
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def add_process() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen())
        p.setBrush(QColor("#e3f2fd"))
        p.drawRoundedRect(QRectF(2, 5, 16, 11), 2.5, 2.5)
        _plus(p, 18.5, 17.5)

    return _icon(draw)


def add_party() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(QColor("#ef6c00")))
        p.setBrush(QColor("#fff3e0"))
        p.drawRoundedRect(QRectF(2, 5, 16, 11), 5.5, 5.5)
        _plus(p, 18.5, 17.5)

    return _icon(draw)


def _magnifier(p: QPainter) -> None:
    p.setPen(_pen(INK, 2.0))
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(3, 3, 13, 13))
    p.setPen(_pen(INK, 3.0))
    p.drawLine(QPointF(14.5, 14.5), QPointF(20.5, 20.5))


def zoom_in() -> QIcon:
    def draw(p: QPainter) -> None:
        _magnifier(p)
        p.setPen(_pen(ACCENT, 2.0))
        p.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))
        p.drawLine(QPointF(9.5, 6.5), QPointF(9.5, 12.5))

    return _icon(draw)


def zoom_out() -> QIcon:
    def draw(p: QPainter) -> None:
        _magnifier(p)
        p.setPen(_pen(ACCENT, 2.0))
        p.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))

    return _icon(draw)


def fit_map() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(INK, 2.0))
        for x, y, dx, dy in ((3, 3, 1, 1), (21, 3, -1, 1), (3, 21, 1, -1), (21, 21, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + 5 * dx, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + 5 * dy))
        p.setPen(_pen(ACCENT, 1.6))
        p.setBrush(QColor("#e3f2fd"))
        p.drawRoundedRect(QRectF(7, 8, 10, 8), 1.5, 1.5)

    return _icon(draw)


def auto_layout() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(INK, 1.5))
        p.setBrush(QColor("#e3f2fd"))
        for x, y in ((2, 3), (2, 15), (14, 9)):
            p.drawRoundedRect(QRectF(x, y, 8, 6), 1.5, 1.5)
        p.setPen(_pen(ACCENT, 1.5))
        p.drawLine(QPointF(10, 6), QPointF(14, 11))
        p.drawLine(QPointF(10, 18), QPointF(14, 14))

    return _icon(draw)


def _curved_arrow(p: QPainter, mirror: bool) -> None:
    if mirror:
        p.translate(24, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(19, 18))
    path.cubicTo(QPointF(19, 9), QPointF(13, 7), QPointF(6, 9))
    p.setPen(_pen(INK, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    head = QPainterPath(QPointF(3, 9.5))
    head.lineTo(QPointF(9, 5))
    head.lineTo(QPointF(9, 14))
    head.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawPath(head)


def undo() -> QIcon:
    return _icon(lambda p: _curved_arrow(p, False))


def redo() -> QIcon:
    return _icon(lambda p: _curved_arrow(p, True))


def app_icon() -> QIcon:
    """The window icon: two linked processes."""

    def draw(p: QPainter) -> None:
        p.setPen(_pen(QColor("#1565c0"), 1.6))
        p.setBrush(QColor("#e3f2fd"))
        p.drawRoundedRect(QRectF(1.5, 3, 11, 8), 2, 2)
        p.setBrush(QColor("#e8f5e9"))
        p.setPen(_pen(QColor("#2e7d32"), 1.6))
        p.drawRoundedRect(QRectF(11.5, 13, 11, 8), 2, 2)
        p.setPen(_pen(INK, 1.6))
        p.drawLine(QPointF(7, 11), QPointF(7, 17))
        p.drawLine(QPointF(7, 17), QPointF(10.5, 17))
        head = QPainterPath(QPointF(11.5, 17))
        head.lineTo(QPointF(8.5, 15))
        head.lineTo(QPointF(8.5, 19))
        head.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawPath(head)

    return _icon(draw)
