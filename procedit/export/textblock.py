"""Plain-text paragraphs without markup parsing: headings, labels, notes and embedded
template texts. Faster than reportlab's Paragraph (no HTML parser), and user text can
never be taken for markup."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from .fasttext import TextWriter
from .fonts import clean, text_width, wrap_text
from .palette import INK, RULE, ZEBRA


class TextStyle:
    def __init__(
        self,
        font: str,
        size: float,
        leading: float | None = None,
        *,
        color: colors.Color = INK,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_room: float = 0.0,
        indent: float = 0.0,
        align: str = "left",
        boxed: bool = False,
    ) -> None:
        self.font, self.size = font, size
        self.leading = leading or size * 1.25
        self.color = color
        self.space_before, self.space_after = space_before, space_after
        self.keep_room = keep_room  # room needed below (keeps a heading with what follows)
        self.indent = indent
        self.align = align
        self.boxed = boxed


BOX_PAD = 5.0


class TextBlock(Flowable):
    def __init__(self, text: object, style: TextStyle, *, _lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = clean(text).strip()
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._for_width = None

    def _pad(self) -> float:
        return 2 * BOX_PAD if self.style.boxed else 0.0

    def _layout(self, aw: float) -> list[str]:
        if self._lines is None or (self._for_width is not None and self._for_width != aw):
            st = self.style
            room = aw - 2 * st.indent - self._pad()
            lines: list[str] = []
            for para in self.text.split("\n"):
                lines.extend(wrap_text(para, st.font, st.size, room, 1_000_000) or [""])
            while len(lines) > 1 and not lines[-1]:
                lines.pop()
            self._lines = lines
            self._for_width = aw
        return self._lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        lines = self._layout(aw)
        self.height = len(lines) * self.style.leading + self._pad()
        if self.style.keep_room and ah < self.height + self.style.keep_room:
            # too near the bottom of the page: report "does not fit" so it moves on
            # (cheaper than reportlab's keepWithNext, which deep-copies the frame)
            return aw, ah + 1
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self.style.keep_room:
            return []
        lines = self._layout(aw)
        n = int((ah - self._pad()) // self.style.leading)
        if n < 2 or n >= len(lines):
            return [] if n < len(lines) else [self]
        first = TextBlock("", self.style, _lines=lines[:n])
        rest = TextBlock("", self.style, _lines=lines[n:])
        first._for_width = rest._for_width = aw
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        st = self.style
        lines = self._lines or []
        pad = BOX_PAD if st.boxed else 0.0
        if st.boxed:
            c.saveState()
            c.setFillColor(ZEBRA)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.rect(st.indent, 0, self.width - 2 * st.indent, self.height, stroke=1, fill=1)
            c.restoreState()
        c.setFillColor(st.color)
        tw = TextWriter(c)
        tw.set_font(st.font, st.size)
        y = self.height - pad - st.size * 0.95 - (st.leading - st.size * 1.2) / 2
        left = st.indent + pad
        room = self.width - 2 * st.indent - 2 * pad
        for line in lines:
            if st.align == "center":
                x = left + (room - text_width(line, st.font, st.size)) / 2
            else:
                x = left
            tw.line(x, y, line)
            y -= st.leading
        tw.finish()
