"""The process and everything a process approach says about it."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Entity, Value, new_id


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


class Stage(Entity):
    id: str = Field(default_factory=lambda: new_id("Stage"))
    name: str = ""
    performer_id: str | None = None  # a person or a department
    result: str = ""


class Measurement(Value):
    """A measured actual value of a criterion for one period (e.g. "2026-10")."""

    period: str
    value: float | None = None
    note: str = ""


class Criterion(Entity):
    """A KPI: what is measured, the target, how, how often and by whom."""

    id: str = Field(default_factory=lambda: new_id("Criterion"))
    name: str = ""
    target: str = ""  # free form: "100", "≥ 95", "не более 2"
    unit: str = ""
    period: str = ""  # "month", "квартал", ...
    method: str = ""
    responsible_id: str | None = None  # a person
    actuals: tuple[Measurement, ...] = ()


class DocumentRef(Entity):
    """A regulation, job instruction, template or other document of the knowledge base."""

    id: str = Field(default_factory=lambda: new_id("DocumentRef"))
    kind: DocumentKind = DocumentKind.REGULATION
    title: str = ""
    location: str = ""  # file path or URL
    text: str = ""  # embedded text, e.g. a designer's brief template


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
    notes: str = ""
    subprocess_map_id: str | None = None  # decomposition into a child map
    x: float = 0.0
    y: float = 0.0
    width: float = 180.0
    height: float = 80.0
