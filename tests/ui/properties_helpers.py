"""A small project and a panel wired to a pure History, for the properties panel tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from procedit.commands import Document, History
from procedit.model import (
    Department,
    ExternalParty,
    Flow,
    Goal,
    Link,
    Person,
    Process,
    ProcessMap,
    Project,
    Severity,
    Strategy,
    check_integrity,
)
from procedit.ui.panels.properties import PropertiesPanel


@dataclass
class Env:
    panel: PropertiesPanel
    doc: Document
    history: History
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def map_id(self) -> str:
        return self.ids["map"]

    def select(self, *names: str) -> None:
        self.panel.show_selection(self.map_id, [self.ids[n] for n in names])
        settle()

    def get(self, name: str) -> Any:
        return self.doc.get(self.ids[name])

    def assert_consistent(self) -> None:
        """No dangling reference and no duplicate id anywhere in the project."""
        assert check_integrity(self.doc.project) == []


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def sample() -> tuple[Project, dict[str, str]]:
    ivanov = Person(name="Иванов Иван", position="Директор")
    petrova = Person(name="Петрова Анна", position="Менеджер")
    sales = Department(name="Отдел продаж", head_id=petrova.id)
    goal = Goal(title="Рост повторных продаж")
    client = ExternalParty(name="Клиент")
    a = Process(code="П1", name="Продажи", owner_id=ivanov.id, department_id=sales.id, x=0)
    b = Process(code="П2", name="Отгрузка", owner_id=petrova.id, x=300, outputs=(Flow(what="накладная"),))
    link_ab = Link(source_id=a.id, target_id=b.id, label="заказ")
    link_ca = Link(source_id=client.id, target_id=a.id, label="заявка")
    pmap = ProcessMap(name="Продажи AS IS", processes=(a, b), parties=(client,), links=(link_ab, link_ca))
    project = Project(
        name="Пример",
        people=(ivanov, petrova),
        departments=(sales,),
        strategy=Strategy(goals=(goal,)),
        maps=(pmap,),
    )
    ids = {
        "map": pmap.id,
        "a": a.id,
        "b": b.id,
        "client": client.id,
        "ab": link_ab.id,
        "ca": link_ca.id,
        "ivanov": ivanov.id,
        "petrova": petrova.id,
        "sales": sales.id,
        "goal": goal.id,
    }
    return project, ids


def make_env(qtbot, project: Project | None = None, ids: dict[str, str] | None = None) -> Env:
    if project is None:
        project, ids = sample()
    doc = Document(project)
    history = History(doc)
    panel = PropertiesPanel(doc, history.push)
    panel.set_language("ru")
    qtbot.addWidget(panel)
    panel.resize(460, 900)
    panel.show()
    settle()
    return Env(panel, doc, history, dict(ids or {}))


@dataclass(frozen=True)
class FakeFinding:
    """Shaped like ``procedit.validation.Finding`` for what the panel reads."""

    element_id: str
    severity: Severity
    text: str
    rule: str = "fake"

    def message(self, lang: str = "ru") -> str:
        return f"[{lang}] {self.text}"


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key, as a user would.

    ``qtbot.keyClicks`` is used for ASCII; QTest cannot map Cyrillic characters to keys
    (it aborts), so those are sent as key events carrying the text, like a keyboard layout does.
    """
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
