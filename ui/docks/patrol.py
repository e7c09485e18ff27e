"""Patrol panel: today's store patrol for the current shift — progress at a glance, one key
per result, a problem turned into an incident in one step, each item's evidence one key away.

Keys with the list focused: O ok, P problem, N not applicable, I open an incident, Enter
opens the item's evidence. Alt+O / Alt+P / Alt+N / Alt+I do the same from the list or while
typing the note.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from app.patrol import (PatrolRound, check_reminder, open_incident_for_item, patrol_round,
                        record_item)
from app.records import ChangeSet
from app.settings import get_setting
from app.shifts import shift_at, shifts
from ui.context import AppContext
from ui.storage_words import error_text
from ui.docks.base import PanelDock
from ui.docks.stores import make_table
from ui.formatting import clock_time
from ui.models.table import CellValue, SnapshotTableModel

RESULT_STATE = {"ok": "ok", "problem": "alarm", "na": "none"}
RELOAD_S = 30.0


class PatrolDock(PanelDock):
    object_name = "patrolDock"
    changed = Signal(object)  # ChangeSet: what a patrol action changed (incidents, alerts)

    def __init__(self, ctx: AppContext, evidence: dict[str, Callable[[], None]],
                 parent=None) -> None:
        super().__init__(ctx, self.tr("Patrol"), parent)
        self.evidence = evidence
        self.patrol: PatrolRound | None = None
        self._last_reload = 0.0
        self._shown: tuple | None = None  # (item, answer id) whose note the note field shows
        self.result_words = {"ok": self.tr("OK"), "problem": self.tr("Problem"),
                             "na": self.tr("N/A")}
        self.heading = QLabel()
        self.heading.setObjectName("PanelSummary")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("PatrolProgress")
        font = self.progress_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.progress_label.setFont(font)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.status_label = QLabel()  # for the main window's status bar
        self.status_label.setObjectName("PatrolStatus")
        self.model = SnapshotTableModel([
            "#", self.tr("Item"), self.tr("Result"), self.tr("Note"), self.tr("By"),
            self.tr("Time")])
        self.view = make_table(self.model, self)
        self.view.setSortingEnabled(False)
        self.view.model().sort(-1)  # the checklist's own order
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)  # the item's name takes the room
        header.setSectionResizeMode(3, QHeaderView.Stretch)  # and its note
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setAccessibleName(self.tr("Patrol items"))
        self.view.activated.connect(lambda _: self.open_evidence())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the selected item"))
        self.note.setAccessibleName(self.tr("Note"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.keys: dict[int, Callable[[], object]] = {}
        row = QHBoxLayout()  # results; then a second row of actions, so the dock stays narrow
        actions = QHBoxLayout()
        for key, text, letter, slot in (
                ("ok", self.tr("OK (O)"), "O", lambda: self.record("ok")),
                ("problem", self.tr("Problem (P)"), "P", lambda: self.record("problem")),
                ("na", self.tr("N/A (N)"), "N", lambda: self.record("na")),
                ("incident", self.tr("Open incident (I)"), "I", self.open_incident),
                ("evidence", self.tr("Evidence (Enter)"), None, self.open_evidence)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            (row if key in ("ok", "problem", "na") else actions).addWidget(button)
            self.buttons[key] = button
            if letter:
                self.keys[getattr(Qt, f"Key_{letter}")] = slot
        self.customise_button = QPushButton(self.tr("Items…"))
        self.customise_button.setToolTip(self.tr("Reorder, add or retire patrol items"))
        self.customise_button.setAutoDefault(False)
        self.customise_button.clicked.connect(self.customise)
        row.addStretch(1)
        actions.addStretch(1)
        actions.addWidget(self.customise_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.progress_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.setWidget(body)
        self.view.installEventFilter(self)
        self.note.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt virtual)
        """The result keys: bare letters in the list, Alt+letter in the list or the note."""
        if event.type() == QEvent.KeyPress and event.key() in self.keys:
            mods = event.modifiers() & ~Qt.KeypadModifier
            if mods == Qt.AltModifier or (mods == Qt.NoModifier and watched is self.view):
                self.keys[event.key()]()
                return True
        return super().eventFilter(watched, event)

    # -- which record ----------------------------------------------------------------
    def current_shift(self) -> tuple[dt.date, str]:
        """(day, shift key) of the shift running now (the day's first one if none is)."""
        now = self.ctx.now()
        found = shift_at(now, self.ctx.zone)
        if found is not None:
            return found[0], found[1].key
        return dt.datetime.fromtimestamp(now, self.ctx.zone).date(), shifts()[0].key

    def refresh(self, changes: ChangeSet | None = None) -> None:
        # Floor events do not change the patrol: with a busy feed look again every
        # RELOAD_S (the shift may have turned, the reminder may be due), else on each tick.
        if changes is not None and self.patrol is not None and \
                time.monotonic() - self._last_reload < RELOAD_S:
            return
        if check_reminder(self.ctx.db, self.ctx.now(), self.ctx.zone):
            self.changed.emit(ChangeSet(alerts=True))
        self.reload()

    def reload(self) -> None:
        self._last_reload = time.monotonic()
        day, shift = self.current_shift()
        self.patrol = patrol_round(self.ctx.db, day, shift, self.ctx.zone)
        p = self.patrol
        lang = self.ctx.lang
        rows = []
        for line in p.lines:
            a = line.answer
            result = CellValue(self.result_words[a.result], a.result, RESULT_STATE[a.result]) \
                if a else CellValue("—")
            if a and a.incident_id:
                result = CellValue(f"{result.text} → #{a.incident_id}", a.result, result.state)
            rows.append((
                CellValue(str(line.number), line.number, align_right=True),
                CellValue(line.title(lang)), result,
                CellValue(a.note if a else ""), CellValue(a.by if a else ""),
                CellValue(clock_time(a.at, self.ctx.zone) if a else "")))
        self.model.update([line.key for line in p.lines], rows)
        self.heading.setText(self.tr("%1 · %2").replace("%1", p.day.isoformat())
                             .replace("%2", p.shift.name(lang)))
        self.progress_label.setText(p.progress)
        self.progress_label.setAccessibleName(
            self.tr("%1 of %2 patrol items done").replace("%1", str(p.answered))
            .replace("%2", str(p.total)))
        self.progress_bar.setMaximum(max(p.total, 1))
        self.progress_bar.setValue(p.answered)
        self.status_label.setText((self.tr("Patrol %1 ✓") if p.complete
                                   else self.tr("Patrol %1")).replace("%1", p.progress))
        if self.view.currentIndex().row() < 0 and p.lines:
            self.select_row(self._next_open_row(0))
        self._selection()

    # -- selection -------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.view.model().index(row, 1)
        self.view.setCurrentIndex(index)

    def selected_line(self):
        if self.patrol is None:
            return None
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        number = int(self.view.model().index(index.row(), 0).data())
        return next((li for li in self.patrol.lines if li.number == number), None)

    def _next_open_row(self, after: int) -> int:
        lines = self.patrol.lines if self.patrol else []
        for offset in range(len(lines)):
            row = (after + offset) % len(lines)
            if lines[row].answer is None:
                return row
        return min(after, max(len(lines) - 1, 0))

    def _selection(self) -> None:
        line = self.selected_line()
        has = line is not None
        for key in ("ok", "problem", "na"):
            self.buttons[key].setEnabled(has and line.item is not None)
        self.buttons["incident"].setEnabled(
            has and line.item is not None and not (line.answer and line.answer.incident_id))
        self.buttons["evidence"].setEnabled(
            has and line.item is not None and line.item.evidence is not None)
        if has and line.item is not None:
            self.buttons["evidence"].setToolTip(line.item.detail(self.ctx.lang))
        shown = (line.key, line.answer.id if line.answer else None) if has else None
        if has and shown != self._shown and not self.note.hasFocus():
            self.note.setText(line.answer.note if line.answer else "")
        self._shown = shown

    def _show_note(self) -> None:
        """The note field shows the selected item's note, even while it has the focus."""
        line = self.selected_line()
        self.note.setText(line.answer.note if line is not None and line.answer else "")

    # -- actions ---------------------------------------------------------------------
    def _who(self) -> str:
        return get_setting(self.ctx.db, "supervisor")

    def record(self, result: str) -> None:
        line = self.selected_line()
        if line is None or line.item is None or self.patrol is None:
            return
        row = line.number - 1
        try:
            record_item(self.ctx.db, self.patrol.day, self.patrol.shift.key, line.key, result,
                        self.note.text(), self._who(), self.ctx.now())
        except Exception as exc:  # a full disk or a read-only file: say so, keep going
            self.message.setText(self.tr("Not saved: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
            return
        self.message.setText("")
        self.reload()
        self.select_row(self._next_open_row(row + 1) if result != "problem" else row)
        self._show_note()
        if check_reminder(self.ctx.db, self.ctx.now(), self.ctx.zone):
            self.changed.emit(ChangeSet(alerts=True))

    def open_incident(self) -> int | None:
        line = self.selected_line()
        if line is None or line.item is None or self.patrol is None:
            return None
        if line.answer is not None and line.answer.incident_id:
            return line.answer.incident_id
        try:
            incident_id = open_incident_for_item(
                self.ctx.db, self.patrol.day, self.patrol.shift.key, line.key,
                at=self.ctx.now(), by=self._who(), lang=self.ctx.lang,
                note=self.note.text())
        except Exception as exc:
            self.message.setText(self.tr("Incident not opened: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
            return None
        self.message.setText(self.tr("Incident #%1 opened for this item.")
                             .replace("%1", str(incident_id)))
        self.reload()
        self.changed.emit(ChangeSet(incidents=True))
        return incident_id

    def open_evidence(self) -> None:
        line = self.selected_line()
        if line is None or line.item is None or line.item.evidence is None:
            return
        action = line.item.evidence
        if action == "offline_messages":
            from ui.dialogs.offline_messages import OfflineMessagesDialog

            dialog = OfflineMessagesDialog(self.ctx, self.patrol.day, self)
            dialog.show()
            return
        handler = self.evidence.get(action)
        if handler is not None:
            handler()

    def customise(self) -> None:
        from ui.dialogs.patrol_items import PatrolItemsDialog

        dialog = PatrolItemsDialog(self.ctx, self)
        dialog.finished.connect(lambda _: self.reload())
        dialog.open()
