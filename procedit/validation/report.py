"""Findings as text or JSON: the command line's ``check`` report (and anything else that prints them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from procedit.model import Project, Severity

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


def format_text(
    findings: Sequence[Finding], project: Project, lang: str = "ru", map_ids: Sequence[str] | None = None
) -> str:
    """A readable report: findings grouped by map (errors first), then a summary line."""
    lang = lang if lang in ("ru", "en") else "en"
    by_map: dict[str, list[Finding]] = {}
    for f in findings:
        by_map.setdefault(f.map_id, []).append(f)
    maps = [m for m in project.maps if map_ids is None or m.id in map_ids]
    lines: list[str] = []
    for m in maps:
        items = by_map.get(m.id, [])
        kind = m.kind.value.upper().replace("_", " ")
        title = f"Карта «{m.name}» ({kind})" if lang == "ru" else f"Map “{m.name}” ({kind})"
        lines.append(f"{title}: {summary(items, lang)}")
        if not items:
            lines.append("  " + ("проблем не найдено" if lang == "ru" else "no problems found"))
        for f in items:
            severity = SEVERITY_TITLES[f.severity][lang]
            lines.append(f"  [{severity}] {f.message(lang)} ({f.rule})")
        lines.append("")
    total = summary(findings, lang)
    lines.append(f"Итого: {total}" if lang == "ru" else f"Total: {total}")
    return "\n".join(lines)
