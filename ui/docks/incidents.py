"""Incidents panel: the incident log and the new-incident action."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.incidents import incident_types, list_incidents
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.docks.stores import make_table
from ui.formatting import date_time, plain
from ui.models.table import CellValue, SnapshotTableModel


class IncidentsDock(PanelDock):
    object_name = "dock.incidents"

    def __init__(self, ctx: AppContext, new_action: QAction, parent=None) -> None:
        super().__init__(ctx, self.tr("Incidents"), parent)
        self.types = {t.key: t for t in incident_types()}
        self.severity_words = {"low": self.tr("Low"), "medium": self.tr("Medium"),
                               "high": self.tr("High"), "critical": self.tr("Critical")}
        self.status_words = {"open": self.tr("Open"), "acknowledged": self.tr("Acknowledged"),
                             "mitigated": self.tr("Mitigated"), "resolved": self.tr("Resolved"),
                             "closed": self.tr("Closed")}
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        new_button = QPushButton(plain(new_action.text()))
        new_button.setToolTip(new_action.toolTip())
        new_button.clicked.connect(new_action.trigger)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(new_button)
        self.model = SnapshotTableModel([
            self.tr("Opened"), self.tr("Type"), self.tr("Severity"), self.tr("Title"),
            self.tr("Status")])
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Incident log"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setWidget(body)

    def refresh(self, changes=None) -> None:
        if changes is not None and not changes.incidents and self.model.rowCount():
            return
        incidents = list_incidents(self.ctx.db)
        sev_state = {"low": None, "medium": "warning", "high": "alarm", "critical": "alarm"}
        rows = []
        for i in incidents:
            t = self.types.get(i.type)
            rows.append((
                CellValue(date_time(i.opened_at, self.ctx.zone), i.opened_at),
                CellValue(t.name(self.ctx.lang) if t else i.type),
                CellValue(self.severity_words[i.severity],
                          ("low", "medium", "high", "critical").index(i.severity),
                          sev_state[i.severity]),
                CellValue(i.title),
                CellValue(self.status_words[i.status]),
            ))
        self.model.update([i.id for i in incidents], rows)
        still_open = sum(1 for i in incidents if i.status not in ("resolved", "closed"))
        if incidents:
            self.summary.setText(self.tr("%1 open of %2").replace("%1", str(still_open))
                                 .replace("%2", str(len(incidents))))
        else:
            self.summary.setText(self.tr("No incidents logged. Ctrl+N logs one."))
