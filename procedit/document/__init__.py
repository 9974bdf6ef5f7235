"""The regulation and the survey report as a renderer-neutral tree (headless: no Qt, no
reportlab, no python-docx).

``build_document(project, map_id=None, process_code=None, lang=None) -> Document`` builds
what a reader gets from the model: sections with numbers and headings, paragraphs, tables
with header rows, map figures, signature blocks, charts (grouped as small multiples), page furniture and metadata. The
renderers in ``procedit.export`` (PDF, DOCX) walk the tree and decide nothing about
content. Add a section by writing one function in ``sections.py`` (``Context -> Section |
None``) and putting it into the order in ``build.py``.
"""

from .build import build_document, document_control, document_kind, printed_version
from .names import initials
from .scope import ScopeError
from .tree import (
    Chart,
    ChartGroup,
    Document,
    Furniture,
    MapFigure,
    Meta,
    Note,
    Paragraph,
    Section,
    SignatureBlock,
    SubHeading,
    Table,
    TitlePage,
)

__all__ = [
    "Chart",
    "ChartGroup",
    "Document",
    "Furniture",
    "MapFigure",
    "Meta",
    "Note",
    "Paragraph",
    "ScopeError",
    "Section",
    "SignatureBlock",
    "SubHeading",
    "Table",
    "TitlePage",
    "build_document",
    "document_control",
    "document_kind",
    "initials",
    "printed_version",
]
