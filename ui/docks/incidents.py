"""Incidents panel: the incident log with live deadline countdowns, filters, full-text
search and CSV export; opens each incident and logs new ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from app.floor import agent_names, store_names
from app.incident_states import ACTIVE_FILTER, STATUSES
from app.records import ChangeSet
from app.tz import local_midnight
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.docks.stores import make_table
from ui.escalation_watch import EscalationWatch
from ui.formatting import plain
from ui.theme import mark_error
from ui.incident_words import status_words
from ui.models.incidents import IncidentTableModel

if TYPE_CHECKING:  # opened on demand: a faster console start
    from app.incident_search import IncidentFilter
    from ui.dialogs.incident_detail import IncidentDialog

DAY = 86400.0
SEARCH_DELAY_MS = 250


class IncidentsDock(PanelDock):
    object_name = "dock.incidents"
    changed = Signal(object)  # ChangeSet: an escalation fired or an incident was recorded

    def __init__(self, ctx: AppContext, new_action: QAction, parent=None,
                 read_now: bool = True) -> None:
        """read_now False: the incident workflow (playbooks, escalation clocks) is loaded by the
        first reload — `floorwatch` has it just after the window's first paint."""
        super().__init__(ctx, self.tr("Incidents"), parent)
        self.dialogs: dict[int, IncidentDialog] = {}
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, timelines, stores, agents…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search incidents"))
        new_button = QPushButton(plain(new_action.text()))
        new_button.setToolTip(new_action.toolTip())
        new_button.clicked.connect(new_action.trigger)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Incidents shown (CSV)…"), lambda: self.export_csv(False))
        menu.addAction(self.tr("Their timelines (CSV)…"), lambda: self.export_csv(True))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        top.addWidget(new_button)

        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("Type"))
        self.type_box.addItem(self.tr("All types"), None)  # the playbooks' types: _load_workflow
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.addItem(self.tr("Active"), ACTIVE_FILTER)
        self.status_box.addItem(self.tr("All statuses"), None)
        words = status_words()
        for s in STATUSES:
            self.status_box.addItem(words[s], s)
        self.store_box = QComboBox()
        self.store_box.setAccessibleName(self.tr("Store"))
        self.agent_box = QComboBox()
        self.agent_box.setAccessibleName(self.tr("Agent"))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Opened"))
        for label, key in ((self.tr("Any date"), None), (self.tr("Today"), "today"),
                           (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30)):
            self.period_box.addItem(label, key)
        self._fill_roster()
        filters = QHBoxLayout()
        for box in (self.type_box, self.status_box, self.store_box, self.agent_box,
                    self.period_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            box.currentIndexChanged.connect(self.reload)
            filters.addWidget(box)
        filters.addStretch(1)
        self.playbook_button = QToolButton()
        self.playbook_button.setText(self.tr("Playbooks"))
        self.playbook_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.playbook_button)
        menu.addAction(self.tr("Edit my playbooks file…"), self.edit_playbooks)
        menu.addAction(self.tr("Reload playbooks"), self.reload_playbooks)
        self.playbook_button.setMenu(menu)
        filters.addWidget(self.playbook_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        mark_error(self.banner)
        self.banner.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.model = IncidentTableModel(ctx.zone, ctx.lang, self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Incident log"))
        # Sorted once per reload, not on every countdown tick: a dynamic proxy re-read every
        # row of the log for each tick (bench: 90 → 7 ms a tick with 500 running clocks).
        self.view.model().setDynamicSortFilter(False)
        self.view.sortByColumn(0, Qt.DescendingOrder)
        self.view.activated.connect(lambda index: self.open_incident(self._id_at(index)))
        self.view.doubleClicked.connect(lambda index: self.open_incident(self._id_at(index)))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.banner.hide()

        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.watch = EscalationWatch(ctx, parent=self)
        self.watch.ticked.connect(self._tick)
        self.watch.escalated.connect(self._escalated)
        self._workflow_loaded = False
        if read_now:
            self._load_workflow()

    def _load_workflow(self) -> None:
        """Once: the playbooks' types in the filter, their problems in the banner, and the
        escalation clocks running (a clock that ran out while the console was closed fires
        now)."""
        if self._workflow_loaded:
            return
        self._workflow_loaded = True
        self._fill_types()
        self._show_playbook_problems()
        self.watch.start()

    def _fill_types(self) -> None:
        from app.playbooks import playbooks

        keep = self.type_box.currentData()
        self.type_box.blockSignals(True)
        while self.type_box.count() > 1:
            self.type_box.removeItem(1)
        for t in playbooks().types:
            self.type_box.addItem(t.name(self.ctx.lang), t.key)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(keep)))
        self.type_box.blockSignals(False)

    # -- filters --------------------------------------------------------------------------------
    def _fill_roster(self) -> None:
        for box, everyone, items in (
                (self.store_box, self.tr("All stores"),
                 [(name, sid) for sid, _, name in store_names(self.ctx.db)]),
                (self.agent_box, self.tr("All agents"),
                 [(name, aid) for aid, name, _ in agent_names(self.ctx.db)])):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for name, key in items:
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    def current_filter(self) -> IncidentFilter:
        from app.incident_search import IncidentFilter

        period = self.period_box.currentData()
        now = self.ctx.now()
        since = None
        if period == "today":
            since = local_midnight(now, self.ctx.zone)
        elif period:
            since = now - period * DAY
        return IncidentFilter(text=self.search.text(), type=self.type_box.currentData(),
                              status=self.status_box.currentData(),
                              store_id=self.store_box.currentData(),
                              agent_id=self.agent_box.currentData(), since=since)

    def _show_playbook_problems(self) -> None:
        from app.playbooks import playbooks

        pb = playbooks()
        if not pb.problems:
            self.banner.hide()
            return
        shown = pb.problems[:3]
        more = len(pb.problems) - len(shown)
        self.banner.setText(
            self.tr("Your playbooks file has problems, so the built-in playbooks are in use. "
                    "Fix the file, then Playbooks → Reload playbooks:") + "\n" + "\n".join(shown)
            + ("\n" + self.tr("… and %1 more").replace("%1", str(more)) if more else ""))
        self.banner.show()

    def edit_playbooks(self) -> Path | None:
        """Open the supervisor's playbooks file (a copy of the shipped one the first time)."""
        from app.playbooks import copy_for_editing

        try:
            path = copy_for_editing()
        except OSError as exc:
            self.banner.setText(self.tr("The playbooks file could not be created: %1")
                                .replace("%1", str(exc)))
            self.banner.show()
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.summary.setText(self.tr("Editing %1 — reload the playbooks once saved")
                             .replace("%1", str(path)))
        return path

    def reload_playbooks(self) -> None:
        from app import playbooks

        playbooks.reload_playbooks()
        self._fill_types()
        self._show_playbook_problems()
        self.reload()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self, changes=None) -> None:
        if changes is not None and changes.roster:
            self._fill_roster()
        if changes is not None and not changes.incidents and self.model.rowCount():
            return
        self.reload()

    def reload(self) -> None:
        from app.deadlines import running_deadlines
        from app.incident_search import IncidentFilter, find_incidents
        from app.playbooks import playbooks

        self._load_workflow()
        self._search_timer.stop()  # a search still waiting is answered by this reload
        flt = self.current_filter()
        found = find_incidents(self.ctx.db, flt)
        self.model.set_incidents(found, running_deadlines(self.ctx.db), playbooks(),
                                 self.ctx.now())
        proxy = self.view.model()
        proxy.sort(proxy.sortColumn(), proxy.sortOrder())
        self.view.horizontalHeader().resizeSections()
        active = sum(1 for s in found if s.incident.active)
        if not found and flt == IncidentFilter(status=ACTIVE_FILTER):
            self.summary.setText(self.tr("No open incidents. Ctrl+N logs one."))
        else:
            self.summary.setText(self.tr("%1 shown · %2 active").replace("%1", str(len(found)))
                                 .replace("%2", str(active)))

    def _tick(self, now: float) -> None:
        if self.model.tick(now):
            self.view.horizontalHeader().resizeSections()
        for dialog in self.dialogs.values():
            dialog.tick(now)

    def _escalated(self, fired: list) -> None:
        touched = {e.deadline.incident_id for e in fired}
        for incident_id in touched & set(self.dialogs):
            self.dialogs[incident_id].reload()
        self.reload()
        self.changed.emit(ChangeSet(incidents=True, alerts=True))

    # -- incidents --------------------------------------------------------------------------------
    def _id_at(self, index) -> int:
        source = self.view.model().mapToSource(index)
        return self.model.summary_at(source.row()).incident.id

    def select_incident(self, incident_id: int) -> bool:
        proxy = self.view.model()
        for row in range(proxy.rowCount()):
            if self._id_at(proxy.index(row, 0)) == incident_id:
                self.view.selectRow(row)
                self.view.scrollTo(proxy.index(row, 0))
                return True
        return False

    def open_incident(self, incident_id: int) -> IncidentDialog:
        dialog = self.dialogs.get(incident_id)
        if dialog is None:
            from ui.dialogs.incident_detail import IncidentDialog

            dialog = IncidentDialog(self.ctx, incident_id, self)
            dialog.changed.connect(self._dialog_changed)
            dialog.destroyed.connect(lambda _=None, i=incident_id: self.dialogs.pop(i, None))
            self.dialogs[incident_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _dialog_changed(self, incident_id: int) -> None:
        self.reload()
        self.select_incident(incident_id)
        self.changed.emit(ChangeSet(incidents=True, alerts=True))

    # -- export -----------------------------------------------------------------------------------
    def export_csv(self, timeline: bool) -> bool:
        folder = (QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                  or str(Path.home()))
        name = "incident-timelines.csv" if timeline else "incidents.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export incidents"),
                                              str(Path(folder) / name),
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".csv"
        return self.export_to(path, timeline)

    def export_to(self, path: str, timeline: bool = False) -> bool:
        """Write what the filters show (every match, not only the first 500) to `path`."""
        flt = self.current_filter()
        try:
            from app.incident_export import export_incidents

            n = export_incidents(self.ctx.db, path, self.ctx.zone,
                                 replace(flt, limit=1_000_000),
                                 self.ctx.lang, timeline)
        except (OSError, ValueError) as exc:  # read-only folder, disk full, file open in Excel
            self.banner.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
            self.banner.show()
            return False
        self.summary.setText(self.tr("%1 rows saved to %2").replace("%1", str(n))
                             .replace("%2", path))
        return True
