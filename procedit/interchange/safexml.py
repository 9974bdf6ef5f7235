"""Reading XML that came from elsewhere, safely: no DTD, no entities, no network, limits.

A BPMN file is untrusted input. lxml is told not to load DTDs, not to resolve entities and
not to touch the network; a document type declaration (the carrier of entity expansion
and external entities) is refused outright, before and after parsing; the size is capped
and libxml2's depth limit stays on (``huge_tree`` off). Every refusal is a
``ProjectFileError``: one line naming the file and the reason, in English and Russian.
"""

from __future__ import annotations

import os
import re

from lxml import etree

from procedit.storage import ProjectFileError

# One limit for every BPMN file: below 50 MB in either sense (50,000,000 bytes or 50 MiB: the
# issue's hostile file is refused whichever a file manager shows), above what procedit writes
# for a 5,000-process map with every property filled and two years of monthly actuals on each
# of its 15,000 criteria (45 MiB in the lean extension encoding; it was 60 MiB before)
MAX_XML_BYTES = 47 * 1024 * 1024
MAX_DEPTH = 256  # libxml2's own limit without huge_tree; reported in plain words

DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_XML_BYTES) -> bytes:
    """The file's bytes, or a ``ProjectFileError`` when it is too big or unreadable."""
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise too_big(path, size, limit)
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise ProjectFileError(path, "", e.strerror or str(e), _ru_os(e)) from None
    if len(data) > limit:
        raise too_big(path, len(data), limit)
    return data


def too_big(path: str | os.PathLike[str], size: int, limit: int) -> ProjectFileError:
    mb, lim = size / 1024 / 1024, limit / 1024 / 1024
    return ProjectFileError(
        path,
        "",
        f"the file is too big ({mb:.0f} MB; at most {lim:.0f} MB are read)",
        f"файл слишком большой ({mb:.0f} МБ; читается не более {lim:.0f} МБ)",
    )


def _ru_os(e: OSError) -> str:
    import errno

    return {
        errno.ENOENT: "файл не найден",
        errno.EACCES: "нет прав на чтение",
        errno.EISDIR: "это папка, а не файл",
    }.get(e.errno or 0, e.strerror or str(e))


def parse_xml(data: bytes, path: str | os.PathLike[str]) -> etree._Element:
    """The root element of ``data`` parsed safely; refusals as ``ProjectFileError``."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at the text, not the bytes
        try:
            head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
        except UnicodeError:  # pragma: no cover - "ignore" never raises
            pass
    if DOCTYPE.search(head):
        raise _doctype(path)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise _syntax(path, e) from None
    except ValueError as e:  # e.g. a str with an encoding declaration
        raise ProjectFileError(path, "", f"not XML: {e}", f"это не XML: {e}") from None
    if root is None:
        raise ProjectFileError(path, "", "the file is empty", "файл пуст")
    if root.getroottree().docinfo.doctype:
        raise _doctype(path)
    return root


def _doctype(path: str | os.PathLike[str]) -> ProjectFileError:
    return ProjectFileError(
        path,
        "",
        "the XML declares a document type or entities (DTD), which procedit does not read "
        "for safety (entity expansion, external entities)",
        "в XML есть объявление типа документа или сущностей (DTD); procedit его не читает "
        "из соображений безопасности (раскрытие сущностей, внешние сущности)",
    )


def _syntax(path: str | os.PathLike[str], e: etree.XMLSyntaxError) -> ProjectFileError:
    msg = str(e.msg or e)
    line, col = (e.position or (0, 0))[:2]
    where = f"line {line}, column {col}" if line else ""
    low = msg.lower()
    if "excessive depth" in low or ("depth" in low and "nest" in low):
        return ProjectFileError(
            path,
            where,
            f"elements are nested deeper than {MAX_DEPTH} levels",
            f"элементы вложены глубже {MAX_DEPTH} уровней",
        )
    if "entity" in low:
        return _doctype(path)
    if "document is empty" in low or ("start tag expected" in low and line <= 1):
        return ProjectFileError(path, where, f"not an XML file ({msg})", f"это не XML-файл ({msg})")
    return ProjectFileError(path, where, f"the XML is malformed: {msg}", f"XML повреждён: {msg}")
