"""Pretty JSON of a project, reusing the text of map elements that have not changed.

Model values are immutable, so an element that is the same object as at the previous save
serializes to the same bytes. Saving a large project after a small edit (or autosaving it)
therefore only serializes what changed; the output is byte for byte what pydantic's
``to_json(project, indent=2)`` gives with each measurement made one line (``one_line``; a
test keeps them equal).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from typing import Any

from procedit.model import ExternalParty, Lane, Link, Process, ProcessMap, Project

_COLLECTIONS = ("processes", "parties", "links", "lanes")
_TYPES = {"processes": Process, "parties": ExternalParty, "links": Link, "lanes": Lane}
_SERIALIZERS = {name: cls.__pydantic_serializer__ for name, cls in _TYPES.items()}
_PROJECT = Project.__pydantic_serializer__
_MAP = ProcessMap.__pydantic_serializer__
# depth of the pieces in the file: a map object is indented by 4, an element by 8
_MAP_INDENT = b"\n    "
_ELEMENT_INDENT = b"\n        "
# an element's cached text starts with the comma that separates it from the one before (the
# first of a list is written without it): half as many pieces to write as with the commas apart
_ELEMENT_START = b"," + _ELEMENT_INDENT
_SMALL = 200  # below this many elements, serializing in one go is as fast
# a measurement's depth: in the whole project (maps[i].processes[j].criteria[k].actuals[l]) and in
# a process's own text (criteria[k].actuals[l])
_IN_PROJECT = 16
_IN_PROCESS = 8


def one_line(text: bytes, indent: int) -> bytes:
    """Pretty JSON with every array indented by ``indent`` whose items are indented by
    ``indent + 2`` on one line, its last item dropped when it is an empty string: each
    measurement, ``[\n  "2026-10",\n  81.0,\n  ""\n]``, as ``["2026-10", 81.0]``.

    Only the layout changes (a line break is never inside a JSON string, so every one
    replaced is whitespace between tokens) but for the empty note, which is the default.
    Arrays at that depth in a project are measurements and nothing else (the actuals of a
    criterion are the model's only list of lists)."""
    inner, outer = b"\n" + b" " * (indent + 2), b"\n" + b" " * indent
    return (
        text.replace(b"," + inner + b'""' + outer + b"]", b"]")
        .replace(b"[" + inner, b"[")
        .replace(b"," + inner, b", ")
        .replace(outer + b"]", b"]")
    )


def _text(collection: str, serializer: Any, e: Any) -> bytes:
    """An element's pretty JSON (a process's measurements one line each), not yet indented."""
    text = serializer.to_json(e, indent=2)
    if collection == "processes" and any(c.actuals for c in e.criteria):
        return one_line(text, _IN_PROCESS)
    return text


# id(element) -> (weak reference to the element, ",\n" and its indented JSON) of the last saved (or
# warmed) project; weak, so that the cache never keeps a closed project's model alive
_cache: dict[int, tuple[Any, bytes]] = {}
_lock = threading.Lock()


def project_json(project: Project, first: bytes = b"{\n", last: bytes = b"") -> bytes:
    """``to_json(project, indent=2)``, reusing unchanged elements' text from the previous call.

    The opening ``{\n`` is replaced by ``first`` and ``last`` is appended (one copy less for
    a large file than adding them afterwards).
    """
    return b"".join(project_chunks(project, first, last))


def project_chunks(project: Project, first: bytes = b"{\n", last: bytes = b"") -> list[bytes | memoryview]:
    """``project_json`` as the pieces that make it up, in order, not joined.

    A large project's file is mostly the cached text of its elements: writing the pieces
    (``os.writev``) spares copying ~100 MB into one buffer (twice, as the maps were joined
    first), which is most of a save's time after an edit besides the write itself.
    """
    if not project.maps or sum(len(getattr(m, c)) for m in project.maps for c in _COLLECTIONS) < _SMALL:
        text = one_line(_PROJECT.to_json(project, indent=2), _IN_PROJECT)
        return [b"".join((first, memoryview(text)[2:], last))]
    global _cache
    with _lock:
        old = _cache
    new: dict[int, tuple[Any, bytes]] = {}
    header = _PROJECT.to_json(project.model_copy(update={"maps": ()}), indent=2)
    cut = header.index(b'\n  "maps": []') + len(b'\n  "maps": ')
    out: list[bytes | memoryview] = [first, header[2:cut], b"["]
    for i, pmap in enumerate(project.maps):
        if i:
            out.append(b",")
        _map_chunks(pmap, old, new, out)
    out += (b"\n  ]", header[cut + 2 :] + last)
    with _lock:
        _cache = new
    return out


def warm(project: Project, chunk: int = 100) -> Iterator[None]:
    """Fill the element cache with ``project``'s elements, ``chunk`` at a time (yields after each).

    Run in idle time after opening a big project, its first save is then as fast as the later
    ones (5,000 processes: 0.3-0.4 s cold, ~0.1 s warm). Elements are only added: a save
    meanwhile stays correct (the cache is looked up by identity and checked).
    """
    for pmap in project.maps:
        for name in _COLLECTIONS:
            elements = getattr(pmap, name)
            serializer = _SERIALIZERS[name]
            for start in range(0, len(elements), chunk):
                part = {
                    id(e): (
                        weakref.ref(e),
                        _ELEMENT_START + _text(name, serializer, e).replace(b"\n", _ELEMENT_INDENT),
                    )
                    for e in elements[start : start + chunk]
                }
                with _lock:
                    _cache.update(part)
                yield


def _map_chunks(pmap: ProcessMap, old: dict, new: dict, out: list[bytes | memoryview]) -> None:
    """Append one map as it appears in the file to ``out``: starting with a newline, indented by 4."""
    head = _MAP.to_json(pmap.model_copy(update=dict.fromkeys(_COLLECTIONS, ())), indent=2)
    out.append(_MAP_INDENT)
    done = 0
    for name in _COLLECTIONS:
        elements = getattr(pmap, name)
        if not elements:
            continue
        marker = b'\n  "' + name.encode() + b'": '
        cut = head.index(marker, done) + len(marker)  # at the "[]"
        out += (head[done:cut].replace(b"\n", _MAP_INDENT), b"[")
        serializer = _SERIALIZERS[name]
        first = len(out)
        get, append = old.get, out.append
        for e in elements:
            key = id(e)
            hit = get(key)
            if hit is None or hit[0]() is not e:
                text = _ELEMENT_START + _text(name, serializer, e).replace(b"\n", _ELEMENT_INDENT)
                hit = (weakref.ref(e), text)
            new[key] = hit
            append(hit[1])
        out[first] = memoryview(out[first])[1:]  # no comma before the first element
        out.append(b"\n      ]")
        done = cut + 2
    out.append(head[done:].replace(b"\n", _MAP_INDENT))
