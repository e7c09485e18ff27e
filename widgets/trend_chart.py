"""A time-series chart: several overlaid series, a faint comparison, target and bands.

A crosshair shows the exact values under the mouse; pens differ in dash pattern as well
as colour so series stay apart for colour-blind readers and in black-and-white print.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt

PALETTE = ("#1f5fbf", "#c2410c", "#15803d", "#7e22ce", "#0e7490", "#a16207", "#be123c")
DASHES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine, Qt.DashDotDotLine)
SYMBOLS = ("o", "t", "s", "d", "+", "x", "star")


@dataclass(frozen=True)
class Series:
    label: str
    points: Sequence[tuple[float, float | None]]


class TrendChart(pg.PlotWidget):
    def __init__(self, parent=None, utc_offset_west: int = 0) -> None:
        self._axis = pg.DateAxisItem(orientation="bottom", utcOffset=utc_offset_west)
        super().__init__(parent, axisItems={"bottom": self._axis}, background="w")
        self.setAccessibleName(self.tr("Trend chart"))
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(pg.mkPen("#333333"))
            plot.getAxis(name).setPen(pg.mkPen("#777777"))
        self.legend = plot.addLegend(offset=(8, 8), labelTextColor="#222222",
                                     brush=pg.mkBrush(255, 255, 255, 210))
        self.comparison = plot.plot([], [], pen=pg.mkPen("#9aa7b8", width=1.5,
                                                          style=Qt.DashLine))
        self.curves: list[pg.PlotDataItem] = []
        self.series: list[Series] = []
        self.target = pg.InfiniteLine(angle=0, movable=False,
                                      pen=pg.mkPen("#2e7d32", width=1.5, style=Qt.DotLine))
        plot.addItem(self.target, ignoreBounds=True)
        self.warning_band = pg.LinearRegionItem(orientation="horizontal", movable=False,
                                                brush=pg.mkBrush(255, 193, 7, 40), pen=pg.mkPen(None))
        self.alarm_band = pg.LinearRegionItem(orientation="horizontal", movable=False,
                                              brush=pg.mkBrush(220, 38, 38, 35), pen=pg.mkPen(None))
        for band in (self.warning_band, self.alarm_band):
            band.setZValue(-10)
            plot.addItem(band, ignoreBounds=True)
        self.set_levels(None, None, None, True)
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#555555", width=1))
        self.readout = pg.TextItem(color="#111111", fill=pg.mkBrush(255, 255, 255, 225),
                                   border=pg.mkPen("#888888"), anchor=(0, 1))
        for item in (self.crosshair, self.readout):
            item.setVisible(False)
            plot.addItem(item, ignoreBounds=True)
        self._format: Callable[[float], str] = lambda v: f"{v:g}"
        self._zone: dt.tzinfo = dt.timezone.utc
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setMouseEnabled(x=True, y=False)

    def set_zone(self, zone: dt.tzinfo, now: float) -> None:
        offset = zone.utcoffset(dt.datetime.fromtimestamp(now, zone))
        self._axis.utcOffset = -int(offset.total_seconds()) if offset else 0
        self._zone = zone

    def set_value_format(self, fmt: Callable[[float], str]) -> None:
        self._format = fmt

    def set_levels(self, target: float | None, warning: float | None, alarm: float | None,
                   higher_is_better: bool) -> None:
        self.target.setVisible(target is not None)
        if target is not None:
            self.target.setValue(target)
        far = 1e12 if not higher_is_better else -1e12
        if warning is not None:
            self.warning_band.setRegion((warning, alarm if alarm is not None else far))
        if alarm is not None:
            self.alarm_band.setRegion((alarm, far))
        self.warning_band.setVisible(warning is not None)
        self.alarm_band.setVisible(alarm is not None)

    def set_series(self, series: Sequence[Series],
                   comparison: Sequence[tuple[float, float | None]] = ()) -> None:
        plot = self.getPlotItem()
        while len(self.curves) > len(series):
            curve = self.curves.pop()
            plot.removeItem(curve)
            self.legend.removeItem(curve)
        for n, s in enumerate(series):
            if n == len(self.curves):
                colour = PALETTE[n % len(PALETTE)]
                curve = plot.plot([], [], pen=pg.mkPen(colour, width=2.5,
                                                       style=DASHES[n % len(DASHES)]),
                                  symbol=SYMBOLS[n % len(SYMBOLS)], symbolSize=5,
                                  symbolBrush=colour, symbolPen=None, name=s.label)
                self.curves.append(curve)
            elif self.series[n].label != s.label:
                self.legend.removeItem(self.curves[n])
                self.legend.addItem(self.curves[n], s.label)
            xs = [p[0] for p in s.points if p[1] is not None]
            ys = [p[1] for p in s.points if p[1] is not None]
            self.curves[n].setData(xs, ys)
        self.series = list(series)
        cx = [p[0] for p in comparison if p[1] is not None]
        cy = [p[1] for p in comparison if p[1] is not None]
        self.comparison.setData(cx, cy)
        plot.enableAutoRange(axis="y")

    def show_range(self, start: float, end: float) -> None:
        self.setXRange(start, end, padding=0.01)

    def values_at(self, x: float) -> list[tuple[str, float, float]]:
        """(label, bucket time, value) of each series' point nearest to x."""
        out = []
        for s in self.series:
            pts = [p for p in s.points if p[1] is not None]
            if not pts:
                continue
            xs = [p[0] for p in pts]
            i = bisect.bisect_left(xs, x)
            best = min((j for j in (i - 1, i) if 0 <= j < len(pts)), key=lambda j: abs(xs[j] - x))
            out.append((s.label, pts[best][0], pts[best][1]))
        return out

    def _mouse_moved(self, pos) -> None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(pos):
            self.crosshair.setVisible(False)
            self.readout.setVisible(False)
            return
        point = plot.vb.mapSceneToView(pos)
        values = self.values_at(point.x())
        if not values:
            return
        when = dt.datetime.fromtimestamp(values[0][1], self._zone).strftime("%m-%d %H:%M")
        lines = [when] + [f"{label}: {self._format(v)}" for label, _, v in values]
        self.crosshair.setPos(values[0][1])
        self.readout.setText("\n".join(lines))
        self.readout.setPos(point.x(), point.y())
        self.crosshair.setVisible(True)
        self.readout.setVisible(True)
