"""File ▸ Print: the map on paper, with a preview, on one page or tiled over several.

The map goes on one page when its names stay legible there (the same rule as the PDF
regulation's map: ``MIN_SCALE`` points per map unit); a bigger map is printed in tiles
at ``TILE_SCALE`` that overlap a little, each captioned with its place ("row 1, column 2 of
2 × 3") so the sheets can be laid out on a table. The items paint themselves as vectors
(real text), the selection and the in-place editor are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from procedit.export.mapdraw import MIN_SCALE, TILE_OVERLAP, TILE_SCALE
from procedit.ui.canvas.scene import MapScene
from procedit.ui.canvas.style import font

CAPTION_PT = 14.0  # room above the map on each page for its caption (points)


@dataclass(frozen=True)
class Tiling:
    """How the map region ``source`` goes on paper: ``scale`` points per map unit, in
    ``rows`` × ``cols`` pages, each showing a ``tile`` region of the map (w, h in map units)."""

    source: QRectF
    scale: float
    rows: int
    cols: int
    tile: tuple[float, float]

    def region(self, row: int, col: int) -> QRectF:
        w, h = self.tile
        return QRectF(
            self.source.left() + col * (w - TILE_OVERLAP), self.source.top() + row * (h - TILE_OVERLAP), w, h
        )


def plan(source: QRectF, page_w_pt: float, page_h_pt: float) -> Tiling:
    """One page when the map fits at a legible scale, else tiles at ``TILE_SCALE``."""
    h_avail = page_h_pt - CAPTION_PT
    fit = min(page_w_pt / source.width(), h_avail / source.height(), 1.0)
    if fit >= MIN_SCALE:
        return Tiling(source, fit, 1, 1, (source.width(), source.height()))
    s = TILE_SCALE
    tw, th = page_w_pt / s, h_avail / s
    cols = max(1, math.ceil((source.width() - TILE_OVERLAP) / (tw - TILE_OVERLAP)))
    rows = max(1, math.ceil((source.height() - TILE_OVERLAP) / (th - TILE_OVERLAP)))
    return Tiling(source, s, rows, cols, (tw, th))


def print_map(printer: QPrinter, scene: MapScene, title: str) -> Tiling | None:
    """Paint the scene's map onto ``printer`` (tiled when it must be); None for an empty map."""
    source = scene.map_rect()
    if source.isEmpty():
        return None
    source = source.adjusted(-20, -20, 20, 20)
    page = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    tiling = plan(source, page.width(), page.height())
    dpi = printer.resolution() / 72.0  # device pixels per point
    selected = scene.selected_ids()
    scene.close_editor()
    scene.clearSelection()
    painter = QPainter(printer)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        caption_font = font(max(8, round(9 * dpi)))
        with scene.full_detail():
            first = True
            for row in range(tiling.rows):
                for col in range(tiling.cols):
                    if not first:
                        printer.newPage()
                    first = False
                    region = tiling.region(row, col)
                    caption = title
                    if tiling.rows * tiling.cols > 1:
                        caption += "  —  " + QCoreApplication.translate(
                            "Printing", "row {0}, column {1} of {2} × {3}"
                        ).format(row + 1, col + 1, tiling.rows, tiling.cols)
                    painter.setFont(caption_font)
                    painter.drawText(
                        QRectF(0, 0, page.width() * dpi, CAPTION_PT * dpi),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        caption,
                    )
                    s = tiling.scale * dpi
                    target = QRectF(0, CAPTION_PT * dpi, region.width() * s, region.height() * s)
                    scene.render(painter, target, region, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
        scene.select_ids(selected)
    return tiling


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    return printer


def print_with_preview(parent: QWidget, scene: MapScene, title: str) -> QPrintPreviewDialog:
    """File ▸ Print: the preview (page setup, zoom, print) of the map shown on the canvas."""
    printer = make_printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Map"))
    dialog.paintRequested.connect(lambda p: print_map(p, scene, title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
