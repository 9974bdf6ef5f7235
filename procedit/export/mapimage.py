"""A map figure as images for formats that cannot hold PDF vectors (DOCX): the pages are
drawn by the same code as the PDF's map pages (``mapdraw``), then rasterised at 300 dpi
with PDFium, so the Word figure is the PDF's drawing, legible when printed."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from procedit.document.texts import Texts

from .fonts import REGULAR, register_fonts
from .mapdraw import map_pages
from .mapscene import MapScene

DPI = 300


def map_images(pmap, project, t: Texts, width: float, height: float, caption: str) -> list[bytes]:
    """PNG images (``DPI`` dots per inch) of the pages of the map in a ``width`` × ``height``
    point area: one fitted page, or the overview and the numbered fragments."""
    import pypdfium2 as pdfium

    register_fonts()
    pages = map_pages(MapScene(pmap, project, t), width, height, caption)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=REGULAR)
    for page in pages:
        page.wrapOn(c, width, height)
        page.drawOn(c, 0, 0)
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    out = []
    try:
        for i in range(len(pdf)):
            bitmap = pdf[i].render(scale=DPI / 72)
            image = bitmap.to_pil()
            png = io.BytesIO()
            image.save(png, format="PNG", optimize=False, compress_level=3, dpi=(DPI, DPI))
            out.append(png.getvalue())
    finally:
        pdf.close()
    return out
