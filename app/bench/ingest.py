"""Workload `ingest`: conversation events/s through the app's ingest path against raw SQLite."""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

from app.bench.data import bench_zone, conversation_events, morning
from app.bench.registry import BenchRun, Figure, Measure, Target, workload
from app.db import open_database
from app.ingest import Ingestor
from app.records import Conversation

BATCH = 1000  # events per transaction, for both paths
_COLUMNS = tuple(f.name for f in fields(Conversation))


def app_rate(path: Path, events: Sequence[Conversation], batch: int = BATCH) -> float:
    """Events/s written by Ingestor (conversations upserted, minute and hour rollups kept)."""
    db = open_database(path)
    try:
        ingestor = Ingestor(db, source="bench")
        gc.collect()  # both paths start from a collected heap: see floor_rate
        began = time.perf_counter()
        for i in range(0, len(events), batch):
            ingestor.ingest(events[i:i + batch])
        return len(events) / (time.perf_counter() - began)
    finally:
        db.close()


def floor_rate(path: Path, events: Sequence[Conversation], batch: int = BATCH) -> float:
    """Rows/s of a bare executemany of the same records into one plain table.

    Same journal mode, synchronous level and transaction size as the app's database.
    """
    rows = [tuple(getattr(e, c) for c in _COLUMNS) for e in events]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"CREATE TABLE events ({', '.join(_COLUMNS)})")
        sql = f"INSERT INTO events VALUES ({', '.join('?' * len(_COLUMNS))})"
        # Building the inputs may leave a full collection due, which would then land in
        # whichever timed pass comes next; collecting first keeps it out of both.
        gc.collect()
        began = time.perf_counter()
        for i in range(0, len(rows), batch):
            conn.execute("BEGIN")
            conn.executemany(sql, rows[i:i + batch])
            conn.execute("COMMIT")
        return len(rows) / (time.perf_counter() - began)
    finally:
        conn.close()


@workload("ingest", "conversation events/s through the app's own ingest path (rollups included)",
          Figure("ingest", "events/s", Target(">=", 0.3, on="ratio"),
                 floor="raw sqlite3 executemany of the same rows into one plain table"))
def ingest(run: BenchRun) -> dict[str, Measure]:
    stores, agents, hours = run.pick(full=(100, 400, 24), quick=(30, 120, 6), tiny=(3, 8, 2))
    zone = bench_zone()
    events = conversation_events(morning(time.time(), zone, 8), hours, stores, agents, zone)
    run.log(f"ingest: {len(events)} conversation events from {stores} stores × {hours} h")
    # Each side's best of three passes (two in quick runs), taken in turns (floor, app,
    # floor, app, …) so a slow patch of the shared machine does not land on one side only.
    floors, apps = [], []
    for i in range(1, 1 + run.pick(full=3, quick=2, tiny=1)):
        floors.append(floor_rate(run.workdir / f"floor-{i}.db", events))
        apps.append(app_rate(run.workdir / f"app-{i}.db", events))
    return {"ingest": Measure(max(apps), max(floors),
                              f"{len(events)} events in transactions of {BATCH}, "
                              f"best of {len(apps)} passes each")}
