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
from PySide6.QtCore import QEvent, Qt

from widgets.status_style import current_theme

# Series colours per theme: dark-on-white, light-on-dark. The dash pattern and the symbol
# differ too, so series stay apart without colour.
PALETTES = {
    "light": ("#1f5fbf", "#c2410c", "#15803d", "#7e22ce", "#0e7490", "#a16207", "#be123c"),
    "dark": ("#7cb2ff", "#ff9f5a", "#5fd98a", "#c9a0ff", "#4dd4ea", "#f2c94c", "#ff7f9b"),
}
PALETTE = PALETTES["light"]
# background, axis text, axis line, legend text, legend fill (rgba), comparison, target,
# crosshair, readout text, readout fill (rgba), readout border
CHART_COLOURS = {
    "light": dict(background="#ffffff", text="#333333", axis="#777777", legend="#222222",
                  legend_fill=(255, 255, 255, 210), comparison="#9aa7b8", target="#2e7d32",
                  crosshair="#555555", readout="#111111", readout_fill=(255, 255, 255, 225),
                  readout_border="#888888", warning=(255, 193, 7, 40), alarm=(220, 38, 38, 35)),
    "dark": dict(background="#1b1d21", text="#d6d9de", axis="#8d939c", legend="#e6e8eb",
                 legend_fill=(27, 29, 33, 220), comparison="#7d8796", target="#66bb6a",
                 crosshair="#b0b4ba", readout="#f2f3f5", readout_fill=(40, 43, 48, 235),
                 readout_border="#8d939c", warning=(255, 193, 7, 55), alarm=(239, 83, 80, 60)),
}
DASHES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine, Qt.DashDotDotLine)
SYMBOLS = ("o", "t", "s", "d", "+", "x", "star")


@dataclass(frozen=True)
class Series:
    label: str
    points: Sequence[tuple[float, float | None]]


class TrendChart(pg.PlotWidget):
    _theme: str | None = None  # None while PlotWidget.__init__ runs
    def __init__(self, parent=None, utc_offset_west: int = 0) -> None:
        self._axis = pg.DateAxisItem(orientation="bottom", utcOffset=utc_offset_west)
        super().__init__(parent, axisItems={"bottom": self._axis})
        self.setAccessibleName(self.tr("Trend chart"))
        self.setAccessibleDescription(self.tr(
            "Metric over time; target line and warning and alarm bands"))
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.legend = plot.addLegend(offset=(8, 8))
        self.comparison = plot.plot([], [])
        self.curves: list[pg.PlotDataItem] = []
        self.series: list[Series] = []
        self.target = pg.InfiniteLine(angle=0, movable=False)
        plot.addItem(self.target, ignoreBounds=True)
        self.warning_band = pg.LinearRegionItem(orientation="horizontal", movable=False,
                                                pen=pg.mkPen(None))
        self.alarm_band = pg.LinearRegionItem(orientation="horizontal", movable=False,
                                              pen=pg.mkPen(None))
        for band in (self.warning_band, self.alarm_band):
            band.setZValue(-10)
            plot.addItem(band, ignoreBounds=True)
        self.set_levels(None, None, None, True)
        self.crosshair = pg.InfiniteLine(angle=90, movable=False)
        self.readout = pg.TextItem(anchor=(0, 1))
        for item in (self.crosshair, self.readout):
            item.setVisible(False)
            plot.addItem(item, ignoreBounds=True)
        self._theme = ""  # set: constructed, so theme changes may restyle it
        self.apply_theme()
        self._format: Callable[[float], str] = lambda v: f"{v:g}"
        self._zone: dt.tzinfo = dt.timezone.utc
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setMouseEnabled(x=True, y=False)

    def apply_theme(self) -> None:
        """Colour everything for the current theme (ui/theme.py sets it); idempotent."""
        theme = current_theme()
        if theme == self._theme:
            return
        self._theme = theme
        c = CHART_COLOURS[theme]
        self.setBackground(c["background"])
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(pg.mkPen(c["text"]))
            plot.getAxis(name).setPen(pg.mkPen(c["axis"]))
        self.legend.setLabelTextColor(c["legend"])
        self.legend.setBrush(pg.mkBrush(*c["legend_fill"]))
        self.legend.setPen(pg.mkPen(c["axis"]))
        self.comparison.setPen(pg.mkPen(c["comparison"], width=1.5, style=Qt.DashLine))
        self.target.setPen(pg.mkPen(c["target"], width=1.5, style=Qt.DotLine))
        self.warning_band.setBrush(pg.mkBrush(*c["warning"]))
        self.alarm_band.setBrush(pg.mkBrush(*c["alarm"]))
        self.crosshair.setPen(pg.mkPen(c["crosshair"], width=1))
        self.readout.setColor(c["readout"])
        self.readout.fill = pg.mkBrush(*c["readout_fill"])
        self.readout.border = pg.mkPen(c["readout_border"])
        for n, curve in enumerate(self.curves):
            self._style_curve(curve, n)
        for label in (item for _, item in self.legend.items):  # labels keep their old colour
            label.setText(label.text, color=c["legend"])

    def _style_curve(self, curve: pg.PlotDataItem, n: int) -> None:
        colour = PALETTES[current_theme()][n % len(PALETTE)]
        curve.setPen(pg.mkPen(colour, width=2.5, style=DASHES[n % len(DASHES)]))
        curve.setSymbol(SYMBOLS[n % len(SYMBOLS)])
        curve.setSymbolBrush(colour)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if self._theme is not None and event.type() in (QEvent.StyleChange,
                                                        QEvent.PaletteChange):
            self.apply_theme()

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
                curve = plot.plot([], [], symbolSize=5, symbolPen=None, name=s.label)
                self._style_curve(curve, n)
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
