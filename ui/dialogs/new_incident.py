"""New incident: type, subtype, severity, title, stores, agents, owner — by keyboard in three
interactions at most.

Ctrl+N opens it with the type list focused: a digit 1-9 or the first letters of the type's
English name (or its key) picks the type, and Enter logs it with the type's name as title
and the type's default severity. An alert opens it prefilled (an IncidentDraft).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem)

from app.floor import agent_names, store_names
from app.incident_drafts import IncidentDraft
from app.incidents import incident_types, open_incident
from app.playbooks import SEVERITIES
from app.settings import get_setting
from ui.context import AppContext
from ui.storage_words import error_text
from ui.theme import mark_error
from ui.incident_words import privacy_note, severity_words
from widgets.multi_pick import MultiPicker

PRIVATE_TYPES = ("staff_health", "floor_emotion")  # no health details in an incident


class NewIncidentDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, *, type_key: str | None = None,
                 title: str = "", draft: IncidentDraft | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.draft = draft or IncidentDraft(type=type_key, title=title)
        self.setWindowTitle(self.tr("New incident"))
        self.types = incident_types()
        self._typed = ""
        self._severity_touched = self.draft.severity is not None
        self.type_list = QListWidget()
        self.type_list.setAccessibleName(self.tr("Incident type"))
        for n, t in enumerate(self.types, 1):
            item = QListWidgetItem(f"{n}  {t.name(ctx.lang)}" if n <= 9 else t.name(ctx.lang))
            item.setData(Qt.UserRole, t.key)
            self.type_list.addItem(item)
        self.type_list.setCurrentRow(-1)  # no type until one is picked: Enter alone logs nothing
        self.type_list.setMinimumHeight(self.type_list.sizeHintForRow(0) * len(self.types) + 8)
        self.type_list.installEventFilter(self)
        self.subtype = QComboBox()
        self.subtype.setAccessibleName(self.tr("Subtype"))
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity"))
        words = severity_words()
        for s in SEVERITIES:
            self.severity.addItem(words[s], s)
        self.severity.activated.connect(self._touch_severity)
        self.title = QLineEdit(self.draft.title)
        self.title.setPlaceholderText(self.tr("Defaults to the type's name"))
        self.stores = MultiPicker(self.tr("No store"))
        self.stores.setAccessibleName(self.tr("Stores involved"))
        self.stores.set_items([(sid, name) for sid, _, name in store_names(ctx.db)])
        self.stores.set_selected(self.draft.store_ids)
        self.agents = MultiPicker(self.tr("No agent"))
        self.agents.setAccessibleName(self.tr("Agents involved"))
        self.agents.set_items([(aid, name) for aid, name, _ in agent_names(ctx.db)])
        self.agents.set_selected(self.draft.agent_ids)
        self.owner = QLineEdit(get_setting(ctx.db, "supervisor"))
        self.owner.setPlaceholderText(self.tr("Who handles it"))
        self.privacy = QLabel(privacy_note())
        self.privacy.setObjectName("PrivacyNote")
        self.privacy.setWordWrap(True)
        self.error = QLabel()
        mark_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log incident"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Type (1-%1)").replace("%1", str(min(9, len(self.types))))),
                    self.type_list)
        form.addRow(self.tr("Subtype"), self.subtype)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Stores"), self.stores)
        form.addRow(self.tr("Agents"), self.agents)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.privacy)
        form.addRow(self.error)
        form.addRow(buttons)
        self.type_list.currentRowChanged.connect(self._type_changed)
        self.type_list.itemActivated.connect(lambda _: self.accept())
        keys = [t.key for t in self.types]
        if self.draft.type in keys:
            self.type_list.setCurrentRow(keys.index(self.draft.type))
        self._type_changed(self.type_list.currentRow())
        if self.draft.severity in SEVERITIES:
            self.severity.setCurrentIndex(SEVERITIES.index(self.draft.severity))
        if self.draft.subtype:
            self.subtype.setCurrentIndex(max(0, self.subtype.findData(self.draft.subtype)))
        self.type_list.setFocus()

    # -- picking the type by keyboard ------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.type_list and event.type() == QEvent.KeyPress and \
                self._type_key(event.text()):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if not self._type_key(event.text()):
            super().keyPressEvent(event)

    def _type_key(self, text: str) -> bool:
        """A digit picks type N; letters pick the first type whose English name or key
        starts with the letters typed so far. True when the key was used."""
        if len(text) != 1:
            return False
        if text.isdigit() and 1 <= int(text) <= min(9, len(self.types)):
            self._typed = ""
            self.type_list.setCurrentRow(int(text) - 1)
            return True
        if not (text.isascii() and text.isalpha()):
            return False
        for typed in (self._typed + text.lower(), text.lower()):
            for n, t in enumerate(self.types):
                if t.label.en.lower().startswith(typed) or t.key.startswith(typed):
                    self._typed = typed
                    self.type_list.setCurrentRow(n)
                    return True
        return True  # an unknown letter is swallowed rather than searched as "1  …"

    # -- the form ----------------------------------------------------------------------------
    def _touch_severity(self) -> None:
        self._severity_touched = True

    def _type_changed(self, row: int) -> None:
        self.subtype.clear()
        self.subtype.addItem("—", "")
        if not 0 <= row < len(self.types):
            self.subtype.setEnabled(False)
            self.privacy.hide()
            return
        t = self.types[row]
        for s in t.subtypes:
            self.subtype.addItem(s.label.get(self.ctx.lang), s.key)
        self.subtype.setEnabled(bool(t.subtypes))
        if not self._severity_touched:
            self.severity.setCurrentIndex(SEVERITIES.index(t.severity))
        self.privacy.setVisible(t.key in PRIVATE_TYPES)

    def selected_type(self) -> str | None:
        row = self.type_list.currentRow()
        return self.types[row].key if 0 <= row < len(self.types) else None

    def accept(self) -> None:
        row = self.type_list.currentRow()
        if not 0 <= row < len(self.types):
            self.error.setText(self.tr("Pick the type first: its number or the first letters "
                                       "of its name"))
            self.error.show()
            self.type_list.setFocus()
            return
        t = self.types[row]
        title = self.title.text().strip() or t.name(self.ctx.lang)
        owner = self.owner.text().strip()
        try:
            self.incident_id = open_incident(
                self.ctx.db, at=self.ctx.now(), type=t.key, subtype=self.subtype.currentData(),
                severity=self.severity.currentData(), title=title, owner=owner,
                store_ids=self.stores.selected(), agent_ids=self.agents.selected(),
                source_alert_id=self.draft.source_alert_id,
                author=owner or get_setting(self.ctx.db, "supervisor"))
        except Exception as exc:  # storage full, read-only file…: say so, keep the dialog
            text = error_text(exc, self.ctx.lang)  # a full disk, a read-only file: worded
            self.error.setText(self.tr("Incident not saved: %1").replace("%1", text))
            self.error.show()
            return
        super().accept()
