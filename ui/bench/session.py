"""One console session in this process, measured in phases: GUI lag, CPU share, memory.

Runs as `run.call("ui.bench.session:run_window", ...)` so each session has a fresh process.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from PySide6.QtCore import QTimer

from app.bench.data import SEED
from app.bench.measure import CpuMeter, rss_mb
from ui.bench.qt import LagProbe, gui_application

SAMPLE_MS = 250


def run_window(db: str, settings_dir: str, *, phases: list[dict[str, Any]], demo: bool = True,
               speed: float = 60.0, demo_options: dict[str, Any] | None = None,
               settle: float = 3.0, rss_every: float = 15.0,
               ready_timeout: float = 900.0) -> dict[str, Any]:
    """Open the console on `db`, wait for the demo's first batch, then measure each phase.

    A phase lasts {"seconds": real seconds} or {"sim_hours": simulated hours}; with
    {"pause": True} the demo is paused first (the idle console), with {"lag": False} the
    lag probe stays off (its 100 wakeups a second would be most of an idle console's CPU).
    Each phase starts after `settle` seconds and reports lag, CPU, events stored and
    (real s, simulated h, MiB) samples.
    """
    app = gui_application(settings_dir)
    from ui.application import build_window, show_console

    window, feed = build_window(
        argparse.Namespace(db=db, demo=demo, demo_speed=speed, demo_seed=SEED), demo_options)
    clock = window.demo_clock
    out: dict[str, Any] = {"phases": []}
    state: dict[str, Any] = {"events": 0}
    sampler = QTimer()
    probe = LagProbe(10)

    def count(changes) -> None:
        state["events"] += (changes.conversations_added + changes.conversations_updated
                            + changes.sessions)

    def ready(*_) -> None:
        if "first_batch_s" not in out:
            out["first_batch_s"] = time.perf_counter() - state["shown"]
            next_phase()

    def next_phase() -> None:
        phase = phases[len(out["phases"])]
        if phase.get("pause"):
            window.pause_action.setChecked(True)
        QTimer.singleShot(int(settle * 1000), begin)

    def begin() -> None:
        state.update(events=0, t0=time.perf_counter(), sim0=clock.now() if clock else 0.0,
                     next_rss=0.0, rss=[], cpu=CpuMeter())
        probe.recorder.lateness.clear()
        if phases[len(out["phases"])].get("lag", True):
            probe.start()
        sampler.start(SAMPLE_MS)

    def sample() -> None:
        phase = phases[len(out["phases"])]
        real = time.perf_counter() - state["t0"]
        sim = (clock.now() - state["sim0"]) / 3600.0 if clock else 0.0
        done = sim >= phase["sim_hours"] if "sim_hours" in phase else real >= phase["seconds"]
        if real >= state["next_rss"] or done:
            state["rss"].append((round(real, 2), round(sim, 4), round(rss_mb(), 2)))
            state["next_rss"] += rss_every
        if done:
            end_phase(real, sim)

    def end_phase(real: float, sim: float) -> None:
        sampler.stop()
        probe.stop()
        out["phases"].append({"cpu_percent": state["cpu"].percent(),
                              "lag_ms": probe.recorder.summary_ms(), "seconds": real,
                              "sim_hours": sim, "events": state["events"], "rss": state["rss"]})
        if len(out["phases"]) < len(phases):
            next_phase()
            return
        if feed is not None:
            feed.stop()
        window.close()
        app.quit()

    def give_up() -> None:
        if "first_batch_s" not in out:
            out["error"] = f"no demo data within {ready_timeout:.0f} s"
            app.quit()

    sampler.timeout.connect(sample)
    if feed is not None:
        feed.changed.connect(count)
        feed.changed.connect(ready)
        QTimer.singleShot(int(ready_timeout * 1000), give_up)
    else:
        QTimer.singleShot(0, ready)
    state["shown"] = time.perf_counter()
    show_console(window, feed)  # as `floorwatch` does: the feed starts after the first paint
    app.exec()
    if "error" in out:
        if feed is not None:
            feed.stop()
        raise RuntimeError(out["error"])
    return out
