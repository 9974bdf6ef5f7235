"""procedit's properties as XML in its own namespace, generically from the pydantic model.

A value is written as its JSON dump (defaults left out): an object becomes an element
with one child per field, a list an element marked ``list="1"`` with ``<procedit:i>``
items, a scalar its text. Reading turns the XML back into the same plain data, which
pydantic validates into the model again; so every field the model has today or gets
tomorrow goes through a BPMN round trip without code here knowing it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .bpmn_ns import BPMN, PE, pe

_ITEM = pe("i")
_LIST = "list"
_OBJ = "obj"


def to_xml(parent: etree._Element, tag: str, data: Any) -> etree._Element:
    """Append ``data`` (plain JSON data) under ``parent`` as ``<procedit:TAG>``."""
    el = etree.SubElement(parent, pe(tag))
    _fill(el, data)
    return el


def _fill(el: etree._Element, data: Any) -> None:
    if isinstance(data, dict):
        el.set(_OBJ, "1")
        for key, value in data.items():
            if value is None:
                continue
            _fill(etree.SubElement(el, pe(key)), value)
    elif isinstance(data, list | tuple):
        el.set(_LIST, "1")
        for item in data:
            _fill(etree.SubElement(el, _ITEM), item)
    elif isinstance(data, bool):
        el.text = "true" if data else "false"
    else:
        el.text = clean(str(data))


def clean(text: str) -> str:
    """Characters XML 1.0 cannot hold (control characters) are dropped."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def from_xml(el: etree._Element) -> Any:
    """The plain data written by ``to_xml``."""
    if el.get(_LIST) == "1":
        return [from_xml(c) for c in el if c.tag == _ITEM]
    if el.get(_OBJ) == "1":
        out: dict[str, Any] = {}
        prefix = len(PE) + 2
        for c in el:
            if isinstance(c.tag, str) and c.tag.startswith("{" + PE + "}"):
                out[c.tag[prefix:]] = from_xml(c)
        return out
    return el.text or ""


def find(parent: etree._Element | None, tag: str) -> etree._Element | None:
    """``<procedit:TAG>`` under ``parent``'s ``bpmn:extensionElements``, if any."""
    if parent is None:
        return None
    for ext in parent:
        if ext.tag == f"{{{BPMN}}}extensionElements":
            found = ext.find(pe(tag))
            if found is not None:
                return found
    return None

