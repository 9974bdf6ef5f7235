"""procedit's properties in its own BPMN extension namespace.

Each element's procedit value is one ``<procedit:NAME>`` in the BPMN element's
``extensionElements``, holding JSON (JSON escapes every control character, so the text stays
valid XML). Reading it back is pydantic's JSON validation into the same model, so every field
the model has today or gets tomorrow goes through a BPMN round trip without code here knowing
it, at the speed of pydantic's Rust core (an element per field was 20x slower to write).

Three encodings, told apart by the namespace:

- ``urn:procedit:bpmn-extension:1`` (procedit before the lean encoding, still read): each
  value whole, as pydantic dumps it.
- ``urn:procedit:bpmn-extension:2`` (still read): what BPMN carries is not repeated. A
  process leaves out its name, position, size and lane (the activity's name, its DI shape and
  the lane's ``flowNodeRef``), its id when the activity has the same, and its description when
  the activity's documentation ends with it (``description_at``: where, and a CRC-32 that
  tells an edit made in another tool, which then wins as a renamed task's name does); a link
  leaves out its ends, label and id (the flow's). Fields that are None are left out (each of
  them defaults to None: a test keeps it so). A criterion's actual values are compact arrays
  beside the process (``{"process": {...}, "actuals": [[["2026-10", 93.5], ["2026-11", null,
  "note"]], ...]}``, one list per criterion, in order).
- ``urn:procedit:bpmn-extension:3`` (written now): as 2, but the actual values stay in their
  criterion, as the project file (format 9) holds them: ``"actuals": [["2026-10", 93.5],
  ["2026-11", null, "note"]]``, each measurement the array pydantic writes with an empty note
  left out. Read back in one validation of the process (2 built each criterion again to give
  it its values: ~45 ms of 15,000 criteria). The 5,000-process benchmark project (every
  property, two years of monthly actuals on 15,000 criteria) is 45 MiB, within the reader's
  size limit (``safexml.MAX_XML_BYTES``).

One extension element per BPMN element, not one per map: libxml2 refuses a text node over
10 MB without ``huge_tree``, which the safe parser keeps off.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from procedit.model import Link, LinkKind, Measurement, Process, Routing
from procedit.model.limits import MAX_ACTUALS, MAX_TEXT, Many, clean_text

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_PROCESS = Process.__pydantic_serializer__
_LINK = Link.__pydantic_serializer__
# what the BPMN element itself carries (bpmn_export writes it, bpmn_import reads it from there)
_PROCESS_IN_BPMN: dict[str, Any] = {
    "name": True,
    "x": True,
    "y": True,
    "width": True,
    "height": True,
    "lane_id": True,
}
_PROCESS_EXCLUDE = {  # (description at the documentation's end, id the activity's) → what is left out
    (d, i): {**_PROCESS_IN_BPMN, **({"description": True} if d else {}), **({"id": True} if i else {})}
    for d in (False, True)
    for i in (False, True)
}
_LINK_IN_BPMN = {"source_id", "target_id", "label"}
_LINK_EXCLUDE = {  # (id the flow's, kind the default, routing the default) → what is left out
    (i, k, r): _LINK_IN_BPMN | {n for n, on in (("id", i), ("kind", k), ("routing", r)) if on}
    for i in (False, True)
    for k in (False, True)
    for r in (False, True)
}
# the lists of texts in a process's data (the only arrays of it but a criterion's actuals and
# its measurements; a test keeps it so): an empty text last in one of them is written as ``,""]``,
# which the compact measurements take for an empty note
_TEXT_LISTS = ("goal_ids", "customer_ids", "participant_ids")


def clean(value: str) -> str:
    """Characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped."""
    return _NOT_XML.sub("", value)


# ------------------------------------------------------------------ writing (encoding 3)
def description_at(documentation: str, description: str) -> tuple[int, int] | None:
    """Where ``description`` lies, exactly, at the end of the activity's documentation (its
    last line is the description): (character offset, CRC-32 of its UTF-8), or None."""
    if not description or not documentation.endswith(description):
        return None
    if "\r" in documentation or _NOT_XML.search(documentation):  # the parsed text would differ
        return None
    return len(documentation) - len(description), zlib.crc32(description.encode("utf-8"))


_FIND: Any = object()


def process_json(
    p: Process, documentation: str = "", *, id_in_bpmn: bool = False, at: tuple[int, int] | None = _FIND
) -> bytes:
    """A process's data that BPMN has no place for (encoding 3), each measurement
    ``[period, value(, note)]``; the description only when the documentation does not end with
    it (``at``: ``description_at`` of them, when the caller has it), the id only when the
    activity's id is not the same (``id_in_bpmn``)."""
    if at is _FIND:
        at = description_at(documentation, p.description)
    data = _PROCESS.to_json(p, exclude=_PROCESS_EXCLUDE[at is not None, id_in_bpmn], exclude_none=True)
    if b',""]' in data and not any(len(ts) > 1 and ts[-1] == "" for ts in map(p.__getattribute__, _TEXT_LISTS)):
        # pydantic writes each measurement (a named tuple) as ``[period, value, note]``; an empty
        # note, ``,""]``, is dropped (a quote inside a string is escaped: ``,""]`` is no string's,
        # and ends an array only as its last empty text, which no list of texts has here)
        data = data.replace(b',""]', b"]")
    if at is None:
        return b'{"process":%b}' % data
    return b'{"process":%b,"description_at":[%d,%d]}' % (data, *at)


def link_json(link: Link, *, id_in_bpmn: bool = False) -> bytes:
    """A link's data that BPMN has no place for (its kind and routing when they are the
    defaults: pydantic's ``exclude_defaults`` would draw a new id for each link to compare)."""
    exclude = _LINK_EXCLUDE[id_in_bpmn, link.kind is LinkKind.FLOW, link.routing is Routing.STRAIGHT]
    return _LINK.to_json(link, exclude=exclude, exclude_none=True)


# ------------------------------------------------------------------ reading (both encodings)
_Actuals = Annotated[tuple[Measurement, ...], Many(MAX_ACTUALS)]  # [period, value] or [period, value, note]


def _process_v1(data: bytes) -> Process:
    """A process of extension 1: pydantic's dump of the whole process, its measurements
    objects ``{"period", "value", "note"}`` as the project file held them up to format 8."""
    tree = json.loads(data)
    criteria = tree.get("criteria") if isinstance(tree, dict) else None
    for c in criteria if isinstance(criteria, list) else ():
        actuals = c.get("actuals") if isinstance(c, dict) else None
        if isinstance(actuals, list):
            c["actuals"] = [_measurement(a) for a in actuals]
    return Process.model_validate(tree)


def _measurement(value: Any) -> Any:
    if isinstance(value, dict) and "period" in value and set(value) <= {"period", "value", "note"}:
        return [value["period"], value.get("value"), value.get("note", "")]
    return value  # anything else is pydantic's to judge (and refuse)


_LEAN_HEAD = b'{"process":{'


class _LeanProcess(BaseModel):  # encoding 3
    model_config = ConfigDict(extra="forbid", frozen=True)

    process: Process
    description_at: tuple[Annotated[int, Field(ge=0)], int] | None = None


class _LeanProcess2(_LeanProcess):  # encoding 2: the actual values beside the process
    actuals: tuple[_Actuals, ...] = ()


def read_process(
    version: int, data: bytes, ident: str, documentation: str = ""
) -> tuple[Process, dict[str, Any]]:
    """The process of an extension element and what the rest of the element adds to it (its
    actual values and its description, taken from the end of ``documentation``): (process,
    fields to update). ``ident`` is the activity's id, the process's unless its data name
    another. ``ValueError`` when the data do not validate."""
    if version == 1:
        return _process_v1(data), {}
    if data.startswith(_LEAN_HEAD):  # the id first: one the data name comes later and wins
        rest = data[len(_LEAN_HEAD) :]
        data = b"".join(
            (_LEAN_HEAD, b'"id":', _json_bytes(ident), b"" if rest.startswith(b"}") else b",", rest)
        )
    lean = (_LeanProcess2 if version == 2 else _LeanProcess).model_validate_json(data)
    p, update = lean.process, {}
    if version == 2 and lean.actuals:
        if len(lean.actuals) > len(p.criteria):
            raise ValueError("more lists of actual values than criteria")
        criteria = list(p.criteria)
        for i, actuals in enumerate(lean.actuals):
            if actuals:  # validated above as the criterion's field would be
                criteria[i] = criteria[i].model_copy(update={"actuals": actuals})
        update["criteria"] = tuple(criteria)
    if lean.description_at is not None:
        at, crc = lean.description_at
        description = documentation[at:]
        if zlib.crc32(description.encode("utf-8", "surrogatepass")) != crc:
            # the documentation was edited in another tool: the edit wins, as a name's does
            description = documentation.strip()
        update["description"] = clean_text(description, MAX_TEXT)
    return p, update


def read_link(version: int, data: bytes, ident: str, source: str, target: str, label: str) -> Link:
    """The link of an extension element between ``source`` and ``target``; ``ident`` is the
    flow's id, the link's unless its data name another (``ValueError``)."""
    if version == 1:
        return Link.model_validate_json(data)
    head = data.lstrip()
    if not head.startswith(b"{"):
        raise ValueError("not a JSON object")
    rest = head[1:].lstrip()
    ends = f'{{"id":{_json_str(ident)},"source_id":{_json_str(source)},"target_id":{_json_str(target)}'
    ends += f',"label":{_json_str(label)}'
    joined = ends.encode("utf-8", "surrogatepass") + (b"}" if rest.startswith(b"}") else b"," + rest)
    return Link.model_validate_json(joined)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _json_str(text: str) -> str:
    """``text`` as a JSON string (an id or a name: mostly nothing to escape)."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=False)
