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
from .palette import HEAD_BG, INK, MUTED, RULE

FONT_SIZE = 8.5
LEADING = FONT_SIZE * 1.22
PAD_X, PAD_TOP, PAD_BOTTOM = 3.5, 2.5, 3.5
MIN_SPLIT_ROOM = 60.0  # split a row inside only when at least this much room is left
KEEP_ROOM = 400.0  # a header and two rows this short fit on any fresh page: never part them


_NONE: frozenset[int] = frozenset()


class Grid(Flowable):
    """Rows of plain-text cells with fixed column widths.

    ``bold_cols``: columns in bold (besides the header); ``center_cols``: centred
    columns; ``span_col``: a column whose body cells read as one merged cell (its text
    sits in the first body row and no lines separate its rows); ``min_height``: least
    height of a body row (room for a signature).
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
        _lines: list | None = None,
        _notes: list | None = None,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.header = header
        self.bold_cols = frozenset(bold_cols)
        self.center_cols = frozenset(center_cols)
        self.span_col = span_col
        self.min_height = min_height
        self.head_col = head_col
        self.hAlign = "LEFT"
        if _lines is None:
            _notes = [
                frozenset(j for j, v in enumerate(r) if type(v) is Note) if Note in map(type, r) else _NONE
                for r in rows
            ]
            _lines = [self._wrap_row(r, i == 0 and header, _notes[i]) for i, r in enumerate(rows)]
        self.lines: list[list[list[str]]] = _lines
        self.notes: list[frozenset[int]] = _notes or [_NONE] * len(_lines)
        self.heights = [self._row_height(i) for i in range(len(self.lines))]

    def _font(self, row_is_head: bool, col: int) -> str:
        return BOLD if row_is_head or col in self.bold_cols or (self.head_col and col == 0) else REGULAR

    def _wrap_row(self, row: Sequence[object], is_head: bool, notes: frozenset[int]) -> list[list[str]]:
        out = []
        for col, (text, w) in enumerate(zip(row, self.widths, strict=True)):
            s = clean(text).strip()
            if not s:
                out.append([])
                continue
            font = ITALIC if col in notes else self._font(is_head, col)
            cell: list[str] = []
            for para in s.split("\n"):
                cell.extend(wrap_text(para, font, FONT_SIZE, w - 2 * PAD_X, 1_000_000) or [""])
            out.append(cell)
        return out

    def _row_height(self, i: int) -> float:
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

    def _clone(self, lines: list, notes: list) -> Grid:
        return Grid(
            [],
            self.widths,
            header=self.header,
            bold_cols=self.bold_cols,
            center_cols=self.center_cols,
            span_col=self.span_col,
            min_height=self.min_height,
            head_col=self.head_col,
            _lines=lines,
            _notes=notes,
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
        if k > head:
            return [
                self._clone(self.lines[:k], notes[:k]),
                self._clone(top + self.lines[k:], nt + notes[k:]),
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
            self._clone([*top, first], [*nt, notes[head]]),
            self._clone([*top, rest, *self.lines[head + 1 :]], [*nt, notes[head], *notes[head + 1 :]]),
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
            for col, cell in enumerate(row):
                if not cell:
                    continue
                font = ITALIC if col in notes else self._font(is_head, col)
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
