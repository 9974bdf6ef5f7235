"""The nodes of a renderer-neutral document: what a reader gets, not how it is drawn.

A ``Document`` is a title page, page furniture (header, footer, draft mark), metadata and
a list of numbered ``Section``s; a section holds blocks (paragraphs, sub-headings, tables,
map figures, signature blocks, charts) and may hold sub-sections. Renderers (``procedit.export``:
PDF with reportlab, DOCX with python-docx) walk this tree and never decide content, so the
formats cannot drift apart. Texts are plain user text (never markup); renderers escape them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Orientation = Literal["portrait", "landscape"]
TextStyleName = Literal["body", "muted", "small_bold", "template", "caption"]


class Note(str):
    """A cell or paragraph text that is a remark of the document ("Не указано"), not data:
    renderers print it in grey italics."""


@dataclass
class Paragraph:
    text: str
    style: TextStyleName = "body"


@dataclass
class SubHeading:
    """An unnumbered heading inside a section ("SIPOC", "Этапы"); not in the table of contents."""

    text: str


@dataclass
class Table:
    """Rows of plain-text cells. ``widths`` are fractions of the available width (they sum to 1).

    ``header``: the first row is a header that repeats on every page; ``key_value``: a
    two-column passport table whose first column is set as labels; ``span_col``: a column
    whose body cells read as one merged cell; ``min_row_height`` (points): room to sign by hand;
    ``vertical_header``: the header cells after the first are written upwards (narrow columns
    under long titles, as in a responsibility matrix); ``group_rows``: body rows that head a
    group of the rows after them (set in bold on a tinted ground).
    """

    rows: list[list[str]]
    widths: list[float]
    header: bool = True
    key_value: bool = False
    span_col: int | None = None
    center_cols: tuple[int, ...] = ()
    min_row_height: float = 0.0
    vertical_header: bool = False
    group_rows: tuple[int, ...] = ()


@dataclass
class MapFigure:
    """A process map drawn from ``procedit.geometry`` (the numbers the canvas uses).

    ``pmap`` is the map as drawn (for a one-process document: the process's neighbourhood);
    ``focus_id`` is a process to highlight; ``description`` is printed under the drawing.
    """

    pmap: object  # procedit.model.ProcessMap (kept untyped: the tree has no behaviour)
    caption: str
    focus_id: str | None = None
    description: str = ""


@dataclass
class SignatureBlock:
    """An "УТВЕРЖДАЮ" or "Разработал" block: heading, position, organisation, a line with the
    name (initials and surname), and the date (or a blank to fill in)."""

    heading: str
    position: str = ""
    organization: str = ""
    name: str = ""
    date: str = ""


@dataclass
class Chart:
    """A criterion's values per period against its target line(s) and warning threshold;
    ``results`` says per value whether it met the target ("met", "warning", "missed")."""

    title: str
    periods: tuple[str, ...]
    values: tuple[float, ...]
    results: tuple[str, ...]
    targets: tuple[float, ...]  # one line, or the two bounds of "between"
    warning: float | None = None


@dataclass
class ChartGroup:
    """Small multiples: the charts of one subject (a process's criteria, in the order of the
    monitoring table) side by side, ``columns`` to a row and of one size, under the subject's
    ``title``; each chart's own title names only what differs (the criterion and its target)."""

    title: str
    charts: list[Chart]
    columns: int = 3


Block = Paragraph | SubHeading | Table | MapFigure | SignatureBlock | ChartGroup


@dataclass
class Section:
    """A heading and what follows it.

    ``number`` is "3" or "4.1" (empty for unnumbered sections such as the approval sheet);
    ``key`` is stable and unique in the document (bookmarks, the table of contents, tests);
    ``level`` 0 is a main section, 1 a sub-section; ``new_page`` starts it on a new page;
    ``orientation`` is the page orientation of the section (a landscape section is followed by
    portrait pages again); ``in_toc`` lists it in the table of contents.
    """

    key: str
    title: str
    number: str = ""
    level: int = 0
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    new_page: bool = False
    orientation: Orientation = "portrait"
    in_toc: bool = True

    @property
    def heading(self) -> str:
        sep = "." if self.level == 0 else ""
        return f"{self.number}{sep} {self.title}" if self.number else self.title

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def charts(self) -> list[Chart]:
        """The section's own charts in their order, those of chart groups included."""
        out: list[Chart] = []
        for b in self.blocks:
            if isinstance(b, ChartGroup):
                out += b.charts
        return out


@dataclass
class TitlePage:
    organization: str
    approvals: list[SignatureBlock]
    title: str
    subtitle: str
    passport: list[tuple[str, str]]  # (label, value); an empty value is printed as a Note
    year: str


@dataclass
class Furniture:
    """What every page but the title page carries."""

    header_left: str
    header_right: str
    page_word: str  # "Стр. {page} из" — the total follows as a field
    draft_mark: str | None  # "ПРОЕКТ" on every page, or None


@dataclass
class Meta:
    title: str
    author: str
    subject: str
    language: str  # "ru-RU", "en-US"
    keywords: str = ""
    creator: str = "procedit"


DocKind = Literal["regulation", "process_regulation", "survey", "job_instruction", "department_regulation"]


@dataclass
class Document:
    kind: DocKind
    lang: str
    meta: Meta
    furniture: Furniture
    title_page: TitlePage
    sections: list[Section]
    toc_title: str | None  # a table of contents after the front matter, or None
    front: list[Section] = field(default_factory=list)  # approval sheet: before the contents

    def all_sections(self):
        """Every section, depth first, front matter included."""
        for s in (*self.front, *self.sections):
            yield from s.walk()

    def toc_entries(self) -> list[Section]:
        return [s for top in self.sections for s in top.walk() if s.in_toc]
