"""Wellbeing panel: the agent roster — status, load today, work right now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.floor import agent_statuses
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.docks.stores import make_table
from ui.formatting import ago
from ui.models.table import CellValue, SnapshotTableModel


class WellbeingDock(PanelDock):
    object_name = "dock.wellbeing"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, self.tr("Wellbeing"), parent)
        self.words = {"online": self.tr("Online"), "away": self.tr("Away"),
                      "offline": self.tr("Offline")}
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        self.model = SnapshotTableModel([
            self.tr("Agent"), self.tr("Team"), self.tr("Status"), self.tr("For"),
            self.tr("Stores online"), self.tr("Handled today"), self.tr("Active now")])
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Agent roster"))
        self.view.sortByColumn(2, Qt.DescendingOrder)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)

    def refresh(self, changes=None) -> None:
        now = self.ctx.now()
        agents = agent_statuses(self.ctx.db, now, self.ctx.zone)
        rank = {"online": 2, "away": 1, "offline": 0}
        rows = [(
            CellValue(a.name),
            CellValue(a.team),
            CellValue(self.words[a.status], rank[a.status], a.status),
            CellValue(ago(now - a.since) if a.since else "—", -(a.since or 0), align_right=True),
            CellValue(f"{a.stores_online} / {a.stores_held}", a.stores_online, align_right=True),
            CellValue(str(a.handled_today), a.handled_today, align_right=True),
            CellValue(str(a.active_now), a.active_now, align_right=True),
        ) for a in agents]
        self.model.update([a.agent_id for a in agents], rows)
        counts = {k: sum(1 for a in agents if a.status == k) for k in rank}
        self.summary.setText(
            self.tr("%1 agents · %2 online · %3 away · %4 offline")
            .replace("%1", str(len(agents))).replace("%2", str(counts["online"]))
            .replace("%3", str(counts["away"])).replace("%4", str(counts["offline"])))
