"""Findings as text or JSON: the command line's ``check`` report (and anything else that prints them)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from json.encoder import encode_basestring as encode_string  # the C encoder, ensure_ascii=False
from typing import Any, TextIO

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
    return list(iter_json(findings, project, lang))


def iter_json(
    findings: Iterable[Finding], project: Project | None = None, lang: str = "ru"
) -> Iterator[dict[str, Any]]:
    """``to_json`` one object at a time (for ``write_json``: no list of them all)."""
    names = {m.id: m.name for m in project.maps} if project is not None else {}
    for f in findings:
        d = f.to_dict(lang)
        d["map_name"] = names.get(f.map_id, "")
        yield d


class MapCheck:
    """One map's check: its level, what the level reports and what the next level would add."""

    def __init__(self, project: Project, map_id: str, every: list[Finding], level: CheckLevel | None):
        self.map = project.map_by_id(map_id)
        self.level = level if level is not None else levels.effective_level(project, self.map)
        self.findings = levels.at_level(every, self.level)
        self.next_level = levels.next_level(self.level)
        shown = {id(f) for f in self.findings}  # (the same objects: no finding hashed)
        self.next_adds = (
            [f for f in levels.at_level(every, self.next_level) if id(f) not in shown]
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
    checks: Sequence[MapCheck],
    project: Project,
    lang: str = "ru",
    file: str | None = None,
    *,
    lazy: bool = False,
) -> dict[str, Any]:
    """The ``check --format json`` object (its shape is documented in README.md).

    ``lazy``: the lists of findings are iterators, made while ``write_json`` writes them
    (a large project has hundreds of thousands: never all of them as objects at once)."""
    findings = [f for c in checks for f in c.findings]
    if lazy:
        as_json = iter_json
    else:
        as_json = to_json
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
                "findings": as_json(c.findings, project, lang),
            }
            for c in checks
        ],
        "findings": as_json(findings, project, lang),
    }


# DEL and the C1 controls: JSON lets them through raw, a terminal may act on them
_RAW_CONTROLS = re.compile("[\\x7f-\\x9f]")


def json_text(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)`` with DEL and C1 controls escaped too."""
    text = encode_string(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return _RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_json(value: Any, out: TextIO, indent: str = "") -> None:
    """Write ``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` would (iterators
    are written as lists, item by item, so that memory stays flat), then a newline."""
    _write(value, out.write, indent)
    out.write("\n")


def _write(value: Any, write: Callable[[str], Any], indent: str) -> None:
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            write("{}")
            return
        first = True
        for k, v in value.items():
            write(("{\n" if first else ",\n") + inner + json_text(str(k)) + ": ")
            _write(v, write, inner)
            first = False
        write("\n" + indent + "}")
    elif isinstance(value, list | tuple | Iterator):
        first = True
        for v in value:
            write(("[\n" if first else ",\n") + inner)
            _write(v, write, inner)
            first = False
        write("[]" if first else "\n" + indent + "]")
    else:
        write(json_text(value))


def format_text(checks: Sequence[MapCheck], lang: str = "ru") -> str:
    """A readable report: findings grouped by map (errors first), then a summary line."""
    return "\n".join(iter_text(checks, lang))


def iter_text(checks: Sequence[MapCheck], lang: str = "ru") -> Iterator[str]:
    """``format_text`` one line at a time (the command line prints them as they come)."""
    lang = lang if lang in ("ru", "en") else "en"
    titles = {sev: SEVERITY_TITLES[sev][lang] for sev in SEVERITY_TITLES}
    for c in checks:
        m, items = c.map, c.findings
        kind = m.kind.value.upper().replace("_", " ")
        level = levels.title(c.level, lang).lower()
        if lang == "ru":
            title = f"Карта «{m.name}» ({kind}, уровень проверки: {level})"
        else:
            title = f"Map “{m.name}” ({kind}, checking level: {level})"
        yield f"{title}: {summary(items, lang)}"
        if not items:
            yield "  " + ("проблем не найдено" if lang == "ru" else "no problems found")
        for f in items:
            yield f"  [{titles[f.severity]}] {f.message(lang)} ({f.rule})"
        if c.next_level is not None and c.next_adds:
            nxt = levels.title(c.next_level, lang).lower()
            what = levels.summary(c.next_level, lang)
            added = summary(c.next_adds, lang)
            yield (
                f"  Уровень «{nxt}» добавит {added} ({what})"
                if lang == "ru"
                else f"  The level “{nxt}” would add {added} ({what})"
            )
        yield ""
    total = summary([f for c in checks for f in c.findings], lang)
    yield f"Итого: {total}" if lang == "ru" else f"Total: {total}"
