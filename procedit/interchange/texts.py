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
    get = names.get
    values = (
        p.code,
        get(p.owner_id, "") if p.owner_id else "",
        get(p.department_id, "") if p.department_id else "",
        p.goal,
        p.results,
        "; ".join([_flow(f.what, get(f.party_id, "") if f.party_id else "") for f in p.inputs]),
        "; ".join([_flow(f.what, get(f.party_id, "") if f.party_id else "") for f in p.outputs]),
        "; ".join([name for name in map(get, p.customer_ids) if name]),
        "; ".join([criterion_text(c, lang) for c in p.criteria]),
        "; ".join([d.title or d.location for d in p.documents if d.title or d.location]),
        p.description,
    )
    labels = _LABELS_RU if lang == "ru" else _LABELS_EN
    return "\n".join([f"{label}: {v}" for label, v in zip(labels, map(str.strip, values), strict=True) if v])


_KEYS = ("code", "owner", "department", "goal", "results", "inputs", "outputs", "customers", "criteria")
_KEYS += ("documents", "description")  # the lines of ``documentation``, in order
_LABELS_EN = tuple(WORDS[k][0] for k in _KEYS)
_LABELS_RU = tuple(WORDS[k][1] for k in _KEYS)


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
