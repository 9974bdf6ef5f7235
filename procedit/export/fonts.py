"""Embedded TrueType fonts with Cyrillic, and turning user text into safe Paragraph markup.

reportlab's built-in fonts have no Cyrillic, so the regulation embeds Source Sans Pro
(the ``font-source-sans-pro`` wheel) and falls back to DejaVu Sans from the system.
User text is never markup: ``para()`` escapes it, drops characters the font cannot draw
(emoji would print as black boxes) and keeps line breaks.
"""

from __future__ import annotations

import os
import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "ProceditSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, FAMILY + "-Bold", FAMILY + "-Italic", FAMILY + "-BoldItalic"

_DEJAVU = "/usr/share/fonts/truetype/dejavu"


def _font_files() -> tuple[str, str, str, str]:
    try:
        import font_source_sans_pro

        base = os.path.join(os.path.dirname(font_source_sans_pro.__file__), "files")
        files = tuple(
            os.path.join(base, f"SourceSansPro-{v}.ttf") for v in ("Regular", "Bold", "It", "BoldIt")
        )
        if all(os.path.exists(f) for f in files):
            return files  # type: ignore[return-value]
    except ImportError:
        pass
    names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
    files = tuple(os.path.join(_DEJAVU, n) for n in names)
    if not os.path.exists(files[0]):
        raise RuntimeError(
            "No font with Cyrillic found: install the font-source-sans-pro package or DejaVu fonts"
        )
    regular = files[0]
    return tuple(f if os.path.exists(f) else regular for f in files)  # type: ignore[return-value]


@cache
def register_fonts() -> frozenset[int]:
    """Registers the family once; returns the code points the regular face can draw."""
    regular, bold, italic, bold_italic = _font_files()
    faces = {}
    for name, path in ((REGULAR, regular), (BOLD, bold), (ITALIC, italic), (BOLD_ITALIC, bold_italic)):
        face = TTFont(name, path)
        if name in (ITALIC, BOLD_ITALIC) and ord("Я") not in face.face.charToGlyph:
            # Source Sans Pro's italics have no Cyrillic: use the upright face instead
            face = TTFont(name, regular if name == ITALIC else bold)
        faces[name] = face
        pdfmetrics.registerFont(face)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for b in (0, 1):
        for i in (0, 1):
            addMapping(FAMILY, b, i, (REGULAR, ITALIC, BOLD, BOLD_ITALIC)[b * 2 + i])
    return frozenset(faces[REGULAR].face.charToGlyph)


@cache
def _unsupported_re() -> re.Pattern[str]:
    """Matches every character the font cannot draw (plus control characters)."""
    cps = sorted(cp for cp in register_fonts() if cp >= 0x20 and not 0xD800 <= cp <= 0xDFFF)
    ranges: list[tuple[int, int]] = []
    for cp in cps:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )
    return re.compile(f"[^{parts}\n]")


_SPACES = re.compile(r"[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def clean(text: object) -> str:
    """Plain text the font can draw: tabs and odd spaces become spaces, the rest that
    the font lacks (emoji, control characters) is dropped."""
    if text is None:
        return ""
    s = str(text)
    if not s:
        return s
    s = _SPACES.sub(" ", s)
    return _unsupported_re().sub("", s)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def para(text: object, limit: int | None = None) -> str:
    """Paragraph markup for user text: cleaned, escaped, newlines as <br/>."""
    s = clean(text)
    if limit is not None:
        s = shorten(s, limit)
    s = escape(s.strip())
    if "\n" in s:
        s = re.sub(r"\n{3,}", "\n\n", s).replace("\n", "<br/>")
    return s


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap by real glyph widths; very long words are cut; an ellipsis marks
    text that did not fit in ``max_lines``."""
    if max_lines <= 0 or width <= 4:
        return []
    measure = pdfmetrics.getFont(font).stringWidth
    if measure(text, size) <= width:
        line = " ".join(text.split())
        return [line] if line else []
    widths = _WIDTHS.setdefault((font, size), {})
    if len(widths) > 50_000:
        widths.clear()
    space = measure(" ", size)
    words = text.split()
    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        ww = widths.get(w)
        if ww is None:
            ww = widths[w] = measure(w, size)
        needed = ww if not cur else cur_w + space + ww
        if needed <= width:
            cur.append(w)
            cur_w = needed
            i += 1
            continue
        if cur:
            lines.append(" ".join(cur))
            cur, cur_w = [], 0.0
        else:  # one word wider than the line: cut it
            k = max(1, int(len(w) * width / max(1.0, ww)))
            while k > 1 and stringWidth(w[:k], font, size) > width:
                k -= 1
            lines.append(w[:k])
            words[i] = w[k:]
        if len(lines) == max_lines:
            break
    else:
        if cur:
            lines.append(" ".join(cur))
        return lines
    last = lines[-1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return lines
