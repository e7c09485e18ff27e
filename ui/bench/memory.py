"""Workload `memory`: resident memory after a simulated shift at 60×, and its late growth."""

from __future__ import annotations

from app.bench.measure import growth_percent, value_at
from app.bench.registry import BenchRun, Figure, Measure, Target, workload
from ui.bench.live import SPEED, demo_floor, floor_label, session


@workload("memory", "RSS after 8 simulated hours at 60×; growth over the second half",
          Figure("memory.rss", "MB", Target("<", 300)),
          Figure("memory.growth", "%", Target("<", 5)))
def memory(run: BenchRun) -> dict[str, Measure]:
    hours = run.pick(full=8.0, quick=0.25, tiny=2 / 60)
    options = demo_floor(run)
    done = session(run, "memory", [{"sim_hours": hours}], speed=SPEED, demo_options=options,
                   rss_every=run.pick(full=15.0, quick=3.0, tiny=0.5))["phases"][0]
    samples = [(sim, mb) for _, sim, mb in done["rss"]]
    middle, end = value_at(samples, hours / 2), samples[-1][1]
    run.log("memory: RSS (simulated h, MB) " + ", ".join(f"{h:.1f}:{mb:.0f}" for h, mb in samples))
    note = f"{floor_label(options)}, {hours:.2g} simulated h in {done['seconds']:.0f} s"
    return {"memory.rss": Measure(end, note=f"{note}; {samples[0][1]:.0f} MB at the start"),
            "memory.growth": Measure(growth_percent(middle, end),
                                     note=f"{middle:.0f} MB at {hours / 2:.2g} h → {end:.0f} MB")}
