"""Page furniture of the regulation: portrait and landscape page templates, header,
footer "Page X of Y", the draft watermark, headings with PDF bookmarks and a table of
contents whose page numbers are filled in when the document is saved.

Everything is laid out in ONE pass: page numbers that are only known at the end (the
total in the footer, the pages in the table of contents) are drawn as PDF form
XObjects that the canvas defines just before it saves the file.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fasttext import draw_text
from .fonts import BOLD, ITALIC, REGULAR, clean, font_file, text_width
from .outline import outline_path
from .palette import INK, MUTED, RULE
from .textblock import TextBlock, TextStyle

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_LEFT, MARGIN_RIGHT = 22 * mm, 12 * mm
MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 17 * mm
L_MARGIN = 14 * mm  # landscape pages: every side


class Cancelled(Exception):
    """Raised inside the layout when the caller's ``cancel()`` returns True."""


class Heading(TextBlock):
    """A section heading that gets a bookmark and a table-of-contents page number."""

    def __init__(self, text: str, style: TextStyle, key: str, level: int, toc_text: str) -> None:
        super().__init__(text, style)
        self.toc_key = key
        self.toc_level = level
        self.toc_text = toc_text

    def split(self, aw: float, ah: float) -> list:
        return []  # a heading moves to the next page whole


class TocLine(Flowable):
    """One line of the table of contents: title, dot leaders and a page number that is
    resolved when the file is saved (form ``toc:<key>``)."""

    NUM_W = 28

    def __init__(self, text: str, key: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.level = level
        self.font = BOLD if level == 0 else REGULAR
        self.size = 10 if level == 0 else 9
        self.indent = 0 if level == 0 else 14
        self.text = text
        self.height_ = 16 if level == 0 else 12.5

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width_ = aw
        room = aw - self.indent - self.NUM_W - 12
        if text_width(self.text, self.font, self.size) > room:
            t = self.text
            lo, hi = 0, len(t)
            while lo < hi:  # longest prefix that fits with an ellipsis
                mid = (lo + hi + 1) // 2
                if text_width(t[:mid] + "…", self.font, self.size) <= room:
                    lo = mid
                else:
                    hi = mid - 1
            self.text = t[:lo].rstrip() + "…"
        return aw, self.height_

    def draw(self) -> None:
        c = self.canv
        y = 3.5
        c.setFillColor(INK)
        draw_text(c, self.indent, y, self.text, self.font, self.size)
        start = self.indent + text_width(self.text, self.font, self.size) + 4
        end = self.width_ - self.NUM_W
        if end > start:
            c.setFillColor(MUTED)
            dot = stringWidth(". ", REGULAR, self.size)
            n = int((end - start) / dot)
            draw_text(c, end, y, ". " * n, REGULAR, self.size, "right")
        c.saveState()
        c.translate(self.width_, y)
        c.doForm(_form_name(self.key))
        c.restoreState()
        c.linkAbsolute("", self.key, (self.indent, 0, self.width_, self.height_), Border="[0 0 0]")


def _form_name(key: str) -> str:
    return "toc_" + "".join(ch if ch.isalnum() else "_" for ch in key)


class PageInfo:
    """What the header and footer print; filled by the exporter."""

    def __init__(self, header_left: str, header_right: str, page_word: str, watermark: str | None) -> None:
        self.header_left = header_left
        self.header_right = header_right
        self.page_word = page_word  # "Стр. {page} из"
        self.watermark = watermark


def canvas_class(doc: RegulationDoc) -> type[Canvas]:
    class RegulationCanvas(Canvas):
        pages = 0

        def __init__(self, *args, **kwargs) -> None:
            # reportlab's default first font is Helvetica, which is never embedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)

        def showPage(self) -> None:
            self.pages += 1
            super().showPage()

        def save(self) -> None:
            if len(self._code):  # an unfinished page counts
                self.showPage()
            self._define_number("total", str(self.pages), right=False)
            for key in doc.toc_keys:
                page = doc.heading_pages.get(key)
                self._define_number(_form_name(key), "" if page is None else str(page), right=True)
            doc.page_count = self.pages
            super().save()

        def _define_number(self, name: str, text: str, right: bool) -> None:
            self.beginForm(name, lowerx=-60, lowery=-6, upperx=60, uppery=14)
            self.setFont(REGULAR, 9 if right else 8)
            self.setFillColor(INK if right else MUTED)
            (self.drawRightString if right else self.drawString)(0, 0, text)
            self.endForm()

    return RegulationCanvas


class RegulationDoc(BaseDocTemplate):
    """Portrait pages for text, landscape pages for maps and wide tables."""

    def __init__(
        self,
        file,
        info: PageInfo,
        *,
        title: str,
        author: str,
        subject: str = "",
        lang: str = "",
        on_progress: Callable[[float], None],
        cancel: Callable[[], bool] | None,
    ) -> None:
        super().__init__(
            file,
            pagesize=PORTRAIT,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            creator="procedit",
            subject=subject or title,
            lang=lang or None,
        )
        self.info = info
        self.heading_pages: dict[str, int] = {}
        self.toc_keys: list[str] = []
        self._furniture_forms: set[str] = set()
        self.page_count = 0
        self._on_progress = on_progress
        self._cancel = cancel
        self._story_len = 1
        pw, ph = PORTRAIT
        lw, lh = LANDSCAPE
        portrait_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            pw - MARGIN_LEFT - MARGIN_RIGHT,
            ph - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        land_frame = Frame(
            L_MARGIN,
            MARGIN_BOTTOM - 3 * mm,
            lw - 2 * L_MARGIN,
            lh - MARGIN_TOP - MARGIN_BOTTOM + 6 * mm,
            id="land",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.portrait_size = (portrait_frame._width, portrait_frame._height)
        self.landscape_size = (land_frame._width, land_frame._height)
        self.addPageTemplates(
            [
                PageTemplate("portrait", [portrait_frame], onPage=self._furniture, pagesize=PORTRAIT),
                PageTemplate("landscape", [land_frame], onPage=self._furniture, pagesize=LANDSCAPE),
            ]
        )

    # --- page furniture -------------------------------------------------------------
    def _furniture(self, c: Canvas, doc) -> None:
        w, h = c._pagesize
        land = w > h
        left = L_MARGIN if land else MARGIN_LEFT
        right = w - (L_MARGIN if land else MARGIN_RIGHT)
        info = self.info
        title_page = c.getPageNumber() == 1
        # what every page of an orientation shows is one form, drawn once
        if info.watermark:
            # under everything else, so an opaque tint (13 % red on white) looks the same as a
            # translucent one; reportlab's form XObjects cannot carry transparency. Drawn as
            # outlines in a form of its own: the mark is not text, copied text stays clean.
            mark = f"procedit_draft_{'land' if land else 'portrait'}"
            if mark not in self._furniture_forms:
                self._furniture_forms.add(mark)
                c.beginForm(mark, lowerx=0, lowery=0, upperx=w, uppery=h)
                c.setFillColor(colors.Color(0.98, 0.896, 0.896))
                c.translate(w / 2, h / 2)
                c.rotate(35 if not land else 25)
                c.translate(0, -30)
                path = outline_path(c, info.watermark, font_file(BOLD), 96 if not land else 110)
                c.drawPath(path, stroke=0, fill=1)
                c.endForm()
            c.doForm(mark)
        name = f"furniture_{'title' if title_page else 'land' if land else 'portrait'}"
        if name not in self._furniture_forms:
            self._furniture_forms.add(name)
            c.beginForm(name, lowerx=0, lowery=0, upperx=w, uppery=h)
            self._static_furniture(c, w, h, left, right, land, title_page)
            c.endForm()
        c.doForm(name)
        if title_page:  # the title page counts but shows no header or number (GOST 2.105)
            return
        c.saveState()
        bottom = 8 * mm
        text = info.page_word.format(page=c.getPageNumber()) + " "
        tw = text_width(text, ITALIC, 8)
        x = right - tw - stringWidth("000", REGULAR, 8)
        draw_text(c, x, bottom, text, ITALIC, 8)
        c.translate(x + tw, bottom)
        c.doForm("total")
        c.restoreState()

    def _static_furniture(
        self, c: Canvas, w: float, h: float, left: float, right: float, land: bool, title: bool
    ) -> None:
        info = self.info
        if title:
            return
        top = h - 11 * mm
        c.setFillColor(MUTED)
        room = right - left - text_width(info.header_right, REGULAR, 8) - 20
        draw_text(c, left, top, _fit(info.header_left, REGULAR, 8, room), REGULAR, 8)
        draw_text(c, right, top, clean(info.header_right), REGULAR, 8, "right")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(left, top - 3, right, top - 3)
        bottom = 8 * mm
        c.line(left, bottom + 9, right, bottom + 9)

    # --- progress, cancel, bookmarks -------------------------------------------------
    def build_story(self, story: list) -> None:
        self._story_len = max(1, len(story))
        self.build(story, canvasmaker=canvas_class(self))

    def handle_flowable(self, flowables) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()
        remaining = len(flowables)
        if remaining % 25 == 0:
            self._on_progress(1 - remaining / self._story_len)
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            if key not in self.heading_pages:
                self.heading_pages[key] = self.canv.getPageNumber()
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level, closed=True)


def _fit(text: str, font: str, size: float, room: float) -> str:
    text = clean(text).replace("\n", " ")
    if text_width(text, font, size) <= room:
        return text
    while text and text_width(text + "…", font, size) > room:
        text = text[: max(0, int(len(text) * 0.9) - 1)]
    return text.rstrip() + "…"
