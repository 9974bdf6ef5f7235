"""``ChangesPanel``: the difference between the shown map and the map it is compared with.

Three tabs: **Changes** (every difference, filtered by kind and by text; a click goes to the
element on the canvas, a double-click to the other map's element when it is in the project),
**Pairs** (which process of this map is which of the other; confirm, change or break a pair)
and, when comparing with a reference model, **Reference** (the report to hand over).
The panel shows what the window's ``CompareController`` gives it and only emits requests.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.compare import MapDiff
from procedit.compare.items import GROUPS
from procedit.compare.names import Names
from procedit.compare.reference import ReferenceReport, report_lines
from procedit.compare.report import group_title
from procedit.compare.texts import describe, value_text, what_changed

CONTEXT = "ChangesPanel"
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # (this map's element id or None, the other map's or None)
FINDINGS = "findings"
HOW = {
    "confirmed": QT_TRANSLATE_NOOP("ChangesPanel", "confirmed"),
    "id": QT_TRANSLATE_NOOP("ChangesPanel", "same element"),
    "lineage": QT_TRANSLATE_NOOP("ChangesPanel", "copied from it"),
    "code": QT_TRANSLATE_NOOP("ChangesPanel", "same code"),
    "name": QT_TRANSLATE_NOOP("ChangesPanel", "same name"),
    "similar": QT_TRANSLATE_NOOP("ChangesPanel", "similar name"),
}
MAX_COLUMN = 320  # px: long names and texts are elided; the full text is the tooltip
STATUS_COLORS = {"added": "#2e7d32", "changed": "#b26a00", "removed": "#c62828"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ChangesPanel(QWidget):
    elementActivated = Signal(str, str)  # ("this" or "other", element id)
    otherActivated = Signal(str)  # an element of the other map: show it there
    draftRequested = Signal()
    stopRequested = Signal()
    pairRequested = Signal(str, str, bool)  # (this map's process, the other's, paired)
    changePairRequested = Signal(str)  # this map's process: choose its counterpart
    keepReferenceRequested = Signal()  # add the reference model compared with to the project

    def __init__(self, lang: str = "ru", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changes_panel")
        self.lang = lang
        self.diff: MapDiff | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.draft_button = QPushButton(tr("Draft Change-Log Entry"))
        self.draft_button.setObjectName("draft_change_log")
        self.draft_button.setToolTip(
            tr("Add an entry summarising these changes to the change log (one undo step)")
        )
        self.stop_button = QPushButton(tr("Stop Comparing"))
        self.stop_button.setObjectName("stop_comparing")
        self.draft_button.clicked.connect(self.draftRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.draft_button)
        top.addWidget(self.stop_button)

        self.group = QComboBox()
        self.group.setObjectName("changes_filter")
        self.group.addItem(tr("All changes"), "")
        for group in GROUPS:
            self.group.addItem(group_title(group, lang), group)
        self.group.addItem(tr("Findings fixed and introduced"), FINDINGS)
        self.search = QLineEdit()
        self.search.setObjectName("changes_search")
        self.search.setPlaceholderText(tr("Filter by text…"))
        self.search.setClearButtonEnabled(True)
        self.group.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.group)
        filters.addWidget(self.search, 1)
        self.count = QLabel()
        filters.addWidget(self.count)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changes_tree")
        self.tree.setHeaderLabels([tr("Element"), tr("What changed"), tr("Before"), tr("After")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._activated)
        changes = QWidget()
        lay = QVBoxLayout(changes)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(filters)
        lay.addWidget(self.tree, 1)

        self.pairs = QTreeWidget()
        self.pairs.setObjectName("pairs_tree")
        self.pairs.setHeaderLabels([tr("This map"), tr("Other map"), tr("Paired by")])
        self.pairs.setRootIsDecorated(False)
        self.pairs.itemClicked.connect(self._clicked)
        self.confirm_button = QPushButton(tr("Confirm Pair"))
        self.change_button = QPushButton(tr("Change Pair…"))
        self.break_button = QPushButton(tr("Break Pair"))
        for name, button in (("confirm_pair", self.confirm_button), ("change_pair", self.change_button),
                             ("break_pair", self.break_button)):  # fmt: skip
            button.setObjectName(name)
        self.confirm_button.clicked.connect(lambda: self._pair_action("confirm"))
        self.change_button.clicked.connect(lambda: self._pair_action("change"))
        self.break_button.clicked.connect(lambda: self._pair_action("break"))
        pair_buttons = QHBoxLayout()
        for b in (self.confirm_button, self.change_button, self.break_button):
            pair_buttons.addWidget(b)
        pair_buttons.addStretch(1)
        pairs = QWidget()
        lay = QVBoxLayout(pairs)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pairs, 1)
        lay.addLayout(pair_buttons)

        self.reference = QPlainTextEdit()
        self.reference.setObjectName("reference_report")
        self.reference.setReadOnly(True)
        copy = QPushButton(tr("Copy Report"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.reference.toPlainText()))
        self.keep_reference_button = QPushButton(tr("Add to Project as Reference Map"))
        self.keep_reference_button.setObjectName("keep_reference")
        self.keep_reference_button.setToolTip(
            tr("Keep the reference model in the project: the survey report then compares the map with it")
        )
        self.keep_reference_button.clicked.connect(self.keepReferenceRequested)
        reference = QWidget()
        lay = QVBoxLayout(reference)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.reference, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_reference_button)
        buttons.addWidget(copy)
        lay.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(changes, tr("Changes"))
        self.tabs.addTab(pairs, tr("Pairs"))
        self.reference_tab = reference
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.show_diff(None)

    # ------------------------------------------------------------ content
    def show_diff(
        self,
        diff: MapDiff | None,
        other_label: str = "",
        report: ReferenceReport | None = None,
        in_project: bool = False,
    ) -> None:
        self.diff = diff
        self.tree.clear()
        self.pairs.clear()
        self.draft_button.setEnabled(diff is not None and not diff.empty)
        self.stop_button.setEnabled(diff is not None)
        if diff is None:
            self.title.setText(tr("Map ▸ Compare With… shows here what differs between two maps."))
            self.count.clear()
            self._set_reference(None)
            return
        self.title.setText(
            tr("“%1” compared with %2").replace("%1", diff.new.name).replace("%2", other_label)
        )
        lang = self.lang
        rows = []
        for d in diff.items:
            element = d.subject
            row = QTreeWidgetItem([element, what_changed(d, lang), value_text(d.before, lang, d.field),
                                   value_text(d.after, lang, d.field)])  # fmt: skip
            for column in range(4):
                row.setToolTip(column, describe(d, lang))
            row.setData(0, ID_ROLE, (d.new_id, d.old_id, d.group))
            row.setForeground(0, QBrush(QColor(STATUS_COLORS[d.status])))
            rows.append(row)
        for fixed, findings in ((True, diff.fixed), (False, diff.introduced)):
            for f in findings:
                what = tr("finding fixed") if fixed else tr("finding introduced")
                row = QTreeWidgetItem(
                    [f.element_name, what, f.message(lang) if fixed else "", "" if fixed else f.message(lang)]
                )
                row.setToolTip(2 if fixed else 3, f.message(lang))
                counterpart = diff.matching.new_of(f.element_id) if fixed else f.element_id
                row.setData(0, ID_ROLE, (counterpart, f.element_id if fixed else None, FINDINGS))
                row.setForeground(0, QBrush(QColor(STATUS_COLORS["added" if fixed else "removed"])))
                rows.append(row)
        self.tree.addTopLevelItems(rows)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), MAX_COLUMN))
        self._apply_filter()
        self._fill_pairs(diff)
        self._set_reference(report, in_project)

    def _fill_pairs(self, diff: MapDiff) -> None:
        old = {p.id: p for p in diff.old.processes}
        paired = set()
        rows = []
        for p in diff.new.processes:
            other = old.get(diff.matching.pairs.get(p.id, ""))
            how = diff.matching.how.get(p.id, "")
            text = QCoreApplication.translate(CONTEXT, HOW[how]) if how in HOW else ""
            if how == "similar":
                text += f" ({diff.matching.score[p.id]:.0%})"
            row = QTreeWidgetItem([Names.process(p), Names.process(other) if other else "—", text])
            row.setData(0, ID_ROLE, (p.id, other.id if other else None, "processes"))
            rows.append(row)
            if other:
                paired.add(other.id)
        for o in diff.old.processes:
            if o.id not in paired:
                row = QTreeWidgetItem(["—", Names.process(o), ""])
                row.setData(0, ID_ROLE, (None, o.id, "processes"))
                rows.append(row)
        self.pairs.addTopLevelItems(rows)
        for column in range(3):
            self.pairs.resizeColumnToContents(column)

    def _set_reference(self, report: ReferenceReport | None, in_project: bool = False) -> None:
        index = self.tabs.indexOf(self.reference_tab)
        self.keep_reference_button.setEnabled(not in_project)
        if report is None:
            if index >= 0:
                self.tabs.removeTab(index)
            return
        self.reference.setPlainText("\n".join(report_lines(report, self.lang)))
        if index < 0:
            self.tabs.addTab(self.reference_tab, tr("Reference"))

    def _apply_filter(self) -> None:
        group = self.group.currentData()
        needle = self.search.text().strip().casefold()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            row_group = row.data(0, ID_ROLE)[2]
            text = " ".join(row.text(c) for c in range(4)).casefold()
            hidden = (bool(group) and row_group != group) or (bool(needle) and needle not in text)
            row.setHidden(hidden)
            shown += not hidden
        total = self.tree.topLevelItemCount()
        self.count.setText(tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def visible_rows(self) -> list[QTreeWidgetItem]:
        return [
            self.tree.topLevelItem(i)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isHidden()
        ]

    # ------------------------------------------------------------ requests
    def _clicked(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        mine, other, _group = row.data(0, ID_ROLE)
        if mine:
            self.elementActivated.emit("this", mine)
        elif other:
            self.elementActivated.emit("other", other)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        _mine, other, _group = row.data(0, ID_ROLE)
        if other:
            self.otherActivated.emit(other)

    def selected_pair(self) -> tuple[str | None, str | None]:
        row = self.pairs.currentItem()
        if row is None:
            return None, None
        mine, other, _group = row.data(0, ID_ROLE)
        return mine, other

    def _pair_action(self, what: str) -> None:
        mine, other = self.selected_pair()
        if mine is None:
            return
        if what == "change":
            self.changePairRequested.emit(mine)
        elif other is not None:
            self.pairRequested.emit(mine, other, what == "confirm")
