"""A time-series chart: today's line, a faint comparison line and a target line."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TrendChart(pg.PlotWidget):
    def __init__(self, parent=None, utc_offset_west: int = 0) -> None:
        self._axis = pg.DateAxisItem(orientation="bottom", utcOffset=utc_offset_west)
        super().__init__(parent, axisItems={"bottom": self._axis}, background="w")
        self.setAccessibleName("Trend chart")
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(pg.mkPen("#333333"))
            plot.getAxis(name).setPen(pg.mkPen("#777777"))
        self.comparison = plot.plot([], [], pen=pg.mkPen("#9aa7b8", width=1.5,
                                                          style=Qt.DashLine))
        self.curve = plot.plot([], [], pen=pg.mkPen("#1f5fbf", width=2.5),
                               symbol="o", symbolSize=4, symbolBrush="#1f5fbf",
                               symbolPen=None)
        self.target = pg.InfiniteLine(angle=0, movable=False,
                                      pen=pg.mkPen("#2e7d32", width=1.5, style=Qt.DotLine))
        self.target.setVisible(False)
        plot.addItem(self.target)
        self.setMouseEnabled(x=True, y=False)

    def set_utc_offset_west(self, seconds: int) -> None:
        self._axis.utcOffset = seconds

    def set_data(self, points: Sequence[tuple[float, float | None]],
                 comparison: Sequence[tuple[float, float | None]] = (),
                 target: float | None = None, x_range: tuple[float, float] | None = None) -> None:
        xs = [p[0] for p in points if p[1] is not None]
        ys = [p[1] for p in points if p[1] is not None]
        self.curve.setData(xs, ys)
        cx = [p[0] for p in comparison if p[1] is not None]
        cy = [p[1] for p in comparison if p[1] is not None]
        self.comparison.setData(cx, cy)
        self.target.setVisible(target is not None)
        if target is not None:
            self.target.setValue(target)
        if x_range is not None:
            self.setXRange(*x_range, padding=0.01)
        self.getPlotItem().enableAutoRange(axis="y")
