"""The first sheet of an XLSX workbook as a table of texts, read with lxml's safe parser.

A workbook is a zip of XML parts; only three matter here: the workbook (which sheet is
first), the shared strings and that sheet. Each is parsed with DTDs, entities and the
network off, the sheet incrementally (10,000 rows in a fraction of a second, several times
faster than openpyxl). Formulas give their saved value (a formula without one is noted
with its row), merged cells their first cell's value, date cells the date and percent cells
the percent they show ("23.1%", as a CSV saved from the sheet has it, not 0.231).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import posixpath
import re
import zipfile
from collections.abc import Iterator

from lxml import etree

from procedit.storage import ProjectFileError

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_REF = re.compile(r"^([A-Z]+)(\d+)$")
MAX_MERGED_CELLS = 1_000_000  # cells all merged ranges of a sheet may fill together


def _q(tag: str) -> str:
    return f"{{{MAIN}}}{tag}"


def _safe(**kw) -> dict:
    return dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, **kw)


def _parse(zf: zipfile.ZipFile, name: str) -> etree._Element:
    with zf.open(name) as f:
        return etree.parse(f, etree.XMLParser(**_safe())).getroot()


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _first_sheet(zf: zipfile.ZipFile) -> str:
    wb = _parse(zf, "xl/workbook.xml")
    sheet = wb.find(f"{_q('sheets')}/{_q('sheet')}")
    if sheet is None:
        raise ValueError("the workbook has no sheet")
    rid = sheet.get(f"{{{OFFICE_REL}}}id")
    rels = _parse(zf, "xl/_rels/workbook.xml.rels")
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            return (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
    raise ValueError("the first sheet's part is missing")


def _shared(zf: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in zf.namelist():
        return []
    root = _parse(zf, "xl/sharedStrings.xml")
    t, r = _q("t"), _q("r")
    out = []
    for si in root.iterchildren(_q("si")):  # plain text, or rich text runs (phonetic hints left out)
        parts = [x.text or "" for x in si.iterchildren(t)]
        parts += [x.text or "" for run in si.iterchildren(r) for x in run.iterchildren(t)]
        out.append("".join(parts))
    return out


# number formats that show a date (times of day alone are left numbers): the built-in ones,
# and codes with a year or a day outside quotes, or months without hours and seconds
_DATE_FORMATS = frozenset((14, 15, 16, 17, 22))
# number formats that show a percent (the cell holds 0.231 and shows 23.1 %): the built-in
# ones and codes with a % outside quotes
_PERCENT_FORMATS = frozenset((9, 10))
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _number_styles(zf: zipfile.ZipFile) -> tuple[frozenset[int], frozenset[int]]:
    """The indexes of the cell styles (``s`` of a cell) whose number format is a date, and
    of those whose format is a percent."""
    if "xl/styles.xml" not in zf.namelist():
        return frozenset(), frozenset()
    root = _parse(zf, "xl/styles.xml")
    custom, percent = set(), set()
    for fmt in root.iter(_q("numFmt")):
        code = _QUOTED.sub("", fmt.get("formatCode", "")).lower()
        if "y" in code or "d" in code or ("m" in code and "h" not in code and "s" not in code):
            custom.add(int(fmt.get("numFmtId", "-1")))
        elif "%" in code:
            percent.add(int(fmt.get("numFmtId", "-1")))
    xfs = root.find(_q("cellXfs"))
    if xfs is None:
        return frozenset(), frozenset()
    dates, percents = set(), set()
    for i, xf in enumerate(xfs.iterchildren(_q("xf"))):
        fid = int(xf.get("numFmtId", "0"))
        if fid in _DATE_FORMATS or fid in custom:
            dates.add(i)
        elif fid in _PERCENT_FORMATS or fid in percent:
            percents.add(i)
    return frozenset(dates), frozenset(percents)


def _epoch(zf: zipfile.ZipFile) -> dt.datetime:
    pr = _parse(zf, "xl/workbook.xml").find(_q("workbookPr"))
    if pr is not None and pr.get("date1904") in ("1", "true"):
        return dt.datetime(1904, 1, 1)
    return dt.datetime(1899, 12, 30)


def _date_text(serial: str, epoch: dt.datetime) -> str:
    """A date cell's serial number as ISO text ("2026-12-01", with the time when it has one)."""
    try:
        when = epoch + dt.timedelta(days=float(serial))
    except (ValueError, OverflowError):
        return serial
    when = when.replace(microsecond=0) + dt.timedelta(seconds=round(when.microsecond / 1e6))
    return when.date().isoformat() if when.time() == dt.time() else when.isoformat(sep=" ")


def _rows(
    zf: zipfile.ZipFile, part: str, strings: list[str], max_columns: int
) -> Iterator[tuple[int, dict[int, str], list[int], str | None]]:
    """(row number, {column: text} of its cells with text, the columns of formulas without a
    value, None) per row, and (0, {}, [], range) per merged range.

    Rows are parsed incrementally and dropped once read; a cell's parts are found by one
    look at its children (``find`` per part made 10,000 rows take seconds)."""
    c_tag, row_tag, merge_tag = _q("c"), _q("row"), _q("mergeCell")
    v_tag, f_tag, is_tag, t_tag = _q("v"), _q("f"), _q("is"), _q("t")
    (dates, percents), epoch = _number_styles(zf), _epoch(zf)
    columns: dict[str, int] = {}
    row_no = 0
    with zf.open(part) as f:
        for _event, el in etree.iterparse(f, events=("end",), tag=(row_tag, merge_tag), **_safe()):
            if el.tag == merge_tag:
                yield 0, {}, [], el.get("ref", "")
                continue
            row_no = int(el.get("r") or row_no + 1)
            col_no = -1
            texts: dict[int, str] = {}
            lost: list[int] = []
            for c in el.iterchildren(c_tag):
                ref = c.get("r") or ""
                col = columns.get(ref.rstrip("0123456789"))  # (a few letters recur: looked up once)
                if col is None:
                    m = _REF.match(ref)
                    col = column_index(m.group(1)) if m else -1
                    if m:
                        columns[m.group(1)] = col
                col_no = col if col >= 0 else col_no + 1
                value = formula = inline = None
                for part_el in c:
                    tag = part_el.tag
                    if tag == v_tag:
                        value = part_el.text  # None when empty (openpyxl writes <v/> for a formula)
                    elif tag == f_tag:
                        formula = part_el
                    elif tag == is_tag:
                        inline = part_el
                kind = c.get("t", "n")
                if kind == "s" and value is not None:
                    idx = int(value) if value.isdigit() else -1
                    value = strings[idx] if 0 <= idx < len(strings) else ""
                elif kind == "inlineStr":
                    if inline is None:
                        value = ""
                    elif len(inline) == 1 and inline[0].tag == t_tag:  # plain text: one <t>
                        value = inline[0].text or ""
                    else:
                        value = "".join(inline.itertext())
                elif kind == "b" and value is not None:
                    value = "TRUE" if value == "1" else "FALSE"
                elif kind == "n" and value:
                    style = c.get("s")
                    if style is not None and dates and int(style) in dates:
                        value = _date_text(value, epoch)
                    elif style is not None and percents and int(style) in percents:
                        value = _percent_text(value)
                    else:
                        value = _number(value)
                if value and col_no < max_columns:
                    value = value.strip()
                    if value:
                        texts[col_no] = value
                elif formula is not None and not value:
                    lost.append(col_no)
            yield row_no, texts, lost, None
            el.clear()
            while el.getprevious() is not None:  # rows already read: let them go
                del el.getparent()[0]


def _number(text: str) -> str:
    try:
        num = float(text)
    except ValueError:
        return text
    return str(int(num)) if num.is_integer() and abs(num) < 1e15 else text


def _percent_text(text: str) -> str:
    """A percent cell's value as the sheet shows it: 0.231 → "23.1%"."""
    try:
        num = float(text)
    except ValueError:
        return text
    if not math.isfinite(num):
        return text
    return _number(repr(round(num * 100, 9))) + "%"


def read_xlsx(data: bytes, path, max_rows: int, max_columns: int):
    """(rows of texts, {row: [(English, Russian)]} notes) of the first sheet."""
    rows: dict[int, dict[int, str]] = {}
    notes: dict[int, list[tuple[str, str]]] = {}
    merges: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            strings = _shared(zf)
            for r, texts, lost, merge in _rows(zf, _first_sheet(zf), strings, max_columns):
                if merge is not None:
                    merges.append(merge)
                    continue
                if r > max_rows:
                    raise ProjectFileError(path, "", f"more than {max_rows} rows", f"больше {max_rows} строк")
                if texts:
                    rows.setdefault(r, {}).update(texts)
                for c in lost:
                    notes.setdefault(r, []).append(
                        (
                            f"column {c + 1}: a formula without a saved value (open and save the file in Excel)",
                            f"столбец {c + 1}: формула без сохранённого значения (откройте и сохраните файл в Excel)",
                        )
                    )
    except (etree.XMLSyntaxError, ValueError, KeyError, zipfile.BadZipFile) as e:
        raise ProjectFileError(
            path, "", f"the workbook cannot be read ({e})", f"книгу не удалось прочитать ({e})"
        ) from None
    height = max(rows, default=0)
    width = max((max(r) + 1 for r in rows.values() if r), default=0)
    budget = [MAX_MERGED_CELLS]
    for ref in merges:
        _fill_merge(rows, ref, height, width, budget)
    empty: dict[int, str] = {}
    span = range(width)
    table = [[cells.get(c, "") for c in span] for cells in (rows.get(r, empty) for r in range(1, height + 1))]
    return table, notes


def _fill_merge(rows: dict[int, dict[int, str]], ref: str, height: int, width: int, budget: list[int]) -> None:
    """A merged range shows its first cell's value in every cell (a department over rows).

    Only within the cells that hold text (``height`` rows, ``width`` columns): a range drawn
    past them adds no empty rows or columns, and a few ranges as wide as the sheet cannot make
    a table of billions of cells. ``budget`` is how many cells all ranges may still fill."""
    first, _, last = ref.partition(":")
    a, b = _REF.match(first), _REF.match(last or first)
    if not a or not b:
        return
    c1, r1, c2, r2 = column_index(a.group(1)), int(a.group(2)), column_index(b.group(1)), int(b.group(2))
    value = rows.get(r1, {}).get(c1, "")
    r2, c2 = min(r2, height), min(c2, width - 1)
    cells = (r2 - r1 + 1) * (c2 - c1 + 1)
    if not value or r2 < r1 or c2 < c1 or cells > budget[0]:
        return
    budget[0] -= cells
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            rows.setdefault(r, {})[c] = value
