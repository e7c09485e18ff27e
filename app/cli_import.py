"""`floorwatch import`: conversations, sessions and roster files into the floor database.

Exit codes: 0 imported (or checked), 1 a file was rejected (the report says why; nothing
was written), 2 usage (no such file, unknown zone, unusable database).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.db import StorageError, open_database
from app.importing import import_files
from app.importing.report import ImportReport
from app.paths import default_db_path
from app.settings import zone_of
from app.tz import floor_zone

LANGS = ("zh_CN", "en")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `import` on an argparse subparsers object; run() is set as `func`."""
    p = subparsers.add_parser(
        "import", help="import conversations / sessions / roster files (CSV or XLSX)",
        description="Import canonical conversations, sessions and roster files (CSV in UTF-8, "
                    "UTF-8 with BOM or GB18030/GBK, or XLSX; the type is recognised from the "
                    "header). All files are one transaction: if any row is bad nothing is "
                    "written and every bad row is listed. Re-importing rows adds nothing. "
                    "See docs/import.md.")
    p.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (default: floorwatch.db in the user data directory; "
                        "created if missing)")
    p.add_argument("--tz", metavar="ZONE",
                   help="IANA zone of timestamps without an offset (default: the floor's)")
    p.add_argument("--check", action="store_true",
                   help="check and count everything, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--lang", choices=LANGS, default=None,
                   help="language of the report (default: FLOORWATCH_LANG, else the locale)")
    p.set_defaults(func=run)
    return p


def report_language(choice: str | None = None) -> str:
    if choice in LANGS:
        return choice
    env = os.environ.get("FLOORWATCH_LANG", "")
    if env in LANGS:
        return env
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    return "zh_CN" if (locale or "").startswith("zh") else "en"


def _fail(message: str) -> int:
    print(f"floorwatch import: error: {message}", file=sys.stderr)
    return 2


class _Meter:
    """A one-line progress meter on stderr, only when stderr is a terminal."""

    def __init__(self, files: list[str]) -> None:
        self.files = files
        self.on = sys.stderr.isatty()
        self.shown = -1

    def __call__(self, index: int, count: int, done: int, total: int) -> None:
        if not self.on or not total:
            return
        percent = min(100, done * 100 // total)
        if percent != self.shown:
            self.shown = percent
            name = Path(self.files[index]).name
            print(f"\r{name} ({index + 1}/{count}): {percent:3d} %", end="", file=sys.stderr,
                  flush=True)

    def clear(self) -> None:
        if self.on and self.shown >= 0:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Import args.files; print the report; 0 imported, 1 rejected, 2 usage."""
    lang = report_language(args.lang)
    for name in args.files:
        path = Path(name)
        if not path.exists():
            return _fail(f"no such file: {name}")
        if path.is_dir():
            return _fail(f"{name} is a folder, not a file")
    if args.tz:
        try:
            floor_zone(args.tz)
        except ValueError as exc:
            return _fail(str(exc))
    given = getattr(args, "db", None)
    try:
        db = open_database(Path(given) if given else default_db_path())
    except StorageError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot open the database: {exc}")
    try:
        zone = zone_of(db, args.tz)
    except ValueError as exc:  # a floor_tz setting this system does not know
        db.close()
        return _fail(str(exc))
    meter = _Meter(args.files)
    try:
        report = import_files(db, args.files, zone, commit=not args.check, progress=meter)
    except KeyboardInterrupt:
        meter.clear()
        print(ImportReport(cancelled=True).headline(lang), file=sys.stderr)
        return 1
    finally:
        db.close()
    meter.clear()
    _print(report, lang, args.json)
    return 0 if report.ok else 1


def _print(report: ImportReport, lang: str, as_json: bool) -> None:
    text = (json.dumps(report.as_dict(lang), ensure_ascii=False, indent=2) if as_json
            else report.text(lang))
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `| head` stopped reading: not worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
