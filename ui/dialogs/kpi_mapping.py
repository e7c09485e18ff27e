"""File → Export column names…: each platform KPI export's fields with the column names it is
known by, and the names the supervisor adds when a platform renames a column.

Names are saved at once (app/kpi_aliases.py) and used from the next import on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from app.db import WRITE_ERRORS
from app.importing.messages import format_title
from app.importing.problems import column_letter
from app.kpi_aliases import (KpiMappingError, add_header_alias, header_aliases,
                             remove_header_alias)
from app.kpi_catalog import ExportFormat, catalogue, export_formats
from app.settings import get_setting
from ui.context import AppContext
from ui.models.table import CellValue, SnapshotTableModel
from ui.storage_words import error_text
from ui.theme import error_label
from ui.views import data_table


class KpiMappingDialog(QDialog):
    """Not modal; `changed` fires after a name was added or removed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 format_key: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dialog.kpi_mapping")
        self.setWindowTitle(self.tr("Export column names"))
        self.resize(980, 640)
        self.format_box = QComboBox()
        for spec in export_formats():
            self.format_box.addItem(format_title(spec.key, ctx.lang), spec.key)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.model = SnapshotTableModel([
            self.tr("Position"), self.tr("Field"), self.tr("Unit"), self.tr("Known names"),
            self.tr("Names you added")], self)
        self.view, _ = data_table(self.model, self, name=self.tr("Fields of the export"),
                                  sortable=False, single=True)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.header_edit = QLineEdit()
        self.header_edit.setPlaceholderText(self.tr("e.g. 人工接待会话数"))
        self.header_edit.setMaxLength(100)
        self.header_edit.returnPressed.connect(self.add_alias)
        self.target_box = QComboBox()
        self.add_button = QPushButton(self.tr("Add name"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_alias)
        self.error = error_label(self.tr("Why the name was not added"))
        self.added = QListWidget()
        self.added.setAccessibleName(self.tr("Names you added for this export"))
        self.added.setMaximumHeight(84)
        self.added.currentItemChanged.connect(
            lambda item, _old: self.remove_button.setEnabled(item is not None))
        self.remove_button = QPushButton(self.tr("Remove name"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("Column name as the export writes it:"), self.header_edit)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_box, 1)
        target_row.addWidget(self.add_button)
        form.addRow(self.tr("Stands for:"), target_row)
        removal = QHBoxLayout()
        removal.addWidget(self.added, 1)
        removal.addWidget(self.remove_button, 0, Qt.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAutoDefault(False)
        top = QFormLayout()
        top.addRow(self.tr("Export:"), self.format_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Names you added for this export:")))
        layout.addLayout(removal)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        if format_key is not None:
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_key)))
        self._format_chosen()

    # -- what is shown -------------------------------------------------------------------
    def spec(self) -> ExportFormat:
        return catalogue().formats[self.format_box.currentData()]

    def target_name(self, target: str) -> str:
        words = {"day": self.tr("Day"), "store": self.tr("Store"),
                 "account": self.tr("Agent or account")}
        if target in words:
            return words[target]
        return catalogue().fields[target].name(self.ctx.lang)

    def _unit(self, target: str) -> str:
        if target in ("day", "store", "account"):
            return ""
        return {"count": self.tr("count"), "ratio": self.tr("rate (%)"),
                "yuan": self.tr("yuan"), "seconds": self.tr("duration"),
                "number": self.tr("number")}[catalogue().fields[target].unit]

    @Slot()
    def _format_chosen(self) -> None:
        spec = self.spec()
        text = self.tr("Where it comes from: %1").replace("%1", spec.source(self.ctx.lang))
        if spec.layout == "position":
            text += "\n" + self.tr(
                "Read by column position: column A is the date, then the fields in the order "
                "below. Names only help recognise the file; a renamed column is still read "
                "from its position.")
        else:
            text += "\n" + self.tr(
                "Columns are found by name, in any order. When the platform renames a column, "
                "add its new name here and import the file again.")
        self.about.setText(text)
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for target in spec.targets():
            self.target_box.addItem(self.target_name(target), target)
        self.target_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        spec = self.spec()
        mine: dict[str, list[str]] = {}
        aliases = header_aliases(self.ctx.db, spec.key)
        for alias in aliases:
            mine.setdefault(alias.field, []).append(alias.header)
        builtin: dict[str, list[str]] = {t: list(h) for t, h in spec.id_columns.items()}
        for col in spec.columns:
            builtin[col.field] = list(col.headers)
        rows = []
        for n, target in enumerate(spec.targets()):
            if spec.layout == "position":
                position = column_letter(n)  # the day is column A, the fields follow
            else:
                position = ""
            rows.append((CellValue(position), CellValue(self.target_name(target)),
                         CellValue(self._unit(target)), CellValue(" · ".join(builtin[target])),
                         CellValue(" · ".join(mine.get(target, [])))))
        self.model.update(list(spec.targets()), rows)
        self.view.setColumnHidden(0, spec.layout != "position")  # only JD has positions
        self.added.clear()
        for alias in aliases:
            item = QListWidgetItem(f"{alias.header}  →  {self.target_name(alias.field)}")
            item.setData(Qt.UserRole, alias.header)
            self.added.addItem(item)
        self.remove_button.setEnabled(False)

    @Slot()
    def _row_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.target_box.setCurrentIndex(max(0, self.target_box.findData(
                self.model.key_at(current.row()))))

    # -- changes -------------------------------------------------------------------------
    @Slot()
    def add_alias(self) -> bool:
        spec, header = self.spec(), self.header_edit.text()
        target = self.target_box.currentData()
        try:
            add_header_alias(self.ctx.db, spec.key, header, target, at=self.ctx.now(),
                             by=get_setting(self.ctx.db, "supervisor"))
        except (KpiMappingError, *WRITE_ERRORS) as exc:  # a full or read-only disk too
            self._say(exc)
            return False
        self.error.hide()
        self.header_edit.clear()
        self.status.setText(self.tr("Added: %1 → %2").replace("%1", header.strip())
                            .replace("%2", self.target_name(target)))
        self.refresh()
        self.changed.emit()
        return True

    @Slot()
    def remove_selected(self) -> bool:
        item = self.added.currentItem()
        if item is None:
            return False
        header = item.data(Qt.UserRole)
        try:
            removed = remove_header_alias(self.ctx.db, self.spec().key, header)
        except WRITE_ERRORS as exc:
            self._say(exc)
            return False
        self.error.hide()
        if removed:
            self.status.setText(self.tr("Removed: %1").replace("%1", header))
            self.refresh()
            self.changed.emit()
            return True
        return False

    def _say(self, exc: BaseException) -> None:
        self.error.setText(self._why(exc) if isinstance(exc, KpiMappingError)
                           else error_text(exc))
        self.error.show()

    def _why(self, exc: KpiMappingError) -> str:
        p = exc.params
        if exc.code == "empty":
            return self.tr("Type the column name as the export writes it.")
        if exc.code == "too_long":
            return self.tr("The name is longer than %1 characters.").replace("%1", p["max"])
        if exc.code == "control_chars":
            return self.tr("The name contains control characters.")
        if exc.code in ("builtin", "taken"):
            return (self.tr("This export already knows “%1” as %2.")
                    .replace("%1", p["header"]).replace("%2", self.target_name(p["field"])))
        return str(exc)
