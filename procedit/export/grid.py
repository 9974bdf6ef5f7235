"""A lean table flowable for plain-text cells.

reportlab's ``Table`` keeps a style object per cell and a text object per drawn cell,
which made a 1,000-process regulation take tens of seconds. ``Grid`` wraps each cell
once with real glyph widths, draws all its text in one PDF text object, repeats the
header row on every page and splits a row that is taller than the page between pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from procedit.document.tree import Note  # a remark of the document: grey italics

from .fasttext import TextWriter
from .fonts import BOLD, ITALIC, REGULAR, clean, text_width, wrap_text
from .palette import HEAD_BG, INK, MUTED, RULE, ZEBRA

FONT_SIZE = 8.5
LEADING = FONT_SIZE * 1.22
PAD_X, PAD_TOP, PAD_BOTTOM = 3.5, 2.5, 3.5
MIN_SPLIT_ROOM = 60.0  # split a row inside only when at least this much room is left
KEEP_ROOM = 400.0  # a header and two rows this short fit on any fresh page: never part them
VERTICAL_MAX = 150.0  # an upward header cell grows this tall at most (then its text is cut)


_NONE: frozenset[int] = frozenset()


class Grid(Flowable):
    """Rows of plain-text cells with fixed column widths.

    ``bold_cols``: columns in bold (besides the header); ``center_cols``: centred
    columns; ``span_col``: a column whose body cells read as one merged cell (its text
    sits in the first body row and no lines separate its rows); ``min_height``: least
    height of a body row (room for a signature); ``vertical_head``: the header cells after
    the first are written upwards; ``group_rows``: rows in bold on a tinted ground (a row
    that heads the rows after it).
    """

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        header: bool = True,
        bold_cols: Sequence[int] = (),
        center_cols: Sequence[int] = (),
        span_col: int | None = None,
        min_height: float = 0.0,
        head_col: bool = False,
        vertical_head: bool = False,
        group_rows: Sequence[int] = (),
        _lines: list | None = None,
        _notes: list | None = None,
        _groups: list | None = None,
        _heights: list | None = None,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.header = header
        self.bold_cols = frozenset(bold_cols)
        self.center_cols = frozenset(center_cols)
        self.span_col = span_col
        self.min_height = min_height
        self.head_col = head_col
        self.vertical_head = vertical_head and header
        self.hAlign = "LEFT"
        if _groups is None:
            wanted = frozenset(group_rows)
            _groups = [i in wanted for i in range(len(rows))]
        self.groups: list[bool] = _groups
        if _lines is None:
            _notes = [
                frozenset(j for j, v in enumerate(r) if type(v) is Note) if Note in map(type, r) else _NONE
                for r in rows
            ]
            _lines = [self._wrap_row(r, i == 0 and header, _notes[i], _groups[i]) for i, r in enumerate(rows)]
        self.lines: list[list[list[str]]] = _lines
        self.notes: list[frozenset[int]] = _notes or [_NONE] * len(_lines)
        # a split's parts keep the heights known (a 3,000-row table measured its rest on every page)
        self.heights = (
            _heights if _heights is not None else [self._row_height(i) for i in range(len(self.lines))]
        )

    def _font(self, row_is_head: bool, col: int) -> str:
        return BOLD if row_is_head or col in self.bold_cols or (self.head_col and col == 0) else REGULAR

    def _wrap_row(
        self, row: Sequence[object], is_head: bool, notes: frozenset[int], group: bool = False
    ) -> list[list[str]]:
        out = []
        for col, (text, w) in enumerate(zip(row, self.widths, strict=True)):
            s = clean(text).strip()
            if not s:
                out.append([])
                continue
            font = ITALIC if col in notes else self._font(is_head or group, col)
            if is_head and col and self.vertical_head:
                out.append(upward_lines(s, font, w - 2 * PAD_X))
                continue
            cell: list[str] = []
            for para in s.split("\n"):
                cell.extend(wrap_text(para, font, FONT_SIZE, w - 2 * PAD_X, 1_000_000) or [""])
            out.append(cell)
        return out

    def _row_height(self, i: int) -> float:
        if i == 0 and self.vertical_head:
            n = len(self.lines[0][0]) if self.lines[0] else 0
            longest = max(
                (text_width(x, BOLD, FONT_SIZE) for cell in self.lines[0][1:] for x in cell), default=0.0
            )
            return max(max(1, n) * LEADING, longest) + PAD_TOP + PAD_BOTTOM + 2
        n = max((len(c) for c in self.lines[i]), default=0)
        h = max(1, n) * LEADING + PAD_TOP + PAD_BOTTOM
        if i > 0 or not self.header:
            h = max(h, self.min_height)
        return h

    # --- flowable protocol ------------------------------------------------------------
    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = sum(self.heights)
        return self.width, self.height

    def _clone(self, lines: list, notes: list, groups: list, heights: list | None = None) -> Grid:
        return Grid(
            [],
            self.widths,
            header=self.header,
            bold_cols=self.bold_cols,
            center_cols=self.center_cols,
            span_col=self.span_col,
            min_height=self.min_height,
            head_col=self.head_col,
            vertical_head=self.vertical_head,
            _lines=lines,
            _notes=notes,
            _groups=groups,
            _heights=heights,
        )

    def split(self, aw: float, ah: float) -> list[Flowable]:
        head = 1 if self.header else 0
        if len(self.lines) <= head:
            return []
        used = sum(self.heights[:head])
        k = head
        while k < len(self.lines) and used + self.heights[k] <= ah + 1e-6:
            used += self.heights[k]
            k += 1
        if k == len(self.lines):
            return [self]
        body_left = len(self.lines) - k
        if k == head + 1 and sum(self.heights[: head + 2]) <= KEEP_ROOM:
            return []  # one row alone at the foot of a page: the table starts on the next page
        if body_left == 1 and k - head >= 3:
            k -= 1  # one row alone at the top of the next page: take another one along
        top = self.lines[:head]
        nt, notes = self.notes[:head], self.notes
        gt, groups = self.groups[:head], self.groups
        if k > head:
            return [
                self._clone(self.lines[:k], notes[:k], groups[:k], self.heights[:k]),
                self._clone(
                    top + self.lines[k:],
                    nt + notes[k:],
                    gt + groups[k:],
                    self.heights[:head] + self.heights[k:],
                ),
            ]
        # not even one body row fits: split that row between pages when there is room
        room = ah - used - PAD_TOP - PAD_BOTTOM
        n_fit = int(room // LEADING)
        if room < MIN_SPLIT_ROOM or n_fit < 2:
            return []
        row = self.lines[head]
        first = [c[:n_fit] for c in row]
        rest = [c[n_fit:] for c in row]
        if not any(rest):
            return []
        return [
            self._clone([*top, first], [*nt, notes[head]], [*gt, groups[head]]),
            self._clone(
                [*top, rest, *self.lines[head + 1 :]],
                [*nt, notes[head], *notes[head + 1 :]],
                [*gt, groups[head], *groups[head + 1 :]],
            ),
        ]

    def draw(self) -> None:
        c = self.canv
        widths, heights = self.widths, self.heights
        total_w, total_h = sum(widths), sum(heights)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [total_h]  # top of each row
        for h in heights:
            ys.append(ys[-1] - h)
        head = 1 if self.header else 0
        c.saveState()
        if head:
            c.setFillColor(HEAD_BG)
            c.rect(0, ys[1], total_w, heights[0], stroke=0, fill=1)
        if self.head_col:
            c.setFillColor(HEAD_BG)
            c.rect(0, 0, widths[0], total_h, stroke=0, fill=1)
        if True in self.groups:
            c.setFillColor(ZEBRA)
            for i, g in enumerate(self.groups):
                if g and i >= head:
                    c.rect(0, ys[i + 1], total_w, heights[i], stroke=0, fill=1)
        # lines
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        # the rules as one path, written directly (reportlab's path object formats
        # every number through a method call)
        ops = [f"0 0 {total_w:.2f} {total_h:.2f} re"]
        seg = ops.append
        for x in xs[1:-1]:
            seg(f"{x:.2f} 0 m {x:.2f} {total_h:.2f} l")
        sc = self.span_col
        for i, y in enumerate(ys[1:-1], 1):
            if sc is not None and i > head:
                if sc > 0:
                    seg(f"0 {y:.2f} m {xs[sc]:.2f} {y:.2f} l")
                if sc < len(widths) - 1:
                    seg(f"{xs[sc + 1]:.2f} {y:.2f} m {total_w:.2f} {y:.2f} l")
            else:
                seg(f"0 {y:.2f} m {total_w:.2f} {y:.2f} l")
        seg("S")
        c._code.append(" ".join(ops))
        # text, in one text object
        c.setFillColor(INK)
        tw = TextWriter(c)
        current = None
        for i, row in enumerate(self.lines):
            is_head = i < head
            y_top = ys[i]
            notes = self.notes[i]
            strong = is_head or self.groups[i]
            for col, cell in enumerate(row):
                if not cell:
                    continue
                if is_head and col and self.vertical_head:
                    tw.finish()
                    self._draw_upward(cell, xs[col], widths[col], ys[i + 1])
                    tw = TextWriter(c)
                    current = None
                    continue
                font = ITALIC if col in notes else self._font(strong, col)
                if font != current:
                    if font == ITALIC or current == ITALIC:
                        tw.finish()  # the colour changes between text objects
                        c.setFillColor(MUTED if font == ITALIC else INK)
                        tw = TextWriter(c)
                    tw.set_font(font, FONT_SIZE)
                    current = font
                y = y_top - PAD_TOP - FONT_SIZE * 0.93
                center = col in self.center_cols and not is_head
                if center:
                    y = y_top - (heights[i] - len(cell) * LEADING) / 2 - FONT_SIZE * 0.93
                x0, w = xs[col], widths[col]
                for line in cell:
                    x = x0 + (w - text_width(line, font, FONT_SIZE)) / 2 if center else x0 + PAD_X
                    tw.line(x, y, line)
                    y -= LEADING
        tw.finish()
        c.restoreState()

    def _draw_upward(self, cell: list[str], x0: float, w: float, y_bottom: float) -> None:
        """A header cell written upwards, its lines side by side, centred across the column."""
        c = self.canv
        c.saveState()
        c.translate(x0, y_bottom)
        c.rotate(90)  # (u, v) -> page (x0 - v, y_bottom + u)
        tw = TextWriter(c)
        tw.set_font(BOLD, FONT_SIZE)
        left = (w - len(cell) * LEADING) / 2
        for k, line in enumerate(cell):
            tw.line(PAD_BOTTOM + 1, -(left + k * LEADING + FONT_SIZE * 0.93), line)
        tw.finish()
        c.restoreState()


def upward_lines(text: str, font: str, width: float) -> list[str]:
    """``text`` in as few upward lines as the column's ``width`` holds, each line as short
    as that allows (the header row stays low), at most ``VERTICAL_MAX`` long."""
    room = max(1, int(width // LEADING))
    longest = max((text_width(w, font, FONT_SIZE) for w in text.split()), default=0.0)
    length = min(VERTICAL_MAX, max(40.0, longest + 1.0))  # words are never cut
    while True:
        lines = wrap_text(text, font, FONT_SIZE, length, room)
        if length >= VERTICAL_MAX or (lines and not lines[-1].endswith("…")) or not lines:
            return lines
        length = min(VERTICAL_MAX, length + 10.0)
