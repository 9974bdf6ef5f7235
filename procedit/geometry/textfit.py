"""Texts in boxes as plain numbers: word wrap, the size a box needs for its name, and
where a link's label goes.

Widths come from a ``measure(text) -> float`` the caller passes (the canvas measures
with its Qt font, the PDF with its embedded font), so this stays free of any toolkit;
the rules (break at spaces only, never inside a word; a box grows until its name
fits) are the same on screen and on paper.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence

from procedit.model.limits import MAX_SIZE

from .shapes import Point, Rect, point_along

Measure = Callable[[str], float]
ELLIPSIS = "…"
SIZE_STEP = 10.0  # grown boxes keep to the snapping grid
MAX_FIT_WIDTH = 300.0  # a box grows wider up to this, then taller
MIN_BOX = (60.0, 40.0)  # no box is resized smaller than this


def wrap_words(text: str, measure: Measure, width: float, max_lines: int | None = None) -> tuple[list[str], bool]:
    """``text`` broken at spaces into lines of at most ``width`` (a word wider than that
    keeps a line of its own, whole: words are never split or hyphenated).

    With ``max_lines``, text that needs more lines ends in "…" after the last word that
    fits; the second value is True when that happened.
    """
    words = text.split()
    if not words:
        return [], False
    # each word measured once, a line's width summed (the canvas's and the PDF's measures
    # add up per character; kerning across a space is below a pixel)
    space = measure(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        w = measure(word)
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used = used + space + w if current else w
            current.append(word)
    lines.append(" ".join(current))
    if max_lines is None or len(lines) <= max_lines:
        return lines, False
    if max_lines <= 0:
        return [], True
    kept = lines[:max_lines]
    kept[-1] = _ellipsize(kept[-1], measure, width)
    return kept, True


def _ellipsize(line: str, measure: Measure, width: float) -> str:
    """``line`` with "…" appended, dropping whole words from its end until it fits (a lone
    word too long keeps its start: a box made that small by hand)."""
    words = line.split()
    while len(words) > 1 and measure(" ".join(words) + ELLIPSIS) > width:
        words.pop()
    text = " ".join(words)
    if measure(text + ELLIPSIS) <= width or len(words) > 1:
        return text + ELLIPSIS
    while len(text) > 1 and measure(text + ELLIPSIS) > width:
        text = text[:-1]
    return text + ELLIPSIS


def longest_word(text: str, measure: Measure) -> float:
    return max((measure(w) for w in text.split()), default=0.0)


def _step_up(value: float) -> float:
    return math.ceil(value / SIZE_STEP - 1e-9) * SIZE_STEP


def _within_limits(size: tuple[float, float]) -> tuple[float, float]:
    """A box never grows past the project's size limit (a name of one long word would)."""
    return min(size[0], MAX_SIZE), min(size[1], MAX_SIZE)


def fit_size(
    text: str,
    measure: Measure,
    line_height: float,
    size: tuple[float, float],
    chrome: tuple[float, float],
    *,
    min_text_width: float = 0.0,
    max_width: float = MAX_FIT_WIDTH,
) -> tuple[float, float]:
    """The size a box of ``size`` (w, h) needs so that ``text`` shows whole, never smaller.

    ``chrome``: the room around the text (w, h) that the box's other contents take;
    ``min_text_width``: a line the box must hold besides the text (its owner, its code).
    The box keeps its height and grows wider (up to ``max_width``) as long as that is
    enough; otherwise it grows taller too. Sizes keep to the 10-unit grid.
    """
    w0, h0 = size
    cw, ch = chrome
    need_w = max(longest_word(text, measure), min_text_width) + cw
    w = max(w0, _step_up(need_w))
    if not text.split():
        return _within_limits((w, h0))
    widest = max(w, max_width)
    width = w
    while True:
        lines, _ = wrap_words(text, measure, width - cw)
        if ch + len(lines) * line_height <= h0:
            return _within_limits((width, h0))
        if width >= widest:
            break
        width = min(widest, width + SIZE_STEP)
    lines, _ = wrap_words(text, measure, widest - cw)
    return _within_limits((widest, max(h0, _step_up(ch + len(lines) * line_height))))


def min_size(
    text: str, measure: Measure, line_height: float, width: float, chrome: tuple[float, float],
    min_text_width: float = 0.0,
) -> tuple[float, float]:
    """The smallest box a resize may leave at ``width``: every word fits across, and the
    whole text fits in the height (the name is never cut by a resize)."""
    cw, ch = chrome
    min_w = max(MIN_BOX[0], _step_up(max(longest_word(text, measure), min_text_width) + cw))
    lines, _ = wrap_words(text, measure, max(width, min_w) - cw)
    return _within_limits((min_w, max(MIN_BOX[1], _step_up(ch + len(lines) * line_height))))


# ---------------------------------------------------------------- link labels
LABEL_WIDTH = 200.0  # a label wraps at this width...
LABEL_WIDEST = 320.0  # ...and widens up to this before it is cut
LABEL_LINES = 2
LABEL_PAD = (5.0, 2.0)  # inside the label's box, left/right and top/bottom
_FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78)


def label_lines(text: str, measure: Measure, max_lines: int = LABEL_LINES) -> list[str]:
    """A link's label in at most two lines: wrapped at words, widened before anything is
    left out, and only a very long label ends in "…" (after a whole word)."""
    width = LABEL_WIDTH
    while True:
        lines, cut = wrap_words(text, measure, width, max_lines)
        if not cut or width >= LABEL_WIDEST:
            return lines
        width = min(LABEL_WIDEST, width + 40)


def label_size(lines: Sequence[str], measure: Measure, line_height: float) -> tuple[float, float]:
    px, py = LABEL_PAD
    return max((measure(x) for x in lines), default=0.0) + 2 * px, len(lines) * line_height + 2 * py


def _overlap(r: Rect, boxes: Iterable[Rect]) -> float:
    total = 0.0
    for o in boxes:
        dx = min(r.right, o.right) - max(r.left, o.left)
        dy = min(r.bottom, o.bottom) - max(r.top, o.top)
        if dx > 0 and dy > 0:
            total += dx * dy
    return total


def place_label(
    points: Sequence[Point], w: float, h: float, obstacles: Sequence[Rect]
) -> tuple[Rect, Point | None]:
    """Where a ``w`` × ``h`` label of the link along ``points`` goes: on the link at its
    middle when that covers none of ``obstacles`` (its end boxes, say), else further along
    it, else beside it, stepping away until clear; the spot covering least wins when none
    is free. The second value is where a leader line meets the link (None: on the link)."""
    best: tuple[Rect, Point | None] | None = None
    best_cost = math.inf
    for r, anchor in label_spots(points, w, h):
        covered = _overlap(r, obstacles)
        if covered == 0:
            return r, anchor
        if covered < best_cost:
            best, best_cost = (r, anchor), covered
    assert best is not None
    return best


def label_spots(points: Sequence[Point], w: float, h: float) -> Iterator[tuple[Rect, Point | None]]:
    """The spots ``place_label`` tries, in its order: on the link at its middle, further along
    it, then beside it, stepping away; with where a leader line would meet the link (None: the
    label is on it or touches it)."""
    along = [point_along(points, f) for f in _FRACTIONS]
    for rank in range(6):
        for (x, y), ux, uy in along:
            if rank == 0:
                offsets: tuple[float, ...] = (0.0,)
            else:
                side = abs(uy) * (w / 2) + abs(ux) * (h / 2) + 4 + 16 * (rank - 1)
                offsets = (side, -side)
            for off in offsets:
                yield Rect(x - uy * off - w / 2, y + ux * off - h / 2, w, h), Point(x, y) if rank > 1 else None
