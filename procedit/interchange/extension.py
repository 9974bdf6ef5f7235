"""procedit's properties in its own BPMN extension namespace.

Each element's procedit value is one ``<procedit:NAME>`` in the BPMN element's
``extensionElements``, holding the value's JSON (pydantic's dump; JSON escapes every control
character, so the text stays valid XML). Reading it back is pydantic's JSON validation into
the same model, so every field the model has today or gets tomorrow goes through a BPMN
round trip without code here knowing it, at the speed of pydantic's Rust core (an element
per field was 20x slower to write).
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(value: str) -> str:
    """Characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped."""
    return _NOT_XML.sub("", value)
