"""Findings as text or JSON: the command line's ``check`` report (and anything else that prints them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from procedit.model import CheckLevel, Project, Severity

from . import levels
from .findings import Finding
from .registry import SEVERITY_TITLES

# (one, few, many) in Russian; (one, many) in English
_SEVERITY_WORDS: dict[Severity, dict[str, tuple[str, ...]]] = {
    Severity.ERROR: {"ru": ("ошибка", "ошибки", "ошибок"), "en": ("error", "errors")},
    Severity.WARNING: {
        "ru": ("предупреждение", "предупреждения", "предупреждений"),
        "en": ("warning", "warnings"),
    },
    Severity.INFO: {"ru": ("замечание", "замечания", "замечаний"), "en": ("note", "notes")},
}


def plural(n: int, forms: Sequence[str], lang: str = "ru") -> str:
    """``n`` with the right word form: 1 ошибка, 2 ошибки, 5 ошибок; 1 error, 2 errors."""
    if lang == "ru" and len(forms) == 3:
        if n % 10 == 1 and n % 100 != 11:
            word = forms[0]
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            word = forms[1]
        else:
            word = forms[2]
    else:
        word = forms[0] if n == 1 else forms[-1]
    return f"{n} {word}"


def counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings of each severity (every severity present, errors first)."""
    result = dict.fromkeys((Severity.ERROR, Severity.WARNING, Severity.INFO), 0)
    for f in findings:
        result[f.severity] += 1
    return result


def summary(findings: Iterable[Finding], lang: str = "ru") -> str:
    """ "2 ошибки, 5 предупреждений, 0 замечаний" / "2 errors, 5 warnings, 0 notes"."""
    lang = lang if lang in ("ru", "en") else "en"
    return ", ".join(plural(n, _SEVERITY_WORDS[sev][lang], lang) for sev, n in counts(findings).items())


def to_json(
    findings: Iterable[Finding], project: Project | None = None, lang: str = "ru"
) -> list[dict[str, Any]]:
    """Plain objects for ``json.dumps``: rule, principle, severity, map, element, message."""
    names = {m.id: m.name for m in project.maps} if project is not None else {}
    out = []
    for f in findings:
        d = f.to_dict(lang)
        d["map_name"] = names.get(f.map_id, "")
        out.append(d)
    return out


class MapCheck:
    """One map's check: its level, what the level reports and what the next level would add."""

    def __init__(self, project: Project, map_id: str, every: list[Finding], level: CheckLevel | None):
        self.map = project.map_by_id(map_id)
        self.level = level if level is not None else levels.effective_level(project, self.map)
        self.findings = levels.at_level(every, self.level)
        self.next_level = levels.next_level(self.level)
        shown = set(self.findings)
        self.next_adds = (
            [f for f in levels.at_level(every, self.next_level) if f not in shown]
            if self.next_level is not None
            else []
        )


def check_maps(
    project: Project, map_ids: Sequence[str] | None = None, level: CheckLevel | None = None
) -> list[MapCheck]:
    """Check the maps (all, or ``map_ids``), each at its own level or at ``level``."""
    from .engine import validate  # (engine imports nothing of the report)

    every = validate(
        project, None if map_ids is None or len(map_ids) != 1 else map_ids[0], CheckLevel.REGULATION
    )
    by_map: dict[str, list[Finding]] = {}
    for f in every:
        by_map.setdefault(f.map_id, []).append(f)
    ids = [m.id for m in project.maps if map_ids is None or m.id in map_ids]
    return [MapCheck(project, map_id, by_map.get(map_id, []), level) for map_id in ids]


def _counts_json(findings: Iterable[Finding]) -> dict[str, int]:
    c = counts(findings)
    return {"errors": c[Severity.ERROR], "warnings": c[Severity.WARNING], "infos": c[Severity.INFO]}


def check_json(
    checks: Sequence[MapCheck], project: Project, lang: str = "ru", file: str | None = None
) -> dict[str, Any]:
    """The ``check --format json`` object (its shape is documented in README.md)."""
    findings = [f for c in checks for f in c.findings]
    return {
        "file": file,
        "readable": True,
        "project": {"name": project.name, "organization": project.organization, "language": project.language},
        "summary": _counts_json(findings),
        "maps": [
            {
                "id": c.map.id,
                "name": c.map.name,
                "kind": c.map.kind.value,
                "level": c.level.value,
                "summary": _counts_json(c.findings),
                "next_level": None
                if c.next_level is None
                else {"level": c.next_level.value, "adds": _counts_json(c.next_adds)},
                "findings": to_json(c.findings, project, lang),
            }
            for c in checks
        ],
        "findings": to_json(findings, project, lang),
    }


def format_text(checks: Sequence[MapCheck], lang: str = "ru") -> str:
    """A readable report: findings grouped by map (errors first), then a summary line."""
    lang = lang if lang in ("ru", "en") else "en"
    lines: list[str] = []
    for c in checks:
        m, items = c.map, c.findings
        kind = m.kind.value.upper().replace("_", " ")
        level = levels.title(c.level, lang).lower()
        if lang == "ru":
            title = f"Карта «{m.name}» ({kind}, уровень проверки: {level})"
        else:
            title = f"Map “{m.name}” ({kind}, checking level: {level})"
        lines.append(f"{title}: {summary(items, lang)}")
        if not items:
            lines.append("  " + ("проблем не найдено" if lang == "ru" else "no problems found"))
        for f in items:
            severity = SEVERITY_TITLES[f.severity][lang]
            lines.append(f"  [{severity}] {f.message(lang)} ({f.rule})")
        if c.next_level is not None and c.next_adds:
            nxt = levels.title(c.next_level, lang).lower()
            what = levels.summary(c.next_level, lang)
            added = summary(c.next_adds, lang)
            lines.append(
                f"  Уровень «{nxt}» добавит {added} ({what})"
                if lang == "ru"
                else f"  The level “{nxt}” would add {added} ({what})"
            )
        lines.append("")
    total = summary([f for c in checks for f in c.findings], lang)
    lines.append(f"Итого: {total}" if lang == "ru" else f"Total: {total}")
    return "\n".join(lines)
