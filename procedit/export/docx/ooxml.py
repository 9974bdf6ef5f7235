"""Small pieces of WordprocessingML that python-docx has no API for: fields (PAGE,
NUMPAGES, TOC), repeated table header rows, rows that do not split, page orientation."""

from __future__ import annotations

import re

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# characters XML 1.0 cannot carry (python-docx refuses them): control characters, lone
# surrogates, U+FFFE/U+FFFF
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: object) -> str:
    """User text that XML can carry: tabs and line breaks kept, the rest of the control
    characters dropped."""
    s = "" if text is None else str(text)
    return _BAD_XML.sub("", s.replace("\r\n", "\n").replace("\r", "\n"))


def add_field(paragraph, instruction: str, placeholder: str = "", *, dirty: bool = False):
    """A complex field (``PAGE``, ``NUMPAGES``, ``TOC \\o "1-2" \\h``) with ``placeholder``
    as its last computed result; ``dirty`` asks Word to compute it when the file opens."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    result = paragraph.add_run(placeholder)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
    return result


def update_fields_on_open(document) -> None:
    """Word fills the table of contents and page numbers when the document opens."""
    child(document.settings.element, "w:updateFields").set(qn("w:val"), "true")


def row_flags(row, *, header: bool = False) -> None:
    """A row that never splits across pages; ``header``: repeated at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def set_orientation(section, landscape: bool) -> None:
    w, h = section.page_width, section.page_height
    if landscape != (w > h):
        section.page_width, section.page_height = h, w
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def cell_shading(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_language(style, lang: str) -> None:
    """The proofing language of a style ("ru-RU")."""
    el = child(style.element.get_or_add_rPr(), "w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")


def set_font(style, family: str) -> None:
    """Names the font by family for every script (Word substitutes a missing family)."""
    style.font.name = family
    fonts = child(style.element.get_or_add_rPr(), "w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def set_table_width(table, emu: int) -> None:
    """A fixed table width (twentieths of a point), so every application lays it out the same."""
    el = child(table._tbl.tblPr, "w:tblW")
    el.set(qn("w:type"), "dxa")
    el.set(qn("w:w"), str(emu // 635))


def child(parent, tag: str):
    """The ``tag`` child of ``parent``, added when missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    return el
