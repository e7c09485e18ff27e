"""Metrics panel: today's headline KPI tiles and a live chart of one metric."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.metrics import METRICS, compute, series
from app.tz import local_midnight
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.formatting import metric_value
from widgets.kpi_tile import KpiTile
from widgets.trend_chart import TrendChart

TILE_KEYS = ("reception_volume", "reply_rate", "first_response_s", "first_reply_30s_rate",
             "satisfaction", "sales")
WINDOWS = {"1h": (3600, "minute"), "8h": (8 * 3600, "hour"), "24h": (24 * 3600, "hour")}


class MetricsDock(PanelDock):
    object_name = "dock.metrics"

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, self.tr("Metrics"), parent)
        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for n, key in enumerate(TILE_KEYS):
            tile = KpiTile(self._name(key))
            self.tiles[key] = tile
            grid.addWidget(tile, n // 3, n % 3)
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Metric"))
        for key, m in METRICS.items():
            self.metric_box.addItem(self._name(key), key)
        self.window_box = QComboBox()
        self.window_box.setAccessibleName(self.tr("Window"))
        for key, label in (("1h", self.tr("Last hour")), ("8h", self.tr("Last 8 hours")),
                           ("24h", self.tr("Last 24 hours"))):
            self.window_box.addItem(label, key)
        settings = QSettings()
        self._select(self.metric_box, settings.value("metrics/chart_metric", "reception_volume"))
        self._select(self.window_box, settings.value("metrics/chart_window", "1h"))
        self.metric_box.currentIndexChanged.connect(self._choice_changed)
        self.window_box.currentIndexChanged.connect(self._choice_changed)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Chart")))
        controls.addWidget(self.metric_box, 1)
        controls.addWidget(self.window_box)
        self.legend = QLabel(self.tr("Solid: today · dashed: same hours yesterday · "
                                     "dotted: target"))
        self.legend.setObjectName("ChartLegend")
        self.chart = TrendChart()
        self.chart.setMinimumHeight(160)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        self.setWidget(body)

    def _name(self, key: str) -> str:
        m = METRICS[key]
        return m.name_zh if self.ctx.lang.startswith("zh") else m.name_en

    @staticmethod
    def _select(combo: QComboBox, key) -> None:
        i = combo.findData(key)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _choice_changed(self) -> None:
        settings = QSettings()
        settings.setValue("metrics/chart_metric", self.metric_box.currentData())
        settings.setValue("metrics/chart_window", self.window_box.currentData())
        self._refresh_chart()

    def refresh(self, changes=None) -> None:
        if changes is not None and not (changes.conversations_added
                                        or changes.conversations_updated):
            return
        ctx = self.ctx
        now = ctx.now()
        today = compute(ctx.db, local_midnight(now, ctx.zone), now + 1e-6, zone=ctx.zone)[0]
        for key, tile in self.tiles.items():
            m = METRICS[key]
            value = today.metrics[key]
            detail = (self.tr("target %1").replace("%1", metric_value(m.target, m.unit))
                      if m.target is not None else self.tr("today"))
            tile.set_value(metric_value(value, m.unit), detail, m.status(value) or "none")
        self._refresh_chart()

    def _refresh_chart(self) -> None:
        ctx = self.ctx
        now = ctx.now()
        key = self.metric_box.currentData()
        length, step = WINDOWS[self.window_box.currentData()]
        start = now - length
        points = series(ctx.db, key, start, now, step)
        day = 86400.0
        yesterday = [(t + day, v) for t, v in series(ctx.db, key, start - day, now - day, step)]
        offset = ctx.zone.utcoffset(dt.datetime.fromtimestamp(now, ctx.zone))
        self.chart.set_utc_offset_west(-int(offset.total_seconds()) if offset else 0)
        m = METRICS[key]
        self.chart.set_data(points, yesterday, m.target, (start, now))

    def set_wallboard(self, on: bool) -> None:
        super().set_wallboard(on)
        for tile in self.tiles.values():
            tile.set_scale(1.8 if on else 1.0)
