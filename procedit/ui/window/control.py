"""What the window adds for control: the Criteria dock, View ▸ Criteria Marks and
File ▸ Import ▸ Criteria Actuals… (kept here so that the main window only installs it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from procedit.ui import settings


class ControlUi:
    def __init__(self, window: Any):
        self.window = window
        self.dock = window._dock(
            "criteria_dock",
            QCoreApplication.translate("ControlUi", "Criteria"),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        window.tabifyDockWidget(window.problems_dock, self.dock)
        window.problems_dock.raise_()
        # its tab chosen: the panel (hidden behind another tab, it kept no rows) makes them
        self.dock.visibilityChanged.connect(self._dock_shown)
        window.menus["panels"].insertAction(window.toolbar.toggleViewAction(), self.dock.toggleViewAction())
        self.marks = QAction(QCoreApplication.translate("ControlUi", "Criteria &Marks"), window)
        self.marks.setObjectName("kpi_marks")
        self.marks.setCheckable(True)
        self.marks.setChecked(settings.kpi_marks_visible() if window.persist else True)
        self.marks.setToolTip(
            QCoreApplication.translate("ControlUi", "Mark processes whose criteria miss their targets")
        )
        self.marks.toggled.connect(self._marks_toggled)
        view = window.menus["view"]
        badges = window.actions.badges
        actions = view.actions()
        after = (
            actions[actions.index(badges) + 1]
            if badges in actions and actions.index(badges) + 1 < len(actions)
            else None
        )
        view.insertAction(after, self.marks)
        self.import_action = QAction(
            QCoreApplication.translate("ControlUi", "Criteria &Actuals (CSV, Excel)…"), window
        )
        self.import_action.setObjectName("import_actuals")
        self.import_action.setToolTip(
            QCoreApplication.translate("ControlUi", "Import actual values of criteria from a CSV or XLSX table")
        )
        self.import_action.triggered.connect(self.import_actuals)
        # in File ▸ Import, after the maps and processes
        window.menus.get("import", window.menus["file"]).addAction(self.import_action)

    # ------------------------------------------------------------ per document
    def attach(self, panels: Any) -> None:
        old = self.dock.widget()
        self.dock.setWidget(panels.criteria)
        if old is not None and old is not panels.criteria:
            old.deleteLater()
        self.window.scene.set_kpi_marks_visible(self.marks.isChecked())

    def _dock_shown(self, visible: bool) -> None:
        panel = self.dock.widget()
        if visible and hasattr(panel, "shown"):
            panel.shown()

    def _marks_toggled(self, visible: bool) -> None:
        if self.window.persist:
            settings.set_kpi_marks_visible(visible)
        if self.window.scene is not None:
            self.window.scene.set_kpi_marks_visible(visible)

    def import_actuals(self) -> None:
        from procedit.ui.dialogs.import_actuals import import_actuals

        w = self.window
        if w.doc is not None:
            import_actuals(w, w.doc, w.map_id, w.push, w.lang)
