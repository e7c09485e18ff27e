"""View → Platform KPIs…: one imported platform figure per day for chosen stores, over the
last 30 or 90 days (store-level figures of the platforms' own exports, never the console's).

The reads are indexed queries on platform_kpis (about 30 ms for 90 days of 100 stores out of
450,000 figures; docs/import.md), so they run on the GUI thread's connection.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from app.importing.messages import format_title
from app.kpi_catalog import catalogue
from app.platform_kpis import SeriesKey, daily_series, fields_with_figures, series_keys
from app.review import local_day_start
from ui.context import AppContext
from ui.formatting import metric_value
from widgets.multi_pick import MultiPicker
from widgets.trend_chart import Series, TrendChart

PERIODS = (30, 90)
DEFAULT_SERIES = 6  # stores drawn when a field is first chosen


class PlatformKpiDialog(QDialog):
    """Not modal; re-reads when the field, the stores or the period change (or Refresh)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keys: list[SeriesKey] = []
        self.labels: dict[SeriesKey, str] = {}
        self.setObjectName("dialog.platform_kpis")
        self.setWindowTitle(self.tr("Platform KPIs"))
        self.resize(1000, 620)
        self.field_box = QComboBox()
        self.field_box.setAccessibleName(self.tr("Figure"))
        self.field_box.setMinimumContentsLength(16)
        self.stores = MultiPicker(self.tr("No store"))
        self.stores.setAccessibleName(self.tr("Stores"))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for days in PERIODS:
            self.period_box.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.setToolTip(self.tr("Read the imported figures again"))
        self.refresh_button.clicked.connect(self.reload)
        self.chart = TrendChart()
        self.chart.setMinimumHeight(300)
        self.chart.setAccessibleName(self.tr("Platform KPI chart"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel(self.tr(
            "The platforms' own daily figures from imported exports (File → Import…), one "
            "line per store and export. A day without a figure is a gap, not zero."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAutoDefault(False)
        controls = QHBoxLayout()
        for text, widget in ((self.tr("Figure:"), self.field_box),
                             (self.tr("Stores:"), self.stores),
                             (self.tr("Period:"), self.period_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget, 1 if widget is not self.period_box else 0)
        controls.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.field_box.currentIndexChanged.connect(self._field_chosen)
        self.stores.changed.connect(self.draw)
        self.period_box.currentIndexChanged.connect(self.draw)
        self.reload()

    # -- choices -----------------------------------------------------------------------
    def field_key(self) -> str | None:
        return self.field_box.currentData()

    def platform_kpis_changed(self) -> None:
        """An import (by hand or from a watched folder) added or corrected figures."""
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read which fields have figures again, keeping the chosen field if it still has."""
        chosen = self.field_key()
        fields = catalogue().fields
        self.field_box.blockSignals(True)
        self.field_box.clear()
        for key in fields_with_figures(self.ctx.db):
            name = fields[key].name(self.ctx.lang) if key in fields else key
            self.field_box.addItem(name, key)
        if chosen is not None and self.field_box.findData(chosen) >= 0:
            self.field_box.setCurrentIndex(self.field_box.findData(chosen))
        self.field_box.blockSignals(False)
        self._field_chosen(keep=True)

    @Slot()
    def _field_chosen(self, *_args, keep: bool = False) -> None:
        field = self.field_key()
        self.keys = series_keys(self.ctx.db, field) if field else []
        stores = {}
        for key in self.keys:
            stores[key.store_id] = stores.get(key.store_id, 0) + 1
        self.labels = {key: self._label(key, stores[key.store_id] > 1) for key in self.keys}
        previous = set(self.stores.selected()) if keep else set()
        self.stores.set_items(list(self.labels.items()))
        wanted = [k for k in self.keys if k in previous] or self.keys[:DEFAULT_SERIES]
        self.stores.set_selected(wanted)
        self.draw()

    def _label(self, key: SeriesKey, with_source: bool) -> str:
        if not with_source:
            return key.store
        return f"{key.store} · {format_title(key.source_format, self.ctx.lang)}"

    # -- the chart ---------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day shown: the last N days up to yesterday."""
        today = dt.datetime.fromtimestamp(self.ctx.now(), self.ctx.zone).date()
        last = today - dt.timedelta(days=1)
        return last - dt.timedelta(days=self.period_box.currentData() - 1), last

    @Slot()
    def draw(self) -> None:
        field = self.field_key()
        chosen = [k for k in self.stores.selected() if isinstance(k, SeriesKey)]
        first, last = self.period()
        if field is None:
            self.summary.setText(self.tr(
                "No platform export has been imported yet. Import the 生意参谋, 飞鸽, 快手 or "
                "京东 exports with File → Import… to chart them here."))
            self.chart.set_series([])
            return
        unit = catalogue().fields[field].unit if field in catalogue().fields else "number"
        data = daily_series(self.ctx.db, field, chosen, first, last)
        zone = self.ctx.zone
        series = [Series(self.labels.get(key, key.store),
                         [(local_day_start(day, zone), value) for day, value in points])
                  for key, points in data.items()]
        self.chart.set_zone(zone, self.ctx.now())
        self.chart.set_value_format(lambda v: metric_value(v, unit))
        self.chart.set_series(series)
        self.chart.show_range(local_day_start(first, zone),
                              local_day_start(last + dt.timedelta(days=1), zone))
        points = sum(len(p) for p in data.values())
        self.summary.setText(
            self.tr("%1 · %2 to %3 · %4 stores · %5 daily figures")
            .replace("%1", self.field_box.currentText()).replace("%2", first.isoformat())
            .replace("%3", last.isoformat()).replace("%4", str(len(chosen)))
            .replace("%5", str(points)))
