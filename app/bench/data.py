"""Floors for the bench: demo conversations of any size, and weeks of history stored via ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from app.db import open_database
from app.demo import DAY, DemoFloor
from app.ingest import Ingestor
from app.records import Conversation
from app.settings import set_setting
from app.sources import DemoSource
from app.tz import local_midnight

BENCH_ZONE = "Asia/Shanghai"  # pinned, so the simulated hour (and so the load) is the same anywhere
SEED = 7


def bench_zone() -> dt.tzinfo:
    return ZoneInfo(BENCH_ZONE)


def morning(now: float, zone: dt.tzinfo, hour: int = 10) -> float:
    """`hour`:00 local time on the day of `now`: a busy hour on the demo floor's daily curve."""
    return local_midnight(now, zone) + hour * 3600.0


def bench_database(path: Path) -> None:
    """Create a database at `path` whose floor runs in the bench's zone."""
    db = open_database(path)
    try:
        set_setting(db, "floor_tz", BENCH_ZONE)
    finally:
        db.close()


def conversation_events(start: float, hours: float, n_stores: int, n_agents: int,
                        zone: dt.tzinfo) -> list[Conversation]:
    """Every conversation event the demo floor produces in `hours` from `start` (updates too)."""
    floor = DemoFloor(SEED, start, zone, n_stores, n_agents)
    return [e for e in floor.advance(start + hours * 3600.0) if isinstance(e, Conversation)]


def _final_day(day: float, n_stores: int, n_agents: int, zone: dt.tzinfo) -> list[Conversation]:
    """The last state of every conversation of one simulated day starting at midnight `day`."""
    latest: dict[str, Conversation] = {}
    for conv in conversation_events(day, 24.0, n_stores, n_agents, zone):
        latest[conv.conversation_id or conv.key()] = conv
    return list(latest.values())


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _repeat_day(db: sqlite_utils.Database, day: float, days: int) -> None:
    """Copy the conversations and rollups of the day at midnight `day` onto the days before it.

    The copies are what ingesting the same conversations a day earlier would store: times and
    buckets move by whole days, conversation ids get a suffix.
    """
    conv = [c for c in _columns(db, "conversations") if c != "id"]
    rollups = {"rollup_hour": _columns(db, "rollup_hour")}
    with db.atomic():
        for k in range(1, days):
            by = int(k * DAY)
            picked = [f"{c} - {by}" if c in ("started_at", "first_reply_at", "ended_at")
                      else f"{c} || '.{k}'" if c == "conversation_id" else c
                      for c in conv]
            db.execute(f"INSERT INTO conversations ({', '.join(conv)}) "
                       f"SELECT {', '.join(picked)} FROM conversations "
                       "WHERE started_at >= ? AND started_at < ?", [day, day + DAY])
            for table, cols in rollups.items():
                picked = [f"{c} - {by}" if c in ("bucket", "last_started") else c
                          for c in cols]
                db.execute(f"INSERT INTO {table} ({', '.join(cols)}) "
                           f"SELECT {', '.join(picked)} FROM {table} "
                           "WHERE bucket >= ? AND bucket < ?", [day, day + DAY])


def seed_history(db: sqlite_utils.Database, *, days: int, n_stores: int, n_agents: int,
                 last_day: float, zone: dt.tzinfo, batch: int = 5000) -> int:
    """Store `days` days of finished conversations, the last one the day at midnight `last_day`.

    One demo day is simulated and written through the app's ingest path (conversations and
    rollups as the app keeps them), then repeated on every earlier day.
    Returns the number of conversations stored.
    """
    template = _final_day(last_day, n_stores, n_agents, zone)
    ingestor = Ingestor(db, source="bench")
    for i in range(0, len(template), batch):
        ingestor.ingest(template[i:i + batch])
    _repeat_day(db, last_day, days)
    return len(template) * days


def demo_database(path: Path, **options) -> None:
    """A bench database the demo floor has already filled up to now (`options`: DemoSource's)."""
    bench_database(path)
    db = open_database(path)
    try:
        source = DemoSource(SEED, 1.0, bench_zone(), **options)
        source.open(db)
        source.poll()
    finally:
        db.close()


def seed_incidents(db: sqlite_utils.Database, *, count: int, start: float, end: float) -> int:
    """Log `count` incidents spread over [start, end), each on a store and with one note."""
    from app.floor import store_names
    from app.incidents import add_entry, incident_types, open_incident

    types = [t.key for t in incident_types()]
    stores = [sid for sid, _, _ in store_names(db)]
    for i in range(count):
        at = start + (end - start) * (i + 0.5) / count
        incident = open_incident(db, at=at, type=types[i % len(types)],
                                 title=f"Bench incident {i + 1}", owner="bench",
                                 store_ids=[stores[i % len(stores)]] if stores else ())
        add_entry(db, incident, at=at + 60.0, author="bench",
                  text="Checked the store: customers are being answered again.")
    return count
