"""The active alerts: glyph, words and age; acknowledge, or open an incident from one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from app.alerts import Alert, acknowledge, active_alerts
from ui.context import AppContext
from ui.formatting import ago
from widgets.status_style import state_style


class AlertPanel(QWidget):
    open_incident = Signal(object)  # the Alert: its incident, or a new one prefilled
    acknowledged = Signal()

    def __init__(self, ctx: AppContext, kinds: Sequence[str] | None = None,
                 exclude: Sequence[str] = (), parent=None) -> None:
        """kinds: the alert kinds this panel shows (None: all but `exclude`)."""
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = tuple(kinds) if kinds is not None else None
        self.exclude = tuple(exclude)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Active alerts"))
        self.list.setMaximumHeight(96)
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        # Each panel has its own list: Ctrl+K acknowledges in the panel that has focus.
        QShortcut(QKeySequence("Ctrl+K"), self, self._acknowledge,
                  context=Qt.WidgetWithChildrenShortcut)
        self.ack_button.setToolTip(self.tr("Acknowledge the selected alert (Ctrl+K)"))
        self.incident_button = QPushButton(self.tr("Open incident…"))
        self.ack_button.clicked.connect(self._acknowledge)
        self.incident_button.clicked.connect(self._open_incident)
        self.list.currentRowChanged.connect(self._selection_changed)
        buttons = QVBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.incident_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.alerts = []
        self._selection_changed(-1)

    def refresh(self, active: list[Alert] | None = None) -> int:
        """Show the active alerts (`active`: as a panel's snapshot read them; None: read
        them now); returns how many this panel shows."""
        now = self.ctx.now()
        current = self.list.currentItem()
        keep = current.data(Qt.UserRole) if current else None
        if active is None:
            active = active_alerts(self.ctx.db)
        self.alerts = sorted(
            (a for a in active
             if (self.kinds is None or a.kind in self.kinds) and a.kind not in self.exclude),
            key=lambda a: (a.severity != "alarm", -a.raised_at))
        self.list.clear()
        for alert in self.alerts:
            style = state_style("alarm" if alert.severity == "alarm" else "warning")
            done = self.tr(" (acknowledged)") if alert.acknowledged else ""
            item = QListWidgetItem(f"{style.glyph} {alert.message(self.ctx.lang)} · "
                                   f"{ago(now - alert.raised_at)}{done}")
            item.setData(Qt.UserRole, alert.id)
            if not alert.acknowledged:
                item.setBackground(style.background)
                item.setForeground(style.foreground)
            self.list.addItem(item)
            if alert.id == keep:
                self.list.setCurrentItem(item)
        if not self.alerts:
            self.list.addItem(QListWidgetItem("✔ " + self.tr("No active alerts")))
        self._selection_changed(self.list.currentRow())
        return len(self.alerts)

    def _selected(self):
        row = self.list.currentRow()
        return self.alerts[row] if 0 <= row < len(self.alerts) else None

    def _selection_changed(self, _row: int) -> None:
        alert = self._selected()
        self.ack_button.setEnabled(alert is not None and not alert.acknowledged)
        self.incident_button.setEnabled(alert is not None)

    def _acknowledge(self) -> None:
        alert = self._selected()
        if alert is None:
            return
        acknowledge(self.ctx.db, alert.id, self.ctx.now(), by="")
        self.refresh()
        self.acknowledged.emit()

    def _open_incident(self) -> None:
        alert = self._selected()
        if alert is not None:
            self.open_incident.emit(alert)
