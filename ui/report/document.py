"""Lay out a ShiftReport as an A4 document and paint it page by page onto a printer or PDF.

The text is laid out once, in layout units of LAYOUT_DPI with design metrics, so a PDF
export and a printout paginate the same way whatever the device's resolution. Every page
gets a running header and "page n / N"; charts are vector drawings (ui/report/chart.py).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QPen, QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat)

from app.catalog import platform_name
from app.coverage import StoreCoverage
from app.patrol import PatrolRound
from app.report_data import IncidentLine, KpiLine, ShiftReport
from ui.report.fonts import report_font
from ui.formatting import metric_value
from ui.report.chart import draw_chart

LAYOUT_DPI = 96
MARGIN_MM = 15.0
HEADER_MM = 8.0  # running header and footer band inside the margins
CHART_OBJECT = QTextFormat.UserObject + 7
CHART_PROPERTY = QTextFormat.UserProperty + 7
CSS = """
body { font-size: 9.5pt; color: #000; }
h1 { font-size: 17pt; margin: 0 0 4px 0; }
h2 { font-size: 12.5pt; margin: 14px 0 4px 0; border-bottom: 1px solid #000; }
h3 { font-size: 10.5pt; margin: 8px 0 2px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #555; padding: 2px 4px; }
table.grid th { background-color: #e4e4e4; font-weight: bold; text-align: left; }
td.num { text-align: right; }
p.summary { margin: 2px 0 4px 0; }
p.note { border: 1px solid #000; padding: 6px; }
"""


def page_layout() -> QPageLayout:
    """A4 portrait with the report's margins."""
    return QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Millimeter)


def _esc(text: object) -> str:
    return html.escape(str(text)).replace("\n", "<br>")


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{_esc(text)}</h{level}>"


def _summary(text: str) -> str:
    return f"<p class='summary'>{_esc(text)}</p>"


def _head_row(titles, widths=None) -> str:
    """A header row, repeated at the top of every page the table continues on."""
    widths = widths or [None] * len(titles)
    cells = "".join(f"<th{'' if w is None else f' width={chr(39)}{w}%{chr(39)}'}>{_esc(t)}</th>"
                    for t, w in zip(titles, widths))
    return f"<thead><tr>{cells}</tr></thead>"


def _table(rows: str, full: bool = True) -> str:
    width = " width='100%'" if full else ""
    return f"<table class='grid'{width} cellspacing='0'>{rows}</table>"


class _ChartHandler(QPyTextObject):
    """Draws the chart objects placed in the document (vector, at any resolution)."""

    def __init__(self, report: ShiftReport, lang: str, size: QSizeF, parent=None) -> None:
        super().__init__(parent)
        self.report, self.lang, self.size = report, lang, size

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:  # noqa: N802 (Qt virtual)
        return self.size

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:  # noqa: N802 (Qt virtual)
        chart = self.report.charts[int(fmt.property(CHART_PROPERTY))]
        draw_chart(painter, QRectF(rect), chart, self.report.zone, self.lang)


class ReportDocument(QObject):
    """The report laid out for A4; paint() draws it onto a QPrinter or QPdfWriter."""

    def __init__(self, report: ShiftReport, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.lang = lang
        layout = page_layout()
        full = layout.fullRect(QPageLayout.Inch)
        inch_w = full.width() - 2 * MARGIN_MM / 25.4
        inch_h = full.height() - 2 * MARGIN_MM / 25.4 - 2 * HEADER_MM / 25.4
        self.page_size = QSizeF(inch_w * LAYOUT_DPI, inch_h * LAYOUT_DPI)
        self._metrics_device = QImage(4, 4, QImage.Format_RGB32)
        dots_per_meter = round(LAYOUT_DPI / 0.0254)
        self._metrics_device.setDotsPerMeterX(dots_per_meter)
        self._metrics_device.setDotsPerMeterY(dots_per_meter)
        self.doc = QTextDocument(self)
        self.doc.documentLayout().setPaintDevice(self._metrics_device)
        self.doc.setUseDesignMetrics(True)
        font = report_font()
        font.setPointSizeF(9.5)
        self.doc.setDefaultFont(font)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultStyleSheet(CSS)
        self.doc.setPageSize(self.page_size)
        gap = 12
        chart_w = (self.page_size.width() - gap) / 2 - 2
        self._charts = _ChartHandler(report, lang, QSizeF(chart_w, chart_w * 0.56), self)
        self.doc.documentLayout().registerHandler(CHART_OBJECT, self._charts)
        self.doc.setHtml(self.html())
        self._place_charts()
        # The chart objects changed formats after the layout began: lay the whole text out
        # again, or blocks after a long table keep a height of 0 and are never painted.
        self.doc.markContentsDirty(0, self.doc.characterCount())

    # -- content ---------------------------------------------------------------------
    def html(self) -> str:
        parts = [self._header_html(), self._kpi_html(), self._charts_html(),
                 self._coverage_html(), self._incidents_html(), self._patrol_html(),
                 self._wellbeing_html(), self._note_html()]
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _time(self, t: float | None, with_date: bool = False) -> str:
        if t is None:
            return "—"
        return dt.datetime.fromtimestamp(t, self.report.zone).strftime(
            "%Y-%m-%d %H:%M" if with_date else "%H:%M")

    def _when(self, t: float) -> str:
        """Clock time, with the date when the report spans more than one day."""
        r = self.report
        one_day = (dt.datetime.fromtimestamp(r.start, r.zone).date()
                   == dt.datetime.fromtimestamp(r.end - 1, r.zone).date())
        same = dt.datetime.fromtimestamp(t, r.zone).date() == \
            dt.datetime.fromtimestamp(r.start, r.zone).date()
        return self._time(t, with_date=not (one_day and same))

    def period_text(self) -> str:
        r = self.report
        span = f"{self._time(r.start, True)} – {self._time(r.end, True)}"
        if r.shift is not None and r.day is not None:
            return (f"{r.day.isoformat()} {r.shift.name(self.lang)} "
                    f"{r.shift.start}–{r.shift.end}")
        return span

    def _header_html(self) -> str:
        r = self.report
        rows = [(self.tr("Floor"), r.floor_name), (self.tr("Shift"), self.period_text()),
                (self.tr("Supervisor"), r.supervisor or "—"),
                (self.tr("Printed"), self._time(r.printed_at, True))]
        cells = "".join(f"<tr><th width='18%'>{_esc(k)}</th><td>{_esc(v)}</td></tr>"
                        for k, v in rows)
        return _heading(1, self.tr("Shift report")) + _table(cells)

    def _status_text(self, status: str | None) -> str:
        words = {"ok": self.tr("✓ on target"), "warning": self.tr("△ warning"),
                 "alarm": self.tr("▲ ALARM")}
        if status is None:
            return "—"
        return f"<b>{_esc(words[status])}</b>" if status == "alarm" else _esc(words[status])

    def _level(self, value: float | None, unit: str) -> str:
        return "—" if value is None else metric_value(value, unit)

    def _kpi_row(self, k: KpiLine) -> str:
        levels = "".join(f"<td class='num'>{_esc(self._level(v, k.unit))}</td>"
                         for v in (k.levels.target, k.levels.warning, k.levels.alarm))
        return (f"<tr><td>{_esc(k.name(self.lang))}</td>"
                f"<td class='num'><b>{_esc(metric_value(k.value, k.unit))}</b></td>"
                f"{levels}<td>{self._status_text(k.status)}</td></tr>")

    def _kpi_html(self) -> str:
        head = _head_row((self.tr("Metric"), self.tr("Value"), self.tr("Target"),
                          self.tr("Warning level"), self.tr("Alarm level"), self.tr("Status")))
        rows = "".join(self._kpi_row(k) for k in self.report.kpis)
        return _heading(2, self.tr("Headline KPIs")) + _table(head + rows)

    def _charts_html(self) -> str:
        cells = [f"<img src='chart:{i}'>" for i in range(len(self.report.charts))]
        lines = "".join("<p>" + "&nbsp;&nbsp;&nbsp;".join(cells[i:i + 2]) + "</p>"
                        for i in range(0, len(cells), 2))
        legend = self.tr("Bars: conversations per interval. Line: the metric per interval "
                         "(gaps: no conversations). Dashed: target. Dotted: warning level.")
        return (_heading(2, self.tr("Metrics over the shift")) + lines
                + f"<p class='summary'><small>{_esc(legend)}</small></p>")

    def _minutes(self, seconds: float) -> str:
        return self.tr("%1 min").replace("%1", f"{seconds / 60:.0f}")

    def _coverage_row(self, c: StoreCoverage) -> str:
        ratio = c.covered_ratio
        gaps = ", ".join(f"{self._when(a)}–{self._time(b)}" for a, b in c.uncovered) or "—"
        cells = [(c.name, ""), (platform_name(c.platform, self.lang), ""),
                 (self._minutes(c.service_s), "num"),
                 ("—" if ratio is None else f"{ratio * 100:.1f}%", "num"),
                 (self._minutes(c.uncovered_s), "num"), (self._minutes(c.below_s), "num"),
                 (gaps, "")]
        return "<tr>" + "".join(f"<td class='{cls}'>{_esc(text)}</td>"
                                for text, cls in cells) + "</tr>"

    def _coverage_html(self) -> str:
        stores = self.report.coverage
        uncovered = [c for c in stores if c.uncovered_s > 0]
        summary = (self.tr("%1 stores in service; %2 had time with nobody online.")
                   .replace("%1", str(len(stores))).replace("%2", str(len(uncovered))))
        head = _head_row((self.tr("Store"), self.tr("Platform"), self.tr("Service time"),
                          self.tr("Covered"), self.tr("Nobody online"),
                          self.tr("Below minimum"), self.tr("Uncovered periods")),
                         widths=(24, 8, 10, 9, 10, 10, 29))
        ordered = sorted(stores, key=lambda c: (-c.uncovered_s, c.platform, c.name))
        rows = "".join(self._coverage_row(c) for c in ordered)
        return (_heading(2, self.tr("Store coverage")) + _summary(summary)
                + _table(head + rows))

    def _incident_row(self, i: IncidentLine, words: dict, severity: dict) -> str:
        opened = (self._when(i.opened_at) if i.opened_at >= self.report.start
                  else self._time(i.opened_at, True))
        state = words.get(i.status, i.status)
        if i.done_at is not None:
            state = f"{state} {self._when(i.done_at)}"
        cells = (opened, i.type_name(self.lang), severity.get(i.severity, i.severity), i.title,
                 state)
        return "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>"

    def _incident_table(self) -> str:
        s = self.report.incidents
        lines = {i.id: i for i in s.opened + s.resolved + s.still_open}
        if not lines:
            return _summary(self.tr("None."))
        words = {"open": self.tr("Open"), "acknowledged": self.tr("Acknowledged"),
                 "mitigated": self.tr("Mitigated"), "resolved": self.tr("Resolved"),
                 "closed": self.tr("Closed")}
        severity = {"low": self.tr("Low"), "medium": self.tr("Medium"),
                    "high": self.tr("High"), "critical": self.tr("Critical")}
        head = _head_row((self.tr("Opened"), self.tr("Type"), self.tr("Severity"),
                          self.tr("Title"), self.tr("Status at the end")),
                         widths=(19, 14, 8, 39, 20))
        rows = "".join(self._incident_row(i, words, severity)
                       for i in sorted(lines.values(), key=lambda i: (i.opened_at, i.id)))
        return _table(head + rows)

    def _escalations_html(self) -> str:
        s = self.report.incidents
        if not s.escalations:
            return _summary(self.tr("None."))
        head = _head_row((self.tr("Time"), self.tr("Incident"), self.tr("Escalation")),
                         widths=(10, 25, 65))
        rows = "".join(f"<tr><td>{_esc(self._when(e.at))}</td><td>{_esc(e.title)}</td>"
                       f"<td>{_esc(e.text)}</td></tr>" for e in s.escalations)
        return _table(head + rows)

    def _incidents_html(self) -> str:
        s = self.report.incidents
        summary = (self.tr("Opened %1 · resolved %2 · still open %3 · escalations %4")
                   .replace("%1", str(len(s.opened))).replace("%2", str(len(s.resolved)))
                   .replace("%3", str(len(s.still_open))).replace("%4", str(len(s.escalations))))
        return "".join((
            _heading(2, self.tr("Incidents")), f"<p class='summary'><b>{_esc(summary)}</b></p>",
            self._incident_table(), _heading(3, self.tr("Escalations")),
            self._escalations_html()))

    def _patrol_table(self, p: PatrolRound) -> str:
        results = {"ok": self.tr("✓ OK"), "problem": self.tr("▲ Problem"),
                   "na": self.tr("– N/A")}
        head = _head_row(("#", self.tr("Item"), self.tr("Result"), self.tr("Note"),
                          self.tr("By"), self.tr("Time")), widths=(4, 26, 12, 38, 12, 8))
        rows = []
        for line in p.lines:
            a = line.answer
            cells = (results[a.result], a.note, a.by, self._time(a.at)) if a else (
                "—", "", "", "")
            rows.append(f"<tr><td class='num'>{line.number}</td>"
                        f"<td>{_esc(line.title(self.lang))}</td>"
                        + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
        return _table(head + "".join(rows))

    def _patrol_html(self) -> str:
        parts = [_heading(2, self.tr("Store patrol"))]
        for p in self.report.patrol:
            head = (f"{p.day.isoformat()} {p.shift.name(self.lang)}: "
                    + self.tr("%1 items done, %2 with a problem")
                    .replace("%1", p.progress).replace("%2", str(p.problems)))
            if p.complete:
                head += " · " + self.tr("complete at %1").replace(
                    "%1", self._time(p.completed_at, True))
            parts.append(f"<p class='summary'><b>{_esc(head)}</b></p>")
            if p.answered:
                parts.append(self._patrol_table(p))
        if not self.report.patrol:
            parts.append(_summary(self.tr("No shift in this period.")))
        return "".join(parts)

    def _wellbeing_html(self) -> str:
        w = self.report.wellbeing
        parts = [_heading(2, self.tr("Wellbeing"))]
        if w.empty:
            parts.append(_summary(self.tr("No wellbeing records.")))
            return "".join(parts)
        rows = "".join(f"<tr><td>{_esc(c.label(self.lang))}</td>"
                       f"<td class='num'>{c.count}</td></tr>" for c in w.counts)
        parts.append(_summary(self.tr("Anonymous counts.")) + _table(rows, full=False))
        if w.named:
            rows = "".join(f"<tr><td>{_esc(a)}</td><td>{_esc(b)}</td></tr>" for a, b in w.named)
            parts.append(_table(rows, full=False))
        return "".join(parts)

    def _note_html(self) -> str:
        note = self.report.handover_note or self.tr("(no note)")
        return (_heading(2, self.tr("Hand-over note for the next shift"))
                + _table(f"<tr><td>{_esc(note)}</td></tr>"))

    def _place_charts(self) -> None:
        """Turn each <img src='chart:N'> into a vector chart object of the same slot."""
        spots = []
        block = self.doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name().startswith("chart:"):
                    spots.append((fragment.position(),
                                  int(fmt.toImageFormat().name().split(":", 1)[1])))
                it += 1
            block = block.next()
        for position, index in spots:
            cursor = QTextCursor(self.doc)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setObjectType(CHART_OBJECT)
            fmt.setProperty(CHART_PROPERTY, index)
            cursor.setCharFormat(fmt)

    # -- painting --------------------------------------------------------------------
    def page_count(self) -> int:
        return self.doc.pageCount()

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device` (its page layout should be page_layout());
        returns the number of pages. The device must not have a painter yet."""
        painter = QPainter()
        if not painter.begin(device):
            raise RuntimeError("cannot paint on the printer or PDF file")
        try:
            return self._paint_pages(painter, device)
        finally:
            painter.end()

    def _paint_pages(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        dpi = device.logicalDpiX()
        scale = dpi / LAYOUT_DPI
        paint_rect = device.pageLayout().paintRectPixels(dpi)
        # The paint rect is relative to the printable area origin (0, 0) at the margin.
        band = HEADER_MM / 25.4 * LAYOUT_DPI
        pages = self.doc.pageCount()
        page_h = self.page_size.height()
        footer_font = report_font(10)  # layout units: 7.5 pt at LAYOUT_DPI
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            width = paint_rect.width() / scale
            painter.setFont(footer_font)
            painter.setPen(QPen(Qt.black))
            self._draw_bands(painter, page, pages, width, band, page_h)
            painter.translate(0, band - page * page_h)
            clip = QRectF(0, page * page_h, self.page_size.width(), page_h)
            painter.setClipRect(clip)
            self.doc.drawContents(painter, clip)
            painter.restore()
        return pages

    def _draw_bands(self, painter: QPainter, page: int, pages: int, width: float,
                    band: float, page_h: float) -> None:
        r = self.report
        title = self.tr("Shift report")
        left = f"{r.floor_name} · {title} · {self.period_text()}"
        painter.drawText(QRectF(0, 0, width, band * 0.7), Qt.AlignLeft | Qt.AlignTop, left)
        painter.drawLine(0, int(band * 0.7), int(width), int(band * 0.7))
        bottom = band + page_h
        number = self.tr("Page %1 / %2").replace("%1", str(page + 1)).replace("%2", str(pages))
        printed = self.tr("Printed %1").replace("%1", self._time(r.printed_at, True))
        painter.drawLine(0, int(bottom + band * 0.3), int(width), int(bottom + band * 0.3))
        painter.drawText(QRectF(0, bottom + band * 0.3, width, band * 0.7),
                         Qt.AlignLeft | Qt.AlignBottom, printed)
        painter.drawText(QRectF(0, bottom + band * 0.3, width, band * 0.7),
                         Qt.AlignRight | Qt.AlignBottom, number)

