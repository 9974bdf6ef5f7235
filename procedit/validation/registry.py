"""The rule registry: every rule is a small function registered with an id.

A rule declares the principle it serves, its default severity, a title and a message
template in Russian and English. The ``scope`` says what it looks at, which lets the live
validator re-run only what an edit can affect:

- ``process``: one process (plus the links touching it) -> yields params for each finding;
- ``group``: processes grouped by the rule's ``key`` (same code, same name, same owner);
  the rule judges one group at a time -> yields ``(element id, element name, params)``.
  A ``whole`` group rule also depends on the number of processes in the map;
- ``graph``: the map's networkx graph -> yields ``(element id, element name, params)``;
- ``balance``: a process and its decomposition map together (``balance.Decomposition``) ->
  yields ``(map id, element id, element name, params)``, on either map.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from procedit.model import Severity

PRINCIPLES: tuple[str, ...] = (
    "interconnection",
    "responsibility",
    "demand",
    "documentation",
    "control",
    "consistency",
)

PRINCIPLE_TITLES: dict[str, dict[str, str]] = {
    "interconnection": {"ru": "Взаимосвязь", "en": "Interconnection"},
    "responsibility": {"ru": "Персональная ответственность", "en": "Personal responsibility"},
    "demand": {"ru": "Востребованность", "en": "Demand"},
    "documentation": {"ru": "Документирование", "en": "Documentation"},
    "control": {"ru": "Контроль", "en": "Control"},
    "consistency": {"ru": "Согласованность", "en": "Consistency"},
}

SEVERITY_TITLES: dict[Severity, dict[str, str]] = {
    Severity.ERROR: {"ru": "Ошибка", "en": "Error"},
    Severity.WARNING: {"ru": "Предупреждение", "en": "Warning"},
    Severity.INFO: {"ru": "Замечание", "en": "Note"},
}

SEVERITY_RANK: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

# Words that a message may list (e.g. the missing fields of a criterion).
WORDS: dict[str, dict[str, str]] = {
    "target": {"ru": "целевое значение", "en": "target"},
    "method": {"ru": "метод измерения", "en": "measurement method"},
    "period": {"ru": "периодичность", "en": "period"},
    "responsible": {"ru": "ответственный", "en": "responsible person"},
    "boundaries": {"ru": "начало и окончание процесса", "en": "where the process starts and ends"},
    "resources": {"ru": "ресурсы", "en": "resources"},
    "risks": {"ru": "риски", "en": "risks"},
    "records": {"ru": "записи", "en": "records"},
    "provisions": {"ru": "общие положения", "en": "general provisions"},
    "authority": {"ru": "ответственность и полномочия", "en": "responsibility and authority"},
    "references": {"ru": "нормативные ссылки", "en": "normative references"},
    "analysis": {
        "ru": "мониторинг и анализ (кто, как часто, где фиксируется)",
        "en": "monitoring and analysis (who, how often, where recorded)",
    },
    "change_procedure": {
        "ru": "порядок внесения изменений (пересмотр, кто инициирует)",
        "en": "change procedure (review period, who initiates)",
    },
}

SCOPES = ("process", "group", "graph", "balance")


@dataclass(frozen=True)
class Rule:
    id: str
    principle: str
    severity: Severity
    scope: str
    title: dict[str, str]
    template: dict[str, str]
    check: Callable[..., Any]
    key: Callable[[Any], Any] | None = None  # group rules: the grouping key of a process
    whole: bool = False  # group rules: results depend on the map's process count

    def title_for(self, lang: str = "ru") -> str:
        return self.title.get(lang) or self.title["en"]


RULES: dict[str, Rule] = {}
RULE_ORDER: dict[str, int] = {}


def rule(
    rule_id: str,
    principle: str,
    severity: Severity,
    scope: str,
    *,
    title: tuple[str, str],
    message: tuple[str, str],
    key: Callable[[Any], Any] | None = None,
    whole: bool = False,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function as a rule. ``title``/``message`` are (ru, en).

    Message templates use ``{name}`` for the element's name and ``{param}`` for the params
    the rule yields.
    """
    if principle not in PRINCIPLES:
        raise ValueError(f"unknown principle {principle!r}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")
    if (scope == "group") != (key is not None):
        raise ValueError("group rules, and only they, need a key")

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(
            rule_id,
            principle,
            Severity(severity),
            scope,
            {"ru": title[0], "en": title[1]},
            {"ru": message[0], "en": message[1]},
            fn,
            key,
            whole,
        )
        RULE_ORDER[rule_id] = len(RULE_ORDER)
        return fn

    return register
