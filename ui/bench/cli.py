"""`floorwatch bench`: measure start-up, ingest, live load, idle, history and memory vs floors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `bench` on an argparse subparsers object; run() is set as `func`."""
    p = subparsers.add_parser(
        "bench", help="measure the console against the best the platform can do",
        description="Run the performance workloads, each in a fresh process, and print each "
                    "figure beside its floor measured in the same run. Exit code 1 only if a "
                    "workload crashed; a missed target is reported, not an error.")
    p.add_argument("--quick", action="store_true",
                   help="shorter runs and smaller floors (under 2 minutes; for CI)")
    p.add_argument("--json", action="store_true",
                   help='print {"machine": {...}, "results": [...]} instead of a table')
    p.add_argument("--only", action="append", metavar="NAME", default=[],
                   help="run only this workload (repeatable; --list names them)")
    p.add_argument("--list", action="store_true", help="list the workloads and exit")
    p.add_argument("--profile", metavar="DIR",
                   help="write a pyinstrument profile of every bench process into DIR")
    p.add_argument("--tiny", action="store_true", help=argparse.SUPPRESS)  # the tests' mode
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from app.bench.output import as_json, as_table
    from app.bench.profile import PROFILE_ENV, profiler_missing
    from ui.bench.runner import load_workloads, run_bench

    workloads = load_workloads()
    if args.list:
        for wl in workloads.values():
            print(f"{wl.name:10} {wl.about}")
        return 0
    unknown = [n for n in args.only if n not in workloads]
    if unknown:
        print(f"floorwatch bench: unknown workload {', '.join(unknown)} "
              f"(one of: {', '.join(workloads)})", file=sys.stderr)
        return 2
    if args.profile:
        missing = profiler_missing()
        if missing:
            print(f"floorwatch bench: {missing}", file=sys.stderr)
            return 2
        os.environ[PROFILE_ENV] = str(Path(args.profile).resolve())
    mode = "tiny" if args.tiny else "quick" if args.quick else "full"
    report = run_bench(mode, args.only)
    if args.json:
        print(json.dumps(as_json(report.machine, report.results), ensure_ascii=False, indent=1))
    else:
        print(as_table(report.machine, report.results))
    return 1 if report.crashed else 0
