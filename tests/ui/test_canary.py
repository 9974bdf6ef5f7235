"""Canary: the installed PySide6 must not leak references to None on void Qt calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every such call and the
interpreter aborts after a few thousand of them (the canvas makes that many on a drag);
pyproject.toml pins 6.11 there. This test fails loudly if a broken build slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


def test_void_qt_calls_do_not_leak_none_references(qtbot):
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 100, 50)
    scene.addItem(item)
    pen = QPen(QColor("black"))
    before = sys.getrefcount(None)
    for i in range(20_000):
        item.setPos(i % 500, i % 300)
        if i % 10 == 0:
            item.update()
            item.setPen(pen)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 20,000 Qt calls"
