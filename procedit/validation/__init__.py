"""Validation: the five principles of the process approach, checked on a project.

- ``validate(project, map_id=None, level=None) -> list[Finding]`` checks every map (or one), each
  at its checking level (``levels``: sketch, description, regulation) unless ``level`` is given;
- ``RULES`` lists the rules (id, principle, default severity, title ru/en) for settings UIs;
- ``LiveValidator(doc)`` keeps findings current while a document is edited.

Headless: imports only ``procedit.model``, networkx and the standard library.
"""

from . import levels
from .engine import validate
from .findings import Finding
from .live import LiveValidator
from .registry import PRINCIPLE_TITLES, PRINCIPLES, RULES, SEVERITY_RANK, SEVERITY_TITLES, Rule

__all__ = [
    "PRINCIPLES",
    "PRINCIPLE_TITLES",
    "RULES",
    "SEVERITY_RANK",
    "SEVERITY_TITLES",
    "Finding",
    "LiveValidator",
    "Rule",
    "levels",
    "validate",
]
