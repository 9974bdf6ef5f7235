"""The drawings of the Word document: the map pages as pictures, made while the text is
written, and the criteria's charts as native Word charts (``charts``).

A map's drawing is made by the PDF's code on the calling thread (reportlab is not shared
between threads) into a small PDF; PDFium and deflate turn its pages into PNG on the
``Rasteriser``'s threads. The body gets the picture's markup at once, with a token for its
height (known when the PNG is) that ``resolve`` fills in before the body is parsed; the
image part's bytes are read when the package is saved.

python-docx's ``add_picture`` hashes every image of the package per picture and scans the
whole document and its relationships for the next ids: quadratic for a document of
thousands of pictures. Here the part names, relationship ids and shape ids are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future

from docx.image.image import Image
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from procedit.document import Chart

from ..raster import Rasteriser
from .charts import Charts

PAGES_PER_JOB = 4  # a map's pages rasterised in parts of this many, by both worker threads

_INLINE = (
    '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{id}" name="Picture {id}"/>'
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>'
)
_TOKEN = re.compile(r"@procedit-cy-(\d+)@")


class _LazyImagePart(Part):
    """A PNG image part whose bytes come from the rasteriser (read when the package is saved)."""

    def __init__(self, partname: PackURI, png: Callable[[], bytes], package) -> None:
        super().__init__(partname, CT.PNG, package=package)
        self._png = png

    @property
    def blob(self) -> bytes:
        return self._png()


class _Picture:
    def __init__(self, future: Future[list[bytes]], page: int) -> None:
        self.future, self.page = future, page
        self.rid = ""

    def png(self) -> bytes:
        return self.future.result()[self.page]


class Pictures:
    def __init__(
        self, document, check_cancel: Callable[[], None], series_names: tuple[str, str, str], lang: str
    ) -> None:
        self.check_cancel = check_cancel
        self.part = document.part
        self.package = self.part.package
        self.raster = Rasteriser()
        self.shapes = 0
        self.images = 0
        self.heights: list[tuple[_Picture, int]] = []  # token number → (picture, width in EMU)
        self.charts = Charts(self.part, series_names, lang)

    # --- the body's markup ---------------------------------------------------------------------
    def chart(self, chart: Chart, width: int) -> str:
        """The markup of one of a chart group's charts, ``width`` EMU wide (a native Word chart)."""
        self.shapes += 1
        return self.charts.inline(chart, width, 100_000 + self.shapes)

    def pages(self, pdf_bytes: bytes, count: int, width: int, name: str) -> list[str]:
        """The markup of the ``count`` pages of ``pdf_bytes`` as pictures ``width`` EMU wide."""
        out = []
        for first in range(0, count, PAGES_PER_JOB):
            future = self.raster.submit(pdf_bytes, first, first + PAGES_PER_JOB)
            out += [
                self._inline(_Picture(future, i), width, name)
                for i in range(min(PAGES_PER_JOB, count - first))
            ]
        return out

    def _inline(self, pic: _Picture, width: int, name: str) -> str:
        if not pic.rid:
            self.images += 1
            partname = PackURI(f"/word/media/procedit{self.images}.png")
            part = _LazyImagePart(partname, pic.png, self.package)
            pic.rid = f"rIdImg{self.images}"
            self.part.rels.add_relationship(RT.IMAGE, part, pic.rid)
        self.shapes += 1
        token = f"@procedit-cy-{len(self.heights)}@"
        self.heights.append((pic, width))
        return _INLINE.format(
            cx=width, cy=token, id=100_000 + self.shapes, name=f"{name}{self.shapes}.png", rid=pic.rid
        )

    # --- before the body is parsed -------------------------------------------------------------
    def resolve(self, xml: str) -> str:
        """``xml`` with the pictures' heights filled in (waits for the pictures)."""

        def height(m: re.Match) -> str:
            pic, width = self.heights[int(m.group(1))]
            return str(Image.from_blob(pic.png()).scaled_dimensions(width, None)[1])

        return _TOKEN.sub(height, xml)

    def close(self) -> None:
        self.raster.close()
