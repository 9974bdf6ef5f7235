"""A process register (a row per process) read from a table into a plan the user accepts:
processes, the people and departments to add, the links the inputs and outputs imply,
and the problems per row with the row number. Nothing changes until the plan is applied."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from procedit.control import parse_target
from procedit.model import Criterion, Department, Flow, Person, Process, ProcessKind, Project, limits, new_id

from .sheets import Table

FIELDS = ("code", "name", "kind", "department", "owner", "goal", "results", "inputs", "outputs", "customers", "criteria")

# a header cell (folded, without punctuation) → the field; Russian and English
SYNONYMS: dict[str, str] = {}
for _field, _words in {
    "code": "code|id|no|number|код|шифр|номер|обозначение|№|№ п/п",
    "name": "name|process|process name|title|процесс|наименование|название|наименование процесса|название процесса",
    "kind": "kind|type|category|вид|тип|категория|вид процесса|тип процесса",
    "department": "department|unit|division|подразделение|отдел|служба",
    "owner": "owner|process owner|владелец|владелец процесса|ответственный",
    "goal": "goal|purpose|objective|цель|цель процесса|назначение",
    "results": "results|result|результат|результаты|результат процесса",
    "inputs": "inputs|input|входы|вход|входы процесса",
    "outputs": "outputs|output|выходы|выход|выходы процесса",
    "customers": "customers|customer|clients|client|потребители|потребитель|клиенты|клиент",
    "criteria": "criteria|criterion|kpi|kpis|metrics|критерии|показатели|критерии результативности",
}.items():
    for _w in _words.split("|"):
        SYNONYMS[_w] = _field

KINDS = {
    "management": ProcessKind.MANAGEMENT,
    "управленческий": ProcessKind.MANAGEMENT,
    "управления": ProcessKind.MANAGEMENT,
    "управляющий": ProcessKind.MANAGEMENT,
    "core": ProcessKind.CORE,
    "основной": ProcessKind.CORE,
    "main": ProcessKind.CORE,
    "support": ProcessKind.SUPPORT,
    "supporting": ProcessKind.SUPPORT,
    "вспомогательный": ProcessKind.SUPPORT,
    "обеспечивающий": ProcessKind.SUPPORT,
}


_PUNCT = re.compile(r"[.:*\"'«»()]")
_ITEMS = re.compile(r"[;\n]")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A name folded for matching: case, punctuation and spacing do not count."""
    return " ".join(_PUNCT.sub(" ", text).casefold().split())


# a row counter or a database's id rather than the process's code: a code column elsewhere wins
_COUNTERS = frozenset(("№", "№ п/п", "п/п", "no", "number", "номер", "id"))
# words that say nothing of the column in "Код процесса", "Process code", "Вид процесса"
_GENERIC = frozenset(("process", "процесс", "процесса", "процессов"))


def _field(cell: str) -> tuple[str | None, int]:
    """The field a header cell names and how surely: 3 by its words, 2 by them without
    "process", 1 by the first of those ("Владелец (ФИО)", "Owner name"), 0 a row counter."""
    key = norm(cell)
    for text in (key, cell.strip().casefold()):
        if text in SYNONYMS:
            return SYNONYMS[text], 0 if text in _COUNTERS else 3
    words = [w for w in key.split() if w not in _GENERIC]
    if not words:
        return None, 0
    if " ".join(words) in SYNONYMS:
        text = " ".join(words)
        return SYNONYMS[text], 0 if text in _COUNTERS else 2
    found = SYNONYMS.get(words[0])
    return found, 0 if words[0] in _COUNTERS else 1


def recognise(header: list[str]) -> dict[int, str]:
    """Column index → field for the header cells procedit knows: the surest match of a field
    wins, the leftmost among equals ("Process code" is the code, not a second name column;
    "Код процесса" wins over "№ п/п")."""
    found = [(i, *_field(cell)) for i, cell in enumerate(header)]
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, name, _sure in sorted((f for f in found if f[1]), key=lambda f: (-f[2], f[0])):
        if name not in taken:
            out[i] = name
            taken.add(name)
    return dict(sorted(out.items()))


@dataclass
class RowProblem:
    row: int
    en: str
    ru: str
    fatal: bool = True  # the row is left out

    def text(self, lang: str) -> str:
        return f"{'строка' if lang == 'ru' else 'row'} {self.row}: {self.ru if lang == 'ru' else self.en}"


@dataclass
class RegisterRow:
    row: int
    values: dict[str, str]


@dataclass
class Register:
    """What a table says, before anything is matched against a project."""

    header_row: int
    columns: dict[int, str]
    rows: list[RegisterRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def needs_mapping(self) -> bool:
        return "name" not in self.columns.values()


HEADER_SEARCH = 20  # rows with text looked through for the header (a title, a date above it)


def header_index(table: Table) -> int | None:
    """The index of the header row: of the first rows with text, the one that names the most
    columns, the column of process names among them (a register often has its title and a
    date above the header, and a title "Процесс закупок" reads as a name column); else the
    first row with text (its columns are then assigned by hand); None when the table is empty."""
    filled = (i for i, row in enumerate(table.rows) if any(c.strip() for c in row))
    first = best = None
    most = 0
    for _, i in zip(range(HEADER_SEARCH), filled, strict=False):
        first = i if first is None else first
        fields = recognise(table.rows[i]).values()
        if "name" in fields and len(fields) > most:
            best, most = i, len(fields)
    return best if best is not None else first


def read_register(table: Table, columns: dict[int, str] | None = None) -> Register:
    """The rows of a register; ``columns`` (index → field) overrides the recognised header."""
    header_at = header_index(table)
    if header_at is None:
        return Register(0, columns or {})
    header = table.rows[header_at]
    reg = Register(header_at + 1, dict(columns) if columns is not None else recognise(header))
    if reg.needs_mapping:
        return reg
    codes: dict[str, int] = {}
    for i in range(header_at + 1, len(table.rows)):
        cells = table.rows[i]
        if not any(c.strip() for c in cells):
            continue  # empty rows are skipped silently
        number = i + 1
        values = {f: cells[c].strip() for c, f in reg.columns.items() if c < len(cells) and cells[c].strip()}
        for en, ru in table.notes.get(number, ()):
            reg.problems.append(RowProblem(number, en, ru, fatal=False))
        if not values.get("name"):
            reg.problems.append(RowProblem(number, "no process name; the row is left out", "нет названия процесса; строка пропущена"))
            continue
        code = values.get("code", "")
        if code and code.casefold() in codes:
            reg.problems.append(
                RowProblem(
                    number,
                    f"the code {code} is already used in row {codes[code.casefold()]}; the row is left out",
                    f"код {code} уже есть в строке {codes[code.casefold()]}; строка пропущена",
                )
            )
            continue
        if code:
            codes[code.casefold()] = number
        kind = values.get("kind", "")
        if kind and norm(kind) not in KINDS:
            reg.problems.append(
                RowProblem(
                    number,
                    f"unknown kind {kind!r} (management, core or support); taken as core",
                    f"неизвестный вид {kind!r} (управленческий, основной или вспомогательный); принят основной",
                    fatal=False,
                )
            )
        reg.rows.append(RegisterRow(number, values))
    return reg


def split_items(text: str) -> list[str]:
    return [p.strip() for p in _ITEMS.split(text) if p.strip()] if text else []


_PARTY = re.compile(r"^(?P<what>.*?)\s*(?:\((?P<p1>[^()]+)\)|(?:→|->|←|<-)\s*(?P<p2>.+))\s*$")


def flow_party(item: str) -> tuple[str, str]:
    """``Заявка (Продажи)`` / ``Заявка → Продажи`` → (what, party name)."""
    m = _PARTY.match(item)
    if not m:
        return item, ""
    return m.group("what").strip(), (m.group("p1") or m.group("p2") or "").strip()


def criterion(item: str) -> Criterion:
    """``Доля заявок в срок: ≥ 95 %, месяц`` → a criterion with its target (≥ 95), unit (%) and
    period (месяц), as the workbook's register writes it; a target that cannot be read is kept
    as text (the control rules report it)."""
    name, sep, text = item.partition(":")
    if not sep:
        name, sep, text = item.partition("=")
    body, period = _line(text) if sep else "", ""
    head, comma, tail = body.rpartition(", ")
    if comma and head.strip() and tail.strip() and not parse_target(head)[0].text:
        body, period = head, tail  # (read without it, the period was the unit's: "%, месяц")
    target, unit = parse_target(body)
    return Criterion(name=_line(name), target=target, unit=_line(unit), period=_line(period))


def _line(text: str) -> str:
    """One line of text within the project's limit for names."""
    return limits.clean_text(" ".join(text.split()), limits.MAX_LINE)


@dataclass
class Registers:
    """People and departments of a project by folded name, growing as the import adds them."""

    people: dict[str, Person]
    departments: dict[str, Department]
    new_people: list[Person] = field(default_factory=list)
    new_departments: list[Department] = field(default_factory=list)

    @classmethod
    def of(cls, project: Project) -> Registers:
        return cls({norm(p.name): p for p in project.people}, {norm(d.name): d for d in project.departments})

    def person(self, name: str) -> str:
        key = norm(name)
        if key not in self.people:
            p = Person(id=new_id("Person"), name=_line(name))
            self.people[key] = p
            self.new_people.append(p)
        return self.people[key].id

    def department(self, name: str) -> str:
        key = norm(name)
        if key not in self.departments:
            d = Department(id=new_id("Department"), name=_line(name))
            self.departments[key] = d
            self.new_departments.append(d)
        return self.departments[key].id


def base_process(row: RegisterRow, regs: Registers) -> Process:
    v = row.values
    return Process(
        id=new_id("Process"),
        code=_line(v.get("code", "")),
        name=_line(v["name"]),
        kind=KINDS.get(norm(v.get("kind", "")), ProcessKind.CORE),
        department_id=regs.department(v["department"]) if v.get("department") else None,
        owner_id=regs.person(v["owner"]) if v.get("owner") else None,
        goal=limits.clean_text(v.get("goal", ""), limits.MAX_TEXT),
        results=limits.clean_text(v.get("results", ""), limits.MAX_TEXT),
        criteria=tuple(criterion(i) for i in split_items(v.get("criteria", ""))),
        inputs=tuple(Flow(what=_line(w)) for w, _ in map(flow_party, split_items(v.get("inputs", "")))),
        outputs=tuple(Flow(what=_line(w)) for w, _ in map(flow_party, split_items(v.get("outputs", "")))),
    )
