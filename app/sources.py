"""Data sources behind one interface; the demo floor is the embedded default."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol

import sqlite_utils

from app.clock import Clock, SimClock
from app.demo import DAY, DemoFloor
from app.ingest import Ingestor
from app.roster import apply_entries
from app.records import ChangeSet
from app.tz import local_midnight


class Source(Protocol):
    kind: str  # "demo", "folder", "http"
    label: str
    clock: Clock  # the time the source's events are judged by

    def open(self, db: sqlite_utils.Database) -> None:
        """Prepare to write into `db` (called on the writing thread)."""

    def poll(self) -> ChangeSet:
        """Fetch what is new and write it; raises on failure."""


class DemoSource:
    """Runs the demo floor on a simulated clock and writes through the ingest path."""

    kind = "demo"

    def __init__(self, seed: int = 7, speed: float = 1.0, zone: dt.tzinfo = dt.timezone.utc,
                 *, start: float | None = None, backfill_days: int = 1,
                 n_stores: int | None = None, n_agents: int | None = None,
                 real_clock: Clock | None = None) -> None:
        self.clock = SimClock(start if start is not None else _now(real_clock), speed, real_clock)
        begin = local_midnight(self.clock.now(), zone) - backfill_days * DAY
        self.floor = DemoFloor(seed, begin, zone, n_stores, n_agents)
        self.label = f"demo (seed {seed})"
        self._cursor_key = f"demo.cursor.{seed}.{len(self.floor.stores)}.{len(self.floor.agents)}"
        self._db: sqlite_utils.Database | None = None
        self._ingestor: Ingestor | None = None
        self._unwritten: list = []

    def open(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._ingestor = Ingestor(db, source="demo")
        apply_entries(db, self.floor.roster(), at=self.floor.now, by="demo")
        row = db.execute("SELECT value FROM meta WHERE key = ?", [self._cursor_key]).fetchone()
        if row:
            self.floor.quiet_until = float(row[0])

    def poll(self) -> ChangeSet:
        assert self._db is not None and self._ingestor is not None, "open() first"
        to = self.clock.now()
        # Events the floor produced but a failed write (a locked or full database) did not
        # store are kept and written first next time: the simulation has moved past them.
        events = self._unwritten + self.floor.advance(to)
        try:
            changes = self._ingestor.ingest(events)
        except Exception:
            self._unwritten = events
            raise
        self._unwritten = []
        if to > self.floor.quiet_until:
            with self._db.atomic():
                self._db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [self._cursor_key, repr(to)])
        return changes


def _now(clock: Clock | None) -> float:
    return clock.now() if clock else time.time()
