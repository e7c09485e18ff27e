"""Data sources behind one interface; the demo floor is the embedded default."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import sqlite_utils

from app.clock import Clock, SimClock
from app.db import get_meta, set_meta
from app.demo import DAY, DemoFloor
from app.ingest import Ingestor
from app.roster import apply_entries
from app.records import ChangeSet
from app.tz import local_midnight


class SourceOffline(Exception):
    """The source cannot be reached or answered nonsense; the message is for the status bar
    (no secrets in it). The feed retries with back-off; nothing already stored is lost.

    `code` and `params`, when given, let the GUI word the reason in its own language
    (ui/source_words.py); the message is the English fallback and the log's text.
    `changes`: what the poll stored before it failed (a feed's earlier pages), if any."""

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.changes: ChangeSet | None = None


STATES = ("demo", "live", "offline", "error", "stopped", "starting")


@dataclass(frozen=True)
class SourceStatus:
    """How one running source is doing, for the status bar and the Sources dialog."""

    key: str  # "demo" or the configured source's id
    label: str
    kind: str
    state: str  # one of STATES
    detail: str = ""  # why offline, or what is being imported
    last_success: float | None = None  # unix seconds of the last good poll
    next_try: float | None = None  # unix seconds of the next retry while offline
    failures: int = 0  # polls failed in a row
    code: str = ""  # SourceOffline.code of the last failure, for wording it
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def working(self) -> bool:
        return self.state in ("demo", "live")


class Source(Protocol):
    kind: str  # "demo", "folder", "http"
    label: str
    clock: Clock  # the time the source's events are judged by
    interval_s: float  # seconds between two polls while the source answers

    def open(self, db: sqlite_utils.Database) -> None:
        """Prepare to write into `db` (called on the writing thread)."""

    def poll(self) -> ChangeSet:
        """Fetch what is new and write it (events and the new cursor in one transaction);
        raises SourceOffline when unreachable, anything else for a local failure."""

    def close(self) -> None:
        """Release what open() took (connections, sockets); the db is closed by the caller."""


class DemoSource:
    """Runs the demo floor on a simulated clock and writes through the ingest path."""

    kind = "demo"
    interval_s = 1.0

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
        stored = get_meta(db, self._cursor_key)
        if stored is not None:
            self.floor.quiet_until = float(stored)

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
            # Its name → id caches may hold rows the failed transaction rolled back.
            self._ingestor = Ingestor(self._db, source="demo")
            raise
        self._unwritten = []
        if to > self.floor.quiet_until:
            set_meta(self._db, self._cursor_key, repr(to))
        return changes

    def close(self) -> None:
        self._db = self._ingestor = None


def _now(clock: Clock | None) -> float:
    return clock.now() if clock else time.time()
