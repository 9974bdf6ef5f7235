"""The Criteria dock's order and filters: what a header click and the filter boxes show.

The reference is the dock as it was built first (issue 14): a QSortFilterProxyModel sorting
by these keys (a stable sort of the map's order) and keeping the rows the filters accept.
The dock must show the same rows in the same order whatever does the sorting.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from procedit.commands import Document, History, set_item_fields
from procedit.control import Status, target_of
from procedit.control.periods import MONTH, containing
from procedit.control.status import STATUS_RANK
from procedit.model import Criterion, MapKind, Measurement, Person, Process, ProcessMap, Project
from procedit.ui.docks.criteria import CriteriaPanel
from procedit.ui.docks.criteria_model import ROW_ROLE, STATUS_MARKS
from procedit.ui.docks.table_rows import RowsFilter

SORT = Qt.ItemDataRole.UserRole + 50


def _months(n: int, back: int = 0) -> list[str]:
    p = containing(MONTH, dt.date.today() - dt.timedelta(days=20)).previous()
    for _ in range(back):
        p = p.previous()
    out = []
    for _ in range(n):
        out.append(p.text)
        p = p.previous()
    return out[::-1]


def varied_project() -> Project:
    """Criteria of every status, owners and none, equal names and values (ties), odd targets."""
    people = tuple(Person(id=f"person_{k}", name=n) for k, n in enumerate(("Анна", "борис", "Борис", "Zoe")))
    targets = ("≥ 100", "≤ 5", "≥ 100", "как-нибудь", "", "50–80", "≥ 100")
    names = ("Лиды", "лиды", "NPS", "Стоимость", "лиды", "Брак", "")
    series = (
        (),
        (90,),
        (80, 85, 90),
        (120, 110, 110),
        (4, 6),
        (3, 3),
        (60, 70, 81),
        (100, 99),
        (101, 101),
    )
    processes = []
    k = 0
    for i in range(26):
        crits = []
        for j in range(1 + i % 3):
            vals = series[k % len(series)]
            stale = k % 5 == 0
            periods = _months(len(vals), back=4 if stale else 0)
            crits.append(
                Criterion(
                    id=f"crit_{i}_{j}",
                    name=names[k % len(names)],
                    target=target_of(targets[k % len(targets)]),
                    period="месяц",
                    actuals=tuple(Measurement(period=p, value=v) for p, v in zip(periods, vals, strict=True)),
                )
            )
            k += 1
        processes.append(
            Process(
                id=f"proc_{i}",
                code=f"П-{i % 7}",
                name=("Продажи", "продажи", "Закупки", "Склад")[i % 4],
                owner_id=None if i % 5 == 4 else people[i % 4].id,
                criteria=tuple(crits),
                x=i * 200,
            )
        )
    pmap = ProcessMap(id="map_1", name="Карта", kind=MapKind.TO_BE, processes=tuple(processes))
    return Project(name="Порядок", people=people, maps=(pmap,))


# ------------------------------------------------------------------ the reference (issue 14's dock)
def _old_key(r, col: int, lang: str):
    if col == 4:
        return STATUS_RANK[r.status]
    if col == 3:
        last = r.judgement.last
        return last.value if last is not None else float("-inf")
    if col == 5:
        return {"up": 2, "flat": 1, "down": 0}.get(r.judgement.trend or "", -1)
    text = {
        0: lambda: r.process_title,
        1: lambda: r.criterion.name or "—",
        2: lambda: r.target_text(lang) or "—",
        6: lambda: r.owner,
    }[col]()
    return str(text).casefold()


def _old_accepts(r, statuses, owner, text) -> bool:
    if statuses is not None and r.status not in statuses:
        return False
    if owner is not None and r.process.owner_id != owner:
        return False
    if text:
        return text in f"{r.process_title}\n{r.criterion.name}\n{r.owner}".casefold()
    return True


class Reference(RowsFilter):
    """Issue 14's dock: Qt's proxy over the rows in map order, sorting by these keys (Qt's
    sort is stable on the order shown before) and keeping the rows the filters accept."""

    def __init__(self, rows, lang="ru"):
        super().__init__(None)
        self.rows = list(rows)
        self.statuses, self.owner, self.text = None, None, ""
        self.source = QStandardItemModel(len(self.rows), 7)
        for k, r in enumerate(self.rows):
            for col in range(7):
                item = QStandardItem()
                item.setData(_old_key(r, col, lang), SORT)
                self.source.setItem(k, col, item)
        self.setSourceModel(self.source)
        self.setSortRole(SORT)

    def set_filter(self, statuses, owner, text) -> None:
        def change() -> None:
            self.statuses, self.owner, self.text = statuses, owner, text.strip().casefold()

        self.refilter(change)

    def filterAcceptsRow(self, row, parent) -> bool:
        return _old_accepts(self.rows[row], self.statuses, self.owner, self.text)

    def shown(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.rowCount()):
            r = self.rows[self.mapToSource(self.index(i, 0)).row()]
            out.append((r.process.id, r.criterion.id))
        return out


def shown(panel) -> list[tuple[str, str]]:
    view = panel.table.model()
    rows = [view.index(i, 0).data(ROW_ROLE) for i in range(view.rowCount())]
    return [(r.process.id, r.criterion.id) for r in rows]


@pytest.fixture
def panel(qtbot):
    doc = Document(varied_project())
    panel = CriteriaPanel(doc, lang="ru")
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    panel.refresh()
    yield panel
    panel.detach()


def _click_header(qtbot, panel, col: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_project_has_every_status_and_ties(panel):
    statuses = {r.status for r in panel.model.rows}
    assert {Status.MET, Status.MISSED, Status.STALE, Status.NO_DATA, Status.NO_TARGET} <= statuses
    assert len(panel.model.rows) == 51


def test_first_shown_worst_first_as_before(panel):
    ref = Reference(panel.model.rows)
    ref.sort(4, Qt.SortOrder.AscendingOrder)
    assert panel.table.horizontalHeader().sortIndicatorSection() == 4
    assert shown(panel) == ref.shown()


def test_a_header_click_sorts_by_each_column_both_ways_as_before(panel, qtbot):
    header = panel.table.horizontalHeader()
    ref = Reference(panel.model.rows)
    ref.sort(4, Qt.SortOrder.AscendingOrder)
    for col in (*range(7), 4, 0, 2, 6, 1):  # (ties keep the order shown before, as Qt's sort did)
        seen = set()
        for _ in range(2):
            _click_header(qtbot, panel, col)
            assert header.sortIndicatorSection() == col
            order = header.sortIndicatorOrder()
            seen.add(order)
            ref.sort(col, order)
            assert shown(panel) == ref.shown(), (col, order)
        assert seen == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}


def test_filters_keep_the_same_rows_in_the_same_order(panel, qtbot):
    """The rows the filters keep, in the order of the sorts chosen (Qt's proxy placed rows of
    equal keys that a filter brought back by the path of filter changes: the reference is the
    proxy given the filters first, then the same sorts)."""
    rows = panel.model.rows
    texts = ("", "лид", "БОРИС", "п-3")
    sorts = [(4, Qt.SortOrder.AscendingOrder)]
    for col, order in (
        (4, Qt.SortOrder.AscendingOrder),
        (1, Qt.SortOrder.DescendingOrder),
        (3, Qt.SortOrder.AscendingOrder),
    ):
        panel.table.sortByColumn(col, order)
        sorts.append((col, order))
        for s in range(panel.status_box.count()):
            panel.status_box.setCurrentIndex(s)
            key = panel.status_box.currentData() or ""
            statuses = frozenset(Status(k) for k in key.split(",")) if key else None
            for o in (0, 1, 3):
                panel.owner_box.setCurrentIndex(o)
                owner = panel.owner_box.currentData()
                for text in texts:
                    panel.search.setText(text)
                    ref = Reference(rows)
                    ref.set_filter(statuses, owner, text)
                    for sort in sorts:
                        ref.sort(*sort)
                    expected = ref.shown()
                    assert shown(panel) == expected, (col, order, key, owner, text)
                    assert panel.summary.text().startswith(f"{len(expected)} ")
    panel.search.clear()
    panel.status_box.setCurrentIndex(0)
    panel.owner_box.setCurrentIndex(0)
    assert len(shown(panel)) == len(rows)


def test_the_shown_texts_and_the_click_are_the_rows(panel, qtbot):
    view = panel.table.model()
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    r = view.index(0, 0).data(ROW_ROLE)
    assert view.index(0, 0).data() == r.process_title
    assert view.index(0, 4).data().startswith(STATUS_MARKS[r.status])
    with qtbot.waitSignal(panel.elementActivated) as signal:
        panel.table.clicked.emit(view.index(0, 2))
    assert signal.args == ["map_1", r.process.id]


def test_the_selection_follows_its_row_through_sorting_filtering_and_edits(panel):
    view = panel.table.model()
    panel.table.selectRow(5)
    chosen = view.index(5, 0).data(ROW_ROLE)
    key = (chosen.process.id, chosen.criterion.id)

    def current():
        r = panel.table.currentIndex().data(ROW_ROLE)
        return (r.process.id, r.criterion.id) if r is not None else None

    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert current() == key
    panel.search.setText(chosen.criterion.name or chosen.process.name)
    assert current() == key
    panel.search.clear()
    assert current() == key
    # an edit that changes the row's status moves it to its place, still chosen
    panel.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    crit = next(c for c in panel.doc.get(key[0]).criteria if c.id == key[1])
    periods = _months(2)
    fixed = (Measurement(period=periods[0], value=1), Measurement(period=periods[1], value=1000))
    History(panel.doc).push(set_item_fields(panel.doc, key[0], "criteria", key[1], {"actuals": fixed}))
    panel.refresh()
    assert current() == key and crit is not None
    ranks = [STATUS_RANK[panel.table.model().index(i, 0).data(ROW_ROLE).status] for i in range(51)]
    assert ranks == sorted(ranks)
