"""A finding: one rule's verdict on one element of one map."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from procedit.model import Severity

from .registry import PRINCIPLE_TITLES, RULE_ORDER, RULES, SEVERITY_RANK, SEVERITY_TITLES, WORDS

Params = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Finding:
    """What is wrong, where, and how bad.

    ``element_id`` names a process or party of the map, or the map itself for findings
    about the map as a whole (it splits into parts, one owner owns too much).
    ``params`` carry the details a message needs (a criterion's name, missing fields).
    """

    rule: str
    principle: str
    severity: Severity
    map_id: str
    element_id: str
    element_name: str
    params: Params = ()

    def message(self, lang: str = "ru") -> str:
        """The message in ``lang`` ("ru" or "en"): names the element and says how to fix it."""
        spec = RULES.get(self.rule)
        if spec is None:  # pragma: no cover - findings only come from registered rules
            return f"{self.rule}: {self.element_name}"
        template = spec.template.get(lang) or spec.template["en"]
        values = {k: _render(v, lang) for k, v in self.params}
        return template.format(name=self.element_name or "—", **values)

    def title(self, lang: str = "ru") -> str:
        return RULES[self.rule].title_for(lang)

    def details(self, lang: str = "ru") -> str:
        """What the title leaves out, without the element's name: "Конверсия: целевое значение"."""
        return ": ".join(_render(v, lang) for _k, v in self.params if v not in ("", ()))

    def short(self, lang: str = "ru") -> str:
        """One line for a list that already names the element: the rule's title and the details."""
        details = self.details(lang)
        return f"{self.title(lang)} — {details}" if details else self.title(lang)

    def principle_title(self, lang: str = "ru") -> str:
        t = PRINCIPLE_TITLES[self.principle]
        return t.get(lang) or t["en"]

    def severity_title(self, lang: str = "ru") -> str:
        t = SEVERITY_TITLES[self.severity]
        return t.get(lang) or t["en"]

    def to_dict(self, lang: str = "ru") -> dict[str, Any]:
        return {
            "rule": self.rule,
            "principle": self.principle,
            "severity": self.severity.value,
            "map": self.map_id,
            "element_id": self.element_id,
            "element_name": self.element_name,
            "message": self.message(lang),
        }


@dataclass(frozen=True)
class Local:
    """A param written differently per language (a number "1 500,5" / "1,500.5", "да" / "yes")."""

    ru: str
    en: str

    def __repr__(self) -> str:
        # what the generated one writes, without its guard against recursion (twice as fast:
        # the repr of a finding's params is the last key of the report order, made per finding)
        return f"Local(ru={self.ru!r}, en={self.en!r})"


def _render(value: Any, lang: str) -> str:
    if isinstance(value, Local):
        return value.en if lang == "en" else value.ru
    if isinstance(value, tuple):
        return ", ".join(_render(v, lang) for v in value)
    if value is None:  # never Python's spelling (None, True, inf) in a message
        return "—"
    if isinstance(value, bool):
        return ("да" if value else "нет") if lang == "ru" else ("yes" if value else "no")
    if isinstance(value, float):
        return f"{value:.0%}" if math.isfinite(value) else "—"
    if isinstance(value, str) and value in WORDS:
        return WORDS[value].get(lang) or WORDS[value]["en"]
    return str(value)


def sort_key(f: Finding) -> tuple[Any, ...]:
    """A stable order: errors first, then by element name, rule order and details."""
    return (
        SEVERITY_RANK[f.severity],
        f.element_name.casefold(),
        RULE_ORDER.get(f.rule, 999),
        f.element_id,
        repr(f.params),
    )
