"""What the main window expects of a dock: a stable objectName and a refresh hook."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QWidget

from app.records import ChangeSet
from ui.context import AppContext


class PanelDock(QDockWidget):
    object_name = ""
    alert_panel = None  # a panel with its own alert list sets it (ui.alert_panel.AlertPanel)

    def __init__(self, ctx: AppContext, title: str, parent=None) -> None:
        super().__init__(title, parent)
        assert self.object_name, "a dock needs a stable objectName for restoreState"
        self.setObjectName(self.object_name)
        self.ctx = ctx
        self._requested = self._shown = 0  # snapshot generations (request_snapshot, deliver)
        self.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable
                         | QDockWidget.DockWidgetFloatable)

    def setWidget(self, widget: QWidget) -> None:
        """Let the panel shrink: the window must fit a 1366-pixel laptop screen with its
        panels side by side, so combo boxes size to a few characters, not their longest
        item, and summary lines wrap."""
        for combo in widget.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(min(combo.minimumContentsLength() or 4, 4))
        for label in widget.findChildren(QLabel, "PanelSummary"):
            label.setWordWrap(True)
        super().setWidget(widget)

    # A panel whose reads are costly splits its refresh in two: read_job() (GUI thread: what
    # to read for these changes, given what the panel shows) returns a job that runs on any
    # thread with its own connection, and apply_snapshot() shows what the job read. The main
    # window runs the jobs of its periodic refreshes on a worker (ui.snapshot_reader);
    # refresh() runs both here and now (a filter changed, a dialog saved, the tests).
    reads_in_background = False

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Bring the panel up to date; `changes` is None on a periodic clock tick."""
        request = self.request_snapshot(changes)
        if request is not None:
            generation, job = request
            self.deliver(generation, job(self.ctx.db))

    def request_snapshot(self, changes: ChangeSet | None) -> tuple[int, Callable] | None:
        """(generation, job) for read_job(changes), None when nothing needs reading."""
        job = self.read_job(changes)
        if job is None:
            return None
        self._requested += 1
        return self._requested, job

    def deliver(self, generation: int, snapshot: object) -> None:
        """Show a snapshot unless a later request was shown already (a refresh in place
        while a worker was still reading for an earlier one)."""
        if generation < self._shown:
            return
        self._shown = generation
        self.apply_snapshot(snapshot)

    def read_job(self, changes: ChangeSet | None) -> Callable[[sqlite_utils.Database], object] | None:
        """The reads a refresh needs as job(db) → snapshot (no Qt, no self.ctx.db in it)."""
        return None

    def apply_snapshot(self, snapshot: object) -> None:
        """Show what read_job's job read (GUI thread)."""

    def set_wallboard(self, on: bool) -> None:
        """Large, far-readable presentation for full-screen wallboard mode."""
        body = self.widget()
        if body is None:
            return
        font = body.font()
        base = self.font().pointSizeF()
        font.setPointSizeF(base * 1.6 if on else base)
        body.setFont(font)
