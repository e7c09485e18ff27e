"""Workload `stores`: the Stores panel at 100 stores / 300 accounts / 400 agents, a status
change every second, each tick refreshed and painted."""

from __future__ import annotations

import gc
import random
import time
from typing import Any

from app.bench.measure import median
from app.bench.registry import BenchRun, Figure, Measure, Target, workload
from app.clock import ManualClock
from app.db import open_database
from app.ingest import Ingestor
from app.records import SessionEvent
from app.roster import RosterEntry, apply_entries
from app.tz import floor_zone
from ui.bench.qt import gui_application

START = 1_795_136_400.0  # 2026-11-20 09:00 in Shanghai: every store in service hours
PLATFORMS = ("tmall", "taobao", "jd", "pinduoduo", "douyin")


def _roster(n_stores: int, accounts_per_store: int, n_agents: int) -> list[RosterEntry]:
    """Each account held by 4 agents; agents spread evenly over the accounts."""
    accounts = [(s, a) for s in range(n_stores) for a in range(accounts_per_store)]
    entries = []
    for k, (s, a) in enumerate(accounts):
        for j in range(4):
            agent = (k * 4 + j) % n_agents
            entries.append(RosterEntry(
                PLATFORMS[s % len(PLATFORMS)], f"店铺{s:03d}", f"店铺{s:03d}:{a}",
                f"客服{agent:03d}", team=f"组{agent % 8}", min_agents=2))
    return entries


def tick_times(db: str, settings_dir: str, stores: int, accounts: int, agents: int,
               ticks: int, changes: int) -> dict[str, Any]:
    """Milliseconds per tick on the GUI thread (showing the snapshot + paint) and of the
    panel's reads (the console runs them on its snapshot reader thread), model resets."""
    app = gui_application(settings_dir)
    from ui.context import AppContext
    from ui.docks.stores import StoresDock

    zone = floor_zone("Asia/Shanghai")
    conn = open_database(db)
    entries = _roster(stores, accounts, agents)
    apply_entries(conn, entries, at=START - 3600)
    rng = random.Random(7)
    pairs = [(e.platform, e.store, e.account, e.agent) for e in entries]
    ingest = Ingestor(conn, source="bench")
    ingest.ingest([SessionEvent(START - 60, *p, "online") for p in pairs if rng.random() < 0.6])
    clock = ManualClock(START)
    ctx = AppContext(db=conn, db_path=db, clock=clock, zone=zone, lang="zh_CN", demo=False)
    dock = StoresDock(ctx)
    dock.resize(1600, 1000)
    dock.tabs.setCurrentWidget(dock.matrix_view)
    dock.show()
    dock.refresh(None)
    app.processEvents()
    gc.freeze()  # as the console does once it is up (ui.application.show_console)
    resets = dock.store_model.resets + dock.matrix_model.resets
    rebuilds = dock.account_model.rebuilds
    cells = dock.matrix_model.changed_cells
    times, reads = [], []
    for i in range(ticks):
        now = START + i + 1
        ingest.ingest([SessionEvent(now, *rng.choice(pairs),
                                    rng.choice(("online", "away", "offline")))
                       for _ in range(changes)])
        clock.set(now)
        began = time.perf_counter()
        generation, job = dock.request_snapshot(None)
        snapshot = job(conn)  # in the console: on the reader thread (ui.snapshot_reader)
        read = time.perf_counter()
        dock.deliver(generation, snapshot)
        dock.matrix_view.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - read) * 1000.0)
        reads.append((read - began) * 1000.0)
    result = {"times": times, "reads": reads,
              "resets": dock.store_model.resets + dock.matrix_model.resets - resets,
              "rebuilds": dock.account_model.rebuilds - rebuilds,
              "cells": dock.matrix_model.changed_cells - cells,
              "rows": dock.matrix_model.rowCount(), "columns": dock.matrix_model.columnCount()}
    dock.close()
    conn.close()
    return result


@workload("stores", "Stores panel at 100 stores / 300 accounts / 400 agents, status changes "
          "every second: refresh + paint per tick, and model resets (must stay 0)",
          Figure("stores_tick", "ms", Target("<", 50)),
          Figure("stores_resets", "resets", Target("<=", 0)))
def stores(run: BenchRun) -> dict[str, Measure]:
    n_stores, n_agents, ticks = run.pick(full=(100, 400, 120), quick=(30, 120, 10),
                                         tiny=(6, 24, 3))
    result = run.call("ui.bench.stores:tick_times", db=str(run.workdir / "stores.db"),
                      settings_dir=str(run.workdir / "settings-stores"), stores=n_stores,
                      accounts=3, agents=n_agents, ticks=ticks, changes=5)
    times = sorted(result["times"])
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    reads = sorted(result["reads"])
    note = (f"p99 of {ticks} ticks of 5 status changes, GUI thread (snapshot shown + paint); "
            f"median {median(times):.1f} ms; the reads (reader thread) median "
            f"{median(reads):.1f} ms, p99 {reads[min(len(reads) - 1, int(len(reads) * 0.99))]:.1f} ms; "
            f"{result['rows']} agents × {result['columns'] - 1} stores; "
            f"{result['cells']} cells changed via dataChanged; "
            f"account tree rebuilt {result['rebuilds']}×")
    return {"stores_tick": Measure(p99, note=note),
            "stores_resets": Measure(float(result["resets"]),
                                     note="model resets during the ticks (dataChanged only)")}
