"""The validation rules of a project: switch each on or off, choose its severity, set thresholds.

Wiring (the window, e.g. a "Map → Validation Rules…" action)::

    from procedit.ui.dialogs.rule_settings import edit_rule_settings
    edit_rule_settings(window, doc, push)      # one undoable "Change validation rules" command

The dialog is built from ``procedit.validation.RULES`` (id, principle, default severity,
titles) and edits a ``ValidationConfig`` (saved in the project file). Its own labels are
Qt-translated (context "RuleSettingsDialog"); rule, principle and severity names come from
``procedit.validation`` in the dialog's ``lang``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procedit.commands import Command, Document, SetProjectFields
from procedit.model import RuleConfig, Severity, ValidationConfig
from procedit.validation import PRINCIPLE_TITLES, PRINCIPLES, RULES, SEVERITY_TITLES
from procedit.validation.context import DEFAULT_PARAMS

COL_ON, COL_RULE, COL_PRINCIPLE, COL_SEVERITY = range(4)
DEFAULT_OWNER_SHARE = 0.5


def _language() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def _title(titles: dict[str, str], lang: str) -> str:
    return titles.get(lang) or titles["en"]


class RuleSettingsDialog(QDialog):
    def __init__(self, config: ValidationConfig, parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        self.lang = lang or _language()
        self._base = config
        self.setWindowTitle(self.tr("Validation Rules"))
        self.resize(760, 620)

        self.rules = sorted(RULES.values(), key=lambda r: PRINCIPLES.index(r.principle))
        self.table = QTableWidget(len(self.rules), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Rule"), self.tr("Principle"), self.tr("Severity")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_ON, COL_PRINCIPLE, COL_SEVERITY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.severity_boxes: dict[str, QComboBox] = {}
        for row, r in enumerate(self.rules):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setData(Qt.ItemDataRole.UserRole, r.id)
            self.table.setItem(row, COL_ON, on)
            title = QTableWidgetItem(r.title_for(self.lang))
            title.setToolTip(r.id)
            self.table.setItem(row, COL_RULE, title)
            self.table.setItem(
                row, COL_PRINCIPLE, QTableWidgetItem(_title(PRINCIPLE_TITLES[r.principle], self.lang))
            )
            box = QComboBox(self.table)
            default = _title(SEVERITY_TITLES[r.severity], self.lang).lower()
            box.addItem(self.tr("Default ({0})").format(default), None)
            for sev in Severity:
                box.addItem(_title(SEVERITY_TITLES[sev], self.lang), sev.value)
            self.table.setCellWidget(row, COL_SEVERITY, box)
            self.severity_boxes[r.id] = box

        self.owner_share = QDoubleSpinBox(self)
        self.owner_share.setRange(10, 100)
        self.owner_share.setDecimals(0)
        self.owner_share.setSuffix(" %")
        self.owner_share.setToolTip(
            self.tr("A note when one person owns more than this share of a map with 4 or more processes.")
        )
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Owner share threshold:")), self.owner_share)
        # the control rules' parameters (whole numbers), with the validator's defaults
        self.int_params: dict[str, QSpinBox] = {}
        for key, label, tip, low, high in (
            (
                "missed_periods_running",
                self.tr("Missed periods running for an error:"),
                self.tr("A criterion missed this many periods in a row is an error (missed once: a warning)."),
                2,
                24,
            ),
            (
                "stale_grace_days",
                self.tr("Days until a period's value is due:"),
                self.tr("A criterion's data is stale when the value of a period that ended this many days ago is missing."),
                0,
                365,
            ),
        ):
            spin = QSpinBox(self)
            spin.setRange(low, high)
            spin.setToolTip(tip)
            form.addRow(QLabel(label), spin)
            self.int_params[key] = spin

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.defaults_button = QPushButton(self.tr("Restore Defaults"), self)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(lambda: self._show(ValidationConfig()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show(config)

    def _show(self, config: ValidationConfig) -> None:
        for row, r in enumerate(self.rules):
            cfg = config.rules.get(r.id, RuleConfig())
            on = Qt.CheckState.Checked if cfg.enabled else Qt.CheckState.Unchecked
            self.table.item(row, COL_ON).setCheckState(on)
            box = self.severity_boxes[r.id]
            box.setCurrentIndex(max(0, box.findData(cfg.severity.value if cfg.severity else None)))
        share = config.params.get("owner_share", DEFAULT_OWNER_SHARE)
        self.owner_share.setValue(round(share * 100))
        for key, spin in self.int_params.items():
            spin.setValue(int(config.params.get(key, DEFAULT_PARAMS[key])))

    def set_rule(
        self, rule_id: str, *, enabled: bool | None = None, severity: Severity | str | None = ""
    ) -> None:
        """Set a rule's row as a user would (``severity=None``: the rule's default)."""
        row = next(i for i, r in enumerate(self.rules) if r.id == rule_id)
        if enabled is not None:
            state = Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
            self.table.item(row, COL_ON).setCheckState(state)
        if severity != "":
            box = self.severity_boxes[rule_id]
            box.setCurrentIndex(box.findData(Severity(severity).value if severity else None))

    def config(self) -> ValidationConfig:
        """The configuration as the dialog shows it (only non-default rule settings are kept)."""
        rules = dict(self._base.rules)
        for row, r in enumerate(self.rules):
            enabled = self.table.item(row, COL_ON).checkState() == Qt.CheckState.Checked
            sev = self.severity_boxes[r.id].currentData()
            cfg = RuleConfig(enabled=enabled, severity=Severity(sev) if sev else None)
            if cfg == RuleConfig():
                rules.pop(r.id, None)
            else:
                rules[r.id] = cfg
        params = dict(self._base.params)
        share = self.owner_share.value() / 100
        if abs(share - DEFAULT_OWNER_SHARE) < 1e-9:
            params.pop("owner_share", None)
        else:
            params["owner_share"] = share
        for key, spin in self.int_params.items():
            if spin.value() == DEFAULT_PARAMS[key]:
                params.pop(key, None)
            else:
                params[key] = float(spin.value())
        return self._base.with_(rules=rules, params=params)


def edit_rule_settings(
    parent: QWidget | None, doc: Document, push: Callable[[Command], None], *, lang: str | None = None
) -> bool:
    """Show the dialog for ``doc``'s project; on OK push one undoable command. True if changed."""
    dialog = RuleSettingsDialog(doc.header.validation, parent, lang=lang)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        config = dialog.config()
        if config == doc.header.validation:
            return False
        push(
            SetProjectFields(
                {"validation": config},
                label=QCoreApplication.translate("RuleSettingsDialog", "Change validation rules"),
            )
        )
        return True
    finally:
        dialog.deleteLater()
