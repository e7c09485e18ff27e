"""A watched folder: export files dropped there are imported, then moved to done/ or failed/.

A file is imported once it has stopped changing (same size and modification time at two
looks, the last change at least SETTLE_S ago), so a file still being copied is left alone.
Each file is its own import (one transaction): a good file is moved to done/ with a short
report beside it, a bad one to failed/ with its full error report beside it. A database
that is busy or full leaves the file where it is, to be tried again.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from app.clock import SystemClock
from app.importing.report import ImportReport
from app.importing.run import import_files
from app.records import ChangeSet
from app.sources import SourceOffline

log = logging.getLogger(__name__)

SUFFIXES = (".csv", ".xlsx", ".txt")
SETTLE_S = 2.0
DONE, FAILED = "done", "failed"
# Being written by a browser, an office program or a copy tool: not ours yet.
_PARTIAL_SUFFIXES = (".tmp", ".part", ".crdownload", ".download", ".partial")
_RETRY_CODES = ("db_busy", "db_error")  # the database, not the file: try the file again

Progress = Callable[[str, int, int], None]  # file name, done, total


def _candidate(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~$")) or name.lower().endswith(_PARTIAL_SUFFIXES):
        return False
    return path.suffix.lower() in SUFFIXES


def unique_target(folder: Path, name: str) -> Path:
    """folder/name, or folder/"stem (2).ext" and so on when that is taken."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


class FolderImportBlocked(RuntimeError):
    """The database refused the write (busy, full, read-only); the file stays to be retried."""


class FolderSource:
    """Imports the export files that appear in `folder` (not its subfolders)."""

    kind = "folder"

    def __init__(self, source_id: int | str, folder: str | Path, zone: dt.tzinfo, *,
                 name: str = "", interval_s: float = 5.0, lang: str = "zh_CN",
                 settle_s: float = SETTLE_S, progress: Progress | None = None) -> None:
        self.source_id = source_id
        self.folder = Path(folder)
        self.zone = zone
        self.label = name or str(self.folder)
        self.interval_s = interval_s
        self.lang = lang
        self.settle_s = settle_s
        self.progress = progress
        self.clock = SystemClock()
        self._db: sqlite_utils.Database | None = None
        self._seen: dict[str, tuple[int, int]] = {}  # name → (size, mtime_ns) at the last look
        self._stuck: dict[str, tuple[int, int]] = {}  # imported, but could not be moved
        self._cancel = threading.Event()
        self.last_reports: list[tuple[str, ImportReport]] = []

    def open(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db = None

    def cancel(self) -> None:
        """Stop an import in progress (it rolls back; the file stays to be tried again)."""
        self._cancel.set()

    def poll(self) -> ChangeSet:
        assert self._db is not None, "open() first"
        self._cancel.clear()
        changes = ChangeSet()
        self.last_reports = []
        for path in self._ready_files():
            if self._cancel.is_set():
                break
            report = self._import(path)
            if report.cancelled:
                break
            self.last_reports.append((path.name, report))
            if _db_problem(report):
                # The database is busy or full: the file is fine, try it again next time.
                raise FolderImportBlocked(f"{path.name}: {report.problems[0].why('en')}")
            changes.merge(report.changes)
            self._file_away(path, report)
        return changes

    # -- which files ----------------------------------------------------------------
    def _ready_files(self) -> list[Path]:
        try:
            entries = sorted(p for p in self.folder.iterdir() if p.is_file() and _candidate(p))
        except FileNotFoundError:
            raise SourceOffline(f"the watched folder {self.folder} does not exist "
                                "(a network drive that is not connected?)",
                                "folder_missing", folder=str(self.folder)) from None
        except OSError as exc:
            raise SourceOffline(f"the watched folder {self.folder} cannot be read: "
                                f"{exc.strerror or exc}", "folder_unreadable",
                                folder=str(self.folder), why=exc.strerror or str(exc)) from None
        now = time.time()
        ready: list[Path] = []
        seen: dict[str, tuple[int, int]] = {}
        for path in entries:
            try:
                st = path.stat()
            except OSError:
                continue  # moved or deleted while we looked
            sign = (st.st_size, st.st_mtime_ns)
            seen[path.name] = sign
            if self._stuck.get(path.name) == sign:
                continue
            if self._seen.get(path.name) == sign and now - st.st_mtime >= self.settle_s:
                ready.append(path)
        self._seen = seen
        return ready

    # -- one file ---------------------------------------------------------------------
    def _import(self, path: Path) -> ImportReport:
        def progress(_index: int, _files: int, done: int, total: int) -> None:
            if self.progress is not None:
                self.progress(path.name, done, total)

        log.info("watched folder %s: importing %s", self.folder, path.name)
        return import_files(self._db, [path], self.zone, progress=progress,
                            cancelled=self._cancel.is_set, source=f"folder:{self.label}")

    def _file_away(self, path: Path, report: ImportReport) -> None:
        ok = report.ok and report.committed
        target_dir = self.folder / (DONE if ok else FAILED)
        stamp = dt.datetime.now(self.zone).strftime("%Y-%m-%d %H:%M:%S %z")
        text = f"{path.name}\n{stamp}\n\n{report.text(self.lang)}\n"
        try:
            target_dir.mkdir(exist_ok=True)
            target = unique_target(target_dir, path.name)
            os.replace(path, target)
        except OSError as exc:
            # Imported (or rejected) but still here: do not import it again until it changes.
            st = path.stat() if path.exists() else None
            if st is not None:
                self._stuck[path.name] = (st.st_size, st.st_mtime_ns)
            done = "imported" if ok else "rejected"
            raise SourceOffline(f"{path.name} was {done} but could not be moved to "
                                f"{target_dir.name}/: {exc.strerror or exc}",
                                "imported_not_moved" if ok else "rejected_not_moved",
                                file=path.name, folder=target_dir.name,
                                why=exc.strerror or str(exc)) from None
        report_path = target.with_name(target.name + (".report.txt" if ok else ".errors.txt"))
        try:
            report_path.write_text(text, encoding="utf-8-sig")
        except OSError as exc:
            log.warning("could not write %s: %s", report_path, exc)
        self._seen.pop(path.name, None)


def _db_problem(report: ImportReport) -> bool:
    return bool(report.problems) and report.problems[0].code in _RETRY_CODES
