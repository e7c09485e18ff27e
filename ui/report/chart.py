"""A print chart drawn with QPainter: vector output, readable in black and white.

Bars are grey with a black outline, lines are black with a marker on every point; the
target is a dashed line and the warning level a dotted one, each labelled in words.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from app.report_data import ChartSeries
from ui.formatting import metric_value
from ui.report.fonts import report_font

INK = QColor("#000000")
GRID = QColor("#c8c8c8")
BAR = QColor("#b0b0b0")


def _nice_max(value: float) -> float:
    """A round axis maximum at or above value (1, 2, 2.5, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _axis_max(chart: ChartSeries) -> float:
    values = [v for _, v in chart.points if v is not None]
    levels = [x for x in (chart.levels.target, chart.levels.warning) if x is not None]
    top = max(values + levels, default=0.0)
    if chart.unit == "ratio":
        return max(1.0, _nice_max(top)) if top > 1 else 1.0
    if chart.unit == "count":  # whole numbers on each of the four grid lines
        return max(4.0, math.ceil(_nice_max(top * 1.1) / 4) * 4)
    return _nice_max(top * 1.1)


def _tick_label(value: float, unit: str) -> str:
    if unit == "ratio":
        return f"{value * 100:.0f}%"
    if unit == "seconds":
        return f"{value:g}s"
    return f"{value:g}"


def draw_chart(painter: QPainter, rect: QRectF, chart: ChartSeries, zone: dt.tzinfo,
               lang: str) -> None:
    """Draw `chart` into `rect` (layout units, about 96 per inch)."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    font = report_font(max(8, int(rect.height() / 17)))
    painter.setFont(font)
    line_h = painter.fontMetrics().height()
    title = chart.name(lang)
    painter.setPen(QPen(INK))
    bold = report_font(font.pixelSize(), bold=True)
    painter.setFont(bold)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line_h),
                     Qt.AlignLeft | Qt.AlignVCenter, title)
    painter.setFont(font)
    label_w = painter.fontMetrics().horizontalAdvance("100%") + 6
    plot = QRectF(rect.left() + label_w, rect.top() + line_h * 1.4,
                  rect.width() - label_w - 4, rect.height() - line_h * 2.8)
    top = _axis_max(chart)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * min(value, top) / top

    n = len(chart.points)
    slot = plot.width() / max(n, 1)
    thin = max(rect.height() / 260, 0.5)
    # grid and y labels
    for i in range(5):
        value = top * i / 4
        y = y_of(value)
        painter.setPen(QPen(GRID, thin))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(INK))
        painter.drawText(QRectF(rect.left(), y - line_h / 2, label_w - 4, line_h),
                         Qt.AlignRight | Qt.AlignVCenter, _tick_label(value, chart.unit))
    # x labels: local clock time on whole hours, thinned to fit
    hours = [i for i, (t, _) in enumerate(chart.points)
             if dt.datetime.fromtimestamp(t, zone).minute == 0]
    if hours:
        every = max(1, math.ceil(len(hours) * painter.fontMetrics().horizontalAdvance("00:00 ")
                                 / plot.width()))
        for i in hours[::every]:
            t = chart.points[i][0]
            x = plot.left() + slot * i
            text = dt.datetime.fromtimestamp(t, zone).strftime(
                "%H:%M" if chart.step_s < 3600 or len(chart.points) <= 48 else "%m-%d %H")
            painter.setPen(QPen(INK, thin))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line_h * 0.25))
            painter.drawText(QRectF(x - 40, plot.bottom() + line_h * 0.25, 80, line_h),
                             Qt.AlignHCenter | Qt.AlignTop, text)
    # data
    if chart.unit == "count":
        painter.setPen(QPen(INK, thin))
        painter.setBrush(QBrush(BAR))
        for i, (_, value) in enumerate(chart.points):
            if value:
                y = y_of(float(value))
                painter.drawRect(QRectF(plot.left() + slot * i + slot * 0.15, y,
                                        slot * 0.7, plot.bottom() - y))
    else:
        painter.setPen(QPen(INK, thin * 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.setBrush(QBrush(INK))
        previous = None
        radius = max(thin * 2.2, min(slot * 0.25, thin * 4))
        for i, (_, value) in enumerate(chart.points):
            if value is None:
                previous = None
                continue
            point = QPointF(plot.left() + slot * (i + 0.5), y_of(float(value)))
            if previous is not None:
                painter.drawLine(previous, point)
            painter.drawEllipse(point, radius, radius)
            previous = point
    # levels: a line style each, named in a legend above the plot (words, not colour)
    painter.setBrush(Qt.NoBrush)
    legend_right = rect.right() - 2
    for level, style, word in (
            (chart.levels.warning, Qt.DotLine,
             QCoreApplication.translate("ShiftReport", "warning %1")),
            (chart.levels.target, Qt.DashLine,
             QCoreApplication.translate("ShiftReport", "target %1"))):
        if level is None:
            continue
        pen = QPen(INK, thin * 2.5, style)
        if level <= top:
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y_of(level)), QPointF(plot.right(), y_of(level)))
        text = word.replace("%1", metric_value(level, chart.unit))
        text_w = painter.fontMetrics().horizontalAdvance(text)
        painter.setPen(QPen(INK))
        painter.drawText(QRectF(legend_right - text_w, rect.top(), text_w, line_h),
                         Qt.AlignRight | Qt.AlignVCenter, text)
        sample = line_h * 1.6
        painter.setPen(pen)
        y = rect.top() + line_h / 2
        painter.drawLine(QPointF(legend_right - text_w - sample - 3, y),
                         QPointF(legend_right - text_w - 3, y))
        legend_right -= text_w + sample + line_h
    painter.setPen(QPen(INK, thin * 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    if all(v in (None, 0) for _, v in chart.points):
        painter.drawText(plot, Qt.AlignCenter,
                         QCoreApplication.translate("ShiftReport", "no conversations"))
    painter.restore()
