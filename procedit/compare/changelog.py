"""A change-log entry drafted from a difference: what the new map changes, in a few lines."""

from __future__ import annotations

from . import items as k
from .diff import MapDiff
from .texts import describe

_MAX_LINES = 12

_COUNTS = (
    (k.PROCESS_ADDED, ("добавлено процессов", "processes added")),
    (k.PROCESS_REMOVED, ("удалено процессов", "processes removed")),
    (k.OWNER, ("сменилось владельцев", "owners changed")),
    (k.LINK_ADDED, ("новых передач", "hand-offs added")),
    (k.LINK_REMOVED, ("убрано передач", "hand-offs removed")),
    (k.CRITERION_ADDED, ("новых критериев", "criteria added")),
    (k.CRITERION_TARGET, ("изменено целевых значений", "targets changed")),
    (k.DOCUMENT_ADDED, ("новых документов", "documents added")),
)
# what a reader of the change log looks for first
_IMPORTANT = (
    k.PROCESS_ADDED,
    k.PROCESS_REMOVED,
    k.RENAMED,
    k.OWNER,
    k.LINK_ADDED,
    k.LINK_REMOVED,
    k.CRITERION_ADDED,
    k.CRITERION_REMOVED,
    k.CRITERION_TARGET,
    k.PARTY_ADDED,
    k.PARTY_REMOVED,
    k.RECODED,
    k.KIND,
    k.DEPARTMENT,
    k.DOCUMENT_ADDED,
    k.DOCUMENT_REMOVED,
    k.STAGE_ADDED,
    k.STAGE_REMOVED,
)


def draft_entry(diff: MapDiff, lang: str = "ru") -> str:
    """The text of a change-log entry summarising ``diff`` (the person edits it afterwards)."""
    ru = lang == "ru"
    head = (
        f"Карта «{diff.new.name}» по сравнению с «{diff.old.name}»"
        if ru
        else f"Map “{diff.new.name}” compared with “{diff.old.name}”"
    )
    if diff.empty:
        return head + (": изменений нет." if ru else ": no changes.")
    counts = []
    for kind, (ru_word, en_word) in _COUNTS:
        n = sum(1 for d in diff.items if d.kind == kind)
        if n:
            counts.append(f"{ru_word if ru else en_word}: {n}")
    if diff.fixed:
        errors = sum(1 for f in diff.fixed if f.severity == "error")
        counts.append(
            f"исправлено замечаний проверки: {len(diff.fixed)} (ошибок: {errors})"
            if ru
            else f"findings fixed: {len(diff.fixed)} ({errors} errors)"
        )
    if diff.introduced:
        counts.append(
            f"новых замечаний: {len(diff.introduced)}" if ru else f"new findings: {len(diff.introduced)}"
        )
    lines = [head + (": " + "; ".join(counts) + "." if counts else ".")]
    ranked = sorted((d for d in diff.items if d.kind in _IMPORTANT), key=lambda d: _IMPORTANT.index(d.kind))
    for d in ranked[:_MAX_LINES]:
        lines.append(f"— {describe(d, lang)}")
    if len(ranked) > _MAX_LINES:
        more = len(ranked) - _MAX_LINES
        lines.append(f"— и ещё изменений: {more}" if ru else f"— and {more} more change(s)")
    return "\n".join(lines)
