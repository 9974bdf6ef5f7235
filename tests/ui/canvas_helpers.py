"""Helpers for canvas tests: a small project, a scene+view on a History, real mouse gestures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from procedit.commands import Document, History
from procedit.model import ExternalParty, Link, PartyKind, Person, Process, ProcessKind, ProcessMap, Project
from procedit.ui.canvas.scene import MapScene
from procedit.ui.canvas.view import MapView


def small_project() -> Project:
    owner = Person(name="Иванова Анна")
    p1 = Process(code="П-01", name="Привлечение клиентов", owner_id=owner.id, x=0, y=0)
    p2 = Process(code="П-02", name="Продажи", kind=ProcessKind.CORE, x=300, y=0)
    p3 = Process(code="П-03", name="Закупки", kind=ProcessKind.SUPPORT, x=300, y=200)
    client = ExternalParty(name="Клиент", kind=PartyKind.CUSTOMER, x=-260, y=0)
    pmap = ProcessMap(
        name="Карта",
        processes=(p1, p2, p3),
        parties=(client,),
        links=(
            Link(source_id=client.id, target_id=p1.id, label="заявка"),
            Link(source_id=p1.id, target_id=p2.id, label="лиды"),
        ),
    )
    other = ProcessMap(name="Другая карта")
    return Project(name="Тест", people=(owner,), maps=(pmap, other))


@dataclass
class Canvas:
    doc: Document
    history: History
    scene: MapScene
    view: MapView

    @property
    def map_id(self) -> str:
        return self.scene.map_id

    def node(self, name: str) -> Process | ExternalParty:
        for n in (*self.doc.processes(self.map_id), *self.doc.parties(self.map_id)):
            if n.name == name:
                return n
        raise KeyError(name)

    def center(self, elem_id: str) -> QPoint:
        """The viewport point over the centre of an element's box."""
        item = self.scene.item_for(elem_id)
        return self.view.mapFromScene(item.mapToScene(item.local_box().center()))

    def at(self, x: float, y: float) -> QPoint:
        return self.view.mapFromScene(QPointF(x, y))


def make_canvas(qtbot, project: Project | None = None, fit: bool = False) -> Canvas:
    """A scene and a view of the project's first map, 1200×800: at 100 % about (200, 100), or
    with ``fit`` the whole map in view, as the window opens a file."""
    project = project or small_project()
    doc = Document(project)
    history = History(doc)
    scene = MapScene(doc, history.push, project.maps[0].id)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    if fit:
        view.fit_map()
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    if not fit:
        view.centerOn(200, 100)
    return Canvas(doc, history, scene, view)


def _send(view: MapView, kind: QEvent.Type, pos: QPoint, button, buttons, mods) -> None:
    local = QPointF(pos)
    glob = QPointF(view.viewport().mapToGlobal(pos))
    event = QMouseEvent(kind, local, glob, button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def drag(
    view: MapView, start: QPoint, end: QPoint, mods=Qt.KeyboardModifier.NoModifier, steps: int = 6
) -> None:
    """Press at ``start``, move in steps with the button held, release at ``end``."""
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, mods)
    _send(view, QEvent.Type.MouseButtonPress, start, left, left, mods)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        _send(view, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left, mods)
    _send(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, mods)


def hover(view: MapView, pos: QPoint) -> None:
    _send(
        view,
        QEvent.Type.MouseMove,
        pos,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )


def type_text(widget, text: str) -> None:
    """Type ``text`` (Cyrillic too: QTest.keyClicks only knows ASCII) as key events."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
