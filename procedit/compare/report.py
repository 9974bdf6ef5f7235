"""The difference as a report: plain text for people (and git), JSON for programs."""

from __future__ import annotations

from typing import Any

from . import items as k
from .diff import MapDiff
from .projects import ProjectDiff
from .texts import describe, difference_dict

_GROUP_TITLES = {
    "processes": ("Процессы", "Processes"),
    "flows": ("Входы и выходы", "Inputs and outputs"),
    "links": ("Передачи (связи)", "Hand-offs (links)"),
    "criteria": ("Критерии", "Criteria"),
    "stages": ("Этапы", "Stages"),
    "documents": ("Документы", "Documents"),
    "parties": ("Внешние участники", "External parties"),
    "layout": ("Карта и расположение", "Map and layout"),
    "project": ("Проект", "Project"),
}


def _t(ru: str, en: str, lang: str) -> str:
    return ru if lang == "ru" else en


def group_title(group: str, lang: str) -> str:
    pair = _GROUP_TITLES.get(group, (group, group))
    return pair[0] if lang == "ru" else pair[1]


def map_text(diff: MapDiff, lang: str = "ru") -> list[str]:
    lines = [
        _t(f"Карта «{diff.old.name}» → «{diff.new.name}»", f"Map “{diff.old.name}” → “{diff.new.name}”", lang)
    ]
    if diff.empty:
        lines.append("  " + _t("без изменений", "no changes", lang))
        return lines
    for group in _GROUP_TITLES:
        entries = [d for d in diff.items if d.group == group]
        if entries:
            lines.append(f"  {group_title(group, lang)}:")
            lines.extend(f"    {_sign(d.kind)} {describe(d, lang)}" for d in entries)
    if diff.fixed:
        lines.append(
            "  "
            + _t(
                "Исправлено (замечания проверки, которых больше нет):",
                "Fixed (findings the new map no longer has):",
                lang,
            )
        )
        lines.extend(f"    ✓ {f.severity_title(lang)}: {f.message(lang)}" for f in diff.fixed)
    if diff.introduced:
        lines.append("  " + _t("Новые замечания проверки:", "New findings:", lang))
        lines.extend(f"    ! {f.severity_title(lang)}: {f.message(lang)}" for f in diff.introduced)
    return lines


def _sign(kind: str) -> str:
    if kind.endswith("_added"):
        return "+"
    if kind.endswith("_removed"):
        return "-"
    return "~"


def format_text(diff: ProjectDiff, lang: str = "ru", old_name: str = "", new_name: str = "") -> str:
    lines = []
    if old_name or new_name:
        lines += [f"--- {old_name}", f"+++ {new_name}"]
    if diff.empty:
        lines.append(_t("Различий нет.", "No differences.", lang))
        return "\n".join(lines) + "\n"
    for m in diff.maps_added:
        lines.append(_t(f"+ Добавлена карта «{m.name}»", f"+ Map “{m.name}” added", lang))
    for m in diff.maps_removed:
        lines.append(_t(f"- Удалена карта «{m.name}»", f"- Map “{m.name}” removed", lang))
    for m in diff.maps:
        if not m.empty or len(diff.maps) == 1:
            lines.extend(map_text(m, lang))
    if diff.items:
        lines.append(group_title("project", lang) + ":")
        lines.extend(f"  {_sign(d.kind)} {describe(d, lang)}" for d in diff.items)
    return "\n".join(lines) + "\n"


def map_json(diff: MapDiff, lang: str = "ru") -> dict[str, Any]:
    return {
        "old_map": {"id": diff.old.id, "name": diff.old.name},
        "new_map": {"id": diff.new.id, "name": diff.new.name},
        "changes": [difference_dict(d, lang) for d in diff.items],
        "findings_fixed": [f.to_dict(lang) for f in diff.fixed],
        "findings_introduced": [f.to_dict(lang) for f in diff.introduced],
        "pairs": [
            {"old_id": old, "new_id": new, "how": diff.matching.how.get(new, "")}
            for new, old in diff.matching.pairs.items()
        ],
    }


def to_json(diff: ProjectDiff, lang: str = "ru") -> dict[str, Any]:
    return {
        "equal": diff.empty,
        "maps": [map_json(m, lang) for m in diff.maps],
        "maps_added": [{"id": m.id, "name": m.name} for m in diff.maps_added],
        "maps_removed": [{"id": m.id, "name": m.name} for m in diff.maps_removed],
        "project": [difference_dict(d, lang) for d in diff.items],
    }


def counts(diff: MapDiff) -> dict[str, int]:
    """How many items of each group (for summaries: "3 processes added, …")."""
    out: dict[str, int] = {}
    for d in diff.items:
        out[d.kind] = out.get(d.kind, 0) + 1
    return out


__all__ = ["counts", "format_text", "group_title", "k", "map_json", "map_text", "to_json"]
