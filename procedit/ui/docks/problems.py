"""``ProblemsPanel``: the validator's findings of the current map as a sortable, filterable table.

Wiring (the window; ``procedit/ui/docks.py`` does this)::

    validator = LiveValidator(doc)                    # one per document, shared
    panel = ProblemsPanel(doc, validator=validator, lang=lang)
    panel.elementActivated.connect(window.show_element)   # (map_id, element_id) on click
    panel.countsChanged.connect(status_bar_update)    # (errors, warnings, infos) of the shown map
    panel.set_map(scene.map_id)                       # when the shown map changes
    validator.subscribe(lambda maps: scene.set_findings(validator.by_element(scene.map_id)))
    panel.detach()                                    # before dropping the document

Without ``validator`` the panel makes its own LiveValidator for ``doc`` (and closes it in
``detach``). For map-level findings (the map splits into parts, one owner owns too much)
``element_id`` is the map's id.
Or, without a document, feed it yourself: ``panel.set_findings(list_of_findings)``.
Column headers and filter labels are Qt-translated (context "ProblemsPanel", see
README, "Translations"). Rule titles, messages, principle and severity names come from
``procedit.validation`` in the panel's ``lang`` (the CLI needs them without Qt).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Document
from procedit.model import Severity
from procedit.validation import PRINCIPLE_TITLES, PRINCIPLES, SEVERITY_RANK, Finding, LiveValidator

from .table_rows import RowsFilter, RowsModel

CONTEXT = "ProblemsPanel"
COLUMNS = (  # English source strings; translated when shown
    QT_TRANSLATE_NOOP("ProblemsPanel", "Severity"),
    QT_TRANSLATE_NOOP("ProblemsPanel", "Element"),
    QT_TRANSLATE_NOOP("ProblemsPanel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemsPanel", "Principle"),
    QT_TRANSLATE_NOOP("ProblemsPanel", "Details"),
)
COL_SEVERITY, COL_ELEMENT, COL_RULE, COL_PRINCIPLE, COL_MESSAGE = range(5)
SEVERITY_MARKS = {Severity.ERROR: "●", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
SEVERITY_COLORS = {Severity.ERROR: "#c62828", Severity.WARNING: "#b26a00", Severity.INFO: "#1f5fa8"}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def ui_language() -> str:
    """ "ru" or "en": the window sets the default QLocale to the chosen UI language."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


class FindingsModel(RowsModel):
    context = CONTEXT
    columns = COLUMNS

    def __init__(self, panel: ProblemsPanel):
        super().__init__(panel)
        self._panel = panel
        self.rows: list[Finding] = []

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        col = index.column()
        lang = self._panel.lang
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEVERITY:
                return f"{SEVERITY_MARKS[f.severity]} {f.severity_title(lang)}"
            if col == COL_ELEMENT:
                return f.element_name
            if col == COL_MESSAGE:
                return f.message(lang)
            if col == COL_PRINCIPLE:
                return f.principle_title(lang)
            return f.title(lang)
        if role == SORT_ROLE:
            if col == COL_SEVERITY:
                return SEVERITY_RANK[f.severity]
            if col == COL_PRINCIPLE:
                return PRINCIPLES.index(f.principle)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return QBrush(QColor(SEVERITY_COLORS[f.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.title(lang)}\n{f.message(lang)}"
        return None


class FindingsFilter(RowsFilter):
    """Keeps the rows of the chosen severity and principle that contain the search text."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.severity: Severity | None = None
        self.principle: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, severity: Severity | None, principle: str | None, text: str) -> None:
        def change() -> None:
            self.severity, self.principle, self.text = severity, principle, text.strip().casefold()

        self.refilter(change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        f = model.rows[row]
        if self.severity is not None and f.severity != self.severity:
            return False
        if self.principle is not None and f.principle != self.principle:
            return False
        if self.text:
            lang = model._panel.lang
            haystack = f"{f.element_name}\n{f.message(lang)}\n{f.title(lang)}".casefold()
            return self.text in haystack
        return True


class ProblemsPanel(QWidget):
    """The findings of the shown map: filter by severity, principle and text; click to go there."""

    elementActivated = Signal(str, str)  # (map id, element id)
    countsChanged = Signal(int, int, int)  # errors, warnings, infos of the shown map

    def __init__(
        self,
        doc: Document | None = None,
        parent: QWidget | None = None,
        *,
        validator: LiveValidator | None = None,
        lang: str | None = None,
    ):
        super().__init__(parent)
        self.lang = lang or ui_language()
        self.doc = doc
        self._own_validator = validator is None and doc is not None
        self._detached = False
        self.validator: LiveValidator | None = validator or (LiveValidator(doc) if doc is not None else None)
        self.map_id: str | None = doc.map_ids()[0] if doc is not None and doc.map_ids() else None
        self._unsubscribe = (
            self.validator.subscribe(self._on_findings) if self.validator is not None else None
        )

        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.severity_box = QComboBox(self)
        self.severity_box.addItem(self.tr("All severities"), None)
        for sev, label in (
            (Severity.ERROR, self.tr("Errors")),
            (Severity.WARNING, self.tr("Warnings")),
            (Severity.INFO, self.tr("Notes")),
        ):
            self.severity_box.addItem(label, sev.value)
        self.principle_box = QComboBox(self)
        self.principle_box.addItem(self.tr("All principles"), None)
        for principle in PRINCIPLES:
            titles = PRINCIPLE_TITLES[principle]
            self.principle_box.addItem(titles.get(self.lang) or titles["en"], principle)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by text…"))
        self.search.setClearButtonEnabled(True)
        self.counts_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_SEVERITY, 150)
        header.resizeSection(COL_ELEMENT, 230)
        header.resizeSection(COL_RULE, 260)
        header.resizeSection(COL_PRINCIPLE, 200)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.severity_box)
        bar.addWidget(self.principle_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.counts_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(self)  # the whole message of the current row
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        self.severity_box.currentIndexChanged.connect(self._apply_filter)
        self.principle_box.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        # the findings of an edit are current in < 1 ms: show them within a frame (one refresh
        # for the edits of that frame; 50 ms lagged ~3 frames behind the typing)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(16)
        self._refresh_timer.timeout.connect(self.refresh)
        self._update_counts()
        if self.validator is not None:
            QTimer.singleShot(0, self, self.refresh)  # after the window has painted; never once deleted

    # ------------------------------------------------------------------ feeding
    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show these findings (replacing the table; the scroll position and current row stay)."""
        findings = list(findings)
        if findings == self.model.rows:
            return
        current = (
            self.proxy.data(self.table.currentIndex(), FINDING_ROLE)
            if self.table.currentIndex().isValid()
            else None
        )
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(findings)
        self.detail.clear()
        if current is not None and current in findings:
            source = self.model.index(findings.index(current), 0)
            self.table.setCurrentIndex(self.proxy.mapFromSource(source))
        self.table.verticalScrollBar().setValue(scroll)
        self._update_counts()

    def findings(self) -> list[Finding]:
        return list(self.model.rows)

    def visible_findings(self) -> list[Finding]:
        """The rows as shown: filtered and sorted."""
        return [self.proxy.data(self.proxy.index(r, 0), FINDING_ROLE) for r in range(self.proxy.rowCount())]

    def set_map(self, map_id: str) -> None:
        """Show the findings of another map (document-driven mode)."""
        self.map_id = map_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the validator's findings of the shown map (document-driven mode)."""
        if self.validator is not None and self.map_id is not None and not self._detached:
            self.set_findings(self.validator.findings_for(self.map_id))

    def detach(self) -> None:
        """Stop following the document (call before dropping it)."""
        self._detached = True  # the deferred first refresh, if still queued, does nothing
        self._refresh_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._own_validator and self.validator is not None:
            self.validator.close()

    def _on_findings(self, map_ids: frozenset[str]) -> None:
        if self.map_id in map_ids and not self._refresh_timer.isActive():
            self._refresh_timer.start()  # not restarted: a long burst still shows every frame

    # ------------------------------------------------------------------ filtering, activation
    def set_severity_filter(self, severity: Severity | str | None) -> None:
        value = Severity(severity).value if severity is not None else None
        self.severity_box.setCurrentIndex(max(0, self.severity_box.findData(value)))

    def set_principle_filter(self, principle: str | None) -> None:
        self.principle_box.setCurrentIndex(max(0, self.principle_box.findData(principle)))

    def _apply_filter(self) -> None:
        sev = self.severity_box.currentData()
        self.proxy.set_filter(
            Severity(sev) if sev else None, self.principle_box.currentData(), self.search.text()
        )
        self._update_counts()

    def _activate(self, index: QModelIndex) -> None:
        f = self.proxy.data(index, FINDING_ROLE)
        if isinstance(f, Finding):
            self.elementActivated.emit(f.map_id, f.element_id)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        f = self.proxy.data(current, FINDING_ROLE) if current.isValid() else None
        self.detail.setText(f"{f.element_name}: {f.message(self.lang)}" if isinstance(f, Finding) else "")

    def _update_counts(self) -> None:
        rows = self.model.rows
        n = {sev: 0 for sev in Severity}
        for f in rows:
            n[f.severity] += 1
        if not rows:
            text = self.tr("No problems found")
        else:
            text = self.tr("{errors} errors, {warnings} warnings, {infos} notes").format(
                errors=n[Severity.ERROR], warnings=n[Severity.WARNING], infos=n[Severity.INFO]
            )
            shown = self.proxy.rowCount()
            if shown != len(rows):
                text += " · " + self.tr("Shown: {shown} of {total}").format(shown=shown, total=len(rows))
        self.counts_label.setText(text)
        self.countsChanged.emit(n[Severity.ERROR], n[Severity.WARNING], n[Severity.INFO])
