"""Colours, fonts and sizes of the canvas (readable on a projector at 100%)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from procedit.model import LinkKind, PartyKind, ProcessKind, Severity

GRID = 20.0  # grid spacing drawn on the background
SNAP = 10.0  # positions snap to this step
NUDGE = 10.0  # arrow key step; Shift: BIG_NUDGE
BIG_NUDGE = 50.0
TEXT_LOD = 0.35  # below this zoom the boxes are drawn without text
DETAIL_LOD = 0.55  # below this zoom small print (owners, link labels) is left out: unreadable anyway
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


class Fonts:
    """Fonts and their metrics, made on first use (a QGuiApplication must exist by then)."""

    def __init__(self) -> None:
        self.name = font(15)
        self.code = font(12, bold=True)
        self.small = font(12)
        self.label = font(12)
        self.badge = font(11, bold=True)
        self.name_m = QFontMetricsF(self.name)
        self.code_m = QFontMetricsF(self.code)
        self.small_m = QFontMetricsF(self.small)
        self.label_m = QFontMetricsF(self.label)
        self._advances: dict[int, dict[str, float]] = {}

    def width(self, metrics: QFontMetricsF, text: str) -> float:
        """Text width as the sum of cached character advances (no shaping: ~50× cheaper).

        Good to a pixel or two (no kerning), which is all box sizing and centring need.
        """
        table = self._advances.setdefault(id(metrics), {})
        total = 0.0
        for ch in text:
            w = table.get(ch)
            if w is None:
                w = table[ch] = metrics.horizontalAdvance(ch)
            total += w
        return total


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
