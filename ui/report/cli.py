"""`floorwatch report`: the shift report as a PDF file or on a printer, headless.

Runs Qt offscreen (no display needed). Every refusal is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

LANGS = ("zh_CN", "en")


class UsageError(Exception):
    """A refusal worded for the supervisor."""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `report` on an argparse subparsers object; run() is set as `func`."""
    p = subparsers.add_parser(
        "report", help="the shift report as PDF or on a printer (交接班报告)",
        description="Print the shift report for a shift or for [--from, --to): headline KPIs "
                    "against targets, charts, store coverage, incidents, patrol, wellbeing "
                    "counts and the hand-over note. Needs no display.")
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (default: floorwatch.db in the user data directory)")
    p.add_argument("--from", dest="start", metavar="ISO",
                   help="window start, ISO 8601; without an offset it is read in the floor zone")
    p.add_argument("--to", dest="end", metavar="ISO", help="window end (exclusive), ISO 8601")
    p.add_argument("--shift", metavar="KEY",
                   help="a shift instead of --from/--to (keys in resources/data/shifts.json)")
    p.add_argument("--day", metavar="YYYY-MM-DD",
                   help="the day of --shift (default: today in the floor zone)")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write the report to this PDF file")
    p.add_argument("--printer", metavar="NAME", help="print on this installed printer")
    p.add_argument("--note", help="hand-over note (default: the one saved for the shift)")
    p.add_argument("--supervisor", help="name in the header (default: the supervisor setting)")
    p.add_argument("--lang", choices=LANGS,
                   help="report language (default: the console's language)")
    p.add_argument("--tz", metavar="ZONE", help="IANA zone (default: the floor setting)")
    p.set_defaults(func=run)
    return p


def _db_path(args: argparse.Namespace) -> Path:
    from app.paths import default_db_path

    given = getattr(args, "db", None)
    path = Path(given) if given else default_db_path()
    if not path.is_file():
        raise UsageError(f"no Floorwatch database at {path} (choose one with --db)")
    return path


def _check_args(args: argparse.Namespace) -> None:
    if not args.pdf and not args.printer:
        raise UsageError("say where the report goes: --pdf OUT.pdf and/or --printer NAME")
    if args.shift and (args.start or args.end):
        raise UsageError("give either --shift (with --day) or --from/--to, not both")
    if not args.shift and not (args.start and args.end):
        raise UsageError("give the period: --from ISO --to ISO, or --shift KEY [--day DAY]")
    if args.day and not args.shift:
        raise UsageError("--day goes with --shift")


def _window(args: argparse.Namespace, zone: dt.tzinfo, now: float) -> tuple[float, float]:
    from app.shifts import shift_by_key
    from app.tz import parse_instant

    if args.shift:
        try:
            shift = shift_by_key(args.shift)
            day = (dt.date.fromisoformat(args.day) if args.day
                   else dt.datetime.fromtimestamp(now, zone).date())
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        return shift.window(day, zone)
    try:
        start = parse_instant(args.start, zone)
    except ValueError:
        raise UsageError(f"--from {args.start!r} is not an ISO 8601 time "
                         "(e.g. 2026-11-22T08:00 or 2026-11-22T08:00+08:00)") from None
    try:
        end = parse_instant(args.end, zone)
    except ValueError:
        raise UsageError(f"--to {args.end!r} is not an ISO 8601 time") from None
    if start >= end:
        raise UsageError(f"--from {args.start} must be before --to {args.end}")
    return start, end


def _report(args: argparse.Namespace, now: float):
    from app.db import open_database
    from app.report_data import build_report
    from app.settings import apply_shift_times, zone_of

    db = open_database(_db_path(args))
    try:
        try:
            apply_shift_times(db)  # the floor's own shift times (Settings → Shifts), if any
            zone = zone_of(db, args.tz)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        start, end = _window(args, zone, now)
        return build_report(db, start, end, zone, now=now, supervisor=args.supervisor,
                            note=args.note)
    finally:
        db.conn.close()


def run(args: argparse.Namespace) -> int:
    """Write and/or print the report asked for by `args`; 0 on success, 2 on a refusal."""
    from app.db import StorageError

    try:
        _check_args(args)
        if args.pdf and not Path(args.pdf).resolve().parent.is_dir():
            raise UsageError(f"folder {Path(args.pdf).resolve().parent} does not exist")
        report = _report(args, time.time())
    except (UsageError, StorageError) as exc:
        return _fail(str(exc))
    except (sqlite3.Error, OSError) as exc:
        return _fail(f"cannot read the database: {exc}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.lang:
        os.environ["FLOORWATCH_LANG"] = args.lang
    from ui.application import make_application
    from ui.report.document import ReportDocument
    from ui.report.output import PrinterError, export_pdf, named_printer, prepare_printer, \
        print_report

    app = make_application()
    lang = app.property("floorwatch_lang") or "en"
    doc = ReportDocument(report, lang)
    try:
        printer = named_printer(args.printer) if args.printer else None
        if args.pdf:
            pages = export_pdf(doc, args.pdf)
            print(f"wrote {args.pdf} ({pages} pages)")
        if printer is not None:
            prepare_printer(printer, doc)
            pages = print_report(doc, printer)
            print(f"sent {pages} pages to printer {args.printer}")
    except PrinterError as exc:
        return _fail(str(exc))
    return 0


def _fail(message: str) -> int:
    print(f"floorwatch report: error: {message}", file=sys.stderr)
    return 2
