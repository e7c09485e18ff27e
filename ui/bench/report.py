"""Workload `report`: the shift report PDF of an 8-hour shift with 50 stores and 100 incidents.

Measured through the `floorwatch report` command's own flags, in a process where the console
is already loaded (as when the supervisor exports it); skipped while the report is not built.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import io
import re
import time
from pathlib import Path
from typing import Any

from app.bench.data import bench_zone, demo_database, morning, seed_incidents
from app.bench.registry import BenchRun, Figure, Measure, Skip, Target, workload
from app.db import open_database

REPORT_CLI = "ui.report.cli"  # registers `floorwatch report`


def pdf_seconds(db: str, settings_dir: str, start: str, end: str, out: str) -> dict[str, Any]:
    """Seconds for `floorwatch report --from START --to END --pdf OUT`: first and second time."""
    from ui.bench.qt import gui_application

    gui_application(settings_dir)
    import ui.application  # noqa: F401  (the console is running: its modules are loaded)
    from ui.cli import build_parser

    times, said = [], ""
    for n in range(2):
        args = build_parser().parse_args(["report", "--db", db, "--from", start, "--to", end,
                                          "--pdf", f"{out}.{n}.pdf"])
        text = io.StringIO()
        began = time.perf_counter()
        with contextlib.redirect_stdout(text):
            code = args.func(args)
        times.append(time.perf_counter() - began)
        if code != 0:
            raise RuntimeError(f"floorwatch report exited with code {code}")
        said = text.getvalue()
    pages = re.search(r"\((\d+) pages?\)", said)
    return {"seconds": times, "pages": int(pages.group(1)) if pages else None,
            "bytes": Path(f"{out}.0.pdf").stat().st_size}


@workload("report", "shift report PDF for an 8-hour shift, 50 stores, 100 incidents",
          Figure("report", "s", Target("<", 3)))
def report(run: BenchRun) -> dict[str, Measure]:
    if importlib.util.find_spec(REPORT_CLI.rsplit(".", 1)[0]) is None:
        raise Skip(f"not available yet: the shift report PDF is not built (no {REPORT_CLI})")
    hours, stores, agents, incidents = run.pick(full=(8, 50, 200, 100), quick=(8, 20, 80, 40),
                                                tiny=(1, 3, 8, 5))
    zone = bench_zone()
    end = morning(time.time(), zone, 8 + hours)
    start = end - hours * 3600.0
    path = run.workdir / "report.db"
    demo_database(path, start=end, n_stores=stores, n_agents=agents, backfill_days=0)
    db = open_database(path)
    try:
        seed_incidents(db, count=incidents, start=start, end=end)
    finally:
        db.close()
    iso = [dt.datetime.fromtimestamp(t, zone).isoformat() for t in (start, end)]
    done = run.call("ui.bench.report:pdf_seconds", db=str(path),
                    settings_dir=str(run.workdir / "settings-report"), start=iso[0], end=iso[1],
                    out=str(run.workdir / "shift-report"))
    first, again = done["seconds"]
    return {"report": Measure(first, note=(
        f"{hours} h, {stores} stores, {incidents} incidents: {done['pages']} pages, "
        f"{done['bytes'] / 1024:.0f} KiB; the second export {again:.2f} s"))}
