"""Workload `history`: draw a 7-day chart of one store and one metric from weeks of stored data."""

from __future__ import annotations

import argparse
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget

from app.bench.data import SEED, bench_database, bench_zone, seed_history
from app.bench.measure import median
from app.bench.registry import BenchRun, Figure, Measure, Target, workload
from app.db import open_database
from app.floor import store_names
from app.tz import local_midnight
from ui.bench.qt import gui_application

METRIC = "reception_volume"  # the chart's default metric, read from the hourly rollups


def draw_times(db: str, settings_dir: str, repeats: int) -> list[float]:
    """Milliseconds to show METRIC over 7 days for one store after another, painted."""
    app = gui_application(settings_dir)
    from ui.application import build_window

    window, _ = build_window(argparse.Namespace(db=db, demo=False, demo_speed=1.0,
                                                demo_seed=SEED))
    dock = window.findChild(QDockWidget, "dock.metrics")
    dock.metric_box.setCurrentIndex(dock.metric_box.findData(METRIC))
    dock.window_box.setCurrentIndex(dock.window_box.findData("7d"))
    stores = [sid for sid, _, _ in store_names(window.ctx.db)]
    times: list[float] = []

    def draw() -> None:
        for i in range(repeats):
            began = time.perf_counter()
            dock.set_scopes([f"store:{stores[i % len(stores)]}"])
            dock.chart.viewport().repaint()
            times.append((time.perf_counter() - began) * 1000.0)
        window.close()
        app.quit()

    window.show()
    QTimer.singleShot(0, draw)
    app.exec()
    return times


@workload("history", "draw a 7-day chart of one store and metric with 30 days × 50 stores stored",
          Figure("history", "ms", Target("<", 100)))
def history(run: BenchRun) -> dict[str, Any]:
    days, stores, agents = run.pick(full=(30, 50, 200), quick=(8, 20, 80), tiny=(2, 3, 8))
    path = run.workdir / "history.db"
    bench_database(path)
    zone = bench_zone()
    db = open_database(path)
    try:
        began = time.perf_counter()
        stored = seed_history(db, days=days, n_stores=stores, n_agents=agents,
                              last_day=local_midnight(time.time(), zone), zone=zone)
    finally:
        db.close()
    run.log(f"history: {stored} conversations over {days} days × {stores} stores stored in "
            f"{time.perf_counter() - began:.1f} s")
    repeats = run.pick(full=10, quick=5, tiny=2)
    ms = run.call("ui.bench.history:draw_times", db=str(path),
                  settings_dir=str(run.workdir / "settings-history"), repeats=repeats)
    return {"history": Measure(median(ms), note=(
        f"median of {repeats} stores, {METRIC}, hourly; first {ms[0]:.0f} ms, max {max(ms):.0f} ms;"
        f" {days} days × {stores} stores, {stored} conversations"))}
