"""Stores panel: coverage and traffic per store, store accounts, agents × stores, store alerts."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QStackedWidget, QTableView, QTabWidget,
                               QToolButton, QTreeView, QVBoxLayout, QWidget)

from app import roster
from app.alerts import Alert, active_alerts
from app.catalog import platform_name
from app.floor import StoreStatus, agent_store_cells, store_statuses
from app.login_check import NOT_LOGGED_IN, UNASSIGNED, AccountCheck, LoginCheck, run_login_check
from app.store_rules import KINDS as STORE_ALERT_KINDS
from ui.alert_panel import AlertPanel
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.formatting import ago
from ui.models.table import CellValue, SnapshotTableModel
from ui.views import data_table
from widgets.status_style import state_style
from widgets.tile_grid import TileGrid

STATE_ORDER = {"uncovered": 0, "below": 1, "ok": 2, "closed": 3}
STATUS_RANK = {"online": 2, "away": 1, "offline": 0}
EMPTY_CELL = CellValue("", -1)
CHECK_EVERY_S = 5.0


@dataclass(frozen=True)
class StoresSnapshot:
    """What one refresh of the Stores panel read."""

    now: float
    stores: list[StoreStatus]
    agents: list[roster.RosterAgent]
    alerts: list[Alert]
    check: LoginCheck | None  # None: not due, the panel keeps the last one
    held: set[tuple[int, int]] | None = None  # the Agents × stores tab only
    cells: dict | None = None


def _read_stores(db: sqlite_utils.Database, now: float, zone, check: bool,
                 matrix: bool) -> StoresSnapshot:
    stores = store_statuses(db, now, zone)
    return StoresSnapshot(
        now, stores, roster.agents(db), active_alerts(db),
        run_login_check(db, now, zone, stores) if check else None,
        roster.held_stores(db) if matrix else None,
        agent_store_cells(db) if matrix else None)


def make_table(model: SnapshotTableModel, parent=None) -> QTableView:
    """A sortable read-only table (ui.views.data_table); kept for the panels that use it."""
    return data_table(model, parent)[0]


class AccountTreeModel(QStandardItemModel):
    """Stores → store accounts, updated in place so expansion and selection survive ticks."""

    COLUMNS = 5

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(0, self.COLUMNS, parent)
        self.setHorizontalHeaderLabels(list(headers))
        self._shape: list[tuple[int, tuple[int, ...]]] = []
        self.rebuilds = 0

    def update(self, stores: list[tuple[int, list[str], list[tuple[int, list[str], str | None]]]]
               ) -> bool:
        """stores: (store_id, cells, [(account_id, cells, state)]); True when rebuilt."""
        shape = [(sid, tuple(a for a, _, _ in accounts)) for sid, _, accounts in stores]
        rebuilt = shape != self._shape
        if rebuilt:
            self._shape = shape
            self.removeRows(0, self.rowCount())
            self.rebuilds += 1
        for r, (sid, cells, accounts) in enumerate(stores):
            if rebuilt:
                parent = [QStandardItem() for _ in range(self.COLUMNS)]
                parent[0].setData(sid, Qt.UserRole)
                self.appendRow(parent)
            parent_item = self.item(r, 0)
            self._set_row(lambda c, r=r: self.item(r, c), cells, None)
            for k, (aid, acells, state) in enumerate(accounts):
                if rebuilt:
                    row = [QStandardItem() for _ in range(self.COLUMNS)]
                    row[0].setData(aid, Qt.UserRole)
                    parent_item.appendRow(row)
                self._set_row(lambda c, k=k, p=parent_item: p.child(k, c), acells, state)
        return rebuilt

    @staticmethod
    def _set_row(item_at, cells: list[str], state: str | None) -> None:
        style = state_style(state) if state else None
        for c, text in enumerate(cells):
            item = item_at(c)
            if item.text() != text:
                item.setText(text)
            if c == 1 and style is not None:
                if item.background().color() != style.background:
                    item.setBackground(style.background)
                    item.setForeground(style.foreground)


class StoresDock(PanelDock):
    object_name = "dock.stores"

    def __init__(self, ctx: AppContext, actions: Sequence[QAction] = (), parent=None) -> None:
        super().__init__(ctx, self.tr("Stores"), parent)
        self.state_words = {
            "ok": self.tr("Covered"), "below": self.tr("Below minimum"),
            "uncovered": self.tr("Nobody online"), "closed": self.tr("Out of hours"),
            "online": self.tr("Online"), "away": self.tr("Away"), "offline": self.tr("Offline"),
        }
        self.problem_words = {NOT_LOGGED_IN: self.tr("Not logged in"),
                              UNASSIGNED: self.tr("Assigned to nobody")}
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(self._filter_row(actions))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._tabs())
        self.tiles = TileGrid()
        self.tiles.setAccessibleName(self.tr("Store tiles"))
        self.stack.addWidget(self.tiles)
        layout.addWidget(self.stack, 1)
        self.alert_panel = AlertPanel(ctx, kinds=STORE_ALERT_KINDS)
        # The panel shows the alerts of each snapshot; an acknowledgement refreshes in place,
        # so a snapshot read before it is dropped (ui.docks.base) instead of undoing it.
        self.alert_panel.acknowledged.connect(lambda: self.refresh(None))
        layout.addWidget(self.alert_panel)
        self.setWidget(body)
        self.alert_count = 0
        self._matrix_columns: list[int] = []
        self._held: set[tuple[int, int]] = set()
        self._check: LoginCheck | None = None  # the last account check shown
        self._check_at = float("-inf")  # time.monotonic() when the last one was asked for
        self._agents: list[roster.RosterAgent] = []
        self._wallboard = False

    # -- construction ----------------------------------------------------------------
    def _filter_row(self, actions: Sequence[QAction]) -> QVBoxLayout:
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(self.tr("Platform filter"))
        self.team_filter = QComboBox()
        self.team_filter.setAccessibleName(self.tr("Team filter"))
        self.problems_only = QCheckBox(self.tr("Problems only"))
        self.problems_only.setToolTip(self.tr("Show only stores, accounts and agents with a "
                                              "problem (Ctrl+Shift+F)"))
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.problems_only.toggle,
                  context=Qt.WidgetWithChildrenShortcut)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find store, account or agent (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence.Find, self, self.search.setFocus,
                  context=Qt.WidgetWithChildrenShortcut)
        for w in (self.platform_filter, self.team_filter):
            # Narrow when the dock is narrow: the panel must fit a laptop screen beside others.
            w.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(4)
            w.currentIndexChanged.connect(lambda _i: self.refresh(None))
        self.search.setMinimumWidth(80)
        self.problems_only.toggled.connect(lambda _on: self.refresh(None))
        self.search.textChanged.connect(lambda _t: self.refresh(None))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Platform")))
        filters.addWidget(self.platform_filter, 1)
        filters.addWidget(QLabel(self.tr("Team")))
        filters.addWidget(self.team_filter, 1)
        filters.addWidget(self.problems_only)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            tools.addWidget(button)
        rows = QVBoxLayout()
        rows.addLayout(filters)
        rows.addLayout(tools)
        return rows

    def _tabs(self) -> QTabWidget:
        self.store_model = SnapshotTableModel([
            self.tr("Status"), self.tr("Platform"), self.tr("Store"), self.tr("Online / min"),
            self.tr("Away"), self.tr("Waiting"), self.tr("Arrived 15 min"),
            self.tr("Last customer"), self.tr("Accounts online"), self.tr("Service hours")])
        self.store_view = make_table(self.store_model, self)
        self.store_view.setAccessibleName(self.tr("Store coverage"))
        self.store_view.sortByColumn(0, Qt.AscendingOrder)
        self.account_model = AccountTreeModel([
            self.tr("Store / account"), self.tr("Status"), self.tr("Since"),
            self.tr("Assigned to"), self.tr("On it now")])
        self.account_view = QTreeView()
        self.account_view.setModel(self.account_model)
        self.account_view.setAccessibleName(self.tr("Store accounts"))
        self.account_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.account_view.setUniformRowHeights(True)
        self.matrix_model = SnapshotTableModel([self.tr("Agent")])
        self.matrix_view = make_table(self.matrix_model, self)
        self.matrix_view.setAccessibleName(self.tr("Agents by store"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.store_view, self.tr("Coverage"))
        self.tabs.addTab(self.account_view, self.tr("Accounts"))
        self.tabs.addTab(self.matrix_view, self.tr("Agents × stores"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh(None))
        return self.tabs

    # -- filters ---------------------------------------------------------------------
    def _sync_choices(self, combo: QComboBox, values: list[tuple[str, str]]) -> None:
        """Keep a filter's choices in step with the roster, keeping the current choice."""
        wanted = [("", self.tr("All"))] + values
        have = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if have == wanted:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in wanted:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _matches(self, *texts: str) -> bool:
        needle = self.search.text().strip().lower()
        return not needle or any(needle in t.lower() for t in texts)

    # -- refresh ---------------------------------------------------------------------
    reads_in_background = True

    def read_job(self, changes=None):
        """What this refresh reads, for the page on screen (ui.docks.base)."""
        ctx = self.ctx
        now, zone = ctx.now(), ctx.zone
        page = self.tabs.currentWidget() if not self._wallboard else None
        # Every account's state: fresh when the Accounts tab shows it, else at most every
        # CHECK_EVERY_S (it feeds the team filter, "problems only" and the summary's count;
        # at 300 accounts it is the costliest read of a refresh).
        fresh = time.monotonic()
        check_due = (self._check is None or page is self.account_view
                     or fresh - self._check_at >= CHECK_EVERY_S)
        if check_due:
            self._check_at = fresh
        matrix = page is self.matrix_view
        return lambda db: _read_stores(db, now, zone, check_due, matrix)

    def apply_snapshot(self, snap: StoresSnapshot) -> None:
        ctx = self.ctx
        now, stores = snap.now, snap.stores
        agents = self._agents = sorted(snap.agents, key=lambda a: a.name)
        if snap.check is not None:
            self._check = snap.check
        check = self._check
        if check is None:  # cannot happen: a refresh reads the check until one is shown
            return
        alerted = {a.store_id for a in snap.alerts if a.kind in STORE_ALERT_KINDS}
        self._sync_choices(self.platform_filter, [
            (p, platform_name(p, ctx.lang)) for p in sorted({s.platform for s in stores})])
        self._sync_choices(self.team_filter, [
            (t, t) for t in sorted({a.team for a in agents if a.team})])
        team_of = {a.name: a.team for a in agents}
        team = self.team_filter.currentData() or ""
        store_teams: dict[int, set[str]] = {}
        for acc in check.accounts:
            store_teams.setdefault(acc.store_id, set()).update(team_of.get(h, "")
                                                               for h in acc.holders)
        problem_stores = ({s.store_id for s in stores
                           if s.state in ("uncovered", "below") or s.unassigned_online}
                          | {a.store_id for a in check.problems} | (alerted - {None}))
        platform = self.platform_filter.currentData() or ""
        only_problems = self.problems_only.isChecked()

        def shown(s: StoreStatus) -> bool:
            return ((not platform or s.platform == platform)
                    and (not team or team in store_teams.get(s.store_id, set()))
                    and (not only_problems or s.store_id in problem_stores)
                    and self._matches(s.name, platform_name(s.platform, ctx.lang)))

        visible = [s for s in stores if shown(s)]
        # Only what is on screen is rebuilt; a tab brought forward refreshes at once.
        page = self.tabs.currentWidget() if not self._wallboard else None
        if page is self.store_view:
            self._refresh_coverage(visible, now)
        elif page is self.account_view:
            self._refresh_accounts(visible, check, now, only_problems)
        elif page is self.matrix_view:
            if snap.cells is not None:
                self._held = snap.held
                self._refresh_matrix(visible, now, team, only_problems, snap.cells)
        else:
            self._refresh_tiles(visible, now)
        self._refresh_summary(stores, check)
        self.alert_count = self.alert_panel.refresh(snap.alerts)

    def _refresh_summary(self, stores: list[StoreStatus], check) -> None:
        open_stores = [s for s in stores if s.state != "closed"]
        uncovered = sum(1 for s in stores if s.state == "uncovered")
        below = sum(1 for s in stores if s.state == "below")
        self.summary.setText(
            self.tr("%1 stores open of %2 · %3 nobody online · %4 below minimum · "
                    "%5 waiting · %6 account problems")
            .replace("%1", str(len(open_stores))).replace("%2", str(len(stores)))
            .replace("%3", str(uncovered)).replace("%4", str(below))
            .replace("%5", str(sum(s.waiting for s in stores)))
            .replace("%6", str(len(check.problems))))
        self.summary.setProperty("alarm", bool(uncovered))

    def _refresh_coverage(self, stores: list[StoreStatus], now: float) -> None:
        lang = self.ctx.lang
        rows = []
        for s in stores:
            hours = f"{s.service_start}–{s.service_end}"
            rows.append((
                CellValue(self.state_words[s.state], STATE_ORDER[s.state], s.state),
                CellValue(platform_name(s.platform, lang)),
                CellValue(s.name),
                CellValue(f"{s.agents_online} / {s.min_agents}", s.agents_online - s.min_agents,
                          align_right=True),
                CellValue(str(s.agents_away), s.agents_away, align_right=True),
                CellValue(str(s.waiting), s.waiting, "warning" if s.waiting else None,
                          align_right=True),
                CellValue(str(s.arrived_15m), s.arrived_15m, align_right=True),
                CellValue(ago(now - s.last_customer_at) if s.last_customer_at else "—",
                          -(s.last_customer_at or 0), align_right=True),
                CellValue(f"{s.accounts_online} / {s.accounts}"
                          + (self.tr(" · %1 unassigned").replace("%1", str(s.unassigned_online))
                             if s.unassigned_online else ""),
                          s.accounts_online, "warning" if s.unassigned_online else None,
                          align_right=True),
                CellValue(hours, hours),
            ))
        self.store_model.update([s.store_id for s in stores], rows)

    def _account_cells(self, a: AccountCheck, now: float) -> tuple[list[str], str]:
        status = self.state_words[a.status]
        state = a.status
        if a.problem:
            status = f"{status} · {self.problem_words[a.problem]}"
            state = "alarm" if a.problem == NOT_LOGGED_IN else "warning"
        since = ago(now - a.since) if a.since is not None else "—"
        return [a.account, status, since, "、".join(a.holders) or "—",
                "、".join(a.agents_on) or "—"], state

    def _refresh_accounts(self, stores: list[StoreStatus], check, now: float,
                          only_problems: bool) -> None:
        by_store: dict[int, list[AccountCheck]] = {}
        for a in check.accounts:
            by_store.setdefault(a.store_id, []).append(a)
        data = []
        for s in stores:
            accounts = [a for a in by_store.get(s.store_id, [])
                        if (not only_problems or a.problem)
                        and self._matches(s.name, a.account, *a.holders, *a.agents_on)]
            cells = [f"{s.name}（{platform_name(s.platform, self.ctx.lang)}）",
                     f"{state_style(s.state).glyph} {self.state_words[s.state]}",
                     f"{s.agents_online} / {s.min_agents}", "", ""]
            rows = []
            for a in accounts:
                acells, state = self._account_cells(a, now)
                rows.append((a.account_id, acells, state))
            data.append((s.store_id, cells, rows))
        if self.account_model.update(data):
            self.account_view.expandAll()
            self.account_view.header().resizeSections(QHeaderView.ResizeToContents)

    def _refresh_matrix(self, stores: list[StoreStatus], now: float, team: str,
                        only_problems: bool, cells: dict) -> None:
        columns = [s.store_id for s in stores]
        if columns != self._matrix_columns:
            self._matrix_columns = columns
            self.matrix_model.set_headers([self.tr("Agent")] + [s.name for s in stores])
        shown_ids = set(columns)
        # Rows: agents who hold (by the roster) or have been on an account of a shown store,
        # so a first login changes cells, not the set of rows (no model reset per tick).
        on_shown = {agent for agent, sid in self._held if sid in shown_ids}
        on_shown.update(agent for agent, sid in cells if sid in shown_ids)
        agents = [a for a in self._agents
                  if (not team or a.team == team)
                  and self._matches(a.name, a.team) and a.id in on_shown]
        col_of = {sid: c for c, sid in enumerate(columns, start=1)}
        per_agent: dict[int, list[tuple[int, object]]] = {}
        for (agent_id, sid), cell in cells.items():
            if sid in col_of:
                per_agent.setdefault(agent_id, []).append((col_of[sid], cell))
        blank = [EMPTY_CELL] * (len(columns) + 1)
        words = self.state_words
        shown: dict[tuple[str, int], CellValue] = {}  # (status, seconds since): one per refresh
        rows = []
        for a in agents:  # sparse: only the cells an agent has are built
            row = list(blank)
            row[0] = CellValue(a.name)
            for c, cell in per_agent.get(a.id, ()):
                key = (cell.status, int(now - cell.since))
                value = shown.get(key)
                if value is None:
                    value = shown[key] = CellValue(f"{words[cell.status]} {ago(key[1])}",
                                                   STATUS_RANK[cell.status], cell.status)
                row[c] = value
            rows.append(tuple(row))
        self.matrix_model.update([a.id for a in agents], rows)

    def _refresh_tiles(self, stores: list[StoreStatus], now: float) -> None:
        ordered = sorted(stores, key=lambda s: (STATE_ORDER[s.state], s.name))
        self.tiles.update([
            (s.store_id, s.name, f"{s.agents_online} / {s.min_agents}",
             self.state_words[s.state] + " · " + self.tr("%1 waiting").replace(
                 "%1", str(s.waiting)),
             {"uncovered": "alarm", "below": "warning"}.get(s.state, s.state))
            for s in ordered])

    def set_wallboard(self, on: bool) -> None:
        super().set_wallboard(on)
        self._wallboard = on
        self.stack.setCurrentIndex(1 if on else 0)
        self.tiles.set_scale(2.0 if on else 1.0)
        self.refresh(None)
