"""Runs a data source on its own thread and its own connection; tells the GUI what changed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from app.db import open_database
from app.sources import Source
from app.watch import Watchers

log = logging.getLogger(__name__)


class FeedWorker(QObject):
    changed = Signal(object)  # ChangeSet
    state = Signal(str, str)  # state ("live", "demo", "offline", "stopped"), detail

    def __init__(self, db_path: Path, source: Source, interval_ms: int,
                 watchers: Watchers | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.source = source
        self.watchers = watchers
        self.interval_ms = interval_ms
        self._db = None
        self._timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        try:
            self._db = open_database(self.db_path)
            self.source.open(self._db)
        except Exception as exc:  # reported in the status bar, never a traceback dialog
            log.exception("source failed to open")
            self.state.emit("offline", str(exc))
            return
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(self.interval_ms)
        self.tick()

    @Slot()
    def tick(self) -> None:
        try:
            changes = self.source.poll()
        except Exception as exc:
            log.warning("source poll failed: %s", exc)
            self.state.emit("offline", str(exc))
            return
        self.state.emit("demo" if self.source.kind == "demo" else "live", "")
        now = self.source.clock.now()
        if self.watchers is not None and self.watchers.due(now):
            try:
                changes.alerts = bool(self.watchers.run(self._db, now))
            except Exception:  # a failing check must not stop the feed
                log.exception("alert checks failed")
        if changes:
            self.changed.emit(changes)

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._db is not None:
            self._db.close()
            self._db = None
        self.state.emit("stopped", "")


class FeedController(QObject):
    """Owns the worker thread; start() and stop() from the GUI thread."""

    changed = Signal(object)
    state = Signal(str, str)

    def __init__(self, db_path: Path, source: Source, interval_ms: int = 1000,
                 watchers: Watchers | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.thread = QThread()
        self.thread.setObjectName("feed")
        self.worker = FeedWorker(db_path, source, interval_ms, watchers)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        self.worker.changed.connect(self.changed)
        self.worker.state.connect(self.state)
        self._running = False

    def start(self) -> None:
        self._running = True
        self.thread.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        if self.thread.isRunning():
            # stop on the worker's own thread (its timer and connection live there), then end it
            QMetaObject.invokeMethod(self.worker, "stop", Qt.BlockingQueuedConnection)
        self.thread.quit()
        self.thread.wait(10000)
