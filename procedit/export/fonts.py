"""Embedded TrueType fonts with Cyrillic, and turning user text into safe Paragraph markup.

reportlab's built-in fonts have no Cyrillic, so the regulation embeds Source Sans Pro
(the ``font-source-sans-pro`` wheel) and falls back to DejaVu Sans from the system.
Source Sans Pro's italics have no Cyrillic: italic text is set in PT Sans Italic (the
``fontpkg-pt-sans`` wheel), else DejaVu Sans Oblique, else a slanted upright face.
A character the main face lacks (Armenian, Georgian, Hebrew, arrows, mathematics) is drawn
with a fallback face, run by run (``runs``): DejaVu Sans and STIX from the ``matplotlib``
wheel (there on every OS; its files are read, the package is never imported), else the
system's DejaVu. Only a character no face has becomes a visible mark and is reported.
User text is never markup: ``para()`` escapes it, marks characters no font can draw
(emoji would print as black boxes) and keeps line breaks.
"""

from __future__ import annotations

import importlib.util
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

# Skew of the text matrix for a synthetic oblique (tan 11.3°, the slant of a typical italic)
SKEW = 0.2
_CYRILLIC_PROBE = (0x416, 0x44F)  # Ж, я: a face without them cannot print Russian


def _font_files() -> tuple[str, str]:
    """Regular and bold upright faces."""
    try:
        import font_source_sans_pro

        base = os.path.join(os.path.dirname(font_source_sans_pro.__file__), "files")
        files = tuple(os.path.join(base, f"SourceSansPro-{v}.ttf") for v in ("Regular", "Bold"))
        if all(os.path.exists(f) for f in files):
            return files  # type: ignore[return-value]
    except ImportError:
        pass
    files = (os.path.join(_DEJAVU, "DejaVuSans.ttf"), os.path.join(_DEJAVU, "DejaVuSans-Bold.ttf"))
    if not os.path.exists(files[0]):
        raise RuntimeError(
            "No font with Cyrillic found: install the font-source-sans-pro package or DejaVu fonts"
        )
    return files[0], files[1] if os.path.exists(files[1]) else files[0]


FALLBACK = "ProceditFallback"  # + "1", "1-Bold", "2", ...: the fallback faces in order


def _fallback_files() -> list[tuple[str, str]]:
    """(regular, bold) files of the fallback faces, best first: DejaVu Sans (from the
    matplotlib wheel, else the system's), then STIX General for mathematics."""
    out: list[tuple[str, str]] = []
    spec = importlib.util.find_spec("matplotlib")
    base = None
    if spec is not None and spec.submodule_search_locations:
        base = os.path.join(next(iter(spec.submodule_search_locations)), "mpl-data", "fonts", "ttf")
    dejavu = [
        (os.path.join(d, "DejaVuSans.ttf"), os.path.join(d, "DejaVuSans-Bold.ttf"))
        for d in (base, _DEJAVU)
        if d
    ]
    for pair in dejavu:
        if os.path.exists(pair[0]):
            out.append(pair)
            break
    if base is not None:
        out.append((os.path.join(base, "STIXGeneral.ttf"), os.path.join(base, "STIXGeneralBol.ttf")))
    return [(r, b if os.path.exists(b) else r) for r, b in out if os.path.exists(r)]


def _italic_candidates() -> list[tuple[str, str]]:
    """(italic, bold italic) files to try, best first: PT Sans from the ``fontpkg-pt-sans``
    package (a dependency: there on every machine), then the system's DejaVu Sans Oblique."""
    out = []
    try:
        import fontpkg_pt_sans

        base = os.path.join(os.path.dirname(fontpkg_pt_sans.__file__), "files")
        out.append(
            (os.path.join(base, "PT_Sans-Web-Italic.ttf"), os.path.join(base, "PT_Sans-Web-BoldItalic.ttf"))
        )
    except ImportError:
        pass
    out.append(
        (os.path.join(_DEJAVU, "DejaVuSans-Oblique.ttf"), os.path.join(_DEJAVU, "DejaVuSans-BoldOblique.ttf"))
    )
    return out


def _face_with_cyrillic(name: str, path: str) -> TTFont | None:
    if not os.path.exists(path):
        return None
    try:
        face = TTFont(name, path)
    except Exception:  # a damaged or unsupported file: try the next one
        return None
    cmap = face.face.charToGlyph
    return face if all(cp in cmap for cp in _CYRILLIC_PROBE) else None


# italic name -> (upright name, characters the italic face draws; None: synthetic oblique)
_ITALICS: dict[str, tuple[str, frozenset[str] | None]] = {}
COVER: dict[str, frozenset[str]] = {}  # face -> the characters it draws
_CHAIN: dict[str, tuple[str, ...]] = {}  # upright face -> it and the faces that stand in for it


def _drawable(cp: int) -> bool:
    """Whether a fallback face may draw a character: not beyond the Basic Multilingual
    Plane (the PDF's text map would name another character: copied text would be wrong),
    not of a right-to-left script (set left to right, unshaped, it would read wrongly)."""
    return cp <= 0xFFFF and not (0x0590 <= cp <= 0x08FF or 0xFB1D <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF)


def _register_fallbacks(main: dict[str, TTFont]) -> None:
    """The fallback faces, each after the main face of its weight; a character a bold
    fallback lacks is looked for in the regular ones too."""
    chains: dict[str, list[str]] = {REGULAR: [REGULAR], BOLD: [BOLD]}
    for k, (regular, bold) in enumerate(_fallback_files(), 1):
        for upright, path, suffix in ((REGULAR, regular, ""), (BOLD, bold, "-Bold")):
            name = f"{FALLBACK}{k}{suffix}"
            try:
                face = TTFont(name, path)
            except Exception:  # a damaged or unsupported file: do without it
                continue
            pdfmetrics.registerFont(face)
            COVER[name] = frozenset(chr(cp) for cp in face.face.charToGlyph if _drawable(cp))
            chains[upright].append(name)
    for name, f in main.items():
        COVER[name] = frozenset(map(chr, f.face.charToGlyph))
    _CHAIN[REGULAR] = tuple(chains[REGULAR])
    _CHAIN[BOLD] = tuple(dict.fromkeys([*chains[BOLD], *chains[REGULAR]]))


@cache
def register_fonts() -> frozenset[int]:
    """Registers the family once; returns the code points the regular face can draw.

    Italics are real italic faces with Cyrillic when one is found (see
    ``_italic_candidates``), otherwise the upright faces slanted by ``SKEW`` when drawn
    (see ``face``)."""
    regular, bold = _font_files()
    faces = {REGULAR: TTFont(REGULAR, regular), BOLD: TTFont(BOLD, bold)}
    for name, upright, k in ((ITALIC, REGULAR, 0), (BOLD_ITALIC, BOLD, 1)):
        found = None
        for files in _italic_candidates():
            found = _face_with_cyrillic(name, files[k])
            if found is not None:
                break
        if found is None:  # synthetic oblique: the upright face's metrics, slanted when drawn
            found = TTFont(name, regular if upright == REGULAR else bold)
            _ITALICS[name] = (upright, None)
        else:
            _ITALICS[name] = (upright, frozenset(map(chr, found.face.charToGlyph)))
        faces[name] = found
    for f in faces.values():
        pdfmetrics.registerFont(f)
    _register_fallbacks(faces)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for b in (0, 1):
        for i in (0, 1):
            addMapping(FAMILY, b, i, (REGULAR, ITALIC, BOLD, BOLD_ITALIC)[b * 2 + i])
    return frozenset(ord(ch) for name in _CHAIN[REGULAR] for ch in COVER[name])


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (face, piece) runs: the face ``font`` stands for (see ``face``) where it
    has the characters, a fallback face where it lacks them. Spaces stay in the run they are in."""
    upright = face(font, text)[0]
    cover = COVER.get(upright)
    if cover is None or cover.issuperset(text):
        return [(upright, text)]
    chain = _CHAIN.get(_ITALICS[upright][0] if upright in _ITALICS else upright, (upright,))
    out: list[tuple[str, str]] = []
    current, start = upright, 0
    for i, ch in enumerate(text):
        if ch in COVER[current] and (current == upright or ch == " " or ch not in cover):
            continue
        best = next((f for f in (upright, *chain) if ch in COVER.get(f, ())), upright)
        if best != current:
            if i > start:
                out.append((current, text[start:i]))
            current, start = best, i
    out.append((current, text[start:]))
    return out


def one_face(text: str, font: str) -> str:
    """A single face for ``text`` where runs cannot be used (a chart's title): ``font``
    when it draws it all, else the first fallback that does, else ``font``."""
    if covers(font, text):
        return font
    upright = _ITALICS[font][0] if font in _ITALICS else font
    return next((f for f in _CHAIN.get(upright, ()) if covers(f, text)), font)


def covers(font: str, text: str) -> bool:
    """Whether ``font`` itself has every character of ``text`` (no fallback needed)."""
    cover = COVER.get(font)
    return cover is None or cover.issuperset(text)


def font_file(font: str) -> str:
    """The TrueType file of a registered face (``BOLD``, ``REGULAR``...)."""
    register_fonts()
    return pdfmetrics.getFont(font).face.filename


def face(font: str, text: str) -> tuple[str, float]:
    """The face that draws ``text`` in ``font`` and the skew of its text matrix.

    An italic whose real face lacks a character of ``text`` (or that has no real face
    with Cyrillic at all) is drawn with the upright face slanted by ``SKEW``, so no
    character is ever lost and italic still looks italic."""
    it = _ITALICS.get(font)
    if it is None:
        return font, 0.0
    upright, chars = it
    if chars is not None and (text.isascii() or chars.issuperset(text)):
        return font, 0.0
    return upright, SKEW


def is_italic(font: str) -> bool:
    return font in _ITALICS


def is_real_italic(font: str) -> bool:
    it = _ITALICS.get(font)
    return it is not None and it[1] is not None


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` as drawn (in the face ``face`` picks and its fallbacks)."""
    name = face(font, text)[0]
    if covers(name, text):
        return stringWidth(text, name, size)
    return sum(stringWidth(piece, f, size) for f, piece in runs(text, font))


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


# odd spaces drawn as a space; the no-break ones (U+00A0, U+202F: "1 700", "№ 5") stay, the
# fonts have them and no line is broken there (_WORDS)
_SPACES = re.compile(r"[\t\r\u2000-\u200a\u205f\u3000]")
_WORDS = re.compile(r"[^\S\u00a0\u202f]+")  # what a line may be broken at: white space but the no-break


_CLEANED: dict[str, str] = {}


MARK = "?"  # drawn for a character no embedded face has
REPLACED: set[str] = set()  # the characters replaced by MARK since the last forget_texts()
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]"
)


def _marked(m: re.Match) -> str:
    REPLACED.add(m.group())
    return MARK


def clean(text: object) -> str:
    """Plain text the font can draw: tabs and odd spaces become spaces, control and
    invisible format characters are dropped, and a character the fonts lack (emoji, Arabic)
    becomes a visible ``MARK`` and is recorded in ``REPLACED`` (the export reports them)."""
    if text is None:
        return ""
    s = str(text)
    if not s:
        return s
    done = _CLEANED.get(s)
    if done is None:
        if len(_CLEANED) > 100_000:
            _CLEANED.clear()
        done = _CLEANED[s] = _unsupported_re().sub(_marked, _INVISIBLE.sub("", _SPACES.sub(" ", s)))
    return done


def replaced_report() -> str:
    """The characters replaced by ``MARK`` since the last ``forget_texts()``, for a warning line."""
    chars = sorted(REPLACED)
    shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:30])
    return shown + (f" … (+{len(chars) - 30})" if len(chars) > 30 else "")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def para(text: object, limit: int | None = None) -> str:
    """Paragraph markup for user text: cleaned, escaped, newlines as <br/>."""
    s = clean(text)
    if limit is not None:
        s = shorten(s, limit)
    s = s.strip()
    if covers(REGULAR, s):
        s = escape(s)
    else:  # the characters the main face lacks in their fallback face
        s = "".join(
            escape(p) if f == REGULAR else f'<font name="{f}">{escape(p)}</font>' for f, p in runs(s, REGULAR)
        )
    if "\n" in s:
        s = re.sub(r"\n{3,}", "\n\n", s).replace("\n", "<br/>")
    return s


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_WRAPPED: dict[tuple[str, str, float, float, int], tuple[str, ...]] = {}


def forget_texts() -> None:
    """Drops the remembered wraps, widths and cleaned texts (after each export: the
    desktop app must not keep a big project's texts alive)."""
    _CLEANED.clear()
    REPLACED.clear()
    _WRAPPED.clear()
    _WIDTHS.clear()


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap by real glyph widths; very long words are cut; an ellipsis marks
    text that did not fit in ``max_lines``. (Remembered: the same cells, names and labels
    come back many times in a regulation.)"""
    if max_lines <= 0 or width <= 4:
        return []
    key = (text, font, size, width, max_lines)
    done = _WRAPPED.get(key)
    if done is None:
        if len(_WRAPPED) > 100_000:
            _WRAPPED.clear()
        done = _WRAPPED[key] = tuple(_wrap(text, font, size, width, max_lines))
    return list(done)


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    if font in _ITALICS:
        font = face(font, text)[0]
    measure = pdfmetrics.getFont(font).stringWidth
    if not covers(font, text):  # some characters come from a fallback face

        def measure(s: str, size: float, _font: str = font) -> float:
            return text_width(s, _font, size)

    words = [w for w in _WORDS.split(text) if w]
    if measure(text, size) <= width:
        line = " ".join(words)
        return [line] if line else []
    widths = _WIDTHS.setdefault((font, size), {})
    if len(widths) > 50_000:
        widths.clear()
    space = measure(" ", size)
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
        else:  # one word wider than the line: cut it, each character measured once
            pieces, rest, rest_w = _cut(w, measure, size, width, max_lines - len(lines))
            lines.extend(pieces)
            if rest_w is None or len(lines) == max_lines:
                break
            cur, cur_w = [rest], rest_w
            i += 1
            continue
        if len(lines) == max_lines:
            break
    else:
        if cur:
            lines.append(" ".join(cur))
        return lines
    # more text than lines: the last line ends with an ellipsis (trimmed from its end, each
    # character's width subtracted: linear however long the line)
    last = lines[-1]
    room = width - measure("…", size)
    k, last_w = len(last), measure(last, size)
    while k and last_w > room:
        k -= 1
        last_w -= measure(last[k], size)
    lines[-1] = last[:k].rstrip() + "…"
    return lines


def _cut(word: str, measure, size: float, width: float, room: int) -> tuple[list[str], str, float | None]:
    """``word`` cut into pieces as wide as ``width`` allows (at most ``room`` of them).

    Returns the pieces, what is left and its width (None when ``room`` ran out first).
    Glyph widths add up (no kerning), so one pass over the characters finds every cut:
    time and memory linear in the length of the word (a 1 MB word in well under a second;
    cutting and re-measuring the remainder was quadratic)."""
    char_w: dict[str, float] = {}
    pieces: list[str] = []
    start, acc = 0, 0.0
    for k, ch in enumerate(word):
        cw = char_w.get(ch)
        if cw is None:
            cw = char_w[ch] = measure(ch, size)
        if acc + cw > width and k > start:
            pieces.append(word[start:k])
            if len(pieces) == room:
                return pieces, word[k:], None
            start, acc = k, 0.0
        acc += cw
    return pieces, word[start:], acc
