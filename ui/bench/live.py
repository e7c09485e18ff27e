"""Workload `live`: the console on a big demo floor at 60×, then with the demo paused (idle).

Both in one session, so the floor is backfilled once: a minute live, then a minute paused.
"""

from __future__ import annotations

import time
from typing import Any

from app.bench.data import bench_database, bench_zone, morning
from app.bench.measure import describe_lag
from app.bench.registry import BenchRun, Figure, Measure, Target, workload

SPEED = 60.0
SESSION = "ui.bench.session:run_window"
NO_SOURCE = "the same window with no data source"


def demo_floor(run: BenchRun) -> dict[str, Any]:
    """The demo floor the console runs in these workloads, from 10:00 on the simulated day."""
    stores, agents, backfill = run.pick(full=(100, 400, 1), quick=(30, 120, 0), tiny=(4, 12, 0))
    return {"start": morning(time.time(), bench_zone()), "n_stores": stores, "n_agents": agents,
            "backfill_days": backfill}


def session(run: BenchRun, name: str, phases: list[dict[str, Any]], **kwargs: Any
            ) -> dict[str, Any]:
    """A measured console session in a fresh process, on the database `name` (made if new)."""
    db = run.workdir / f"{name}.db"
    if not db.exists():
        bench_database(db)
    kwargs.setdefault("settle", run.pick(full=3.0, quick=2.0, tiny=0.5))
    return run.call(SESSION, db=str(db), settings_dir=str(run.workdir / f"settings-{name}"),
                    phases=phases, **kwargs)


def floor_label(options: dict[str, Any]) -> str:
    return f"{options['n_stores']} stores / {options['n_agents']} agents at {SPEED:g}×"


@workload("live", "demo floor at 60× with all panels open: GUI lag and CPU; then paused (idle)",
          Figure("live.lag_p99", "ms", Target("<", 50), floor=NO_SOURCE),
          Figure("live.cpu", "%", Target("<", 25), floor=NO_SOURCE),
          Figure("idle", "%", Target("<", 1)))
def live(run: BenchRun) -> dict[str, Measure]:
    seconds = run.pick(full=60.0, quick=5.0, tiny=1.0)
    options = demo_floor(run)
    done = session(run, "live", [{"seconds": seconds},
                                 {"seconds": seconds, "pause": True, "lag": False}],
                   speed=SPEED, demo_options=options)
    busy, paused = done["phases"]
    run.log(f"live: first batch after {done['first_batch_s']:.1f} s; {busy['events']:,} events "
            f"stored in {busy['seconds']:.0f} s; lag {describe_lag(busy['lag_ms'])}; "
            f"CPU {busy['cpu_percent']:.1f} %")
    run.log(f"idle: CPU {paused['cpu_percent']:.2f} % (no lag probe)")
    # the floor: the same data, nothing coming in (a still window: half the time is plenty)
    still = session(run, "live", [{"seconds": max(1.0, seconds / 2)}], demo=False)["phases"][0]
    run.log(f"live floor: lag {describe_lag(still['lag_ms'])}; CPU {still['cpu_percent']:.1f} %")
    note = f"{floor_label(options)}, {busy['seconds']:.0f} s"
    return {
        "live.lag_p99": Measure(busy["lag_ms"]["p99"], still["lag_ms"]["p99"],
                                f"{note}; max {busy['lag_ms']['max']:.0f} ms"),
        "live.cpu": Measure(busy["cpu_percent"], still["cpu_percent"],
                            f"{note}; percent of one core, all threads"),
        "idle": Measure(paused["cpu_percent"],
                        note=f"the same console paused, {paused['seconds']:.0f} s, "
                             "no lag probe running"),
    }
