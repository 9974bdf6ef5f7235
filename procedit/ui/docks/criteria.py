"""The Criteria dock: every criterion of the shown map with its target, latest actual, status
and trend; sort by any column, filter by status, owner and text; a click goes to the
process; the chart below (pyqtgraph) shows the selected criterion's values against its target.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Change, Document, add_item
from procedit.control import Status
from procedit.control.report import KpiRow, grace_days_of, kpi_rows, plan_action, process_rows
from procedit.model import Process

from .criteria_model import COL_STATUS, COL_TREND, ROW_ROLE, STATUS_OF, CriteriaModel, SparklineDelegate
from .problems import ui_language

REFRESH_MS = 150


class CriteriaPanel(QWidget):
    elementActivated = Signal(str, str)  # (map id, process id)

    def __init__(
        self, doc: Document, push: Any = None, lang: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.doc = doc
        self.push = push
        self.lang = lang or ui_language()
        self.map_id: str | None = doc.map_ids()[0] if doc.map_ids() else None
        self.today = dt.date.today()
        self._dirty = True
        self._edited: set[str] | None = None  # the elements edited since the rows were made (None: all)
        self._at: dict[str, list[int]] = {}  # process id -> its rows
        self._missed = 0  # how many rows miss
        self._chart: Any = None
        self.model = CriteriaModel(self, self.lang)  # sorts and filters its rows itself

        self.status_box = QComboBox(self)
        self.status_box.setAccessibleName(self.tr("Status filter"))
        for label, statuses in (
            (self.tr("All statuses"), ""),
            (self.tr("Not met (missed or warning)"), "missed,warning"),
            (self.tr("Missed"), "missed"),
            (self.tr("Warning"), "warning"),
            (self.tr("Stale"), "stale"),
            (self.tr("No data"), "no_data,no_target"),
            (self.tr("Met"), "met"),
        ):
            self.status_box.addItem(label, statuses)
        self.owner_box = QComboBox(self)
        self.owner_box.setAccessibleName(self.tr("Owner filter"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by process or criterion"))
        self.search.setClearButtonEnabled(True)
        for w in (self.status_box, self.owner_box):
            w.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COL_TREND, SparklineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((190, 220, 90, 120, 110, 90, 140)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chart())

        self.chart_host = QWidget(self)
        chart_box = QVBoxLayout(self.chart_host)
        chart_box.setContentsMargins(0, 0, 0, 0)
        self.chart_title = QLabel(self.tr("Select a criterion to see its values against the target."), self)
        self.chart_title.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan a corrective action"), self)
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self._plan)
        top = QHBoxLayout()
        top.addWidget(self.chart_title, 1)
        top.addWidget(self.plan_button)
        chart_box.addLayout(top)

        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.status_box)
        bar.addWidget(self.owner_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.summary)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.chart_host)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = doc.subscribe(self._changed)

    # ------------------------------------------------------------ refreshing
    def set_map(self, map_id: str) -> None:
        self.map_id = map_id
        self._changed()

    def _changed(self, change: Change | None = None) -> None:
        """A map element edited re-judges its own rows only; anything else, every row."""
        if change is None or change.project or change.maps:
            self._edited = None  # people's names, the grace period, the map itself: all rows
        elif self._edited is not None:
            self._edited |= change.ids
        self._dirty = True
        if self.on_screen():
            self._timer.start()

    def on_screen(self) -> bool:
        """Whether the user can see the rows: Qt keeps a dock that is a tab behind another one
        (the Criteria tab behind Problems, as a window opens) visible, moved off-screen;
        judging every criterion for it (seconds at 5,000 processes) waits until it is shown."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown()

    def shown(self) -> None:
        """Shown (or its dock tab chosen): the rows are made after the frame that shows it, so
        that the window's first frame and a tab switch paint at once."""
        if self._dirty:
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self._dirty and self.on_screen():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._timer.stop()
        edited, self._edited = self._edited, set()
        today = dt.date.today()
        if today != self.today:  # a window left open past midnight: stale data, as the checks judge it
            self.today, edited = today, None
        if self.map_id is None or not self.doc.has_map(self.map_id):
            self.model.set_rows([])
            self._at = {}
            self._missed = 0
            return
        current = self._current()
        if edited is not None and self._update(edited, current):
            return
        key = (current.process.id, current.criterion.id) if current is not None else None
        project = self.doc.header.with_(maps=(self.doc.map(self.map_id),))
        self.model.set_rows(kpi_rows(project, self.map_id, self.today))
        at: dict[str, list[int]] = {}  # (the rows are in the map's order, a process's together)
        k = 0
        for p in project.maps[0].processes:
            if n := len(p.criteria):
                at[p.id] = list(range(k, k + n))
                k += n
        self._at, self._missed = at, list(map(STATUS_OF, self.model.rows)).count(Status.MISSED)
        self._fill_owners()
        self._count()
        if key is not None:
            row = self.model.position_of(key)
            if row is not None:
                self.table.selectRow(row)
        self._show_chart()

    def _update(self, edited: set[str], current: KpiRow | None) -> bool:
        """Re-judge the rows of the processes ``edited`` in place; False when that cannot do
        (a process or a criterion added, removed or moved: every row is made again)."""
        map_id = self.map_id
        header = self.doc.map_header(map_id)  # type: ignore[arg-type]
        names: dict[str, str] | None = None
        rows = self.model.rows
        new: dict[int, KpiRow] = {}
        owners = False
        for elem_id in edited:
            p = self.doc.get(elem_id)
            at = self._at.get(elem_id, [])
            if not isinstance(p, Process) or self.doc.map_of(elem_id) != map_id:
                if at:
                    return False  # a process with criteria left the map
                continue
            if [rows[k].criterion.id for k in at] != [c.id for c in p.criteria]:
                return False
            if not at or rows[at[0]].process is p:
                continue
            if names is None:
                names = {person.id: person.name for person in self.doc.header.people}
            owners |= rows[at[0]].process.owner_id != p.owner_id
            grace = grace_days_of(self.doc.header)
            new.update(zip(at, process_rows(header, p, names, self.today, grace), strict=True))
        if new:
            self._missed += sum(r.status == Status.MISSED for r in new.values()) - sum(
                rows[k].status == Status.MISSED for k in new
            )
            self.model.replace_rows(new)
            if owners:
                self._fill_owners()
            self._count()
            if current is not None and (current.process.id, current.criterion.id) in {
                (r.process.id, r.criterion.id) for r in new.values()
            }:
                self._show_chart()
        return True

    def _fill_owners(self) -> None:
        chosen = self.owner_box.currentData()
        rows = self.model.rows
        firsts = (rows[at[0]] for at in self._at.values() if at)  # (a process's rows share its owner)
        owners = sorted({(r.owner, r.process.owner_id) for r in firsts if r.process.owner_id})
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("All owners"), None)
        for name, pid in owners:
            self.owner_box.addItem(name or "…", pid)
        index = self.owner_box.findData(chosen)
        self.owner_box.setCurrentIndex(max(index, 0))
        self.owner_box.blockSignals(False)

    def _apply_filter(self) -> None:
        key = self.status_box.currentData() or ""
        statuses = frozenset(Status(k) for k in key.split(",")) if key else None
        self.model.set_filter(statuses, self.owner_box.currentData(), self.search.text())
        self._count()

    def _count(self) -> None:
        missed = self._missed
        self.summary.setText(
            self.tr("%1 of %2 shown, %3 missed")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self.model.rows)))
            .replace("%3", str(missed))
        )

    # ------------------------------------------------------------ choosing
    def _current(self) -> KpiRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _clicked(self, index) -> None:
        r = index.data(ROW_ROLE)
        if r is not None:
            self.elementActivated.emit(r.map_id, r.process.id)

    def _plan(self) -> None:
        r = self._current()
        if r is None or self.push is None:
            return
        action = plan_action(r.process, r.criterion, r.judgement, self.lang, self.today)
        self.push(
            add_item(self.doc, r.process.id, "actions", action, label=self.tr("Plan a corrective action"))
        )
        self.elementActivated.emit(r.map_id, r.process.id)

    def _show_chart(self) -> None:
        r = self._current()
        self.plan_button.setEnabled(
            r is not None
            and self.push is not None
            and r.judgement.last_result in (Status.MISSED, Status.WARNING)
        )
        if r is None:  # nothing chosen (another map, a filter): no chart of a criterion not listed
            self.chart_title.setText(self.tr("Select a criterion to see its values against the target."))
            if self._chart is not None:
                self._chart.clear()
            return
        self.chart_title.setText(f"{r.process_title} — {r.criterion.name} ({r.target_text(self.lang)})")
        if not r.judgement.points:
            if self._chart is not None:
                self._chart.clear()
            return
        from .criteria_chart import TrendChart  # pyqtgraph is loaded with the first chart

        if self._chart is None:
            self._chart = TrendChart(self.chart_host)
            self.chart_host.layout().addWidget(self._chart, 1)
        self._chart.show_row(r, self.lang)

    def detach(self) -> None:
        self._timer.stop()
        self._unsubscribe()
