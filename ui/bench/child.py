"""A bench child process: runs one workload, or one measurement function, and prints its JSON.

    python -m ui.bench.child workload NAME --mode quick --workdir DIR
    python -m ui.bench.child call module:function --kwargs '{"seconds": 60}'

The last stdout line starting with MARK carries the result, a skip reason or the error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.bench.profile import profiled
from app.bench.registry import MARK, MODES, BenchRun, Skip


def _workload(name: str, mode: str, workdir: Path) -> dict[str, Any]:
    from ui.bench.runner import CHILD, ROOT, TIMEOUT_S, child_env, load_workloads

    wl = load_workloads()[name]
    run = BenchRun(mode, workdir, child_module=CHILD, env=child_env(), cwd=ROOT,
                   timeout=TIMEOUT_S[mode])
    try:
        measures = wl.func(run)
    except Skip as exc:
        return {"skip": str(exc)}
    return {"measures": {key: asdict(m) for key, m in measures.items()}}


def _call(target: str, kwargs: dict[str, Any]) -> Any:
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)(**kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench.child")
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("workload")
    w.add_argument("name")
    w.add_argument("--mode", choices=MODES, default="full")
    w.add_argument("--workdir", type=Path, required=True)
    c = sub.add_parser("call")
    c.add_argument("target", help="module:function")
    c.add_argument("--kwargs", default="{}")
    args = parser.parse_args(argv)
    try:
        with profiled(args.name if args.command == "workload" else args.target):
            if args.command == "workload":
                payload = _workload(args.name, args.mode, args.workdir)
            else:
                payload = {"value": _call(args.target, json.loads(args.kwargs))}
    except Exception:  # reported to the runner, which shows it and goes on
        payload = {"error": traceback.format_exc()}
    print(MARK + json.dumps(payload), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
