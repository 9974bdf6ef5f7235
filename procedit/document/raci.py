"""The RACI matrix of a document, derived from the model (headless: plain data).

Rows are the stages of each process, grouped under a row of the process itself (its
letters rolled up from its stages); a process without stages is one row. Columns are
positions, not people (``Names.position_label``): a staff change leaves the matrix as it
is. A department that performs a stage is a column of its own.

Who gets which letter (the legend of the document says the same):

* **R** (performs): the stage's performer;
* **A** (answers for the result): the process owner, on every row of the process;
* **C** (consulted): the participants of the process who perform none of its stages
  (one who performs a stage is R there and is not marked on the other stages);
* **I** (informed): the people responsible for the process's criteria (they measure its
  results) and the customers of the process who are people, on every row of the process.

A position holds at most the letters of the first kind it gets, in R, A, C, I order: R and
A together ("R/A") when the owner performs a stage; C or I only where it holds nothing else.

The document itself closes the matrix: its development and approval, R the developer,
A who approves it (УТВЕРЖДАЮ), C who agrees it (the approval sheet: the approvers who
agree and the owners of the processes in the document).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procedit.model import ApprovalRole, Process

from .names import REF_LIMIT, Names, proc_title, shorten

LETTERS = "RACI"


@dataclass
class RaciRow:
    label: str
    cells: dict[str, str] = field(default_factory=dict)  # column -> letters ("R/A")
    group: bool = False  # the row of a process (its stages follow) or of the document


@dataclass
class Raci:
    columns: list[str]
    rows: list[RaciRow]


class _Marks:
    """Letters per column of one row, kept in R, A, C, I order."""

    def __init__(self) -> None:
        self.letters: dict[str, set[str]] = {}

    def add(self, column: str, letter: str, only_if_free: bool = False) -> None:
        if not column:
            return
        have = self.letters.setdefault(column, set())
        if only_if_free and have:
            return
        have.add(letter)

    def cells(self) -> dict[str, str]:
        return {c: "/".join(x for x in LETTERS if x in s) for c, s in self.letters.items() if s}


def derive_raci(names: Names, procs: list[Process], passport=None, approvers=()) -> Raci:
    """The matrix of ``procs`` (in their order) and of the document (``passport``'s
    developer, ``approvers``); empty rows and columns are left out."""
    rows: list[RaciRow] = []
    for proc in procs:
        rows += _process_rows(names, proc)
    doc_row = _document_row(names, procs, passport, approvers)
    if doc_row is not None:
        rows.append(doc_row)
    used: dict[str, None] = {}
    for row in rows:
        for col in row.cells:
            used.setdefault(col, None)
    # columns in the order of the people register (its first holder of a position), then
    # the departments and anything else in the order met
    order: dict[str, None] = {}
    for person in names.people.values():
        label = names.position_label(person.id)
        if label in used:
            order.setdefault(label, None)
    for col in used:
        order.setdefault(col, None)
    return Raci(list(order), rows)


def _column(names: Names, ref: str | None) -> str:
    """The column of a person (their position) or of a department (its name)."""
    if not ref:
        return ""
    if ref in names.people:
        return names.position_label(ref)
    return names.name_of(ref)


def _process_rows(names: Names, proc: Process) -> list[RaciRow]:
    t = names.t
    owner = _column(names, proc.owner_id)
    performers = {_column(names, s.performer_id) for s in proc.stages} - {""}
    consulted = [c for c in (_column(names, i) for i in proc.participant_ids) if c and c not in performers]
    informed = [_column(names, c.responsible_id) for c in proc.criteria]
    informed += [_column(names, i) for i in proc.customer_ids if i in names.people]

    def marks(performer: str) -> _Marks:
        m = _Marks()
        m.add(performer, "R")
        m.add(owner, "A")
        for col in consulted:
            m.add(col, "C", only_if_free=True)
        for col in informed:
            m.add(col, "I", only_if_free=True)
        return m

    title = proc_title(proc, REF_LIMIT) or t["no_name"]
    if not proc.stages:
        return [RaciRow(title, marks("").cells(), group=True)]
    stage_rows = []
    for i, stage in enumerate(proc.stages, 1):
        name = shorten(stage.name, REF_LIMIT) or t["no_name"]
        stage_rows.append(RaciRow(f"{i}. {name}", marks(_column(names, stage.performer_id)).cells()))
    rolled = _Marks()  # the process: R and A where any stage has them, else C, else I
    for strong in (True, False):
        for row in stage_rows:
            for col, letters in row.cells.items():
                for letter in letters.split("/"):
                    if (letter in "RA") == strong:
                        rolled.add(col, letter, only_if_free=not strong)
    return [RaciRow(title, rolled.cells(), group=True), *stage_rows]


def _document_row(names: Names, procs: list[Process], passport, approvers) -> RaciRow | None:
    m = _Marks()
    m.add(_column(names, getattr(passport, "author_id", None)), "R")
    for a in approvers:
        if a.role == ApprovalRole.APPROVES:
            m.add(_column(names, a.person_id), "A")
    for a in approvers:
        if a.role != ApprovalRole.APPROVES:
            m.add(_column(names, a.person_id), "C", only_if_free=True)
    for p in procs:
        m.add(_column(names, p.owner_id), "C", only_if_free=True)
    cells = m.cells()
    if not any("R" in v or "A" in v for v in cells.values()):
        return None  # nobody develops or approves it yet: nothing to say
    return RaciRow(names.t["raci_document"], cells, group=True)
