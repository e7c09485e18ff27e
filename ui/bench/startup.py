"""Workload `startup`: process start → the console painted with demo data, vs a bare window."""

from __future__ import annotations

import os
import sys

from app.bench.data import demo_database
from app.bench.measure import median, seconds_until_line
from app.bench.registry import BenchRun, Figure, Measure, Target, workload

CHILD = "ui.bench.startup_child"


def _env(run: BenchRun) -> dict[str, str] | None:
    """The children's environment. Outside tiny runs, bytecode is cached under the workdir
    for both sides (written by the untimed first pass): an installed console runs compiled
    modules, and with PYTHONDONTWRITEBYTECODE set, every module edited since its last
    .pyc was compiled again at each timed start — the console's side only, as the floor's
    modules come compiled with their packages (docs/performance.md)."""
    if run.mode == "tiny":
        return dict(run.env) if run.env is not None else None
    env = dict(run.env if run.env is not None else os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(run.workdir / "pycache")
    return env


def _time(run: BenchRun, kind: str, *extra: str) -> float:
    settings = run.workdir / f"settings-{kind}"
    cmd = [sys.executable, "-m", CHILD, kind, str(settings), *extra]
    return seconds_until_line(cmd, "PAINTED", env=_env(run), cwd=run.cwd, timeout=120.0)


@workload("startup", "process start → main window painted with demo data (offscreen)",
          Figure("startup", "s", Target("<=", 1.5, on="ratio"),
                 floor="a bare PySide6 + pyqtgraph window with one plot"))
def startup(run: BenchRun) -> dict[str, Measure]:
    db = run.workdir / "startup.db"
    demo_database(db)  # the usual start: yesterday and today are already stored
    repeats = run.pick(full=7, quick=2, tiny=1)
    if not run.mode == "tiny":  # one untimed pass of each warms the OS file cache and
        # writes the bytecode (_env)
        _time(run, "floor")
        _time(run, "app", str(db))
    app_s, floor_s = [], []
    for _ in range(repeats):  # interleaved, so drifting machine load hits both alike
        floor_s.append(_time(run, "floor"))
        app_s.append(_time(run, "app", str(db)))
    run.log("startup: console " + ", ".join(f"{t:.2f}" for t in app_s)
            + " s; floor " + ", ".join(f"{t:.2f}" for t in floor_s) + " s")
    # The fastest start of each side: other work on the machine only ever adds time, and on
    # this shared host it came in bursts that made a side's median jump by half (as timeit
    # advises, the minimum is the figure least disturbed). The medians go in the note.
    return {"startup": Measure(min(app_s), min(floor_s),
                               f"fastest of {repeats} each (medians {median(app_s):.3f} vs "
                               f"{median(floor_s):.3f} s); demo floor, existing database")}
