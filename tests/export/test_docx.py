"""The regulation as a Word document: read back with python-docx what Word shows (styles,
contents field, header and footer fields, repeated header rows, landscape sections, the map
figure), and the same text as the PDF, section by section."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from procedit.document import MapFigure, build_document
from procedit.export import export_regulation
from procedit.export.docx import export_docx

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _body(path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph and table cell, in document order."""
    d = docx.Document(str(path))
    out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = docx.text.paragraph.Paragraph(el, d)
            out.append((p.style.name, p.text))
        elif el.tag == qn("w:tbl"):
            for t in el.iter(qn("w:t")):
                out.append(("cell", t.text or ""))
    return out


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w{3,}", text)}


def test_docx_is_a_real_word_document(marketing_ru, tmp_path):
    to_be = marketing_ru.maps[1]
    out = tmp_path / "reg.docx"
    export_docx(marketing_ru, out, map_id=to_be.id)
    tree = build_document(marketing_ru, map_id=to_be.id)
    d = docx.Document(str(out))
    # headings in Word's own styles, in the tree's order, with its numbers
    headings = [
        (p.style.name, p.text)
        for p in d.paragraphs
        if p.style.name.startswith("Heading ") and p.style.name != "Heading 3"
    ]
    assert headings == [(f"Heading {s.level + 1}", s.heading) for s in tree.toc_entries()]
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert re.search(r'<w:instrText[^>]*> TOC \\o "1-2"', xml)  # Word fills the contents
    settings = zipfile.ZipFile(out).read("word/settings.xml").decode()
    assert "updateFields" in settings
    # header: code and version; footer: page X of Y as fields
    sec = d.sections[0]
    assert sec.different_first_page_header_footer  # the title page carries no furniture
    header = sec.header.paragraphs[0].text
    assert "РП-МКТ-01" in header and "Версия" in header and "ПРОЕКТ" in header
    footer_xml = sec.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml and "Стр." in footer_xml
    # tables: header rows repeat, rows do not split
    tables = d.tables
    assert len(tables) > 20
    from procedit.document import Table

    with_header = [b for sec in tree.all_sections() for b in sec.blocks if isinstance(b, Table) and b.header]
    repeated = [
        t
        for t in tables
        if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    ]
    assert len(repeated) == len(with_header)
    # landscape where the PDF has landscape pages (the map, the wide matrix)
    orients = [s.page_width > s.page_height for s in d.sections]
    assert orients[0] is False and True in orients
    # the map: a picture printed at no less than 300 dpi
    shapes = d.inline_shapes
    # maps (a big one as an overview and fragments) and the criteria's charts (in their groups)
    figures = sum(isinstance(b, MapFigure) for s in tree.sections for b in s.blocks)
    assert len(shapes) >= figures + sum(len(s.charts()) for s in tree.sections) >= 1
    part = d.part.related_parts[shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed]
    import io

    from PIL import Image

    px = Image.open(io.BytesIO(part.blob)).size[0]
    assert px / (shapes[0].width / 914400) >= 299
    # metadata
    cp = d.core_properties
    assert cp.title == tree.meta.title and cp.language == "ru-RU" and cp.author == "М. А. Кузнецова"


def test_a_section_on_a_new_page_starts_it_with_its_heading_not_with_a_break(marketing_ru, tmp_path):
    """A break paragraph after a section that filled its last page made an empty page (the
    TO BE regulation's section 11 in LibreOffice); the heading carries the page break."""
    out = tmp_path / "reg.docx"
    export_docx(marketing_ru, out, map_id=marketing_ru.maps[1].id)
    tree = build_document(marketing_ru, map_id=marketing_ru.maps[1].id)
    d = docx.Document(str(out))
    body = d.element.body
    assert not [
        p for p in body.iter(qn("w:p")) if any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))
    ]
    starts = {
        p.text for p in d.paragraphs if p._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    }
    orientation = ["portrait"] + [s.orientation for s in tree.sections]
    new_page = [  # (a change of orientation starts a Word section, which starts its page itself)
        s.heading
        for s, before in zip(tree.sections, orientation, strict=False)
        if (s.new_page or s.key == "purpose") and s.orientation == before
    ]
    assert len(new_page) >= 4 and set(new_page) <= starts
    assert tree.toc_title in starts  # the contents start a page after the title page


def test_pdf_and_docx_carry_the_same_text_section_by_section(marketing_ru, tmp_path):
    to_be = marketing_ru.maps[1]
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    export_regulation(marketing_ru, pdf, map_id=to_be.id)
    export_docx(marketing_ru, word, map_id=to_be.id)
    tree = build_document(marketing_ru, map_id=to_be.id)
    heads = [s.heading for s in tree.toc_entries()]
    # DOCX: text between one heading and the next
    body = _body(word)
    dsec: dict[str, str] = {}
    current = None
    for style, text in body:
        if style.startswith("Heading ") and style != "Heading 3" and text in heads:
            current = text
            dsec[current] = ""
        elif current is not None:
            dsec[current] += " " + text
    assert list(dsec) == heads
    # PDF: pages split at the same headings (page furniture removed)
    pages = [p.extract_text() or "" for p in PdfReader(str(pdf)).pages]
    furniture = _words(tree.furniture.header_left + " " + tree.furniture.header_right + " Стр из")
    flat = " ".join(pages)
    start = flat.index(heads[0] + "\n", flat.index(heads[-1]))  # after the contents page
    psec: dict[str, str] = {}
    rest = flat[start:]
    for i, h in enumerate(heads):
        nxt = rest.find("\n" + heads[i + 1], len(h)) if i + 1 < len(heads) else len(rest)
        assert nxt > 0, heads[i + 1]
        psec[h], rest = rest[:nxt].replace(h, "", 1), rest[nxt:]
    maps = {s.heading for s in tree.sections if s.key == "map"}
    for h in heads:
        if h in maps:  # the map: vector text in the PDF, a picture in Word
            continue
        dw, pw = _words(dsec[h]) - furniture, _words(psec[h]) - furniture
        pw = {w for w in pw if not w.isdigit()}
        dw = {w for w in dw if not w.isdigit()}
        assert dw == pw, (h, sorted(dw - pw)[:10], sorted(pw - dw)[:10])


def test_hostile_text_makes_a_correct_docx(build_project, tmp_path):
    evil = '<b>Жирный?</b> & "кавычки" <w:t> \x00\x07\x1b 😀 عربي ' + "Ж" * 10_000
    # the names within the model's limits; the control characters and the length beyond them
    # put in past validation (with_), so the renderer's own defence is still what is tested
    project = build_project(3, name='<b>Жирный?</b> & "кавычки" <w:t> 😀 عربي ' + "Ж" * 900)
    project = project.with_(name=evil)
    pmap = project.maps[0]
    procs = list(pmap.processes)
    procs[1] = procs[1].with_(name="", code="", goal="", results="", stages=(), criteria=(), documents=())
    procs[2] = procs[2].with_(name="A&B <i>x</i> 🚀", description="line\r\nnext\ttab\x0c")
    project = project.with_(organization="<script>&\x01", maps=(pmap.with_(processes=tuple(procs)),))
    out = tmp_path / "evil.docx"
    export_docx(project, out)
    text = "\n".join(t for _, t in _body(out))
    assert '<b>Жирный?</b> & "кавычки" <w:t>' in text
    assert "😀 عربي" in text and "A&B <i>x</i> 🚀" in text
    assert "\x00" not in text and "\x07" not in text


def test_cli_picks_the_format_by_suffix_and_refuses_what_it_cannot_write(tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "procedit", "export", str(EXAMPLES / "small_en.procmap"), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = tmp_path / "reg.docx"
    r = run("-o", str(out))
    assert r.returncode == 0, r.stderr
    assert zipfile.ZipFile(out).read("[Content_Types].xml")  # a real DOCX, not a PDF under that name
    r = run("-o", str(tmp_path / "reg.odt"))
    assert r.returncode == 2 and "reg.odt" in r.stderr and not (tmp_path / "reg.odt").exists()
    r = run("-o", str(tmp_path / "noext"), "--format", "docx")
    assert r.returncode == 0, r.stderr
    assert zipfile.is_zipfile(tmp_path / "noext")


@pytest.mark.parametrize("code", [None, "P-02"])
def test_docx_of_a_built_project(build_project, tmp_path, code):
    out = tmp_path / "b.docx"
    export_docx(build_project(5), out, process_code=code)
    d = docx.Document(str(out))
    assert any(p.style.name == "Title" for p in d.paragraphs)
