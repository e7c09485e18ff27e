"""New incident: type, subtype, severity and title — by keyboard in three steps at most.

Ctrl+N opens it with the type list focused: a digit 1-8 (or arrows) picks the type, and
Enter logs it with the type's name as title; the title can be typed over first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox)

from app.incidents import SEVERITIES, incident_types, open_incident
from ui.context import AppContext


class NewIncidentDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, *, type_key: str | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.setWindowTitle(self.tr("New incident"))
        self.types = incident_types()
        self.type_list = QListWidget()
        self.type_list.setAccessibleName(self.tr("Incident type"))
        for n, t in enumerate(self.types, 1):
            item = QListWidgetItem(f"{n}  {t.name(ctx.lang)}")
            item.setData(Qt.UserRole, t.key)
            self.type_list.addItem(item)
        self.type_list.setCurrentRow(0)
        self.subtype = QComboBox()
        self.subtype.setAccessibleName(self.tr("Subtype"))
        self.severity = QComboBox()
        words = {"low": self.tr("Low"), "medium": self.tr("Medium"), "high": self.tr("High"),
                 "critical": self.tr("Critical")}
        for s in SEVERITIES:
            self.severity.addItem(words[s], s)
        self.severity.setCurrentIndex(1)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("Defaults to the type's name"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log incident"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Type (1-8)")), self.type_list)
        form.addRow(self.tr("Subtype"), self.subtype)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(buttons)
        self.type_list.currentRowChanged.connect(self._fill_subtypes)
        self.type_list.itemActivated.connect(lambda _: self.accept())
        if type_key:
            keys = [t.key for t in self.types]
            if type_key in keys:
                self.type_list.setCurrentRow(keys.index(type_key))
        self._fill_subtypes(self.type_list.currentRow())
        self.type_list.setFocus()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.types):
            self.type_list.setCurrentRow(int(text) - 1)
            return
        super().keyPressEvent(event)

    def _fill_subtypes(self, row: int) -> None:
        self.subtype.clear()
        self.subtype.addItem("—", "")
        if 0 <= row < len(self.types):
            for key, zh, en in self.types[row].subtypes:
                self.subtype.addItem(zh if self.ctx.lang.startswith("zh") else en, key)

    def selected_type(self) -> str:
        return self.types[self.type_list.currentRow()].key

    def accept(self) -> None:
        t = self.types[self.type_list.currentRow()]
        title = self.title.text().strip() or t.name(self.ctx.lang)
        try:
            self.incident_id = open_incident(
                self.ctx.db, at=self.ctx.now(), type=t.key, subtype=self.subtype.currentData(),
                severity=self.severity.currentData(), title=title)
        except Exception as exc:  # storage full, read-only file…: say so, keep the dialog
            QMessageBox.warning(self, self.tr("Incident not saved"), str(exc))
            return
        super().accept()
