"""Texts inside the boxes of a printed map: broken between words as the canvas breaks them
(``geometry.textfit.wrap_words``), the font made smaller only down to the least size that
reads on paper, and only then cut; the focal process highlighted, its neighbours lighter."""

from __future__ import annotations

from reportlab.lib import colors

from procedit.document.names import initials
from procedit.geometry.textfit import wrap_words

from .fonts import text_width, wrap_text

SIZE_STEP = 0.25  # points: how much smaller each try is


def fit_lines(
    text: str, font: str, size: float, least: float, width: float, height: float, spacing: float = 1.12
) -> tuple[list[str], float]:
    """(lines, size) of ``text`` in a ``width`` × ``height`` area: the largest size from
    ``size`` down to ``least`` at which every word fits across and every line fits in
    ``height``; at ``least`` the lines that fit, the last ending in "…" after a whole word
    (a word wider than the box is cut there only)."""
    if not text.split() or width <= 4:
        return [], size
    size = max(size, least)
    while True:
        lines_room = max(1, int((height + 0.15 * size) // (size * spacing)))

        def measure(s: str, size: float = size) -> float:
            return text_width(s, font, size)

        lines, cut = wrap_words(text, measure, width, lines_room)
        if not cut and all(measure(x) <= width + 0.01 for x in lines):
            return lines, size
        if size <= least:
            break
        size = max(least, size - SIZE_STEP)
    if all(measure(x) <= width + 0.01 for x in lines):
        return lines, size
    return wrap_text(text, font, size, width, lines_room), size  # a word wider than the box


def one_line(name: str, font: str, size: float, width: float) -> str:
    """A person's name on one line: whole, else as initials and surname, else cut."""
    if text_width(name, font, size) <= width:
        return name
    short = initials(name)
    if short != name and text_width(short, font, size) <= width:
        return short
    got = wrap_text(short, font, size, width, 1)
    return got[0] if got else ""


def lighter(color: colors.Color, amount: float) -> colors.Color:
    """``color`` mixed with white (opaque: maps are also drawn in form XObjects)."""
    return colors.Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))


FOCUS_HALO = colors.HexColor("#f9a825")  # the ring around the process a document is about
