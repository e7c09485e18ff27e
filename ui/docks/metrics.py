"""Metrics panel: today's headline KPI tiles and a live chart of any KPI and scope."""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QMenu, QToolButton,
                               QVBoxLayout, QWidget)

from app.floor import agent_names, store_names
from app.metric_alerts import Levels, level_status, levels_for
from app.metrics import METRICS, compute, series
from app.store_rules import KINDS as STORE_ALERT_KINDS
from app.tz import local_midnight
from ui.alert_panel import AlertPanel
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.formatting import metric_value
from widgets.kpi_tile import KpiTile
from widgets.trend_chart import Series, TrendChart

TILE_KEYS = ("reception_volume", "reply_rate", "first_response_s", "first_reply_30s_rate",
             "satisfaction", "sales")
WINDOWS = {"1h": (3600, "minute"), "8h": (8 * 3600, "10min"), "24h": (24 * 3600, "10min"),
           "7d": (7 * 86400, "hour")}
DAY = 86400.0
MAX_SCOPES = 6
TILES_EVERY_S = 5.0


def scope_labels(db: sqlite_utils.Database, floor: str) -> dict[str, str]:
    """Chart scope key → name: the whole floor, each store, each agent."""
    labels = {"floor": floor}
    for sid, _, name in store_names(db):
        labels[f"store:{sid}"] = name
    for aid, name, _ in agent_names(db):
        labels[f"agent:{aid}"] = name
    return labels


@dataclass(frozen=True)
class ChartRequest:
    """What the chart shows: read on any thread by _read_chart."""

    key: str
    now: float
    length: float
    step: str
    scopes: tuple[str, ...]
    labels: dict[str, str]  # the scope menu's names, if it was opened
    floor_label: str


@dataclass(frozen=True)
class ChartData:
    request: ChartRequest
    drawn: list[Series]
    yesterday: list[tuple[float, float | None]]
    levels: Levels


@dataclass(frozen=True)
class MetricsSnapshot:
    tiles: dict[str, tuple] | None  # key → (today, same hours yesterday, Levels)
    chart: ChartData | None


def _read_tiles(db: sqlite_utils.Database, now: float, zone) -> dict[str, tuple]:
    midnight = local_midnight(now, zone)
    today = compute(db, midnight, now + 1e-6, zone=zone)[0].metrics
    before = compute(db, midnight - DAY, now - DAY + 1e-6, zone=zone)[0].metrics
    # the floor's own targets (Settings), else the defaults
    return {key: (today[key], before[key], levels_for(db, key)) for key in TILE_KEYS}


def _scope_filter(scope: str) -> tuple[list[int] | None, list[int] | None]:
    if scope.startswith("store:"):
        return [int(scope[6:])], None
    if scope.startswith("agent:"):
        return None, [int(scope[6:])]
    return None, None


def _read_chart(db: sqlite_utils.Database, r: ChartRequest) -> ChartData:
    start = r.now - r.length
    labels = r.labels or scope_labels(db, r.floor_label)
    drawn = []
    for scope in r.scopes:
        stores, agents = _scope_filter(scope)
        drawn.append(Series(labels.get(scope, scope),
                            series(db, r.key, start, r.now, r.step, stores, agents)))
    stores, agents = _scope_filter(r.scopes[0])
    yesterday = [(t + DAY, v) for t, v in
                 series(db, r.key, start - DAY, r.now - DAY, r.step, stores, agents)]
    levels = levels_for(db, r.key, store_id=stores[0] if stores else None)
    return ChartData(r, drawn, yesterday, levels)


class MetricsDock(PanelDock):
    object_name = "dock.metrics"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, self.tr("Metrics"), parent)
        self.tiles: dict[str, KpiTile] = {}
        self._tiles_at = float("-inf")  # time.monotonic() of the last tiles computation
        grid = QGridLayout()
        grid.setSpacing(6)
        for n, key in enumerate(TILE_KEYS):
            tile = KpiTile(self._name(key))
            self.tiles[key] = tile
            grid.addWidget(tile, n // 3, n % 3)
        self.alert_panel = AlertPanel(ctx, exclude=STORE_ALERT_KINDS)  # stores: own panel
        self.alert_count = 0
        settings = QSettings()
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Metric"))
        for key in METRICS:
            self.metric_box.addItem(self._name(key), key)
        self.window_box = QComboBox()
        self.window_box.setAccessibleName(self.tr("Window"))
        for key, label in (("1h", self.tr("Last hour")), ("8h", self.tr("Last 8 hours")),
                           ("24h", self.tr("Last 24 hours")), ("7d", self.tr("Last 7 days"))):
            self.window_box.addItem(label, key)
        self._select(self.metric_box, settings.value("metrics/chart_metric", "reception_volume"))
        self._select(self.window_box, settings.value("metrics/chart_window", "1h"))
        saved = settings.value("metrics/chart_scopes", ["floor"])
        self.scopes: list[str] = [saved] if isinstance(saved, str) else list(saved or ["floor"])
        self.scope_button = QToolButton()
        self.scope_button.setPopupMode(QToolButton.InstantPopup)
        self.scope_button.setAccessibleName(self.tr("Scope"))
        self.scope_menu = QMenu(self.scope_button)
        self.scope_menu.aboutToShow.connect(self._fill_scope_menu)
        self.scope_button.setMenu(self.scope_menu)
        self.pause_button = QToolButton()
        self.pause_button.setCheckable(True)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Freeze the chart to scroll back; drag or wheel "
                                             "to move in time"))
        self.pause_button.toggled.connect(self._pause_toggled)
        self.metric_box.currentIndexChanged.connect(self._choice_changed)
        self.window_box.currentIndexChanged.connect(self._choice_changed)
        controls = QHBoxLayout()
        controls.addWidget(self.metric_box, 2)
        controls.addWidget(self.scope_button, 1)
        controls.addWidget(self.window_box)
        controls.addWidget(self.pause_button)
        self.legend = QLabel(self.tr("Dashed grey: same hours yesterday · dotted green: target · "
                                     "bands: warning and alarm"))
        self.legend.setObjectName("ChartLegend")
        self.legend.setWordWrap(True)
        self.chart = TrendChart()
        self.chart.setMinimumHeight(160)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.alert_panel)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        self.setWidget(body)
        self._scope_labels: dict[str, str] = {}
        self._update_scope_button()

    # -- choices -------------------------------------------------------------------
    def _name(self, key: str) -> str:
        return METRICS[key].name(self.ctx.lang)

    @staticmethod
    def _select(combo: QComboBox, key) -> None:
        i = combo.findData(key)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _labels(self) -> dict[str, str]:
        return scope_labels(self.ctx.db, self.tr("Whole floor"))

    def _fill_scope_menu(self) -> None:
        self.scope_menu.clear()
        self._scope_labels = labels = self._labels()
        stores = self.scope_menu.addMenu(self.tr("Stores"))
        agents = self.scope_menu.addMenu(self.tr("Agents"))
        for key, label in labels.items():
            menu = stores if key.startswith("store:") else agents if key.startswith(
                "agent:") else self.scope_menu
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(key in self.scopes)
            action.toggled.connect(lambda on, k=key: self._toggle_scope(k, on))
            if menu is self.scope_menu:
                self.scope_menu.insertAction(stores.menuAction(), action)
            else:
                menu.addAction(action)

    def _toggle_scope(self, key: str, on: bool) -> None:
        if on and key not in self.scopes:
            self.scopes = (self.scopes + [key])[-MAX_SCOPES:]
        elif not on and key in self.scopes and len(self.scopes) > 1:
            self.scopes.remove(key)
        self._choice_changed()

    def set_scopes(self, keys: list[str]) -> None:
        self.scopes = list(keys)[:MAX_SCOPES] or ["floor"]
        self._choice_changed()

    def _update_scope_button(self) -> None:
        labels = self._scope_labels or self._labels()
        names = [labels.get(k, k) for k in self.scopes]
        text = names[0] if len(names) == 1 else self.tr("%1 compared").replace(
            "%1", str(len(names)))
        self.scope_button.setText(text + " ▾")
        self.scope_button.setToolTip(", ".join(names))

    def _choice_changed(self) -> None:
        settings = QSettings()
        settings.setValue("metrics/chart_metric", self.metric_box.currentData())
        settings.setValue("metrics/chart_window", self.window_box.currentData())
        settings.setValue("metrics/chart_scopes", self.scopes)
        self._update_scope_button()
        self._refresh_chart(force_range=True)

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if not paused:
            self._refresh_chart(force_range=True)

    # -- refresh -------------------------------------------------------------------
    reads_in_background = True

    def read_job(self, changes=None):
        """The tiles' and the chart's reads for these changes (ui.docks.base)."""
        if changes is None or changes.alerts:  # one small query, here: counted right after
            self.alert_count = self.alert_panel.refresh()
        if changes is not None and not (changes.conversations_added
                                        or changes.conversations_updated):
            return None
        # Today's tiles aggregate every conversation of the day: with a busy feed at most
        # every TILES_EVERY_S (the chart, from rollups, still follows each second).
        tiles = changes is None or time.monotonic() - self._tiles_at >= TILES_EVERY_S
        chart = None if self.pause_button.isChecked() else self._chart_request()
        if not tiles and chart is None:
            return None
        if tiles:
            self._tiles_at = time.monotonic()
        now, zone = self.ctx.now(), self.ctx.zone
        return lambda db: MetricsSnapshot(_read_tiles(db, now, zone) if tiles else None,
                                          _read_chart(db, chart) if chart else None)

    def apply_snapshot(self, snap: MetricsSnapshot) -> None:
        if snap.tiles is not None:
            self._show_tiles(snap.tiles)
        if snap.chart is not None:
            self._show_chart(snap.chart)

    def _show_tiles(self, tiles: dict[str, tuple]) -> None:
        for key, tile in self.tiles.items():
            m = METRICS[key]
            value, then, levels = tiles[key]
            trend = ""
            if value is not None and then is not None and value != then:
                trend = "▲" if value > then else "▼"
            detail = (self.tr("target %1").replace("%1", metric_value(levels.target, m.unit))
                      if levels.target is not None else self.tr("today"))
            if trend:
                detail += "  " + self.tr("%1 vs yesterday").replace("%1", trend)
            state = "none"
            if value is not None and (levels.warning is not None or levels.alarm is not None):
                state = level_status(float(value), levels, m.higher_is_better) or "ok"
            tile.set_value(metric_value(value, m.unit), detail, state)

    def _chart_request(self) -> ChartRequest:
        length, step = WINDOWS[self.window_box.currentData()]
        return ChartRequest(self.metric_box.currentData(), self.ctx.now(), length, step,
                            tuple(self.scopes), dict(self._scope_labels),
                            self.tr("Whole floor"))

    def _refresh_chart(self, force_range: bool = False) -> None:
        """Read and draw the chart now (a choice changed, the chart was resumed)."""
        self._show_chart(_read_chart(self.ctx.db, self._chart_request()), force_range)

    def _show_chart(self, data: ChartData, force_range: bool = False) -> None:
        request = data.request
        m = METRICS[request.key]
        self.chart.set_zone(self.ctx.zone, request.now)
        self.chart.set_value_format(lambda v, unit=m.unit: metric_value(v, unit))
        levels = data.levels
        self.chart.set_levels(levels.target, levels.warning, levels.alarm, m.higher_is_better)
        self.chart.set_series(data.drawn, data.yesterday)
        if force_range or not self.pause_button.isChecked():
            self.chart.show_range(request.now - request.length, request.now)

    def set_wallboard(self, on: bool) -> None:
        super().set_wallboard(on)
        for tile in self.tiles.values():
            tile.set_scale(1.8 if on else 1.0)
