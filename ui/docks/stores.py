"""Stores panel: coverage and traffic per store, and each agent's status per store."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from app.catalog import platform_name
from app.floor import agent_statuses, agent_store_cells, store_statuses
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.formatting import ago
from ui.models.table import SORT_ROLE, CellValue, SnapshotTableModel


def make_table(model: SnapshotTableModel, parent=None) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class StoresDock(PanelDock):
    object_name = "dock.stores"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, self.tr("Stores"), parent)
        self.state_words = {
            "ok": self.tr("Covered"), "below": self.tr("Below minimum"),
            "uncovered": self.tr("Nobody online"), "closed": self.tr("Out of hours"),
            "online": self.tr("Online"), "away": self.tr("Away"), "offline": self.tr("Offline"),
        }
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        self.store_model = SnapshotTableModel([
            self.tr("Status"), self.tr("Platform"), self.tr("Store"), self.tr("Online / min"),
            self.tr("Away"), self.tr("Waiting"), self.tr("Arrived 15 min"),
            self.tr("Last customer")])
        self.store_view = make_table(self.store_model, self)
        self.store_view.setAccessibleName(self.tr("Store coverage"))
        self.store_view.sortByColumn(0, Qt.AscendingOrder)
        self.matrix_model = SnapshotTableModel([self.tr("Agent")])
        self.matrix_view = make_table(self.matrix_model, self)
        self.matrix_view.setAccessibleName(self.tr("Agents by store"))
        tabs = QTabWidget()
        tabs.addTab(self.store_view, self.tr("Coverage"))
        tabs.addTab(self.matrix_view, self.tr("Agents × stores"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(tabs)
        self.setWidget(body)
        self._store_names: list[str] = []

    def refresh(self, changes=None) -> None:
        ctx = self.ctx
        now = ctx.now()
        stores = store_statuses(ctx.db, now, ctx.zone)
        order = {"uncovered": 0, "below": 1, "ok": 2, "closed": 3}
        rows = []
        for s in stores:
            rows.append((
                CellValue(self.state_words[s.state], order[s.state], s.state),
                CellValue(platform_name(s.platform, ctx.lang)),
                CellValue(s.name),
                CellValue(f"{s.agents_online} / {s.min_agents}", s.agents_online - s.min_agents,
                          align_right=True),
                CellValue(str(s.agents_away), s.agents_away, align_right=True),
                CellValue(str(s.waiting), s.waiting, "warning" if s.waiting else None,
                          align_right=True),
                CellValue(str(s.arrived_15m), s.arrived_15m, align_right=True),
                CellValue(ago(now - s.last_customer_at) if s.last_customer_at else "—",
                          -(s.last_customer_at or 0), align_right=True),
            ))
        self.store_model.update([s.store_id for s in stores], rows)
        uncovered = sum(1 for s in stores if s.state == "uncovered")
        below = sum(1 for s in stores if s.state == "below")
        self.summary.setText(self.tr("%1 stores · %2 nobody online · %3 below minimum · "
                                     "%4 waiting").replace("%1", str(len(stores)))
                             .replace("%2", str(uncovered)).replace("%3", str(below))
                             .replace("%4", str(sum(s.waiting for s in stores))))
        self.summary.setProperty("alarm", bool(uncovered))
        self._refresh_matrix(stores, now)

    def _refresh_matrix(self, stores, now: float) -> None:
        ctx = self.ctx
        names = [s.name for s in stores]
        if names != self._store_names:
            self._store_names = names
            self.matrix_model.set_headers([self.tr("Agent")] + names)
        cells = agent_store_cells(ctx.db)
        agents = agent_statuses(ctx.db, now, ctx.zone)
        rows = []
        for a in agents:
            row = [CellValue(a.name)]
            for s in stores:
                cell = cells.get((a.agent_id, s.store_id))
                if cell is None:
                    row.append(CellValue("", -1))
                else:
                    row.append(CellValue(
                        f"{self.state_words[cell.status]} {ago(now - cell.since)}",
                        {"online": 2, "away": 1, "offline": 0}[cell.status], cell.status))
            rows.append(tuple(row))
        self.matrix_model.update([a.agent_id for a in agents], rows)
