"""The map view: zoom around the mouse, pan (middle button or Space+drag), grid, fit."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLabel

from .frame import paint_items
from .legend import Legend
from .overview import OVERVIEW_LOD
from .style import GRID, TEXT_LOD

MIN_ZOOM, MAX_ZOOM = 0.05, 6.0
ZOOM_STEP = 1.2
GRID_MIN_ZOOM = 0.45  # below this the grid would only be noise
# "fit" shows names: a map that fits only a little below the zoom where boxes lose their texts
# (up to this factor in each direction) is fitted at that zoom, centred, the rest a scroll away;
# a bigger map is shown whole (its overview)
LEGIBLE_FIT = TEXT_LOD + 0.01  # (a little above: the view's zoom is a product of floats)
LEGIBLE_FIT_OVERFLOW = 1.45
_GRID_COLOR = QColor("#e3e7ec")
_FAR = 1e9  # (scene units: farther than any map reaches)
_BACKGROUND = QColor("#fbfcfd")


class MapView(QGraphicsView):
    zoomChanged = Signal(float)
    # a right click (or the menu key): where on the screen, and where on the map; what was
    # under it is selected first
    contextRequested = Signal(QPoint, QPointF)

    def __init__(self, scene=None, parent=None):
        super().__init__(parent)
        self._grid = True
        self._pan_from: QPoint | None = None
        self._space = False
        # "fit" asked for before the window was shown and laid out would use the default
        # size (a 5,000-process map opened at ~0.18x in a third of the window): the map is
        # fitted again on show and on resizes until the user zooms, scrolls, clicks or types
        self._fit_pending = False
        self._fitting = False
        self._fit_floor = 0.0  # "fit" never zooms out further (presentation: text stays readable)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        # the items of a frame are handed to drawItems in one call and painted there (frame.py)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.IndirectPainting, True)
        self._exposed: QRect | None = None  # the viewport area a paintEvent repaints (drawItems)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._toast = QLabel(self.viewport())
        self._toast.setStyleSheet(
            "QLabel { background: rgba(38, 50, 56, 225); color: white; padding: 8px 14px;"
            " border-radius: 6px; font-size: 15px; }"
        )
        self._toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self._toast.hide)
        self.legend = Legend(self)
        if scene is not None:
            self.setScene(scene)

    def set_fit_floor(self, zoom: float) -> None:
        """Fit Map zooms out no further than ``zoom`` (0: as far as the map needs); a map too big
        for the view at that zoom is centred and panned as usual."""
        self._fit_floor = zoom

    def setScene(self, scene) -> None:
        old = self.scene()
        if old is not None and hasattr(old, "message"):
            old.message.disconnect(self.show_message)
        super().setScene(scene)
        if scene is not None and hasattr(scene, "message"):
            scene.message.connect(self.show_message)

    # ------------------------------------------------------------ level of detail
    def _sync_detail(self) -> None:
        """Far zoomed out, the scene's overview is painted instead of its items."""
        scene = self.scene()
        if scene is None or not hasattr(scene, "set_overview"):
            return
        overview = self.zoom < OVERVIEW_LOD and self.transform().m12() == 0
        # the one pass only where items paint: far out, Qt would gather every item of the map
        # (none of which has contents then) with its style option for it, ~60 ms at N = 5,000
        # on each repaint, a dock's tab chosen among them; its own loop skips them at once
        indirect = QGraphicsView.OptimizationFlag.IndirectPainting
        if bool(self.optimizationFlags() & indirect) == overview:
            self.setOptimizationFlag(indirect, not overview)
        if overview != scene.overview_mode():
            scene.set_overview(overview)  # (closer in, every item is made first)
        elif not overview:
            scene.finish_build()  # items paint themselves: all of them must be there
        # (the background is cached either way: far out with the overview, which the scene
        # repaints where it changes, so that a dock's tab chosen does not paint the map again)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._sync_detail()  # (also after a scale() that bypassed set_zoom)
        self._exposed = event.region().boundingRect()
        try:
            room = getattr(self.scene(), "text_room", None)
            if room is None or self.scene().views()[0] is not self:
                super().paintEvent(event)
                return
            room.begin_frame(self.mapToScene(self.viewport().rect()).boundingRect())
            try:
                super().paintEvent(event)
            finally:
                room.end_frame()
        finally:
            self._exposed = None

    def drawItems(self, painter: QPainter, items: list, options: list) -> None:
        """The frame's items in one pass (``frame.paint_items``); ``options`` are not usable
        from Python (PySide6 hands over None for each)."""
        inverse, invertible = painter.worldTransform().inverted()
        if self._exposed is None or not invertible:  # (QGraphicsView.render: every item handed over)
            exposed = QRectF(-_FAR, -_FAR, 2 * _FAR, 2 * _FAR)
        else:
            exposed = inverse.mapRect(QRectF(self._exposed))
        paint_items(painter, items, exposed, self.viewport())

    # ------------------------------------------------------------ zoom
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor``, keeping the scene point under ``anchor`` (viewport px) in place."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if math.isclose(factor, self.zoom):
            return
        point = anchor.toPoint() if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(point)
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / self.zoom, factor / self.zoom)
        after = self.mapToScene(point)
        self.translate(after.x() - before.x(), after.y() - before.y())
        self.setTransformationAnchor(old_anchor)
        self._sync_detail()
        if not self._fitting:
            self._fit_pending = False  # the user chose a zoom: keep it
        self.zoomChanged.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """The whole map in the view (at most 150 %), unless that would hide the names of a map
        not much bigger than the view (``LEGIBLE_FIT``); stays fitted while the window settles."""
        self._fit_pending = True
        if not self.isVisible():
            return  # fitted on show, in the size the window gives the view
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def fit_pending(self) -> bool:
        """True while the view keeps the map fitted (until the user zooms, scrolls or clicks)."""
        return self._fit_pending

    def _fit(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect = scene.map_rect() if hasattr(scene, "map_rect") else scene.itemsBoundingRect()
        if rect.isEmpty():
            self.actual_size()
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        vp = self.viewport().rect().adjusted(2, 2, -2, -2)  # (as fitInView leaves a margin)
        zoom = min(vp.width() / rect.width(), vp.height() / rect.height())
        if LEGIBLE_FIT / LEGIBLE_FIT_OVERFLOW <= zoom < LEGIBLE_FIT:
            zoom = LEGIBLE_FIT  # a small map with its names (nameless boxes at 30 % help nobody)
        # a tiny map is not blown up to poster size; a big one not shrunk past the floor
        self.set_zoom(max(MIN_ZOOM, self._fit_floor, min(1.5, zoom)))
        self.centerOn(rect.center())
        self._sync_detail()
        self.zoomChanged.emit(self.zoom)

    def centerOn(self, *args) -> None:
        """Centre on a point or an item (e.g. a problem clicked in a panel): no refit after."""
        super().centerOn(*args)
        if not self._fitting:
            self._fit_pending = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_map()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_pending and self.isVisible():
            self.fit_map()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._fit_pending = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps, anchor=event.position())
            event.accept()
        else:
            super().wheelEvent(event)

    def pointer_scene_pos(self) -> QPointF | None:
        """The map point under the mouse pointer, or None when the pointer is not over the map."""
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        return self.mapToScene(pos) if self.viewport().rect().contains(pos) else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.scene()
        pos = event.pos()
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        if scene is not None and hasattr(scene, "top_item_at"):
            scene.close_editor()
            if keyboard:  # the menu key acts on the selection: the menu opens at it
                selected = scene.selectedItems()
                center = self.viewport().rect().center()
                pos = self.mapFromScene(selected[0].sceneBoundingRect().center()) if selected else center
            else:  # a right click acts on what is under it, as a left click would select it
                item = scene.top_item_at(self.mapToScene(pos))  # (finishes a progressive build first)
                if item is None:
                    scene.clearSelection()
                elif not item.isSelected():
                    scene.select_ids([item.elem_id])
        if not self.viewport().rect().contains(pos):  # (the menu key, nothing selected in view)
            pos = self.viewport().rect().center()
        self.contextRequested.emit(self.viewport().mapToGlobal(pos), self.mapToScene(pos))
        event.accept()

    # ------------------------------------------------------------ grid
    def set_grid_visible(self, visible: bool) -> None:
        self._grid = visible
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Background and grid, drawn in device pixels (aliased 1 px lines: the fast path)."""
        t = painter.worldTransform()
        device = t.mapRect(rect).toAlignedRect()
        painter.save()
        painter.resetTransform()
        painter.fillRect(device, _BACKGROUND)
        zoom = t.m11()
        if self._grid and zoom >= GRID_MIN_ZOOM and t.m12() == 0:
            # 1 px lines as 1 px wide solid fills: ~8× cheaper than drawLines with a pen
            step = GRID * (2 if zoom < 0.8 else 1)
            x0 = math.floor(rect.left() / step) * step
            y0 = math.floor(rect.top() / step) * step
            top, height = device.top(), device.height()
            left, width = device.left(), device.width()
            fill = painter.fillRect
            x = x0
            while x <= rect.right():
                fill(QRect(round(x * zoom + t.dx()), top, 1, height), _GRID_COLOR)
                x += step
            y = y0
            while y <= rect.bottom():
                fill(QRect(left, round(y * zoom + t.dy()), width, 1), _GRID_COLOR)
                y += step
        painter.restore()
        scene = self.scene()
        if scene is not None and getattr(scene, "overview_mode", None) and scene.overview_mode():
            # (into the background cache Qt paints with a painter of its own, without the hints)
            painter.setRenderHints(self.renderHints())
            scene.paint_overview(painter, rect)

    # ------------------------------------------------------------ messages
    def show_message(self, text: str, msec: int = 3500) -> None:
        """A transient note at the bottom of the canvas (e.g. why a link was refused)."""
        self._toast.setText(text)
        self._toast.adjustSize()
        vp = self.viewport().rect()
        self._toast.move((vp.width() - self._toast.width()) // 2, vp.height() - self._toast.height() - 24)
        self._toast.show()
        self._toast.raise_()
        self._toast_timer.start(msec)

    # ------------------------------------------------------------ panning
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fit_pending = False
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            scene = self.scene()
            if getattr(scene, "editor", None) is None:
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._fit_pending = False
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
