"""Readable text of a process for tools that know nothing of procedit (BPMN documentation),
and the words interchange uses, in Russian and English."""

from __future__ import annotations

from collections.abc import Mapping

from procedit.control import format_target
from procedit.model import Process, Project

WORDS: dict[str, tuple[str, str]] = {  # key: (English, Russian)
    "code": ("Code", "Код"),
    "kind": ("Kind", "Вид"),
    "owner": ("Owner", "Владелец"),
    "department": ("Department", "Подразделение"),
    "goal": ("Goal", "Цель"),
    "results": ("Results", "Результаты"),
    "inputs": ("Inputs", "Входы"),
    "outputs": ("Outputs", "Выходы"),
    "customers": ("Customers", "Потребители"),
    "criteria": ("Criteria", "Критерии"),
    "documents": ("Documents", "Документы"),
    "description": ("Description", "Описание"),
}


def word(key: str, lang: str) -> str:
    en, ru = WORDS[key]
    return ru if lang == "ru" else en


def names(project: Project) -> dict[str, str]:
    """id → display name of everything a process refers to."""
    out: dict[str, str] = {p.id: p.name for p in project.people}
    out.update((d.id, d.name) for d in project.departments)
    for m in project.maps:
        out.update((p.id, p.name or p.code) for p in m.processes)
        out.update((q.id, q.name) for q in m.parties)
    return out


def documentation(p: Process, names: Mapping[str, str], lang: str) -> str:
    """The process's properties as plain lines ("Owner: …", "Criteria: …")."""
    lines: list[str] = []

    def add(key: str, value: str) -> None:
        if value.strip():
            lines.append(f"{word(key, lang)}: {value.strip()}")

    add("code", p.code)
    add("owner", names.get(p.owner_id or "", ""))
    add("department", names.get(p.department_id or "", ""))
    add("goal", p.goal)
    add("results", p.results)
    add("inputs", "; ".join(_flow(f.what, names.get(f.party_id or "", "")) for f in p.inputs))
    add("outputs", "; ".join(_flow(f.what, names.get(f.party_id or "", "")) for f in p.outputs))
    add("customers", "; ".join(names.get(c, "") for c in p.customer_ids if names.get(c)))
    add("criteria", "; ".join(criterion_text(c, lang) for c in p.criteria))
    add("documents", "; ".join(d.title or d.location for d in p.documents if d.title or d.location))
    add("description", p.description)
    return "\n".join(lines)


def _flow(what: str, party: str) -> str:
    return f"{what} ({party})" if party and what else what or party


def criterion_text(c, lang: str = "ru") -> str:
    """``name: target unit, period`` of a criterion (whatever of it is filled in)."""
    target = format_target(c.target, c.unit, lang)
    text = c.name
    if target:
        text = f"{text}: {target}" if text else target
    if c.period:
        text = f"{text}, {c.period}"
    return text
