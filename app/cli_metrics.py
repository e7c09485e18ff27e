"""`floorwatch metrics`: the KPIs of a window as JSON or an aligned table.

Never creates a database; every refusal is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

from app.db import StorageError, open_database
from app.metrics import GROUPINGS, METRIC_KEYS, METRICS, Group, compute
from app.paths import default_db_path
from app.settings import zone_of
from app.tz import floor_zone

NULL = "—"


class UsageError(Exception):
    """A refusal worded for the supervisor: printed on one line, exit code 2."""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `metrics` on an argparse subparsers object; run() is set as `func`."""
    p = subparsers.add_parser(
        "metrics", help="KPIs of a time window (接待量, 回复率, 满意度 …)",
        description="Compute the floor KPIs over conversations that started in [--from, --to).")
    # SUPPRESS: no default of ours, so `floorwatch --db X metrics` keeps the top-level X.
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (default: floorwatch.db in the user data directory)")
    p.add_argument("--from", dest="start", required=True, metavar="ISO",
                   help="window start, ISO 8601; without an offset it is read in --tz")
    p.add_argument("--to", dest="end", required=True, metavar="ISO",
                   help="window end (exclusive), ISO 8601")
    p.add_argument("--store", help="only this store name (on every platform that has it)")
    p.add_argument("--agent", help="only this agent name")
    p.add_argument("--by", choices=GROUPINGS, default="floor", help="grouping (default floor)")
    p.add_argument("--tz", metavar="ZONE",
                   help="IANA zone (default: the floor setting, else the system zone)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run)
    return p


def _instant(text: str, flag: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not an ISO 8601 time "
                         "(e.g. 2026-11-22T09:00 or 2026-11-22T09:00+08:00)") from None


def _floor_zone(db, name: str | None) -> dt.tzinfo:
    try:
        return zone_of(db, name)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _window(args: argparse.Namespace, start: dt.datetime, end: dt.datetime,
            zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """Both ends with an offset (offset-less ones read in `zone`); refuses from >= to."""
    start, end = (v if v.tzinfo else v.replace(tzinfo=zone) for v in (start, end))
    if start.timestamp() >= end.timestamp():
        raise UsageError(f"--from {args.start} must be before --to {args.end}")
    return start, end


def _groups(args: argparse.Namespace) -> tuple[dt.datetime, dt.datetime, list[Group]]:
    start, end = _instant(args.start, "--from"), _instant(args.end, "--to")
    try:  # refuse early, before touching any file; the floor zone is only known later
        provisional = floor_zone(args.tz)
    except ValueError as exc:
        if args.tz:
            raise UsageError(str(exc)) from None
        provisional = dt.timezone.utc
    _window(args, start, end, provisional)
    given = getattr(args, "db", None)
    path = Path(given) if given else default_db_path()
    if not path.is_file():
        raise UsageError(f"no Floorwatch database at {path} (choose one with --db)")
    db = open_database(path)
    try:
        zone = _floor_zone(db, args.tz)
        start, end = _window(args, start, end, zone)
        groups = compute(db, start.timestamp(), end.timestamp(), store=args.store,
                         agent=args.agent, by=args.by, zone=zone)
    finally:
        db.conn.close()
    return start, end, groups


def run(args: argparse.Namespace) -> int:
    """Print the metrics asked for by `args`; 0 on success, 2 on a refusal."""
    try:
        start, end, groups = _groups(args)
    except (UsageError, StorageError) as exc:
        return _fail(str(exc))
    except (sqlite3.Error, OSError) as exc:
        return _fail(f"cannot read the database: {exc}")
    if args.json:
        doc = {"from": start.isoformat(), "to": end.isoformat(),
               "groups": [{"key": g.key, "metrics": g.metrics} for g in groups]}
        text = json.dumps(doc, ensure_ascii=False, indent=2)
    else:
        text = f"{start.isoformat()} → {end.isoformat()}\n{table(groups)}"
    try:
        print(text, flush=True)
    except BrokenPipeError:  # e.g. `| head` stopped reading: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _fail(message: str) -> int:
    print(f"floorwatch metrics: error: {message}", file=sys.stderr)
    return 2


# -- the table --------------------------------------------------------------------------

def format_value(key: str, value: float | int | None) -> str:
    """A metric value as the table shows it: ratios as %, — for no value."""
    if value is None:
        return NULL
    unit = METRICS[key].unit
    if unit == "count":
        return f"{int(value):,}"
    if unit == "ratio":
        return f"{value * 100:.1f}%"
    if unit == "seconds":
        return f"{value:.1f}s"
    if unit == "multiple":
        return f"{value:.2f}"
    return f"¥{value:,.2f}"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _key_text(key: dict[str, Any]) -> str:
    if "store" in key:
        return f"{key['store']} ({key['platform']})"
    value = next(iter(key.values()))
    return "(未分配)" if value is None else str(value)


def table(groups: list[Group]) -> str:
    """Groups as rows, metrics as columns under their Chinese names, aligned for CJK."""
    head = [next(iter(groups[0].key)) if groups else "group"] + [
        METRICS[k].name_zh for k in METRIC_KEYS]
    rows = [[_key_text(g.key)] + [format_value(k, g.metrics[k]) for k in METRIC_KEYS]
            for g in groups]
    widths = [max(_width(r[i]) for r in [head] + rows) for i in range(len(head))]
    lines = ["  ".join(_pad(c, widths[i], i > 0) for i, c in enumerate(r))
             for r in [head] + rows]
    if not rows:
        lines.append("(no conversations in this window)")
    return "\n".join(line.rstrip() for line in lines)
