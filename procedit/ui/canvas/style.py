"""Colours, fonts and sizes of the canvas (readable on a projector at 100%)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from procedit.model import LinkKind, PartyKind, ProcessKind, Severity

GRID = 20.0  # grid spacing drawn on the background
SNAP = 10.0  # positions snap to this step
NUDGE = 10.0  # arrow key step; Shift: BIG_NUDGE
BIG_NUDGE = 50.0
TEXT_LOD = 0.35  # below this zoom the boxes are drawn without text
DETAIL_LOD = 0.55  # below this zoom small print (owners, link labels) is left out: unreadable anyway
# semantic zoom: text is never drawn smaller on screen than the scene's text floor (px);
# zoomed out further, boxes and labels draw fewer words in bigger type (one of these scales)
TEXT_FLOOR = 9.0  # while editing
PRESENTATION_FLOOR = 12.0  # on a projector (presentation mode)
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
# a name or a label is cut short (whole words, "…") only when, drawn whole at the biggest scale
# its box holds, it would be smaller on screen than this (px): on a projector a whole name a
# little under the floor reads better than a bigger half of it
WHOLE_FLOOR = TEXT_FLOOR
NAME_PX, CODE_PX, LABEL_PX = 15, 12, 12
HANDLE_RADIUS = 6.0
HANDLE_HIT = 11.0  # how near (scene units) a press must be to a handle
RESIZE_GRIP = 10.0  # the square at a selected box's bottom-right corner that resizes it
MARGIN = 14.0  # room around a node's box for handles, badge and selection outline

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
SELECTION = QColor("#1565c0")
HANDLE = QColor("#1565c0")
DIM_OPACITY = 0.25

# fill, border for each process kind
PROCESS_COLORS: dict[ProcessKind, tuple[QColor, QColor]] = {
    ProcessKind.MANAGEMENT: (QColor("#e4e9fb"), QColor("#3949ab")),
    ProcessKind.CORE: (QColor("#e6f4ea"), QColor("#2e7d32")),
    ProcessKind.SUPPORT: (QColor("#f1f1ee"), QColor("#6d6d6d")),
}
PARTY_COLORS: dict[PartyKind, tuple[QColor, QColor]] = {
    PartyKind.CUSTOMER: (QColor("#fff1de"), QColor("#e07b00")),
    PartyKind.SUPPLIER: (QColor("#e0f3f6"), QColor("#00838f")),
    PartyKind.OTHER: (QColor("#f3e8f6"), QColor("#7b1fa2")),
}
LINK_COLOR = QColor("#37474f")
LINK_STYLE: dict[LinkKind, str] = {
    LinkKind.FLOW: "solid",
    LinkKind.INFORMATION: "dash",
    LinkKind.CONTROL: "dot",
}
BADGE_COLORS: dict[Severity, QColor] = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#f29900"),
    Severity.INFO: QColor("#1976d2"),
}


def font(pixel_size: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


def text_scale(lod: float, floor: float, px: float = NAME_PX) -> float:
    """How much bigger than at 100 % texts of ``px`` are drawn at zoom ``lod`` so that they stay
    at least ``floor`` px on screen (1.0: as usual; the biggest scale below that)."""
    key = (lod, floor, px)
    k = _SCALES.get(key)
    if k is None:  # (asked by every item in every frame: the answer is remembered)
        k = TEXT_SCALES[-1]
        for scale in TEXT_SCALES:
            if px * scale * lod >= floor - 0.05:  # (a zoom of 0.4 is 0.39999…)
                k = scale
                break
        if len(_SCALES) > 1000:
            _SCALES.clear()
        _SCALES[key] = k
    return k


_SCALES: dict[tuple[float, float, float], float] = {}


class Scaled:
    """The fonts of one semantic-zoom scale (names, codes and labels drawn bigger)."""

    def __init__(self, k: float) -> None:
        self.k = k
        self.name = font(round(NAME_PX * k))
        self.code = font(round(CODE_PX * k), bold=True)
        self.label = font(round(LABEL_PX * k))
        self.name_m = QFontMetricsF(self.name)
        self.code_m = QFontMetricsF(self.code)
        self.label_m = QFontMetricsF(self.label)


class Fonts:
    """Fonts and their metrics, made on first use (a QGuiApplication must exist by then)."""

    def __init__(self) -> None:
        self.name = font(NAME_PX)
        self.code = font(CODE_PX, bold=True)
        self.small = font(12)
        self.label = font(LABEL_PX)
        self._scaled: dict[float, Scaled] = {}
        self.badge = font(11, bold=True)
        self.name_m = QFontMetricsF(self.name)
        self.code_m = QFontMetricsF(self.code)
        self.small_m = QFontMetricsF(self.small)
        self.label_m = QFontMetricsF(self.label)
        self._advances: dict[int, dict[str, float]] = {}
        self._words: dict[int, dict[str, float]] = {}
        # (the metrics are kept for the Fonts' lifetime here and in Scaled: their ids stay theirs)
        self._measures: dict[int, Callable[[str], float]] = {}

    def scaled(self, k: float) -> Scaled:
        got = self._scaled.get(k)
        if got is None:
            got = self._scaled[k] = Scaled(k)
        return got

    def width(self, metrics: QFontMetricsF, text: str) -> float:
        """Text width as the sum of cached character advances (no shaping: ~50× cheaper).

        Good to a pixel or two (no kerning), which is all box sizing and centring need. Words
        and short texts are remembered whole (names and labels repeat their words: a map's
        first frame zoomed out measures thousands of them).
        """
        return self.measure(metrics)(text)

    def measure(self, metrics: QFontMetricsF) -> Callable[[str], float]:
        """``width`` bound to ``metrics``: what word wrapping calls for every word and line."""
        key = id(metrics)
        found = self._measures.get(key)
        if found is not None:
            return found
        words: dict[str, float] = self._words.setdefault(key, {})
        table: dict[str, float] = self._advances.setdefault(key, {})

        def measure(text: str) -> float:
            w = words.get(text)
            if w is not None:
                return w
            total = 0.0
            for ch in text:
                w = table.get(ch)
                if w is None:
                    w = table[ch] = metrics.horizontalAdvance(ch)
                total += w
            if len(text) <= 40:
                if len(words) > 50_000:
                    words.clear()
                words[text] = total
            return total

        self._measures[key] = measure
        return measure


_fonts: Fonts | None = None


def fonts() -> Fonts:
    global _fonts
    if _fonts is None:
        _fonts = Fonts()
    return _fonts


def ui_language() -> str:
    """ "ru" or "en": the language the window chose (it sets the default QLocale)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def tr(text: str) -> str:
    """Translate a canvas string with the installed Qt translation (context "canvas")."""
    return QCoreApplication.translate("canvas", text)


def snap(value: float) -> float:
    """``value`` on the snapping grid."""
    return round(value / SNAP) * SNAP
