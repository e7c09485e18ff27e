"""One incident: its status moves, live clocks, the playbook checklist (or the guided
serious-complaint form), the timeline with notes and corrections, and its details.

Non-modal; every action is written through app/ and the dialog reloads from the database,
so what it shows is what the record holds. Errors go to a line at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.deadlines import PROMISE, add_promise, deadlines, keep_promise
from app.db import WRITE_ERRORS
from app.floor import agent_names, store_names
from app.incident_log import entries
from app.incidents import (Incident, add_entry, change_status, checklist, correct_entry,
                           edit_incident, get_incident, next_statuses, tick_step, untick_step)
from app.playbooks import SEVERITIES, playbooks
from app.settings import get_setting
from ui.context import AppContext
from ui.dialogs.complaint_form import ComplaintForm
from ui.dialogs.new_incident import PRIVATE_TYPES
from ui.docks.stores import make_table
from ui.formatting import date_time
from ui.storage_words import error_text
from ui.theme import mark_error
from ui.incident_words import (STATUS_STATE, countdown, move_words,
                               privacy_note, severity_words, status_words)
from ui.models.incident_timeline import TimelineModel
from widgets.multi_pick import MultiPicker
from widgets.status_style import state_style

BY_KEY = "incidents/by"


class IncidentDialog(QDialog):
    changed = Signal(int)  # incident id: something was recorded

    def __init__(self, ctx: AppContext, incident_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.incident_id = ctx, incident_id
        self.incident: Incident | None = None
        self.setObjectName("dialog.incident")
        self.setModal(False)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(920, 760)
        self.t = None
        self._clocks = []

        self.heading = QLabel()
        self.heading.setObjectName("PanelSummary")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status_badge = QLabel()
        self.by = QLineEdit(QSettings().value(BY_KEY, "") or get_setting(ctx.db, "supervisor"))
        self.by.setPlaceholderText(self.tr("Your name"))
        self.by.setMaximumWidth(140)
        self.by.setAccessibleName(self.tr("Recorded by"))
        self.by.editingFinished.connect(lambda: QSettings().setValue(BY_KEY, self.by.text()))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (needed to reopen)"))
        self.moves = QHBoxLayout()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_badge)
        status_row.addLayout(self.moves)
        status_row.addWidget(self.reason, 1)
        status_row.addWidget(QLabel(self.tr("By")))
        status_row.addWidget(self.by)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._checklist_tab(), self.tr("Checklist"))
        self.tabs.addTab(self._timeline_tab(), self.tr("Timeline"))
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.complaint_form: ComplaintForm | None = None

        self.error = QLabel()
        mark_error(self.error)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(status_row)
        layout.addWidget(self._clocks_box())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.reload()

    # -- parts -----------------------------------------------------------------------------------
    def _clocks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clocks"))
        self.clock_list = QListWidget()
        self.clock_list.setMaximumHeight(56)
        self.clock_list.setAccessibleName(self.tr("Running clocks"))
        self.keep_button = QPushButton(self.tr("Promise kept"))
        self.keep_button.clicked.connect(self._keep_promise)
        self.clock_list.currentRowChanged.connect(lambda _: self._clock_selected())
        self.promise_text = QLineEdit()
        self.promise_text.setPlaceholderText(self.tr("A promise, e.g. call the customer back"))
        self.promise_minutes = QDoubleSpinBox()
        self.promise_minutes.setRange(1, 7 * 24 * 60)
        self.promise_minutes.setDecimals(0)
        self.promise_minutes.setValue(30)
        self.promise_minutes.setSuffix(self.tr(" min"))
        self.promise_button = QPushButton(self.tr("Add promise"))
        self.promise_button.clicked.connect(self._add_promise)
        row = QHBoxLayout()
        row.addWidget(self.promise_text, 1)
        row.addWidget(self.promise_minutes)
        row.addWidget(self.promise_button)
        row.addWidget(self.keep_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.clock_list)
        layout.addLayout(row)
        return box

    def _checklist_tab(self) -> QWidget:
        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("Playbook checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._step_toggled)
        self.private_note = QLabel(privacy_note())
        self.private_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.checklist)
        layout.addWidget(self.private_note)
        return page

    def _timeline_tab(self) -> QWidget:
        self.timeline = TimelineModel(self.ctx.zone, self.ctx.lang, self)
        self.timeline_view = make_table(self.timeline, self)
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setWordWrap(True)
        self.timeline_view.sortByColumn(0, Qt.AscendingOrder)  # oldest first: reads as a record
        self.timeline_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.timeline_view.resizeRowsToContents())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add to the timeline (Enter)"))
        self.note.returnPressed.connect(self._add_note)
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self._add_note)
        self.correct_button = QPushButton(self.tr("Correct selected entry"))
        self.correct_button.setToolTip(self.tr("Writes the text as a correction of the selected "
                                               "entry; the entry itself stays as written"))
        self.correct_button.clicked.connect(self._correct)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(add)
        row.addWidget(self.correct_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline_view, 1)
        layout.addLayout(row)
        return page

    def _details_tab(self) -> QWidget:
        self.severity = QComboBox()
        words = severity_words()
        for s in SEVERITIES:
            self.severity.addItem(words[s], s)
        self.owner = QLineEdit()
        self.title_edit = QLineEdit()
        self.subtype = QComboBox()
        self.stores = MultiPicker(self.tr("No store"))
        self.agents = MultiPicker(self.tr("No agent"))
        save = QPushButton(self.tr("Save changes"))
        save.setToolTip(self.tr("Each change is logged on the timeline with the old value"))
        save.clicked.connect(self._save_details)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Subtype"), self.subtype)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Stores"), self.stores)
        form.addRow(self.tr("Agents"), self.agents)
        form.addRow(save)
        return page

    # -- state -------------------------------------------------------------------------------------
    def actor(self) -> str:
        return self.by.text().strip()

    def reload(self) -> None:
        incident = get_incident(self.ctx.db, self.incident_id)
        if incident is None:
            return
        self.incident = incident
        self.t = t = playbooks().get(incident.type)
        lang = self.ctx.lang
        type_text = t.name(lang) if t else incident.type
        if t and incident.subtype:
            type_text += " · " + t.subtype_name(incident.subtype, lang)
        self.setWindowTitle(self.tr("Incident #%1").replace("%1", str(incident.id)))
        self.heading.setText(f"#{incident.id} · {type_text} — {incident.title}")
        timeline = entries(self.ctx.db, incident.id)
        self._show_facts(incident, timeline)
        self._show_status(incident)
        self._show_checklist(incident)
        self._show_complaint(incident, timeline)
        self.timeline.set_entries(timeline, t)
        self.timeline_view.resizeRowsToContents()
        self._show_details(incident)
        self._clocks = deadlines(self.ctx.db, incident.id)
        self.tick(self.ctx.now())
        closed = incident.status == "closed"
        for w in (self.note, self.promise_text, self.promise_button, self.checklist):
            w.setEnabled(not closed)

    def _show_facts(self, incident: Incident, timeline) -> None:
        names = dict((sid, name) for sid, _, name in store_names(self.ctx.db))
        agents = dict((aid, name) for aid, name, _ in agent_names(self.ctx.db))
        comma = self.tr(", ")
        self.facts.setText(
            self.tr("Opened %1 · severity %2 · owner %3 · stores: %4 · agents: %5")
            .replace("%1", date_time(incident.opened_at, self.ctx.zone))
            .replace("%2", severity_words().get(incident.severity, incident.severity))
            .replace("%3", incident.owner or "—")
            .replace("%4", comma.join(names.get(i, f"#{i}") for i in incident.store_ids) or "—")
            .replace("%5", comma.join(agents.get(i, f"#{i}") for i in incident.agent_ids) or "—"))

    def _show_status(self, incident: Incident) -> None:
        words = status_words()
        style = state_style(STATUS_STATE[incident.status])
        self.status_badge.setText(f" {style.glyph} {words[incident.status]} ")
        self.status_badge.setStyleSheet(f"background: {style.background.name()}; "
                                        f"color: {style.foreground.name()}; font-weight: bold;")
        while self.moves.count():
            item = self.moves.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        labels = move_words()
        self.move_buttons: dict[str, QPushButton] = {}
        for to in next_statuses(incident.status):
            button = QPushButton(labels.get((incident.status, to), words[to]))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, to=to: self._move(to))
            self.moves.addWidget(button)
            self.move_buttons[to] = button
        self.reason.setVisible(bool(next_statuses(incident.status)))

    def _show_checklist(self, incident: Incident) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for item in checklist(self.ctx.db, incident):
            text = item.step.label.get(self.ctx.lang)
            if item.done:
                text += "  — " + self.tr("%1 at %2").replace("%1", item.done_by or "—").replace(
                    "%2", date_time(item.done_at, self.ctx.zone))
            row = QListWidgetItem(text)
            row.setData(Qt.UserRole, item.step.key)
            flags = row.flags() | Qt.ItemIsUserCheckable
            if self.t is not None and self.t.complaint is not None:
                flags &= ~Qt.ItemIsUserCheckable & ~Qt.ItemIsEnabled  # the form ticks these
            row.setFlags(flags)
            row.setCheckState(Qt.Checked if item.done else Qt.Unchecked)
            self.checklist.addItem(row)
        self.checklist.blockSignals(False)
        self.private_note.setVisible(incident.type in PRIVATE_TYPES)

    def _show_complaint(self, incident: Incident, timeline) -> None:
        if self.t is None or self.t.complaint is None:
            return
        if self.complaint_form is None:
            self.complaint_form = ComplaintForm(self.ctx, incident.id, self.t, self.actor)
            self.complaint_form.recorded.connect(self._recorded)
            self.complaint_form.failed.connect(self._failed)
            self.tabs.insertTab(0, self.complaint_form, self.tr("Serious complaint: six steps"))
            self.tabs.setCurrentIndex(0)
        self.complaint_form.load(timeline, incident.status == "closed")

    def _show_details(self, incident: Incident) -> None:
        self.title_edit.setText(incident.title)
        self.owner.setText(incident.owner)
        self.severity.setCurrentIndex(SEVERITIES.index(incident.severity))
        self.subtype.clear()
        self.subtype.addItem("—", "")
        for s in (self.t.subtypes if self.t else ()):
            self.subtype.addItem(s.label.get(self.ctx.lang), s.key)
        self.subtype.setCurrentIndex(max(0, self.subtype.findData(incident.subtype)))
        stores = [(sid, name) for sid, _, name in store_names(self.ctx.db)]
        agents = [(aid, name) for aid, name, _ in agent_names(self.ctx.db)]
        self.stores.set_items(stores + [(i, f"#{i}") for i in incident.store_ids
                                        if i not in dict(stores)])
        self.stores.set_selected(incident.store_ids)
        self.agents.set_items(agents + [(i, f"#{i}") for i in incident.agent_ids
                                        if i not in dict(agents)])
        self.agents.set_selected(incident.agent_ids)

    def tick(self, now: float) -> None:
        """Update the countdowns (called every second by the panel)."""
        running = [d for d in self._clocks if d.running]
        ids = [d.id for d in running]
        shown = [self.clock_list.item(n).data(Qt.UserRole) for n in range(self.clock_list.count())]
        if shown != (ids or [None]):  # other clocks: rebuild; else only the texts change
            self.clock_list.clear()
            for d in running:
                item = QListWidgetItem()
                item.setData(Qt.UserRole, d.id)
                self.clock_list.addItem(item)
            if not running:
                self.clock_list.addItem(self.tr("No clock running"))
        for n, d in enumerate(running):
            left = d.remaining(now)
            if left > 0 and not d.escalated:
                text = self.tr("%1: %2 left").replace("%2", countdown(left))
            else:
                text = (self.tr("%1: overdue %2 · escalated: %3") if d.escalated
                        else self.tr("%1: overdue %2")).replace("%2", countdown(left)).replace(
                    "%3", d.escalation(self.ctx.lang))
            item = self.clock_list.item(n)
            item.setText(text.replace("%1", d.label(self.ctx.lang)))
            if left <= 0:
                item.setForeground(state_style("alarm").foreground)
        self._clock_selected()

    def _clock_selected(self) -> None:
        item = self.clock_list.currentItem()
        chosen = item.data(Qt.UserRole) if item else None
        self.keep_button.setEnabled(any(d.id == chosen and d.rule == PROMISE
                                        for d in self._clocks))

    # -- actions ------------------------------------------------------------------------------
    def _do(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ValueError, *WRITE_ERRORS) as exc:  # WorkflowError; a full or read-only disk
            self._failed(exc)
            return False
        self._recorded()
        return True

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc, self.ctx.lang))

    def _recorded(self) -> None:
        self.error.clear()
        self.reload()
        self.changed.emit(self.incident_id)

    def _move(self, to: str) -> None:
        if self._do(lambda: change_status(self.ctx.db, self.incident_id, to, at=self.ctx.now(),
                                          by=self.actor(), reason=self.reason.text())):
            self.reason.clear()

    def _step_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.UserRole)
        now, by = self.ctx.now(), self.actor()
        if item.checkState() == Qt.Checked:
            ok = self._do(lambda: tick_step(self.ctx.db, self.incident_id, key, at=now, by=by))
        else:
            ok = self._do(lambda: untick_step(self.ctx.db, self.incident_id, key, at=now, by=by))
        if not ok:
            self.reload()

    def _add_note(self) -> None:
        text = self.note.text()
        if text.strip() and self._do(lambda: add_entry(
                self.ctx.db, self.incident_id, at=self.ctx.now(), text=text,
                author=self.actor())):
            self.note.clear()

    def _correct(self) -> None:
        rows = self.timeline_view.selectionModel().selectedRows()
        if not rows:
            self.error.setText(self.tr("Select the entry to correct, type the correction, then "
                                       "press this button"))
            return
        source = self.timeline_view.model().mapToSource(rows[0])
        entry = self.timeline.entry_at(source.row())
        text = self.note.text()
        if not text.strip():
            self.error.setText(self.tr("Type the correction first"))
            return
        if self._do(lambda: correct_entry(self.ctx.db, self.incident_id, entry.id,
                                          at=self.ctx.now(), text=text, author=self.actor())):
            self.note.clear()

    def _add_promise(self) -> None:
        text = self.promise_text.text()
        if self._do(lambda: add_promise(self.ctx.db, self.incident_id, text=text,
                                        minutes=self.promise_minutes.value(),
                                        at=self.ctx.now(), by=self.actor())):
            self.promise_text.clear()

    def _keep_promise(self) -> None:
        item = self.clock_list.currentItem()
        if item is not None and item.data(Qt.UserRole) is not None:
            self._do(lambda: keep_promise(self.ctx.db, item.data(Qt.UserRole),
                                          at=self.ctx.now(), by=self.actor()))

    def _save_details(self) -> None:
        self._do(lambda: edit_incident(
            self.ctx.db, self.incident_id, at=self.ctx.now(), by=self.actor(),
            fields={"title": self.title_edit.text(), "owner": self.owner.text(),
                    "severity": self.severity.currentData(),
                    "subtype": self.subtype.currentData()},
            store_ids=self.stores.selected(), agent_ids=self.agents.selected()))
