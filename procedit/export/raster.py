"""PDF pages as 300 dpi PNG pictures, for formats that cannot hold PDF vectors (DOCX).

The drawings (map pages, criterion charts) are made by the PDF's own drawing code into a
small PDF; PDFium rasterises its pages and the rows are written as PNG with fast deflate.
``Rasteriser`` does the PDFium and deflate part on worker threads: both release the GIL,
so on two cores the pictures are made while the document's text is being written.
PDFium is not thread-safe: every use of it here holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import struct
import threading
import zlib
from concurrent.futures import Future, ThreadPoolExecutor

DPI = 300
PDFIUM_LOCK = threading.Lock()
RAW_LIMIT = 64 << 20  # bytes of raw pixels rendered before they are deflated


def pdf_pngs(pdf_bytes: bytes, first: int = 0, stop: int | None = None) -> list[bytes]:
    """The pages ``first`` to ``stop`` (default: every page) of the PDF as PNGs of ``DPI``
    dots per inch (RGB, white background).

    The pages are rendered holding ``PDFIUM_LOCK`` and deflated without it (up to
    ``RAW_LIMIT`` bytes of raw pages at a time), so that two threads can share the work."""
    import pypdfium2 as pdfium

    out: list[bytes] = []
    raws: list[_Rows] = []

    def encode() -> None:
        out.extend(png_rows(r.data, r.width, r.height) for r in raws)
        raws.clear()

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(pdf_bytes)
        try:
            for i in range(first, len(pdf) if stop is None else min(stop, len(pdf))):
                page = pdf[i]
                rows = _Rows()
                page.render(scale=DPI / 72, rev_byteorder=True, bitmap_maker=rows.bitmap).close()  # RGB
                page.close()
                raws.append(rows)
                if sum(len(r.data) for r in raws) > RAW_LIMIT:  # (a big map's pages)
                    PDFIUM_LOCK.release()
                    try:
                        encode()
                    finally:
                        PDFIUM_LOCK.acquire()
        finally:
            pdf.close()
    encode()
    return out


class _Rows:
    """A bitmap whose rows PDFium writes one byte apart, so that the buffer is the PNG's
    filtered data as it is (each row led by its filter byte 0): no copying."""

    def bitmap(self, width: int, height: int, format, rev_byteorder: bool):
        import ctypes

        from pypdfium2 import PdfBitmap

        self.width, self.height = width, height
        stride = width * 3 + 1
        self.data = bytearray(stride * height + 1)  # zeros: the filter bytes stay 0
        buffer = (ctypes.c_ubyte * (stride * height)).from_buffer(self.data, 1)
        return PdfBitmap.new_native(width, height, format, rev_byteorder, buffer=buffer, stride=stride)


def png_rows(data: bytes | bytearray, width: int, height: int) -> bytes:
    """A PNG of ``height`` RGB rows of ``width`` pixels, each row led by its filter byte (0),
    ``DPI`` recorded. No filtering and a fast deflate (level 3: as fast as 1 on these flat
    drawings and smaller) are several times faster than Pillow's adaptive filters."""
    ppm = round(DPI / 0.0254)
    with memoryview(data) as view:
        idat = zlib.compress(view[: (width * 3 + 1) * height], 3)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)),
            chunk(b"IDAT", idat),
            chunk(b"IEND", b""),
        )
    )


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels of a PNG (its IHDR)."""
    return struct.unpack(">II", png[16:24])


class Rasteriser:
    """Worker threads that turn PDFs into PNG pages (``submit``): one renders with PDFium
    while the other deflates. ``close`` stops them and drops what has not started (a
    cancelled export)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="procedit-raster")

    def submit(self, pdf_bytes: bytes, first: int = 0, stop: int | None = None) -> Future[list[bytes]]:
        """The PNGs of pages ``first`` to ``stop`` (see ``pdf_pngs``): a long PDF submitted in
        parts keeps both threads busy, one rendering while the other deflates."""
        return self._pool.submit(pdf_pngs, pdf_bytes, first, stop)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["DPI", "PDFIUM_LOCK", "Rasteriser", "pdf_pngs", "png_rows", "png_size"]
