"""Runs the registered workloads, each in a fresh process, and gathers one table of results."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.bench.machine import machine_info
from app.bench.registry import WORKLOADS, Measure, Result, Workload, read_child_output

ROOT = Path(__file__).resolve().parents[2]
CHILD = "ui.bench.child"
# Importing a module registers its workloads; the table follows this order.
WORKLOAD_MODULES = ("ui.bench.startup", "app.bench.ingest", "ui.bench.live", "ui.bench.history",
                    "ui.bench.report", "ui.bench.memory", "ui.bench.stores")
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b")
TIMEOUT_S = {"full": 1500.0, "quick": 300.0, "tiny": 300.0}  # per workload


def load_workloads() -> dict[str, Workload]:
    for name in WORKLOAD_MODULES:
        importlib.import_module(name)
    return dict(WORKLOADS)


def child_env() -> dict[str, str]:
    """Every bench process: offscreen Qt, this source tree importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONFAULTHANDLER"] = "1"  # a crash in Qt prints the Python stack to stderr
    env.setdefault("FLOORWATCH_LANG", "zh_CN")  # the supervisor's language: CJK text is drawn
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def machine(mode: str) -> dict[str, Any]:
    from PySide6.QtCore import qVersion

    info = machine_info()
    info.update(mode=mode, quick=mode != "full", qt=qVersion(),
                lang=child_env()["FLOORWATCH_LANG"], platform="offscreen",
                started=dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    return info


@dataclass
class BenchReport:
    machine: dict[str, Any]
    results: list[Result] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def gist(error: str) -> str:
    """The line of a (nested) traceback that says what went wrong."""
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    for line in reversed(lines):
        if _EXCEPTION_LINE.match(line):
            return line.rstrip(":")
    return lines[0] if lines else "unknown error"


def run_workload(wl: Workload, mode: str, workdir: Path) -> list[Result]:
    """Run one workload in a child process; raises RuntimeError if it crashed."""
    cmd = [sys.executable, "-m", CHILD, "workload", wl.name, "--mode", mode,
           "--workdir", str(workdir)]
    try:
        done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=TIMEOUT_S[mode],
                              env=child_env(), cwd=ROOT)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{wl.name} took longer than {TIMEOUT_S[mode]:.0f} s") from None
    payload = read_child_output(done, wl.name)
    if "skip" in payload:
        return wl.skipped(payload["skip"])
    return wl.results({k: Measure(**v) for k, v in payload["measures"].items()})


def run_bench(mode: str, only: Sequence[str] = ()) -> BenchReport:
    workloads = load_workloads()
    chosen = [workloads[n] for n in only] if only else list(workloads.values())
    report = BenchReport(machine(mode))
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="floorwatch-bench-") as tmp:
        for i, wl in enumerate(chosen, 1):
            _say(f"[{i}/{len(chosen)}] {wl.name}: {wl.about}")
            started = time.perf_counter()
            workdir = Path(tmp) / wl.name
            workdir.mkdir()
            try:
                report.results += run_workload(wl, mode, workdir)
            except RuntimeError as exc:
                _say(f"  ✖ {wl.name} failed: {exc}")
                report.crashed.append(wl.name)
                report.results += [wl.unmeasured(f, f"error: {gist(str(exc))}")
                                   for f in wl.figures]
            _say(f"  {wl.name} done in {time.perf_counter() - started:.0f} s")
    report.machine["duration_s"] = round(time.perf_counter() - began, 1)
    return report
