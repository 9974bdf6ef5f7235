"""Importing criteria actuals from a table (how numbers arrive from a CRM).

The table has the columns process code, criterion (name or id), period and value, with
Russian or English headers (and optionally a note). The file (CSV or XLSX) is read by
``procedit.interchange.actuals``; ``plan_import`` reads its rows against one map and says
what would change: new values, changed values, and every row it refuses with
its row number and why. Nothing is applied here: ``ImportPlan.criteria_by_process`` gives
the new criteria of each touched process, which the editor applies as one command and
the command line writes to the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from procedit.model import Comparison, Criterion, Measurement, ProcessMap
from procedit.model.codes import code_key
from procedit.model.limits import MAX_ACTUALS, MAX_NUMBER, MAX_TEXT, clean_text

from .actuals import in_order, yes_no
from .periods import Period, PeriodError, parse_period
from .targets import format_number, format_value, number

HEADERS: dict[str, tuple[str, ...]] = {
    "process": ("process code", "process", "code", "код процесса", "процесс", "код", "шифр процесса"),
    "criterion": (
        "criterion",
        "criterion id",
        "kpi",
        "indicator",
        "критерий",
        "показатель",
        "кпэ",
        "критерий результативности",
    ),
    "period": ("period", "month", "период", "месяц", "отчётный период", "отчетный период"),
    "value": ("value", "actual", "actual value", "значение", "факт", "фактическое значение", "фактическое"),
    "note": ("note", "comment", "примечание", "комментарий"),
}
REQUIRED = ("process", "criterion", "period", "value")
HEADER_SEARCH = 10  # how many rows from the top the header may be found in


class ImportFileError(Exception):
    """The data file cannot be read at all; ``str()`` is English, ``ru`` Russian."""

    def __init__(self, en: str, ru: str):
        super().__init__(en)
        self.ru = ru

    def message(self, lang: str = "ru") -> str:
        return self.ru if lang == "ru" else str(self)


@dataclass(frozen=True)
class Refused:
    row: int  # the row number as a spreadsheet shows it (the header is row 1)
    en: str
    ru: str

    def message(self, lang: str = "ru") -> str:
        return self.ru if lang == "ru" else self.en


@dataclass(frozen=True)
class Change:
    row: int
    process_id: str
    process_code: str
    criterion_id: str
    criterion_name: str
    period: str
    old: float | None  # None: a new value
    new: float
    note: str | None  # None: the note is left as it is

    @property
    def is_new(self) -> bool:
        return self.old is None


@dataclass
class ImportPlan:
    map_id: str
    rows: int = 0  # data rows read (empty rows not counted)
    changes: list[Change] = field(default_factory=list)  # new and changed values
    unchanged: int = 0  # rows that repeat what the map already holds
    refused: list[Refused] = field(default_factory=list)
    _criteria: dict[str, tuple[str, tuple[Criterion, ...]]] = field(default_factory=dict, repr=False)
    _updated: dict[str, tuple[Criterion, ...]] | None = field(default=None, repr=False)

    @property
    def new_count(self) -> int:
        return sum(1 for c in self.changes if c.is_new)

    @property
    def changed_count(self) -> int:
        return sum(1 for c in self.changes if not c.is_new)

    def criteria_by_process(self) -> dict[str, tuple[Criterion, ...]]:
        """The criteria of every process the changes touch, with the values put in
        (periods in order); made once."""
        if self._updated is not None:
            return self._updated
        touched: dict[str, dict[str, dict[str, Measurement]]] = {}
        for ch in self.changes:
            by_crit = touched.setdefault(ch.process_id, {})
            if ch.criterion_id not in by_crit:
                crit = next(c for c in self._criteria[ch.process_id][1] if c.id == ch.criterion_id)
                by_crit[ch.criterion_id] = {m.period: m for m in crit.actuals}
            actuals = by_crit[ch.criterion_id]
            old = actuals.get(ch.period)
            note = ch.note if ch.note is not None else (old.note if old is not None else "")
            actuals[ch.period] = Measurement(period=ch.period, value=ch.new, note=note)
        keys = _Memo(lambda period: in_order(Measurement(period)))
        result: dict[str, tuple[Criterion, ...]] = {}
        for pid, by_crit in touched.items():
            result[pid] = tuple(
                c.with_(actuals=tuple(by_crit[c.id][p] for p in sorted(by_crit[c.id], key=keys.__getitem__)))
                if c.id in by_crit
                else c
                for c in self._criteria[pid][1]
            )
        self._updated = result
        return result

    def value_text(self, change: Change, value: float | None, lang: str = "ru") -> str:
        """``value`` (the change's old or new one) as its criterion is read: "да" / "нет" for
        a yes/no criterion, else the number as the language writes it; "—" for none."""
        crit = next((c for c in self._criteria[change.process_id][1] if c.id == change.criterion_id), None)
        if value is None:
            return "—"
        if crit is not None and crit.target.comparison == Comparison.YES_NO:
            return format_value(value, crit.target, "", lang)
        return format_number(value, lang)

    def summary(self, lang: str = "ru") -> str:
        if lang == "ru":
            return (
                f"строк: {self.rows}; новых значений: {self.new_count}; изменённых: {self.changed_count}; "
                f"без изменений: {self.unchanged}; отклонено: {len(self.refused)}"
            )
        return (
            f"rows: {self.rows}; new values: {self.new_count}; changed: {self.changed_count}; "
            f"unchanged: {self.unchanged}; refused: {len(self.refused)}"
        )


def _norm(text: Any) -> str:
    return " ".join(str(text if text is not None else "").replace("ё", "е").split()).casefold()


class _Memo(dict):
    """``fn(key)`` for each key, computed once."""

    def __init__(self, fn: Any):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.fn(key)
        return value


def find_columns(header: Sequence[Any]) -> dict[str, int]:
    """Which column holds what, from the header's names (Russian or English)."""
    names = [_norm(h) for h in header]
    found: dict[str, int] = {}
    for key, spellings in HEADERS.items():
        for spelling in spellings:
            s = _norm(spelling)
            if s in names and names.index(s) not in found.values():
                found[key] = names.index(s)
                break
    return found


# ------------------------------------------------------------------ planning
def plan_import(
    pmap: ProcessMap,
    rows: Sequence[Sequence[Any]],
    notes: dict[int, list[tuple[str, str]]] | None = None,
) -> ImportPlan:
    """What importing ``rows`` (the header first, or under a title) into ``pmap`` would change;
    ``notes``: what the reader noted per row number (English, Russian), such as a formula
    without a saved value, said where such a row is refused for lack of a value."""
    plan = ImportPlan(pmap.id)
    # the header: the first row that names the columns (a CRM's export may open with a title
    # and a blank line), else the first row with text, whose missing columns are named
    filled = [i for i, r in enumerate(rows[:HEADER_SEARCH]) if any(_cell(c) for c in r)]
    if not filled:
        raise ImportFileError("the table is empty (no header row)", "таблица пуста (нет строки заголовков)")
    top = next((i for i in filled if all(k in find_columns(rows[i]) for k in REQUIRED)), filled[0])
    cols = find_columns(rows[top])
    missing = [k for k in REQUIRED if k not in cols]
    if missing:
        en = {"process": "process code", "criterion": "criterion", "period": "period", "value": "value"}
        ru = {"process": "код процесса", "criterion": "критерий", "period": "период", "value": "значение"}
        raise ImportFileError(
            "the header lacks the column(s): " + ", ".join(en[k] for k in missing),
            "в строке заголовков нет столбцов: " + ", ".join(ru[k] for k in missing),
        )
    by_code: dict[str, list[Any]] = {}
    for p in pmap.processes:
        if p.code.strip():
            by_code.setdefault(code_key(p.code), []).append(p)
    for p in pmap.processes:
        plan._criteria[p.id] = (p.code, p.criteria)
    crit_index: dict[str, tuple[dict[str, Criterion], dict[str, list[Criterion]]]] = {}
    periods: dict[Any, Period | None] = {}
    seen: dict[tuple[str, str], int] = {}
    known: dict[str, dict[str, Measurement]] = {}  # criterion id → its values by period
    counts: dict[str, int] = {}  # criterion id → how many periods it would hold (MAX_ACTUALS)
    norm = _Memo(_norm)  # (the same codes and names recur row after row)
    code_norm = _Memo(code_key)  # (Latin and Cyrillic look-alike letters are one: M-07 finds М-07)
    ip, ic, ie, iv = cols["process"], cols["criterion"], cols["period"], cols["value"]
    inote = cols.get("note")
    width = max(cols.values()) + 1
    for number_, raw in enumerate(rows[top + 1 :], start=top + 2):
        row = list(raw) + [None] * (width - len(raw)) if len(raw) < width else raw
        if _blank(row):
            continue
        plan.rows += 1

        def refuse(en: str, ru: str, n: int = number_) -> None:
            plan.refused.append(Refused(n, en, ru))

        code = _cell(row[ip])
        procs = by_code.get(code_norm[code], [])
        if not procs:
            refuse(f"no process with code “{code}” on the map", f"на карте нет процесса с кодом «{code}»")
            continue
        if len(procs) > 1:
            refuse(f"several processes have code “{code}”", f"код «{code}» есть у нескольких процессов")
            continue
        proc = procs[0]
        if proc.id not in crit_index:
            by_name: dict[str, list[Criterion]] = {}
            for c in proc.criteria:
                by_name.setdefault(_norm(c.name), []).append(c)
            crit_index[proc.id] = ({c.id: c for c in proc.criteria}, by_name)
        ids, names = crit_index[proc.id]
        cname = _cell(row[ic])
        crit = ids.get(cname.strip())
        if crit is None:
            matches = names.get(norm[cname], [])
            if len(matches) > 1:
                refuse(
                    f"process {code} has several criteria named “{cname}”",
                    f"у процесса {code} несколько критериев «{cname}»",
                )
                continue
            crit = matches[0] if matches else None
        if crit is None:
            refuse(f"process {code} has no criterion “{cname}”", f"у процесса {code} нет критерия «{cname}»")
            continue
        pcell = row[ie]
        pkey = pcell if isinstance(pcell, dt.date) else _cell(pcell)
        if pkey not in periods:
            try:
                periods[pkey] = parse_period(pkey) if pkey != "" else None
            except PeriodError:
                periods[pkey] = None
        period = periods[pkey]
        ptext = period.text if period is not None else ""
        if period is None:
            refuse(
                f"“{pkey}” is not a period (2026-10, 2026-Q3, 2026-W41, 2026)",
                f"«{pkey}» — не период (2026-10, 2026-Q3, 2026-W41, 2026)",
            )
            continue
        value = _value(row[iv], crit)
        if value is None:
            text = _cell(row[iv])
            noted = (notes or {}).get(number_)
            if text:
                refuse(f"the value “{text}” is not a number", f"значение «{text}» — не число")
            elif noted:
                refuse(
                    "no value: " + "; ".join(en for en, _ru in noted),
                    "нет значения: " + "; ".join(ru for _en, ru in noted),
                )
            else:
                refuse("no value", "нет значения")
            continue
        if abs(value) > MAX_NUMBER:  # (a file holding it would not open again)
            text = _cell(row[iv])
            refuse(f"the value “{text}” is out of range", f"значение «{text}» вне допустимого")
            continue
        key = (crit.id, ptext)
        if key in seen:
            refuse(
                f"{code} “{crit.name}” {ptext} is given again (first in row {seen[key]})",
                f"{code} «{crit.name}» {ptext} повторяется (впервые в строке {seen[key]})",
            )
            continue
        held = known.get(crit.id)
        if held is None:
            held = known[crit.id] = {m.period: m for m in crit.actuals}
            counts[crit.id] = len(held)
        old = held.get(ptext)
        if old is None:
            if counts[crit.id] >= MAX_ACTUALS:
                refuse(
                    f"{code} “{crit.name}” already holds {MAX_ACTUALS} values, the most a criterion may hold",
                    f"у {code} «{crit.name}» уже {MAX_ACTUALS} значений — больше критерий не вмещает",
                )
                continue
            counts[crit.id] += 1
        seen[key] = number_
        note = _cell(row[inote]) if inote is not None and inote < len(row) else None
        if note is not None:
            note = clean_text(note, MAX_TEXT)
        if old is not None and old.value == value and (note is None or note == old.note):
            plan.unchanged += 1
            continue
        plan.changes.append(
            Change(
                number_,
                proc.id,
                proc.code,
                crit.id,
                crit.name,
                ptext,
                old.value if old is not None else None,
                value,
                note or None if note is not None else None,
            )
        )
    return plan


def _blank(row: Sequence[Any]) -> bool:
    for c in row:
        if c is None or c == "":
            continue
        if not isinstance(c, str) or c.strip():
            return False
    return True


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _value(cell: Any, crit: Criterion) -> float | None:
    if isinstance(cell, bool):
        return 1.0 if cell else 0.0
    if isinstance(cell, int | float):
        return float(cell) if cell == cell and abs(cell) != float("inf") else None
    text = _cell(cell)
    if not text:
        return None
    if crit.target.comparison == Comparison.YES_NO:
        value = yes_no(text)
        if value is not None:
            return value
    return number(text)
