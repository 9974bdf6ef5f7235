"""The process and everything a process approach says about it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from .base import Entity, Origin, Value, new_id


class ProcessKind(StrEnum):
    MANAGEMENT = "management"
    CORE = "core"
    SUPPORT = "support"


class DocumentKind(StrEnum):
    REGULATION = "regulation"
    JOB_INSTRUCTION = "job_instruction"
    TEMPLATE = "template"
    OTHER = "other"


class Flow(Entity):
    """An input (``party_id`` = supplier) or an output (``party_id`` = consumer) of a process.

    ``party_id`` refers to a process or an external party of the same map, or ``None``.
    """

    id: str = Field(default_factory=lambda: new_id("Flow"))
    what: str = ""
    party_id: str | None = None
    origin: Origin = None


class Stage(Entity):
    id: str = Field(default_factory=lambda: new_id("Stage"))
    name: str = ""
    performer_id: str | None = None  # a person or a department
    result: str = ""
    origin: Origin = None


class Comparison(StrEnum):
    """How an actual value is compared with a criterion's target."""

    AT_LEAST = "at_least"  # ≥ value
    AT_MOST = "at_most"  # ≤ value
    EQUAL = "equal"  # = value
    BETWEEN = "between"  # value ≤ actual ≤ high
    YES_NO = "yes_no"  # value 1: "yes" is expected, 0: "no"


class Target(Value):
    """A criterion's target as a program can check it.

    ``comparison`` None means no structured target: ``text`` then holds what was written
    (empty: no target at all; otherwise text that could not be read as a target).
    ``warning`` is the warning threshold between the target and failure (for ≥ and ≤): an
    actual past the target but not past the threshold is a warning, past it a miss.
    """

    comparison: Comparison | None = None
    value: float | None = None
    high: float | None = None  # the upper bound of "between"
    warning: float | None = None
    text: str = ""

    @property
    def is_set(self) -> bool:
        return self.comparison is not None or bool(self.text.strip())

    @property
    def readable(self) -> bool:
        """True when the target can be checked (or there is none to check)."""
        return self.comparison is not None or not self.text.strip()


class Measurement(Value):
    """A measured actual value of a criterion for one period ("2026-10", "2026-Q3", "2026-W41", "2026")."""

    period: str
    value: float | None = None
    note: str = ""


class Criterion(Entity):
    """A KPI: what is measured, the target, how, how often and by whom, and what it was."""

    id: str = Field(default_factory=lambda: new_id("Criterion"))
    name: str = ""
    target: Target = Field(default_factory=Target)
    unit: str = ""
    period: str = ""  # "month", "квартал", ...
    method: str = ""  # how it is measured
    formula: str = ""  # the formula or calculation method
    data_source: str = ""  # where the numbers come from: CRM report, survey, ledger
    responsible_id: str | None = None  # a person
    actuals: tuple[Measurement, ...] = ()
    origin: Origin = None


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CorrectiveAction(Entity):
    """What is done to correct a process when its criteria are not met."""

    id: str = Field(default_factory=lambda: new_id("CorrectiveAction"))
    what: str = ""
    why: str = ""
    criterion_id: str | None = None  # the criterion (of this process) that caused it
    finding: str = ""  # the rule id of the finding that caused it, if any
    responsible_id: str | None = None  # a person
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    result: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


class DocumentRef(Entity):
    """A regulation, job instruction, template or other document of the knowledge base."""

    id: str = Field(default_factory=lambda: new_id("DocumentRef"))
    kind: DocumentKind = DocumentKind.REGULATION
    title: str = ""
    location: str = ""  # file path or URL
    text: str = ""  # embedded text, e.g. a designer's brief template
    origin: Origin = None


class Process(Entity):
    id: str = Field(default_factory=lambda: new_id("Process"))
    code: str = ""
    name: str = ""
    kind: ProcessKind = ProcessKind.CORE
    department_id: str | None = None
    lane_id: str | None = None
    description: str = ""
    goal_ids: tuple[str, ...] = ()  # strategy goals this process serves
    goal: str = ""
    results: str = ""
    inputs: tuple[Flow, ...] = ()
    outputs: tuple[Flow, ...] = ()
    stages: tuple[Stage, ...] = ()
    owner_id: str | None = None  # exactly one person; None is allowed so the validator can flag it
    customer_ids: tuple[str, ...] = ()  # processes, parties, people or departments
    participant_ids: tuple[str, ...] = ()  # people
    criteria: tuple[Criterion, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    actions: tuple[CorrectiveAction, ...] = ()  # corrective actions
    notes: str = ""
    subprocess_map_id: str | None = None  # decomposition into a child map
    x: float = 0.0
    y: float = 0.0
    width: float = 180.0
    height: float = 80.0
    origin: Origin = None  # lineage: the process this one was copied from
