"""The daily backup, never on the GUI thread: once soon after start if due, then checked
hourly; File → Back up now makes one at once. The outcome is shown in the status bar."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (QCoreApplication, QLocale, QObject, QSettings, QThreadPool, QTime,
                            QTimer, Signal, Slot)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from app.db import StorageError, is_writable, open_database
from ui.formatting import date_time, time_format
from ui.storage_words import backup_error_text, read_only_warning

if TYPE_CHECKING:  # imported by the job itself: not needed before the first paint
    from app.backup import BackupError, BackupRun

log = logging.getLogger(__name__)
START_DELAY_MS = 30_000  # after the first paint and the feed's catch-up, not during them
CHECK_MS = 3_600_000  # hourly: a console left running over midnight backs up the new day
FOLDER_KEY = "backup/last_folder"  # QSettings: where the recovery dialog looks first


class _Results(QObject):
    """Carries a run's outcome from the pool thread to the GUI thread (it lives there)."""

    done = Signal(object)  # BackupRun
    failed = Signal(object)  # BackupError
    writable = Signal(bool)


def _work(results: _Results, db_path: Path, zone: dt.tzinfo, force: bool,
          cancelled: Callable[[], bool], clock: Callable[[], float]) -> None:
    """Pool thread: its own connection; the backup, the record in meta, the pruning."""
    from app import backup
    from app.backup import BackupError

    try:
        db = open_database(db_path, migrate=False, quick_check=False)
    except StorageError as exc:
        results.failed.emit(BackupError("damaged", str(exc), detail=str(exc)))
        return
    try:
        results.writable.emit(is_writable(db))
        now = dt.datetime.fromtimestamp(clock(), zone)  # real time: backups are real files
        results.done.emit(backup.scheduled_backup(db, now, force=force, cancelled=cancelled))
    except BackupError as exc:
        results.failed.emit(exc)
    except Exception as exc:  # noqa: BLE001 - said in the status bar, never a traceback
        log.exception("backup failed")
        results.failed.emit(BackupError("io", str(exc), detail=str(exc)))
    finally:
        db.close()


def _probe(results: _Results, db_path: Path) -> None:
    """Pool thread: whether the database can be written at all (said at once at start)."""
    try:
        db = open_database(db_path, migrate=False, quick_check=False)
    except StorageError:
        return  # the backup run says what is wrong
    try:
        results.writable.emit(is_writable(db))
    finally:
        db.close()


class BackupJob(QObject):
    """Owns the "Back up now" action and the status-bar label; one run at a time."""

    finished = Signal(object)  # BackupRun or BackupError, once the GUI has shown it

    def __init__(self, db_path: Path, zone: dt.tzinfo, parent: QWidget,
                 pool: QThreadPool | None = None, clock: Callable[[], float] = time.time,
                 start_delay_ms: int = START_DELAY_MS, check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.zone = zone
        self.pool = pool or QThreadPool.globalInstance()
        self.clock = clock
        self.start_delay_ms = start_delay_ms
        self.running = False
        self.read_only = False
        self._stop = threading.Event()
        self._results = _Results(self)
        self._results.done.connect(self._done)
        self._results.failed.connect(self._failed)
        self._results.writable.connect(self._writable)
        self.action = QAction(self.tr("&Back up now"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.setToolTip(self.tr("Copy the database to the backup folder now "
                                       "(Ctrl+Shift+B)"))
        self.action.triggered.connect(self.back_up_now)
        self.label = QLabel()
        self.label.setObjectName("BackupStatus")
        self._status = ""
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a running copy between two steps
            app.aboutToQuit.connect(self.cancel)

    def start(self) -> None:
        """A read-only database is said at once; the schedule: a first check after
        start_delay_ms, then every check_ms."""
        results, path = self._results, self.db_path
        self.pool.start(lambda: _probe(results, path))
        QTimer.singleShot(self.start_delay_ms, self, self.check)
        self._timer.start()

    @Slot()
    def check(self) -> bool:
        """Back up if none was made today; False when a run is already going."""
        return self._run(force=False)

    @Slot()
    def back_up_now(self) -> bool:
        return self._run(force=True)

    @Slot()
    def cancel(self) -> None:
        self._stop.set()
        self._timer.stop()

    def _run(self, force: bool) -> bool:
        if self.running or self._stop.is_set():
            return False
        self.running = True
        self.action.setEnabled(False)
        if force:
            self._show(self.tr("Backing up…"))
        args = (self._results, self.db_path, self.zone, force, self._stop.is_set, self.clock)
        self.pool.start(lambda: _work(*args))
        return True

    def _finish(self, outcome: object) -> None:
        self.running = False
        self.action.setEnabled(True)
        self.finished.emit(outcome)

    @Slot(object)
    def _done(self, run: BackupRun) -> None:
        if run.made is not None:
            self._show(self.tr("Backed up %1").replace("%1", self._when(run.at or self.clock())),
                       self.tr("Latest backup: %1").replace("%1", str(run.made)))
            QSettings().setValue(FOLDER_KEY, str(run.made.parent))
        elif not self._status:
            self._show("")
        self._finish(run)

    @Slot(object)
    def _failed(self, exc: BackupError) -> None:
        if exc.code != "cancelled":
            log.warning("backup failed: %s", exc)
        self._show("⚠ " + backup_error_text(exc), str(exc))
        self._finish(exc)

    @Slot(bool)
    def _writable(self, writable: bool) -> None:
        self.read_only = not writable
        self._show(self._status, self.label.toolTip())

    def _when(self, t: float) -> str:
        moment = dt.datetime.fromtimestamp(t, self.zone)
        if moment.date() != dt.datetime.fromtimestamp(self.clock(), self.zone).date():
            return date_time(t, self.zone)
        return QLocale().toString(QTime(moment.hour, moment.minute), time_format())

    def _show(self, status: str, tip: str = "") -> None:
        self._status = status
        parts = [read_only_warning()] if self.read_only else []
        self.label.setText("  ".join(parts + ([status] if status else [])))
        self.label.setToolTip(tip)
        self.label.setProperty("fwError", self.read_only or status.startswith("⚠"))
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
