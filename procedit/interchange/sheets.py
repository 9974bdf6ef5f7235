"""Tables from spreadsheets: XLSX and CSV (``,`` ``;`` or tab, UTF-8, cp1251 or UTF-16 with its mark), read
defensively: size limits, a zip checked before it is opened (a zip bomb posing as a workbook
is refused, so is a part declaring a DTD), the workbook's XML parsed safely (``xlsx_read``),
formulas by their saved values, merged cells filled from their first cell."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass, field

from procedit.storage import ProjectFileError

from .safexml import DOCTYPE as _DOCTYPE
from .safexml import read_bytes
from .xlsx_read import read_xlsx

MAX_TABLE_BYTES = 30 * 1024 * 1024
MAX_UNZIPPED = 300 * 1024 * 1024  # all parts of a workbook together, unpacked
MAX_RATIO = 200  # unpacked / packed of one part: beyond this it is a bomb, not a spreadsheet
MAX_PARTS = 5000
MAX_ROWS = 100_000
MAX_COLUMNS = 200


@dataclass
class Table:
    rows: list[list[str]]  # cell texts; rows[i] is row i + 1 of the sheet
    notes: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # row → (English, Russian)


def read_table(
    path: str | os.PathLike[str], max_rows: int = MAX_ROWS, max_bytes: int = MAX_TABLE_BYTES
) -> Table:
    """The first sheet of an XLSX workbook (named .xlsx or .xlsm) or a CSV table;
    a ``ProjectFileError`` with a one-line reason when it cannot or may not be read."""
    suffix = os.fspath(path).lower().rsplit(".", 1)[-1]
    data = read_bytes(path, max_bytes)
    if suffix in ("xlsx", "xlsm"):
        return _xlsx(data, path, max_rows)
    return _csv(data, path, max_rows)


def _error(path, en: str, ru: str) -> ProjectFileError:
    return ProjectFileError(path, "", en, ru)


# ------------------------------------------------------------------ CSV
def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1251 — what Russian Excel writes; UTF-16 with its
    BOM (Excel's "Unicode Text")."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _csv(data: bytes, path, max_rows: int = MAX_ROWS) -> Table:
    if data[:4] == b"PK\x03\x04":
        raise _error(
            path,
            "this is a workbook (XLSX), not CSV: name it .xlsx",
            "это книга XLSX, а не CSV: назовите файл .xlsx",
        )
    text = decode(data)
    if "\x00" in text[:4096]:
        raise _error(path, "not a text (CSV) file", "это не текстовый файл CSV")
    delimiter = _delimiter(text)
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([c.strip() for c in row[:MAX_COLUMNS]])
            if len(rows) > max_rows:
                raise _too_many(path, max_rows)
    except csv.Error as e:
        raise _error(path, f"the CSV is malformed: {e}", f"CSV повреждён: {e}") from None
    return Table(rows)


def _delimiter(text: str) -> str:
    """``;``, ``,`` or tab: the one on the most of the first lines with text, then the most
    often (a title line above the header has none; a text cell may hold commas)."""
    lines = []
    for line in text[:65536].splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) == 20:
                break
    if not lines:
        return ","
    return max(";,\t", key=lambda d: (sum(d in line for line in lines), sum(line.count(d) for line in lines)))


def _too_many(path, max_rows: int = MAX_ROWS) -> ProjectFileError:
    return _error(path, f"more than {max_rows} rows", f"больше {max_rows} строк")


# ------------------------------------------------------------------ XLSX
def check_zip(data: bytes, path) -> None:
    """Refuse what is not a workbook or would unpack to far more than it weighs."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _error(
            path, "not an XLSX workbook (not a zip file)", "это не книга XLSX (не zip-архив)"
        ) from None
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        bomb = len(infos) > MAX_PARTS or total > MAX_UNZIPPED
        bomb = bomb or any(i.file_size > MAX_RATIO * max(i.compress_size, 1) + 65536 for i in infos)
        if bomb:
            raise _error(
                path,
                f"the workbook would unpack to {total / 1024 / 1024:.0f} MB (a zip bomb?); refused",
                f"книга распаковалась бы в {total / 1024 / 1024:.0f} МБ (zip-бомба?); отказано",
            )
        if "xl/workbook.xml" not in zf.namelist():
            raise _error(
                path, "not an XLSX workbook (no xl/workbook.xml)", "это не книга XLSX (нет xl/workbook.xml)"
            )
        for info in infos:  # a DTD stands before the root element: the head of each part tells
            if info.filename.endswith((".xml", ".rels")):
                with zf.open(info) as part:
                    if _DOCTYPE.search(part.read(4096)):
                        raise _entities(path)


def _entities(path) -> ProjectFileError:
    return _error(
        path,
        "the workbook's XML declares a document type or entities (DTD); refused for safety",
        "XML книги объявляет тип документа или сущности (DTD); отказано из соображений безопасности",
    )


def _xlsx(data: bytes, path, max_rows: int = MAX_ROWS) -> Table:
    check_zip(data, path)
    rows, notes = read_xlsx(data, path, max_rows, MAX_COLUMNS)
    return Table(rows, notes)
