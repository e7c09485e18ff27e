"""Panel reads on a worker thread with its own read-only connection; panels get snapshots.

A panel's refresh is its reads (SQL and the row building of app/) and then showing what was
read. At 100 stores / 400 agents the reads of one refresh took 100-300 ms of the GUI thread
(docs/performance.md). Here they run on one worker thread, in the order submitted, on a
connection of its own (WAL: reading never blocks the feed's writes); `done` runs on the GUI
thread with the finished snapshot, `failed` with the exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ReadJob = Callable[[sqlite_utils.Database], Any]


class SnapshotReader(QObject):
    """One worker thread that runs read jobs one at a time; results come back as signals."""

    _finished = Signal(object, object, bool)  # callback, snapshot or exception, ok

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order, and one connection
        self._pool.setExpiryTimeout(-1)  # the thread (and its connection) lives on
        # The worker's connection: made and used on the pool's one thread only. (Not a
        # threading.local: PySide gives a pool thread a new Python thread state per job.)
        self._db: sqlite_utils.Database | None = None
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(self, job: ReadJob, done: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Run job(db) on the worker; done(snapshot) or failed(exc) on this (GUI) thread."""
        if self._closed:
            raise RuntimeError("the snapshot reader is closed")
        self._pool.start(lambda: self._run(job, done, failed))

    def _connection(self) -> sqlite_utils.Database:
        if self._db is None:
            from app.db import open_reader

            self._db = open_reader(self.db_path)  # a panel's read never writes
        return self._db

    def _run(self, job: ReadJob, done, failed) -> None:  # worker thread
        try:
            result, ok = job(self._connection()), True
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread, never raised
            log.exception("a panel's reads failed")
            result, ok = exc, False
        self._finished.emit(failed if not ok else done, result, ok)

    @Slot(object, object, bool)
    def _deliver(self, callback, result, ok: bool) -> None:
        if callback is not None:
            callback(result)

    def close(self, wait_ms: int = 5000) -> None:
        """Finish the queued jobs, close the worker's connection; no more jobs after this."""
        if self._closed:
            return
        self._closed = True
        self._pool.start(self._close_connection)
        self._pool.waitForDone(wait_ms)

    def _close_connection(self) -> None:  # worker thread
        if self._db is not None:
            self._db.close()
            self._db = None
