"""The Word document's pictures (the map figure, the criteria's charts): where they stand, that
they are the PDF's drawings pixel for pixel, shared when identical, stored as they are in the
package, and that a cancelled export leaves no worker behind."""

from __future__ import annotations

import io
import threading
import zipfile

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from PIL import Image
from reportlab.graphics import renderPDF

from procedit.document import Chart, build_document
from procedit.export.docx import export_docx
from procedit.export.docx.render import DocxWriter
from procedit.export.monitoring import chart_drawing
from procedit.export.raster import pdf_pngs
from procedit.export.regulation import ExportCancelled


def _pictures(path) -> list[tuple[int, bytes]]:
    """(index of the body element, PNG bytes) of every inline picture, in document order."""
    d = docx.Document(str(path))
    out = []
    for i, el in enumerate(d.element.body.iterchildren()):
        for blip in el.iter(qn("a:blip")):
            out.append((i, d.part.related_parts[blip.get(qn("r:embed"))].blob))
    return out


def _heading_index(path, prefix: str) -> int:
    d = docx.Document(str(path))
    for i, el in enumerate(d.element.body.iterchildren()):
        if el.tag == qn("w:p") and docx.text.paragraph.Paragraph(el, d).text.startswith(prefix):
            return i
    raise AssertionError(f"no paragraph starting with {prefix!r}")


def _reference_pixels(chart: Chart, width_pt: float) -> Image.Image:
    """The chart drawn alone, as the PDF draws it, rasterised at 300 dpi by PDFium's own
    defaults (the path the DOCX took before pictures were made in batches)."""
    pdf = pdfium.PdfDocument(renderPDF.drawToString(chart_drawing(chart, width_pt)))
    try:
        return pdf[0].render(scale=300 / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def test_charts_stand_in_the_monitoring_section_and_are_the_pdf_drawing(marketing_ru, tmp_path):
    out = tmp_path / "tobe.docx"
    export_docx(marketing_ru, out, map_id="map_to_be", lang="ru")
    tree = build_document(marketing_ru, map_id="map_to_be", lang="ru")
    monitoring = next(s for s in tree.sections if s.key == "monitoring")
    charts = [b for b in monitoring.blocks if isinstance(b, Chart)]
    start = _heading_index(out, monitoring.heading)
    after = [s for s in tree.sections if s.level == 0 and s.in_toc]
    following = after[after.index(monitoring) + 1 :]
    end = _heading_index(out, following[0].heading) if following else 10**9
    pictures = _pictures(out)
    in_section = [png for i, png in pictures if start < i < end]
    # every chart, in its section (they used to land before the section's heading), in order
    assert len(in_section) == len(charts) == 4
    d = docx.Document(str(out))
    width_pt = d.sections[-1].page_width.pt - d.sections[-1].left_margin.pt - d.sections[-1].right_margin.pt
    for png, chart in zip(in_section, charts, strict=True):
        got = Image.open(io.BytesIO(png))
        assert got.mode == "RGB" and round(got.info["dpi"][0]) == 300
        want = _reference_pixels(chart, width_pt)
        assert got.size == want.size and got.tobytes() == want.tobytes()


def test_the_map_pictures_are_the_pdf_map_pages(marketing_ru, tmp_path):
    """The map figure: the same pixels as rendering the map's PDF pages with PDFium's defaults."""
    from reportlab.lib.units import mm

    from procedit.document.texts import Texts
    from procedit.export.layout import L_MARGIN, LANDSCAPE, MARGIN_BOTTOM, MARGIN_TOP
    from procedit.export.mapimage import map_pdf

    out = tmp_path / "asis.docx"
    export_docx(marketing_ru, out, map_id="map_as_is", lang="ru")
    tree = build_document(marketing_ru, map_id="map_as_is", lang="ru")
    from procedit.document import MapFigure

    fig = next(b for s in tree.all_sections() for b in s.blocks if isinstance(b, MapFigure))
    h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM + 6 * mm - 34 - (36 if fig.description.strip() else 0)
    pdf_bytes, count = map_pdf(
        fig.pmap, marketing_ru, Texts("ru"), LANDSCAPE[0] - 2 * L_MARGIN, h, fig.caption
    )
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        want = [pdf[i].render(scale=300 / 72).to_pil().convert("RGB") for i in range(count)]
    finally:
        pdf.close()
    got = [Image.open(io.BytesIO(png)) for _, png in _pictures(out)[:count]]
    assert [g.tobytes() for g in got] == [w.tobytes() for w in want]


def test_identical_charts_share_one_image_and_pictures_are_stored_as_they_are(marketing_ru, tmp_path):
    tree = build_document(marketing_ru, map_id="map_to_be", lang="ru")
    monitoring = next(s for s in tree.sections if s.key == "monitoring")
    chart = next(b for b in monitoring.blocks if isinstance(b, Chart))
    n_before = sum(isinstance(b, Chart) for b in monitoring.blocks)
    monitoring.blocks.append(Chart(**vars(chart)))  # an equal chart, another object
    out = tmp_path / "twice.docx"
    with open(out, "wb") as fh:
        DocxWriter(tree, marketing_ru, lambda: None).write(fh)
    d = docx.Document(str(out))
    embeds = [blip.get(qn("r:embed")) for blip in d.element.body.iter(qn("a:blip"))]
    charts = embeds[-(n_before + 1) :]
    assert charts[0] == charts[-1] and len(set(charts)) == n_before  # one image, two pictures
    ids = [int(p.get("id")) for p in d.element.body.iter(qn("wp:docPr"))]
    assert len(ids) == len(set(ids))  # every drawing has its own id
    with zipfile.ZipFile(out) as z:
        media = [i for i in z.infolist() if i.filename.startswith("word/media/")]
        assert media and all(i.compress_type == zipfile.ZIP_STORED for i in media)
        assert z.getinfo("word/document.xml").compress_type == zipfile.ZIP_DEFLATED
        assert z.testzip() is None


@pytest.mark.parametrize("raw_limit", [64 << 20, 0])  # 0: each page deflated as soon as rendered
def test_pdf_pages_become_pngs_of_the_same_pixels(monkeypatch, raw_limit):
    from reportlab.pdfgen.canvas import Canvas

    monkeypatch.setattr("procedit.export.raster.RAW_LIMIT", raw_limit)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(101.3, 47))
    c.setFillColorRGB(0.2, 0.5, 0.1)
    c.rect(5, 5, 60, 20, fill=1)
    c.drawString(10, 30, "Проверка")
    c.showPage()
    c.setPageSize((33, 20))
    c.line(0, 0, 33, 20)
    c.save()
    pngs = pdf_pngs(buf.getvalue())
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        for i, png in enumerate(pngs):
            want = pdf[i].render(scale=300 / 72).to_pil().convert("RGB")
            got = Image.open(io.BytesIO(png))
            assert got.size == want.size and got.tobytes() == want.tobytes()
    finally:
        pdf.close()


def test_a_cancelled_export_leaves_no_file_and_no_worker(marketing_ru, tmp_path):
    out = tmp_path / "cancelled.docx"

    def cancel() -> bool:  # as soon as pictures are being made
        return any(t.name.startswith("procedit-raster") for t in threading.enumerate())

    with pytest.raises(ExportCancelled):
        export_docx(marketing_ru, out, map_id="map_to_be", lang="ru", cancel=cancel)
    assert not out.exists() and not list(tmp_path.iterdir())
    assert not [t for t in threading.enumerate() if t.name.startswith("procedit-raster")]
