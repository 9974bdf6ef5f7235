"""Export the whole map as a PNG or SVG image at a chosen scale."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

MARGIN = 24.0
MAX_SIDE = 16000  # pixels: larger PNGs are scaled down to fit


def map_rect(scene: QGraphicsScene) -> QRectF:
    if hasattr(scene, "finish_build"):  # a big map's items may still be being made
        scene.finish_build()
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene: QGraphicsScene, painter: QPainter, source: QRectF, target: QRectF) -> None:
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    # every item painting itself, whatever the zoom of the view (not its far-out overview)
    detail = scene.full_detail() if hasattr(scene, "full_detail") else nullcontext()
    try:
        with detail:
            painter.fillRect(target, QColor("white"))
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in selected:
            item.setSelected(True)


def png_scale(scene: QGraphicsScene, scale: float) -> float:
    """``scale`` reduced so that the PNG stays within ``MAX_SIDE`` pixels a side."""
    rect = map_rect(scene)
    longest = max(rect.width(), rect.height()) * scale
    return scale if longest <= MAX_SIDE else MAX_SIDE / max(rect.width(), rect.height())


def export_png(scene: QGraphicsScene, path: str | Path, scale: float = 1.0) -> QSize:
    """Render the whole map to ``path`` (PNG); returns the image size. Raises ``OSError`` on failure."""
    source = map_rect(scene)
    scale = png_scale(scene, scale)
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, source, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return size


def export_svg(scene: QGraphicsScene, path: str | Path, scale: float = 1.0, title: str = "") -> QSize:
    """Render the whole map to ``path`` (SVG, vector); returns the drawing size."""
    source = map_rect(scene)
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("procedit")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    _render(scene, painter, source, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return size
