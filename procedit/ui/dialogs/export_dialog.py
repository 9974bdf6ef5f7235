"""File ▸ Export Image: choose PNG or SVG and a scale, then render the whole map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from procedit.storage.names import file_stem
from procedit.ui.canvas.export_image import export_png, export_svg, png_scale
from procedit.ui.dialogs.replace import suffixed

if TYPE_CHECKING:
    from procedit.ui.window.main_window import MainWindow

SCALES = (0.5, 1.0, 1.5, 2.0, 3.0)


def export_image_dialog(window: MainWindow) -> str | None:
    """Ask for a file and a scale and export; returns the written path or None."""
    if window.scene is None or window.doc is None:
        return None
    map_name = file_stem(window.doc.header.name, window.doc.map_header(window.map_id).name, fallback="map")
    folder = Path(window.path).parent if window.path else Path.home()
    png_filter = QCoreApplication.translate("ExportImage", "PNG image (*.png)")
    svg_filter = QCoreApplication.translate("ExportImage", "SVG drawing (*.svg)")
    path, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ExportImage", "Export Map Image"),
        str(folder / f"{map_name}.png"),
        f"{png_filter};;{svg_filter}",
    )
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        suffix = ".svg" if chosen == svg_filter else ".png"
        path = suffixed(window, QCoreApplication.translate("ExportImage", "Export Map Image"), path, path + suffix)
        if path is None:
            return None
    labels = [f"{round(s * 100)} %" for s in SCALES]
    label, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("ExportImage", "Export Map Image"),
        QCoreApplication.translate("ExportImage", "Scale:"),
        labels,
        1,
        False,
    )
    if not ok:
        return None
    scale = SCALES[labels.index(label)]
    try:
        if suffix == ".svg":
            export_svg(window.scene, path, scale, title=map_name)
        else:
            if png_scale(window.scene, scale) < scale:
                window.statusBar().showMessage(
                    QCoreApplication.translate("ExportImage", "The map is large: the image was scaled down."),
                    8000,
                )
            export_png(window.scene, path, scale)
    except OSError as e:
        QMessageBox.critical(window, QCoreApplication.translate("ExportImage", "Cannot Export Image"), str(e))
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("ExportImage", "Exported %1").replace("%1", path), 5000
    )
    return path
