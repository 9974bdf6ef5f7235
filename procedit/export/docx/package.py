"""Saving the Word package: python-docx's parts and relationships, written as python-docx's
``PackageWriter`` writes them, except that PNG pictures are stored as they are. They are
compressed already: deflating them again costs more than all the document's text and
gains nothing. Parts are visited once each (python-docx looks each one up in a list).
"""

from __future__ import annotations

from zipfile import ZIP_DEFLATED, ZIP_STORED, ZipFile

from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem

__all__ = ["save_package"]


def save_package(document, out) -> None:
    package = document.part.package
    parts = _parts(package)
    for part in parts:
        part.before_marshal()
    with ZipFile(out, "w", compression=ZIP_DEFLATED) as z:
        z.writestr(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        z.writestr(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            stored = part.content_type in ("image/png", "image/jpeg")
            z.writestr(part.partname.membername, part.blob, ZIP_STORED if stored else ZIP_DEFLATED)
            if len(part.rels):
                z.writestr(part.partname.rels_uri.membername, part.rels.xml)


def _parts(package) -> list:
    """Every part reachable from the package's relationships, depth first, each once (the
    order of python-docx's ``iter_parts``)."""
    out: list = []
    seen: set[int] = set()

    def walk(source) -> None:
        for rel in source.rels.values():
            if rel.is_external:
                continue
            part = rel.target_part
            if id(part) in seen:
                continue
            seen.add(id(part))
            out.append(part)
            walk(part)

    walk(package)
    return out
