"""Shared helpers for the main-window tests: small projects and isolated settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from procedit.model import CheckLevel, ExternalParty, Link, MapKind, Person, Process, ProcessMap, Project


def sample_project() -> Project:
    """Two maps: an AS IS map with four processes, a party and links, and an empty TO BE map."""
    ivanov = Person(name="Иванов Иван", position="Директор по маркетингу")
    petrova = Person(name="Петрова Анна", position="Менеджер")
    p1 = Process(code="П1", name="Привлечение клиентов", owner_id=ivanov.id, x=0, y=0)
    p2 = Process(code="П2", name="Продажи", owner_id=petrova.id, x=300, y=0, goal="Рост выручки")
    p3 = Process(
        code="П3", name="Отгрузка", owner_id=petrova.id, x=0, y=200, description="Доставка заказа клиенту"
    )
    p4 = Process(code="П4", name="Закупки", x=300, y=200, results="Договор с поставщиком подписан")
    client = ExternalParty(name="Клиент", x=-250, y=0)
    as_is = ProcessMap(
        name="Маркетинг",
        kind=MapKind.AS_IS,
        check_level=CheckLevel.REGULATION,  # checked against every rule
        processes=(p1, p2, p3, p4),
        parties=(client,),
        links=(
            Link(source_id=client.id, target_id=p1.id, label="заявка"),
            Link(source_id=p1.id, target_id=p2.id, label="лиды"),
            Link(source_id=p2.id, target_id=p3.id, label="заказ"),
        ),
    )
    other = Process(code="Б1", name="Новый процесс продаж", x=0, y=0)
    to_be = ProcessMap(name="Маркетинг (цель)", kind=MapKind.TO_BE, processes=(other,))
    return Project(name="Пример", people=(ivanov, petrova), maps=(as_is, to_be))


def type_text(widget, text: str) -> None:
    """Type ``text`` as key events (QTest.keyClicks cannot map Cyrillic to keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
