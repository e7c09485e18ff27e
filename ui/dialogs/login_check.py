"""The login check's result: every store account, the problems found, and one-step incident."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.catalog import platform_name
from app.login_check import NOT_LOGGED_IN, LoginCheck
from app.patrol import open_incident_for_item
from ui.context import AppContext
from ui.storage_words import error_text
from ui.formatting import ago, date_time
from widgets.status_style import state_style


class LoginCheckDialog(QDialog):
    incident_opened = Signal(int)

    def __init__(self, ctx: AppContext, check: LoginCheck, day: dt.date, shift: str,
                 by: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.check, self.day, self.shift, self.by = ctx, check, day, shift, by
        self.incident_id: int | None = None
        self.setWindowTitle(self.tr("Login check"))
        words = {"online": self.tr("Online"), "away": self.tr("Away"),
                 "offline": self.tr("Offline")}
        problems = {NOT_LOGGED_IN: self.tr("Not logged in"),
                    "unassigned": self.tr("Assigned to nobody")}
        heading = QLabel(self.tr("%1 — recorded as item 1 of today's patrol.")
                         .replace("%1", check.summary(ctx.lang)))
        heading.setWordWrap(True)
        heading.setObjectName("PanelSummary")
        lines = check.problem_lines(ctx.lang)
        self.problem_label = QLabel("\n".join(f"✖ {line}" for line in lines)
                                    or "✔ " + self.tr("Every store account is as expected."))
        self.problem_label.setWordWrap(True)
        table = QTableWidget(len(check.accounts), 6)
        table.setHorizontalHeaderLabels([
            self.tr("Store"), self.tr("Account"), self.tr("Status"), self.tr("Since"),
            self.tr("Assigned to"), self.tr("Problem")])
        ordered = sorted(check.accounts, key=lambda a: (a.problem is None, a.store, a.account))
        for r, a in enumerate(ordered):
            state = ("alarm" if a.problem == NOT_LOGGED_IN else "warning" if a.problem
                     else a.status)
            style = state_style(state)
            cells = [f"{a.store}（{platform_name(a.platform, ctx.lang)}）", a.account,
                     f"{style.glyph} {words[a.status]}",
                     ago(check.at - a.since) if a.since is not None else "—",
                     "、".join(a.holders) or "—", problems.get(a.problem, "")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 or (c == 5 and a.problem):
                    item.setBackground(style.background)
                    item.setForeground(style.foreground)
                table.setItem(r, c, item)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(self.tr("Store accounts checked"))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.incident_button = QPushButton(self.tr("Open incident for the problems"))
        self.incident_button.setEnabled(not check.ok)
        self.incident_button.clicked.connect(self.open_incident)
        buttons.addButton(self.incident_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        stamp = QLabel(self.tr("Checked at %1").replace("%1", date_time(check.at, ctx.zone)))
        for w in (heading, stamp, self.problem_label, table):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def open_incident(self) -> int | None:
        """The problems become one incident, linked from the patrol answer."""
        try:
            self.incident_id = open_incident_for_item(
                self.ctx.db, self.day, self.shift, "login_check", at=self.ctx.now(),
                by=self.by, lang=self.ctx.lang,
                note="\n".join(self.check.problem_lines(self.ctx.lang)))
        except Exception as exc:  # a full disk or a read-only file: say so, keep going
            self.problem_label.setText(self.tr("Incident not opened: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
            return None
        self.incident_button.setEnabled(False)
        self.incident_button.setText(self.tr("Incident #%1 opened")
                                     .replace("%1", str(self.incident_id)))
        self.incident_opened.emit(self.incident_id)
        return self.incident_id
