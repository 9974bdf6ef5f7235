"""The document tree (``procedit.document``) as a reportlab story: every section, table and
map figure of the tree, in its order, on portrait or landscape pages as the tree says."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from procedit.document import (
    ChartGroup,
    Document,
    MapFigure,
    Section,
    SignatureBlock,
    SubHeading,
    TitlePage,
)
from procedit.document import Paragraph as Para
from procedit.document import Table as DocTable
from procedit.document.texts import Texts

from .fonts import REGULAR, para, shorten
from .grid import Grid, Note
from .layout import Heading, TocLine
from .mapdraw import map_pages
from .mapscene import MapScene
from .monitoring import group_rows
from .styles import Styles
from .textblock import TextBlock


class StoryBuilder:
    def __init__(self, doc: Document, project, styles: Styles, sizes, check_cancel: Callable[[], None]):
        self.doc = doc
        self.project = project
        self.st = styles
        self.t = Texts(doc.lang)
        (self.pw, _), (self.lw, self.lh) = sizes
        self.check_cancel = check_cancel
        self.orientation = "portrait"

    def story(self) -> list:
        d = self.doc
        out: list = [*self.title_page(d.title_page), PageBreak()]
        for sec in d.front:
            out += self.section(sec, first=True)
        if d.toc_title:
            if d.front:
                out.append(PageBreak())
            out.append(TextBlock(d.toc_title, self.st.h1))
            for sec in d.toc_entries():
                out.append(TocLine(sec.heading, sec.key, sec.level))
        for i, sec in enumerate(d.sections):
            out += self.section(sec, first=i == 0 and not d.front and not d.toc_title)
        return out

    # --- sections -----------------------------------------------------------------------
    def section(self, sec: Section, first: bool = False) -> list:
        out: list = []
        if sec.level == 0:
            if sec.orientation != self.orientation:
                out += [NextPageTemplate(sec.orientation), PageBreak()]
                self.orientation = sec.orientation
            elif (sec.new_page or sec.key in ("purpose",)) and not first:
                out.append(PageBreak())
            elif not first:
                out.append(Spacer(1, 6))
        else:
            out.append(CondPageBreak(220))
        style = self.st.h1 if sec.level == 0 else self.st.h2
        out.append(
            Heading(
                shorten(sec.heading, 300), style, key=sec.key, level=sec.level, toc_text=sec.heading[:200]
            )
        )
        width = self.lw if self.orientation == "landscape" else self.pw
        for block in sec.blocks:
            out += self.block(block, width)
        for child in sec.children:
            self.check_cancel()
            out += self.section(child)
        if sec.level == 1:
            out.append(Spacer(1, 6))
        return out

    def block(self, b, width: float) -> list:
        st = self.st
        if isinstance(b, Para):
            style = {
                "muted": st.muted,
                "small_bold": st.small_bold,
                "template": st.template,
                "caption": st.muted,
            }
            return [TextBlock(b.text, style.get(b.style, st.body))]
        if isinstance(b, SubHeading):
            return [TextBlock(b.text, st.h3)]
        if isinstance(b, DocTable):
            return [self.table(b, width)]
        if isinstance(b, MapFigure):
            return self.figure(b)
        if isinstance(b, SignatureBlock):
            return [self.signature(b)]
        if isinstance(b, ChartGroup):
            return [Spacer(1, 4), *group_rows(b, self.doc.lang)]
        raise TypeError(f"unknown block {type(b).__name__}")

    def table(self, b: DocTable, width: float) -> Grid:
        widths = [width * f for f in b.widths]
        if b.key_value:
            w0 = min(150.0, width * 0.3)
            widths = [w0, width - w0]
        return Grid(
            b.rows,
            widths,
            header=b.header,
            head_col=b.key_value,
            span_col=b.span_col,
            center_cols=b.center_cols,
            min_height=b.min_row_height,
            vertical_head=b.vertical_header,
            group_rows=b.group_rows,
        )

    def figure(self, fig: MapFigure) -> list:
        desc = TextBlock(fig.description, self.st.muted) if fig.description.strip() else None
        room = self.lh - 34
        if desc is not None:  # the description goes under the drawing, on the same page
            room -= min(desc.wrap(self.lw, room)[1] + 8, room / 3)
        scene = MapScene(fig.pmap, self.project, self.t, fig.focus_id)
        pages = map_pages(scene, self.lw, room, fig.caption)
        out: list = []
        for i, page in enumerate(pages):
            if i or self._after_map:
                out.append(PageBreak())
            out.append(page)
            if desc is not None and i == 0:
                out.append(desc)
        self._after_map = True
        return out

    _after_map = False

    def signature(self, b: SignatureBlock) -> Paragraph:
        lines = [f"<b>{para(b.heading)}</b>"]
        if b.position:
            lines.append(para(b.position, 300))
        if b.organization:
            lines.append(para(b.organization, 300))
        lines.append(f"_______________ {para(b.name, 200) if b.name else '_' * 17}")
        lines.append(para(b.date))
        return Paragraph("<br/>".join(lines), self.st.approve)

    # --- title page ----------------------------------------------------------------------
    def title_page(self, tp: TitlePage) -> list:
        st, width = self.st, self.pw
        story: list = [TextBlock(tp.organization, st.org), Spacer(1, 14 * mm)]
        blocks = [self.signature(b) for b in tp.approvals]
        rows: list = []
        if blocks:
            half = width / 2
            rows = (
                [["", blocks[0]]]
                if len(blocks) == 1
                else [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
            )
            if len(rows[-1]) == 1:
                rows[-1] = [rows[-1][0], ""]
            grid = Table(rows, colWidths=[half, half], hAlign="LEFT")
            grid.setStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # empty cells: not Helvetica (never embedded)
                ]
            )
            story.append(grid)
        story.append(Spacer(1, max(10.0, 45.0 - 18 * max(0, len(rows) - 1)) * mm))
        story.append(TextBlock(shorten(tp.title, 600), st.title))
        if tp.subtitle:
            story.append(TextBlock(shorten(tp.subtitle, 600), st.subtitle))
        story.append(Spacer(1, 16 * mm))
        kv = [[k, v if str(v).strip() else Note(self.t["not_specified"])] for k, v in tp.passport]
        tw = width * 0.72
        w0 = min(150.0, tw * 0.3)
        table = Grid(kv, [w0, tw - w0], header=False, head_col=True)
        table.hAlign = "CENTER"
        story += [table, Spacer(1, 20 * mm), TextBlock(tp.year, st.subtitle)]
        return story
