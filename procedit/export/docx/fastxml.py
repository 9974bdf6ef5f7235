"""Body paragraphs and tables written as WordprocessingML text and parsed in batches.

python-docx inserts every paragraph and table before the body's closing section by scanning
the body's children, so a 1,000-process regulation (hundreds of thousands of elements) takes
minutes, and every cell styled through its objects costs a dozen Python objects. Here the
markup of a batch of blocks is joined as text, parsed once by lxml and moved before the
closing section in one pass: the same XML python-docx would write, in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

from .ooxml import xml_text


def _runs(text: str, rpr: str) -> str:
    """Runs of ``text``: line breaks become <w:br/>, tabs <w:tab/>."""
    out = []
    for i, line in enumerate(xml_text(text).split("\n")):
        if i:
            out.append(f"<w:r>{rpr}<w:br/></w:r>")
        for j, part in enumerate(line.split("\t")):
            if j:
                out.append(f"<w:r>{rpr}<w:tab/></w:r>")
            if part:
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def rpr(*, bold=False, italic=False, size: float | None = None, color: str | None = None) -> str:
    parts = []
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def paragraph(
    text: str,
    *,
    style: str | None = None,
    run: str = "",
    keep_next=False,
    center=False,
    indent=0,
    new_page=False,
) -> str:
    """A paragraph of ``text``; ``new_page``: it starts a page (a paragraph property, so a page
    that the previous paragraph filled is not followed by an empty one, as after a break)."""
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if new_page:
        ppr.append("<w:pageBreakBefore/>")
    if indent:
        ppr.append(f'<w:ind w:left="{indent}"/>')
    if center:
        ppr.append('<w:jc w:val="center"/>')
    head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{head}{_runs(text, run)}</w:p>"


def drawing(inline: str, *, center=False, keep_lines=False, new_page=False) -> str:
    """A paragraph of one inline picture (``inline``: its ``wp:inline`` markup); ``new_page``:
    it starts a page (a paragraph of a page break after a full page would leave one blank)."""
    ppr = (
        ("<w:keepLines/>" if keep_lines else "")
        + ("<w:pageBreakBefore/>" if new_page else "")
        + ('<w:jc w:val="center"/>' if center else "")
    )
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}<w:r><w:drawing>{inline}</w:drawing></w:r></w:p>"


def drawings(inlines: list[str], *, keep_lines=False, keep_next=False) -> str:
    """A paragraph of pictures side by side (``inlines``: their ``wp:inline`` markup)."""
    ppr = ("<w:keepNext/>" if keep_next else "") + ("<w:keepLines/>" if keep_lines else "")
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    runs = "".join(f"<w:r><w:drawing>{inline}</w:drawing></w:r>" for inline in inlines)
    return f"<w:p>{ppr}{runs}</w:p>"




CELL_RUN = rpr(size=8.5)
# a cell's text written bottom to top, in narrow margins (two lines across a narrow column)
UPWARD = (
    '<w:tcMar><w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/></w:tcMar>'
    '<w:textDirection w:val="btLr"/>'
)
HEAD_RUN = rpr(bold=True, size=8.5)


def table(
    rows: list[list[str]],
    widths: list[int],  # twentieths of a point
    *,
    header: bool,
    key_value: bool,
    center_cols: tuple[int, ...],
    min_height: float,
    head_fill: str,
    note_run: str,
    note_type: type,
    vertical_header: bool = False,
    head_height: float = 0.0,
    group_rows: tuple[int, ...] = (),
    group_fill: str = "F3F5F8",
) -> str:
    """A fixed-width "Table Grid" table; the header row repeats on every page, no row splits,
    and the last two rows keep together (no row left alone at the top of a page).
    ``vertical_header``: the header cells after the first are written upwards in a header row
    at least ``head_height`` points high; ``group_rows``: rows in bold on ``group_fill``."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
        f'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{head_fill}"/>'
    group_shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{group_fill}"/>'
    height = f'<w:trHeight w:val="{round(min_height * 20)}"/>' if min_height else ""
    upward = vertical_header and header
    head_h = f'<w:trHeight w:val="{round(head_height * 20)}" w:hRule="atLeast"/>' if upward else ""
    groups = frozenset(group_rows)
    n = len(rows)
    for i, values in enumerate(rows):
        head = header and i == 0
        group = i in groups and not head
        keep = n > 2 and i == n - 2  # the last row never stands alone
        trpr = "<w:cantSplit/>" + ("<w:tblHeader/>" + head_h if head else height)
        out.append(f"<w:tr><w:trPr>{trpr}</w:trPr>")
        for j, (value, w) in enumerate(zip(values, widths, strict=True)):
            label = head or (key_value and j == 0)
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (shade if label else group_shade if group else "")
            if head and upward and j:
                tcpr += UPWARD
            ppr = ""
            if keep or (j in center_cols and not head):
                ppr = "<w:pPr>" + ("<w:keepNext/>" if keep else "")
                ppr += ('<w:jc w:val="center"/>' if j in center_cols and not head else "") + "</w:pPr>"
            text = str(value).strip()
            run = HEAD_RUN if label or group else note_run if type(value) is note_type else CELL_RUN
            out.append(
                f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p>{ppr}{_runs(text, run) if text else ''}</w:p></w:tc>"
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


class Batch:
    """Markup collected for the document body. ``flush`` marks its place in the body with a
    comment; ``finish`` serialises the body once, puts the markup in place of the marks and
    parses the whole part once (moving parsed subtrees between lxml documents costs far
    more than parsing them where they belong)."""

    def __init__(self, document) -> None:
        self.document = document
        self.body = document.element.body
        self.parts: list[str] = []
        self.chunks: list[str] = []

    def add(self, xml: str) -> None:
        self.parts.append(xml)

    def flush(self) -> None:
        if not self.parts:
            return
        mark = etree.Comment(f"procedit-batch-{len(self.chunks)}")
        self.chunks.append("".join(self.parts))
        self.parts.clear()
        end = self.body[-1]  # the closing section
        if end.tag == qn("w:sectPr"):
            end.addprevious(mark)
        else:
            self.body.append(mark)

    def finish(self, fill: Callable[[str], str] | None = None) -> None:
        """Puts every batch into the document part (call once, just before saving);
        ``fill`` completes the batches' markup first (the pictures' heights)."""
        self.flush()
        if not self.chunks:
            return
        part = self.document.part
        text = etree.tostring(part.element, encoding="unicode")
        pieces = _MARK.split(text)
        for i in range(1, len(pieces), 2):
            pieces[i] = self.chunks[int(pieces[i])]
        text = "".join(pieces)
        part._element = parse_xml((fill(text) if fill else text).encode("utf-8"))
        self.chunks.clear()


_MARK = re.compile(r"<!--procedit-batch-(\d+)-->")
