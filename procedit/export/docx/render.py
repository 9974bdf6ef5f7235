"""The document tree (``procedit.document``) as a Word document (python-docx).

Word's own styles (Title, Heading 1–3, so the navigation pane and Word's table of contents
work), a TOC field Word fills when the file opens, a header with the code and version, a
footer "Стр. X из Y" made of PAGE and NUMPAGES fields, tables whose header row repeats on
every page and whose rows do not split, landscape sections where the PDF has landscape
pages, the map as 300 dpi figures drawn by the PDF's map code and the criteria's charts as
native Word charts. Fonts are named by family; Word substitutes a family it does not have.
"""

from __future__ import annotations

from collections.abc import Callable

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, RGBColor

from procedit.control.document import text as control_text
from procedit.document import (
    ChartGroup,
    Document,
    MapFigure,
    Note,
    Paragraph,
    Section,
    SignatureBlock,
    SubHeading,
    Table,
)
from procedit.document.texts import Texts

from . import fastxml as fx
from .ooxml import (
    add_field,
    set_font,
    set_language,
    set_orientation,
    update_fields_on_open,
    xml_text,
)
from .package import save_package
from .pictures import Pictures

FAMILY = "Arial"  # present wherever Word is; LibreOffice maps it to Liberation Sans
MUTED = RGBColor(0x6B, 0x72, 0x80)
DRAFT = RGBColor(0xC0, 0x39, 0x2B)
HEAD_FILL = "E8ECF1"
NOTE_RUN = fx.rpr(italic=True, size=8.5, color="6B7280")
MARGINS = {"portrait": (Mm(20), Mm(17), Mm(22), Mm(12)), "landscape": (Mm(13), Mm(12), Mm(14), Mm(14))}


class DocxWriter:
    def __init__(self, tree: Document, project, check_cancel: Callable[[], None]) -> None:
        self.tree = tree
        self.project = project
        self.t = Texts(tree.lang)
        self.check_cancel = check_cancel
        self.doc = docx.Document()
        self.orientation = "portrait"
        self.new_page = False  # the next heading starts a page
        self.cards = 0
        self.batch = fx.Batch(self.doc)
        names = tuple(control_text(k, tree.lang) for k in ("actual", "target", "threshold"))
        self.pictures = Pictures(self.doc, check_cancel, names, tree.meta.language)
        self.section = self.doc.sections[0]

    # --- the whole document ----------------------------------------------------------------
    def write(self, out) -> None:
        try:
            self._write(out)
        finally:
            self.pictures.close()

    def _write(self, out) -> None:
        d, doc = self.tree, self.doc
        self._styles()
        self._metadata()
        section = doc.sections[0]
        self._page(section, "portrait")
        section.different_first_page_header_footer = True  # the title page shows no furniture
        self._furniture(section)
        self._title_page()
        for sec in d.front:
            self._page_break()
            self._section(sec)
        if d.toc_title:
            self._page_break()
            self._plain_heading(d.toc_title)
            self.batch.flush()
            p = doc.add_paragraph()
            add_field(p, 'TOC \\o "1-2" \\h \\z \\u', self.t["toc_update"], dirty=True)
            update_fields_on_open(doc)
        for i, sec in enumerate(d.sections):
            self.check_cancel()
            self._section(sec, first=i == 0 and not d.front and not d.toc_title)
        self.batch.finish(self.pictures.resolve)
        save_package(doc, out)

    def _styles(self) -> None:
        styles = self.doc.styles
        lang = self.tree.meta.language
        normal = styles["Normal"]
        set_font(normal, FAMILY)
        set_language(normal, lang)
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(4)
        for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 10)):
            st = styles[name]
            set_font(st, FAMILY)
            st.font.size = Pt(size)
            st.font.color.rgb = RGBColor(0x1F, 0x23, 0x29)
            st.paragraph_format.keep_with_next = True
        set_font(styles["Table Grid"], FAMILY)

    def _metadata(self) -> None:
        m, cp = self.tree.meta, self.doc.core_properties
        cp.title = xml_text(m.title)[:255]
        cp.author = xml_text(m.author)[:255]
        cp.subject = xml_text(m.subject)[:255]
        cp.language = m.language
        cp.keywords = xml_text(m.keywords)[:255]
        cp.comments = m.creator
        cp.last_modified_by = m.creator

    def _page(self, section, orientation: str) -> None:
        section.page_width, section.page_height = Mm(210), Mm(297)  # A4 (python-docx starts on Letter)
        set_orientation(section, orientation == "landscape")
        top, bottom, left, right = MARGINS[orientation]
        section.top_margin, section.bottom_margin = top, bottom
        section.left_margin, section.right_margin = left, right
        section.header_distance = section.footer_distance = Mm(8)

    def _furniture(self, section) -> None:
        f = self.tree.furniture
        header = section.header.paragraphs[0]
        header.paragraph_format.tab_stops.add_tab_stop(Mm(176), WD_TAB_ALIGNMENT.RIGHT)
        run = header.add_run(xml_text(f.header_left))
        run.font.size, run.font.color.rgb = Pt(8), MUTED
        right = xml_text(f.header_right)
        if f.draft_mark:  # not approved: every page says so, in the header (never in the text)
            right = f"{f.draft_mark}   {right}".strip()
        run = header.add_run("\t" + right)
        run.font.size = Pt(8)
        run.font.color.rgb = DRAFT if f.draft_mark else MUTED
        run.font.bold = bool(f.draft_mark)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        before, _, after = f.page_word.partition("{page}")
        for piece in (before, None, after + " ", "NUMPAGES"):
            if piece is None:
                r = add_field(footer, "PAGE", "1")
            elif piece == "NUMPAGES":
                r = add_field(footer, "NUMPAGES", "1")
            else:
                r = footer.add_run(piece)
            r.font.size, r.font.italic = Pt(8), True

    # --- title page -------------------------------------------------------------------------
    def _title_page(self) -> None:
        tp, doc = self.tree.title_page, self.doc
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(xml_text(tp.organization))
        r.bold, r.font.size = True, Pt(12)
        if tp.approvals:
            grid = doc.add_table(rows=0, cols=2)
            grid.alignment = WD_TABLE_ALIGNMENT.CENTER
            blocks = tp.approvals if len(tp.approvals) > 1 else [None, *tp.approvals]
            for i in range(0, len(blocks), 2):
                cells = grid.add_row().cells
                for cell, block in zip(cells, blocks[i : i + 2], strict=False):
                    if block is not None:
                        self._signature(cell, block)
        for _ in range(4):
            doc.add_paragraph()
        title = doc.add_paragraph(xml_text(tp.title), style="Title")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if tp.subtitle:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(xml_text(tp.subtitle)).font.size = Pt(13)
        doc.add_paragraph()
        rows = [[k, v if str(v).strip() else Note(self.t["not_specified"])] for k, v in tp.passport]
        self._table(Table(rows, [0.3, 0.7], header=False, key_value=True), width=Mm(125))
        self.batch.flush()
        doc.add_paragraph()
        p = doc.add_paragraph(tp.year)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _signature(self, cell, b: SignatureBlock) -> None:
        p = cell.paragraphs[0]
        p.add_run(xml_text(b.heading)).bold = True
        for line in (b.position, b.organization):
            if line:
                p.add_run().add_break()
                p.add_run(xml_text(line))
        p.add_run().add_break()
        p.add_run("_______________ " + (xml_text(b.name) if b.name else "_" * 17))
        p.add_run().add_break()
        p.add_run(xml_text(b.date))

    # --- sections ----------------------------------------------------------------------------
    def _page_break(self) -> None:
        """The next heading starts a page."""
        self.new_page = True

    def _take_new_page(self) -> bool:
        new_page, self.new_page = self.new_page, False
        return new_page

    def _new_section(self, orientation: str) -> None:
        self.batch.flush()
        section = self.section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.new_page = False  # the section starts a page itself
        section.different_first_page_header_footer = False
        self._page(section, orientation)
        self.orientation = orientation

    def _section(self, sec: Section, first: bool = False) -> None:
        if sec.level == 0:
            if sec.orientation != self.orientation:
                self._new_section(sec.orientation)
            elif (sec.new_page or sec.key == "purpose") and not first:
                self._page_break()
        if sec.in_toc:
            self.batch.add(
                fx.paragraph(sec.heading, style=f"Heading{sec.level + 1}", new_page=self._take_new_page())
            )
        else:
            self._plain_heading(sec.heading)
        for block in sec.blocks:
            self._block(block)
        for child in sec.children:
            self.cards += 1
            if self.cards % 20 == 0:
                self.check_cancel()
            self._section(child)

    def _plain_heading(self, text: str) -> None:
        """A heading that is not in the table of contents (the contents, the approval sheet)."""
        self.batch.add(
            fx.paragraph(text, run=fx.rpr(bold=True, size=14), keep_next=True, new_page=self._take_new_page())
        )

    def _block(self, b) -> None:
        if isinstance(b, Paragraph):
            self._paragraph(b)
        elif isinstance(b, SubHeading):
            self.batch.add(fx.paragraph(b.text, style="Heading3"))
        elif isinstance(b, Table):
            self._table(b)
        elif isinstance(b, MapFigure):
            self._figure(b)
        elif isinstance(b, SignatureBlock):
            self.batch.flush()
            self._signature(self.doc.add_table(rows=1, cols=1).cell(0, 0), b)
        elif isinstance(b, ChartGroup):
            self._chart_group(b)
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def _chart_group(self, b: ChartGroup) -> None:
        """The group's title, then its charts side by side, ``columns`` to a paragraph (as the
        PDF's rows)."""
        n = max(1, b.columns)
        width = int(self._width() * 0.99) // n
        self.batch.add(fx.paragraph(b.title, run=fx.rpr(bold=True, size=8.5), keep_next=True))
        for i in range(0, len(b.charts), n):
            row = [self.pictures.chart(ch, width) for ch in b.charts[i : i + n]]
            self.batch.add(fx.drawings(row, keep_lines=True))

    def _paragraph(self, b: Paragraph) -> None:
        if b.style in ("muted", "caption"):
            self.batch.add(fx.paragraph(b.text, run=NOTE_RUN))
        elif b.style == "small_bold":
            self.batch.add(fx.paragraph(b.text, run=fx.rpr(bold=True, size=8.5), keep_next=True))
        elif b.style == "template":
            self.batch.add(fx.paragraph(b.text, run=fx.rpr(italic=True, size=8.5), indent=227))
        else:
            self.batch.add(fx.paragraph(b.text))

    def _width(self) -> int:
        """The text width of the current section (EMU)."""
        s = self.section
        return s.page_width - s.left_margin - s.right_margin

    def _table(self, b: Table, width=None) -> None:
        width = width or self._width()
        twips = [int(width * f) // 635 for f in b.widths]
        rows, head_height = b.rows, 0.0
        if b.vertical_header and b.header and rows:
            rows, head_height = _upward_header(rows, twips)
        self.batch.add(
            fx.table(
                rows,
                twips,
                header=b.header,
                key_value=b.key_value,
                center_cols=b.center_cols,
                min_height=b.min_row_height,
                head_fill=HEAD_FILL,
                note_run=NOTE_RUN,
                note_type=Note,
                vertical_header=b.vertical_header,
                head_height=head_height,
                group_rows=b.group_rows,
            )
        )

    def _figure(self, fig: MapFigure) -> None:
        from reportlab.lib.units import mm

        from ..layout import L_MARGIN, LANDSCAPE, MARGIN_BOTTOM, MARGIN_TOP
        from ..mapimage import map_pdf

        width = self._width()
        # the drawing area of the PDF's landscape map pages: the same fit, the same fragments
        w_pt = LANDSCAPE[0] - 2 * L_MARGIN
        h_pt = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM + 6 * mm - 34
        if fig.description.strip():
            h_pt -= 36
        pdf, count = map_pdf(fig.pmap, self.project, self.t, w_pt, h_pt, fig.caption, fig.focus_id)
        for i, picture in enumerate(self.pictures.pages(pdf, count, width, "map")):
            self.batch.add(fx.drawing(picture, center=True, new_page=i > 0))
            if i == 0 and fig.description.strip():
                self._paragraph(Paragraph(fig.description, "muted"))


def _upward_header(rows: list[list[str]], twips: list[int]) -> tuple[list[list[str]], float]:
    """The header row with its upward cells broken into lines as the PDF breaks them (so
    Word sets them alike) and the height they need in points (Word's Arial is wider than
    the PDF's face: a tenth more room)."""
    from ..fonts import BOLD, clean, text_width
    from ..grid import FONT_SIZE, PAD_BOTTOM, PAD_TOP, PAD_X, upward_lines

    head = [rows[0][0]]
    longest = 0.0
    for text, w in zip(rows[0][1:], twips[1:], strict=True):
        lines = upward_lines(clean(text).strip(), BOLD, w / 20 - 2 * PAD_X)
        longest = max([longest, *(text_width(x, BOLD, FONT_SIZE) for x in lines)])
        head.append("\n".join(lines))
    return [head, *rows[1:]], longest * 1.1 + PAD_TOP + PAD_BOTTOM + 8
