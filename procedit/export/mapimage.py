"""A map figure as images for formats that cannot hold PDF vectors (DOCX): the pages are
drawn by the same code as the PDF's map pages (``mapdraw``), then rasterised at 300 dpi
with PDFium (``raster``), so the Word figure is the PDF's drawing, legible when printed."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from procedit.document.texts import Texts

from .fonts import REGULAR, register_fonts
from .mapdraw import map_pages
from .mapscene import MapScene
from .raster import DPI, pdf_pngs

__all__ = ["DPI", "map_images", "map_pdf"]


def map_pdf(
    pmap,
    project,
    t: Texts,
    width: float,
    height: float,
    caption: str,
    focus_id: str | None = None,
    shared_form: bool = False,
) -> tuple[bytes, int]:
    """The map's pages in a ``width`` × ``height`` point area as a PDF, and their number: one
    fitted page, or the overview and the numbered fragments (``focus_id``: the process drawn
    highlighted). Each fragment draws only what it shows (PDFium renders page by page), unless
    ``shared_form``: then every page shows its part of one drawing of the whole map, as the PDF
    regulation draws it."""
    register_fonts()
    pages = map_pages(MapScene(pmap, project, t, focus_id), width, height, caption, shared_form=shared_form)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=REGULAR)
    for page in pages:
        page.wrapOn(c, width, height)
        page.drawOn(c, 0, 0)
        c.showPage()
    c.save()
    return buf.getvalue(), len(pages)


def map_images(
    pmap, project, t: Texts, width: float, height: float, caption: str, focus_id: str | None = None
) -> list[bytes]:
    """PNG images (``DPI`` dots per inch) of the pages of ``map_pdf``."""
    return pdf_pngs(map_pdf(pmap, project, t, width, height, caption, focus_id)[0])
