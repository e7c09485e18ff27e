"""Runs each data source on its own thread and its own connection; tells the GUI what changed.

A source that fails is retried with back-off (its interval, doubled after each failure in a
row, at most MAX_BACKOFF_S); the status bar hears about every change of state at once.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from app.db import open_database, storage_problem
from app.records import ChangeSet
from app.source_config import write_meta
from app.sources import Source, SourceOffline, SourceStatus

if TYPE_CHECKING:  # made on the feed thread when it starts (FeedWorker.make_watchers)
    from app.watch import Watchers

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 300.0
SUCCESS_WRITE_S = 60.0  # a source's last success is stored at most this often
PROGRESS_EVERY_S = 0.5


def backoff_s(interval_s: float, failures: int) -> float:
    """Seconds to wait after `failures` failed polls in a row (0: the normal interval)."""
    if failures <= 0:
        return interval_s
    return min(interval_s * 2 ** (failures - 1), max(MAX_BACKOFF_S, interval_s))


def source_key(source: Source) -> str:
    source_id = getattr(source, "source_id", None)
    return "demo" if source_id is None else str(source_id)


def _words(exc: BaseException) -> str:
    """A local failure (not the source's) worded for the status bar: short, the details are
    in ui/storage_words.py where a dialog has room for them."""
    kind = storage_problem(getattr(exc, "__cause__", None) or exc) or storage_problem(exc)
    words = {
        "busy": QCoreApplication.translate("Feed", "the database is busy; trying again"),
        "full": QCoreApplication.translate("Feed", "the disk is full; nothing new is stored"),
        "read_only": QCoreApplication.translate("Feed", "the database file is read-only"),
        "damaged": QCoreApplication.translate("Feed", "the database file is damaged; restart "
                                                      "Floorwatch to restore a backup"),
        "io": QCoreApplication.translate("Feed", "the disk reported an error"),
        "cannot_open": QCoreApplication.translate("Feed", "the database cannot be opened"),
    }
    return words.get(kind) or str(exc) or type(exc).__name__


class FeedWorker(QObject):
    changed = Signal(object)  # ChangeSet
    state = Signal(str, str)  # state (see app.sources.STATES), detail
    status = Signal(object)  # SourceStatus

    def __init__(self, db_path: Path, source: Source, interval_ms: int | None = None,
                 watchers: Watchers | None = None,
                 make_watchers: Callable[[], Watchers] | None = None) -> None:
        """make_watchers: called on the feed thread when it starts, when `watchers` is None."""
        super().__init__()
        self.db_path = db_path
        self.source = source
        self.watchers = watchers
        self.make_watchers = make_watchers
        self.interval_ms = interval_ms if interval_ms is not None else \
            int(getattr(source, "interval_s", 1.0) * 1000)
        self.key = source_key(source)
        self.failures = 0
        self.last_success: float | None = None
        self._stored_success = 0.0
        self._progress_at = 0.0
        self._db = None
        self._timer: QTimer | None = None

    # -- status -------------------------------------------------------------------------
    def _emit(self, state: str, detail: str = "", next_try: float | None = None,
              code: str = "", params: dict | None = None) -> None:
        self.state.emit(state, detail)
        self.status.emit(SourceStatus(self.key, self.source.label, self.source.kind, state,
                                      detail, self.last_success, next_try, self.failures,
                                      code, params or {}))

    def _progress(self, name: str, done: int, total: int) -> None:
        """Called on this thread during a long import (a watched folder's big file)."""
        now = time.monotonic()
        if now - self._progress_at >= PROGRESS_EVERY_S:
            self._progress_at = now
            share = f" {100 * done // total} %" if total else ""
            self._emit("live", QCoreApplication.translate("Feed", "importing %1").replace(
                "%1", name) + share)

    # -- life -----------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        self._emit("starting")
        if self.watchers is None and self.make_watchers is not None:
            self.watchers = self.make_watchers()
        if hasattr(self.source, "progress"):
            self.source.progress = self._progress
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self.tick()

    def _open(self) -> bool:
        """Open the connection and the source; on failure report it, retry with back-off."""
        try:
            self._db = open_database(self.db_path)
            self.source.open(self._db)
        except Exception as exc:  # reported in the status bar, never a traceback dialog
            log.exception("source %s failed to open", self.source.label)
            if self._db is not None:
                self._db.close()
                self._db = None
            self._failed("error", _words(exc))
            return False
        return True

    @Slot()
    def tick(self) -> None:
        if self._db is None and not self._open():
            return
        try:
            changes = self.source.poll()
        except SourceOffline as exc:
            log.warning("source %s offline: %s", self.source.label, exc)
            self._failed("offline", str(exc), exc.code, exc.params)
            changes = exc.changes  # pages stored before the failure
        except Exception as exc:
            log.warning("source %s poll failed: %s", self.source.label, exc)
            self._failed("error", _words(exc))
            changes = None
        else:
            self._succeeded()
        self._watch(changes)
        if changes:
            self.changed.emit(changes)

    def _succeeded(self) -> None:
        self.failures = 0
        self.last_success = time.time()
        self._emit("demo" if self.source.kind == "demo" else "live")
        if self.key != "demo" and self.last_success - self._stored_success >= SUCCESS_WRITE_S:
            try:
                write_meta(self._db, self.key, "last_success", repr(self.last_success))
                self._stored_success = self.last_success
            except sqlite3.Error:
                log.warning("could not store the last success of %s", self.source.label)
        # A feed that stopped at its page limit has more waiting: ask again at once.
        self._schedule(0 if getattr(self.source, "behind", False) else self.interval_ms / 1000)

    def _failed(self, state: str, detail: str, code: str = "",
                params: dict | None = None) -> None:
        self.failures += 1
        wait = backoff_s(self.interval_ms / 1000, self.failures)
        self._emit(state, detail, time.time() + wait, code, params)
        self._schedule(wait)

    def _schedule(self, seconds: float) -> None:
        if self._timer is not None:
            self._timer.start(int(seconds * 1000))

    def _watch(self, changes) -> None:
        """The alert checks run on schedule whether or not this poll brought anything."""
        if self.watchers is None or self._db is None:
            return
        now = self.source.clock.now()
        if self.watchers.due(now):
            try:
                alerts = bool(self.watchers.run(self._db, now))
            except Exception:  # a failing check must not stop the feed
                log.exception("alert checks failed")
                return
            if changes is not None:
                changes.alerts = alerts
            elif alerts:
                self.changed.emit(ChangeSet(alerts=True))

    @Slot()
    def retry_now(self) -> None:
        if self._timer is not None and self.failures:
            self._timer.stop()
            self.tick()

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        try:
            self.source.close()
        except Exception:
            log.exception("source %s failed to close", self.source.label)
        if self._db is not None:
            self._db.close()
            self._db = None
        self._emit("stopped")
        self.thread().quit()  # after this call, not before it: a queued stop must run


class FeedController(QObject):
    """Owns one source's worker thread; start() and stop() from the GUI thread."""

    changed = Signal(object)
    state = Signal(str, str)
    status = Signal(object)

    def __init__(self, db_path: Path, source: Source, interval_ms: int | None = None,
                 watchers: Watchers | None = None, parent: QObject | None = None,
                 make_watchers: Callable[[], Watchers] | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.thread = QThread()
        self.thread.setObjectName(f"feed-{source_key(source)}")
        self.worker = FeedWorker(db_path, source, interval_ms, watchers, make_watchers)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        self.worker.changed.connect(self.changed)
        self.worker.state.connect(self.state)
        self.worker.status.connect(self.status)
        self._running = False

    def start(self) -> None:
        self._running = True
        self.thread.start()

    def retry_now(self) -> None:
        if self._running:
            QMetaObject.invokeMethod(self.worker, "retry_now", Qt.QueuedConnection)

    def request_stop(self) -> None:
        """Stop without waiting: the thread ends once its poll in progress returns."""
        if not self._running:
            return
        self._running = False
        cancel = getattr(self.source, "cancel", None)
        if cancel is not None:
            cancel()  # a long import rolls back instead of running to its end
        if self.thread.isRunning():
            QMetaObject.invokeMethod(self.worker, "stop", Qt.QueuedConnection)

    def stop(self, wait_ms: int = 10000) -> None:
        """Stop and wait for the thread (at quit): a poll in progress ends first."""
        if self._running:
            self.request_stop()
        if not self.thread.wait(wait_ms):
            log.warning("source %s did not stop within %d ms", self.source.label, wait_ms)
            self.thread.quit()
            self.thread.wait(1000)


class FeedHub(QObject):
    """All running sources: one FeedController each, the alert checks on the first one.

    replace() swaps the running set for another; a new source starts only once the
    previous ones have stopped, so one source never has two writers.
    """

    changed = Signal(object)
    state = Signal(str, str)  # the first source's, for callers that know only one
    statuses = Signal(object)  # dict key → SourceStatus, every source's latest

    def __init__(self, db_path: Path, make_watchers=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.make_watchers = make_watchers
        self.controllers: list[FeedController] = []
        self._retiring: list[FeedController] = []
        self._queued: list[Source] | None = None
        self.current: dict[str, SourceStatus] = {}
        self.started = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def source(self) -> Source | None:
        return self.controllers[0].source if self.controllers else None

    def sources(self) -> list[Source]:
        return [c.source for c in self.controllers]

    def _make(self, sources: list[Source]) -> None:
        self.controllers = []
        for i, source in enumerate(sources):
            # the first source's thread runs the alert watchers, made there when it starts
            controller = FeedController(self.db_path, source, parent=self,
                                        make_watchers=self.make_watchers if i == 0 else None)
            controller.changed.connect(self.changed)
            controller.status.connect(self._on_status)
            if i == 0:
                controller.state.connect(self.state)
            self.controllers.append(controller)
        self.current = {source_key(s): SourceStatus(source_key(s), s.label, s.kind, "starting")
                        for s in sources}
        self.statuses.emit(dict(self.current))

    def set_sources(self, sources: list[Source]) -> None:
        """The sources to run (before start())."""
        self._make(sources)

    def start(self) -> None:
        self.started = True
        for controller in self.controllers:
            controller.start()

    def _on_status(self, status: SourceStatus) -> None:
        if any(source_key(c.source) == status.key for c in self.controllers):
            self.current[status.key] = status
            self.statuses.emit(dict(self.current))

    def retry_now(self) -> None:
        for controller in self.controllers:
            controller.retry_now()

    def replace(self, sources: list[Source]) -> None:
        """Stop what runs now, then run `sources` as soon as those have stopped."""
        self.started = True
        for controller in self.controllers:
            controller.request_stop()
            self._retiring.append(controller)
            controller.thread.finished.connect(self._retired)
        self.controllers = []
        self._queued = list(sources)
        self._retired()

    @Slot()
    def _retired(self) -> None:
        self._retiring = [c for c in self._retiring if c.thread.isRunning()]
        if self._retiring or self._queued is None:
            return
        sources, self._queued = self._queued, None
        self._make(sources)
        if self.started:
            self.start()

    @Slot()
    def stop(self) -> None:
        self._queued = None
        for controller in self.controllers + self._retiring:
            controller.stop()
        self._retiring = []
