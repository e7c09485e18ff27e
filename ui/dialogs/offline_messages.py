"""Patrol item 2's evidence: conversations that arrived in the night window (00:00-08:00)
while nobody was online on their store, with whether they have been answered since."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.catalog import platform_name
from app.patrol import offline_arrivals, offline_window
from ui.context import AppContext
from ui.docks.stores import make_table
from ui.formatting import clock_time
from ui.models.table import CellValue, SnapshotTableModel


class OfflineMessagesDialog(QDialog):
    """Non-modal; deletes itself when closed."""

    def __init__(self, ctx: AppContext, day: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dialog.offlineMessages")
        self.finished.connect(self.deleteLater)
        frm, to = offline_window()
        self.setWindowTitle(self.tr("Offline messages %1 %2–%3").replace("%1", day.isoformat())
                            .replace("%2", frm).replace("%3", to))
        self.resize(720, 420)
        self.arrivals = offline_arrivals(ctx.db, day, ctx.zone)
        waiting = sum(1 for a in self.arrivals if a.first_reply_at is None)
        self.summary = QLabel(
            self.tr("%1 conversations arrived while nobody was online on their store; "
                    "%2 not answered yet.").replace("%1", str(len(self.arrivals)))
            .replace("%2", str(waiting)))
        self.summary.setObjectName("PanelSummary")
        self.summary.setWordWrap(True)
        self.model = SnapshotTableModel([
            self.tr("Arrived"), self.tr("Platform"), self.tr("Store"), self.tr("Customer"),
            self.tr("Answered")], self)
        self.model.update([a.conversation_id for a in self.arrivals], [(
            CellValue(clock_time(a.started_at, ctx.zone), a.started_at),
            CellValue(platform_name(a.platform, ctx.lang)), CellValue(a.store),
            CellValue(a.customer),
            CellValue(clock_time(a.first_reply_at, ctx.zone), a.first_reply_at or 0, "ok")
            if a.first_reply_at else CellValue(self.tr("Not yet"), 0, "alarm"),
        ) for a in self.arrivals])
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Offline messages"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
