"""Paragraph and table styles of the regulation, built once per export and reused."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .palette import INK, MUTED
from .textblock import TextStyle

BODY_SIZE = 10


@dataclass(frozen=True)
class Styles:
    body: TextStyle
    small_bold: TextStyle
    muted: TextStyle
    h1: TextStyle
    h2: TextStyle
    h3: TextStyle
    title: TextStyle
    subtitle: TextStyle
    org: TextStyle
    template: TextStyle
    approve: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    return Styles(
        body=TextStyle(REGULAR, BODY_SIZE, BODY_SIZE * 1.3, space_after=4),
        small_bold=TextStyle(BOLD, 8.5, 11, space_before=4, keep_room=40),
        muted=TextStyle(ITALIC, 8.5, 11, color=MUTED, space_after=4),
        h1=TextStyle(BOLD, 14, 18, space_before=6, space_after=8, keep_room=80),
        h2=TextStyle(BOLD, 12, 15, space_before=10, space_after=5, keep_room=80),
        h3=TextStyle(BOLD, 10, 13, space_before=7, space_after=3, keep_room=50),
        title=TextStyle(BOLD, 20, 25, align="center", space_after=10),
        subtitle=TextStyle(REGULAR, 13, 17, align="center", space_after=6),
        org=TextStyle(BOLD, 12, 16, align="center"),
        template=TextStyle(ITALIC, 8.5, 11, boxed=True, space_before=3, space_after=8),
        approve=ParagraphStyle(
            "approve", fontName=REGULAR, fontSize=10, leading=14, alignment=TA_LEFT, textColor=INK
        ),
    )


RIGHT = TA_RIGHT
