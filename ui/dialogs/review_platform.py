"""The yesterday review's "Platform exports" tab: figures from imported platform KPI exports,
labelled with their source, the console's computed figure beside them where one corresponds."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.catalog import platform_name
from app.importing.messages import format_title
from app.kpi_catalog import catalogue
from app.metrics import METRICS
from app.platform_review import PlatformReviewRow
from ui.context import AppContext
from ui.docks.stores import make_table
from ui.formatting import date_time, metric_value
from ui.models.table import CellValue, SnapshotTableModel


class PlatformFiguresTab(QWidget):
    """A sortable table, one row per imported figure; never mixed with the computed tabs."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.about = self.tr(
            "Figures as the platforms' own exports give them (File → Import…), labelled with "
            "the export they came from. Where a console metric corresponds, the console's "
            "figure for the same store and day, computed from conversations, is beside it.")
        self.note = QLabel(self.about)
        self.note.setWordWrap(True)
        self.model = SnapshotTableModel([
            self.tr("Store"), self.tr("Platform"), self.tr("Agent or account"),
            self.tr("Source"), self.tr("Figure"), self.tr("Platform export"),
            self.tr("Console (computed)")], self)
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Yesterday's platform export figures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def show_rows(self, rows: Sequence[PlatformReviewRow], day_text: str) -> None:
        self.note.setText(self.about if rows else self.tr(
            "No platform export was imported for %1. Import the day's 生意参谋, 飞鸽, "
            "快手 or 京东 exports with File → Import… to see them here.").replace("%1", day_text))
        keys = [(r.figure.source_format, r.figure.store_id, r.figure.account or "",
                 r.figure.field) for r in rows]
        self.model.update(keys, [self._cells(r) for r in rows])

    def _cells(self, row: PlatformReviewRow) -> tuple[CellValue, ...]:
        f = row.figure
        lang = self.ctx.lang
        field = catalogue().fields.get(f.field)
        name = field.name(lang) if field else f.field
        whole = self.tr("(whole store)")
        source = format_title(f.source_format, lang)
        imported = (self.tr("As written: %1\nFile: %2\nImported: %3")
                    .replace("%1", f.raw).replace("%2", f.import_file)
                    .replace("%3", date_time(f.imported_at, self.ctx.zone)))
        cells = [CellValue(f.store), CellValue(platform_name(f.platform, lang)),
                 CellValue(f.account or whole, (f.account is not None, f.account or "")),
                 CellValue(source, tooltip=self.tr("Imported from: %1").replace("%1", source)),
                 CellValue(name),
                 CellValue(metric_value(f.value, f.unit), f.value, align_right=True,
                           tooltip=imported)]
        if row.metric is None or f.account is not None:
            cells.append(CellValue("", -math.inf))
        else:
            metric = METRICS[row.metric]
            cells.append(CellValue(
                metric_value(row.console, metric.unit),
                -math.inf if row.console is None else row.console, align_right=True,
                tooltip=self.tr("The console's %1, computed from the day's conversations")
                .replace("%1", metric.name(lang))))
        return tuple(cells)
