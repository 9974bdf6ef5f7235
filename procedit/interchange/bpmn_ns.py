"""Namespaces and names of BPMN 2.0 XML (OMG, 2010-05-24) and of procedit's extension."""

from __future__ import annotations

import functools
import hashlib
import re

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# procedit's own extension: every property BPMN has no place for, so that a round trip keeps it;
# PE is the encoding written now, PE1 and PE2 the earlier ones (still read; see ``extension``)
PE = "urn:procedit:bpmn-extension:3"
PE2 = "urn:procedit:bpmn-extension:2"
PE1 = "urn:procedit:bpmn-extension:1"
EXTENSIONS = {PE1: 1, PE2: 2, PE: 3}  # namespace → encoding

NSMAP = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "procedit": PE}


def b(tag: str) -> str:
    return f"{{{BPMN}}}{tag}"


def pe(tag: str) -> str:
    return f"{{{PE}}}{tag}"


# What becomes a procedit process: every kind of activity
TASKS = frozenset(
    {
        "task",
        "userTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "manualTask",
        "businessRuleTask",
        "scriptTask",
    }
)
SUBPROCESSES = frozenset({"subProcess", "adHocSubProcess", "transaction"})
ACTIVITIES = TASKS | SUBPROCESSES | {"callActivity"}
GATEWAYS = frozenset(
    {"exclusiveGateway", "inclusiveGateway", "parallelGateway", "complexGateway", "eventBasedGateway"}
)
EVENTS = frozenset(
    {
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
        "intermediateThrowEvent",
        "boundaryEvent",
        "implicitThrowEvent",
    }
)
# flow nodes a hand-off may pass through on its way from one activity to the next
BRIDGED = GATEWAYS | {"intermediateCatchEvent", "intermediateThrowEvent"}

_NCNAME = re.compile(r"^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u0300-\u036F\u203F-\u2040\u00C0-\uFFFF]*$")


@functools.lru_cache(maxsize=1 << 16)  # an export asks for each id 3-4 times (element, refs, DI)
def xml_id(ident: str) -> str:
    """``ident`` when it is a valid XML id (an NCName), else a stable one made from it."""
    if _NCNAME.match(ident) and ":" not in ident:
        return ident
    return "id_" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:16]
