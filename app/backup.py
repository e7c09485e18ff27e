"""Daily backups of the floor's database: SQLite's online backup API, verified, kept N days."""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from app.db import _connect, get_meta, set_meta, storage_problem, writing
from app.settings import backup_folder, folder_problem, get_setting

STEP_PAGES = 1024  # pages per backup step (4 MiB with 4 KiB pages); the quit flag is read between
PARTIAL_MAX_AGE_S = 24 * 3600  # a half-written copy older than this was left by a crash
LAST_AT_KEY = "backup.last_at"  # meta: unix time of the last verified backup
LAST_FILE_KEY = "backup.last_file"


class BackupError(Exception):
    """Why no backup was kept; `code` lets the console word it in its own language.

    codes: not_absolute, missing, not_a_folder, not_writable (the folder), full (no space
    left), damaged (the database itself), verify_failed (the copy did not check out), io,
    cancelled."""

    def __init__(self, code: str, message: str, *, folder: Path | None = None,
                 detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.folder = folder
        self.detail = detail


@dataclass(frozen=True)
class BackupFile:
    path: Path
    day: dt.date
    size: int


@dataclass(frozen=True)
class BackupRun:
    """What a scheduled backup did: made a file (and pruned old ones), or found none due."""

    made: Path | None
    at: float | None = None  # when it was made (unix seconds)
    pruned: tuple[Path, ...] = ()
    recorded: bool = True  # False: the time of this backup could not be written to `meta`


def backup_name(stem: str, day: dt.date) -> str:
    """`floorwatch-2026-11-22.db` for the database `floorwatch.db` on that (local) day."""
    return f"{stem}-{day.isoformat()}.db"


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.db$")


def _partial_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(stem)}-\d{{4}}-\d{{2}}-\d{{2}}\.db\.partial-[0-9a-f]{{8}}$")


def backups(folder: Path, stem: str = "floorwatch") -> list[BackupFile]:
    """The backups of the database named `stem` in `folder`, newest first (other files are
    not ours and are ignored)."""
    pattern = _pattern(stem)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            day = dt.date.fromisoformat(match.group(1))
        except ValueError:  # 2026-13-40: looks like ours, is not
            continue
        found.append(BackupFile(Path(entry.path), day, entry.stat().st_size))
    return sorted(found, key=lambda b: b.day, reverse=True)


def latest_backup(folder: Path, stem: str = "floorwatch") -> BackupFile | None:
    found = backups(folder, stem)
    return found[0] if found else None


def _source_path(conn: sqlite3.Connection) -> Path:
    row = next(r for r in conn.execute("PRAGMA database_list") if r[1] == "main")
    return Path(row[2])


def database_stem(db: sqlite_utils.Database) -> str:
    """What the backups of this database are named after: its file name without .db."""
    return _source_path(db.conn).stem or "floorwatch"


def _problem(exc: BaseException, folder: Path, doing: str) -> BackupError:
    kind = storage_problem(exc)
    if kind == "full":
        return BackupError("full", f"No backup was made: the drive that holds {folder} is full. "
                           "Free some space there or choose another backup folder in "
                           "Settings → Data.", folder=folder, detail=str(exc))
    if kind in ("read_only", "cannot_open"):
        return BackupError("not_writable", f"No backup was made: Floorwatch may not write to "
                           f"{folder}. Choose another backup folder in Settings → Data.",
                           folder=folder, detail=str(exc))
    if kind == "damaged":
        return BackupError("damaged", "No backup was made: the database itself is damaged "
                           f"({exc}). Keep the backups you have; restart Floorwatch to restore "
                           "the latest one.", folder=folder, detail=str(exc))
    return BackupError("io", f"No backup was made: {doing} failed ({exc}). Check the drive "
                       f"that holds {folder}.", folder=folder, detail=str(exc))


def _check_folder(folder: Path) -> None:
    problem = folder_problem(folder)
    words = {"not_absolute": f"the backup folder {folder} is not a full path",
             "missing": f"the backup folder {folder} cannot be created (its drive is missing)",
             "not_a_folder": f"{folder} is a file, not a folder",
             "not_writable": f"Floorwatch may not write to the backup folder {folder}"}
    if problem:
        raise BackupError(problem, f"No backup was made: {words[problem]}. Choose another "
                          "backup folder in Settings → Data.", folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _problem(exc, folder, "creating the folder") from exc


def sync_to_disk(path: Path, *, folder: bool = False) -> None:
    """fsync a file (or a folder, after a rename into it; skipped where it cannot be)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        if folder:  # a folder cannot be opened on Windows: the rename is atomic there anyway
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not folder:
            raise
    finally:
        os.close(fd)


def _copy(source: sqlite3.Connection, target: Path, step_pages: int,
          cancelled: Callable[[], bool]) -> None:
    """A consistent copy of `source` at `target`, a single file (no -wal).

    The copy reads one snapshot: a read transaction is held across all steps. Without it,
    every write of another connection between two steps makes SQLite restart the copy
    (measured: a feed writing every millisecond kept a 23 MB copy restarting 10,392 times,
    13.7 s; with the snapshot 90 steps, 0.05 s). In WAL mode that reader never blocks the
    feed's writes.
    """
    def progress(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise InterruptedError("the backup was stopped")

    dst = sqlite3.connect(target, isolation_level=None)
    try:
        source.execute("BEGIN")
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            source.backup(dst, pages=step_pages, progress=progress, sleep=0)
        finally:
            source.execute("ROLLBACK")
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dst.close()


def verify_copy(path: Path, cancelled: Callable[[], bool] = lambda: False, *,
                quick: bool = False) -> list[str]:
    """PRAGMA integrity_check (quick: quick_check, which skips comparing indexes with their
    tables) of a copy: [] when it is sound, else what is wrong. InterruptedError when
    `cancelled()` turns true meanwhile."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
    check = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}(5)")]
    except sqlite3.OperationalError as exc:
        if cancelled():
            raise InterruptedError("the check was stopped") from exc
        rows = [str(exc)]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _source_damaged(source: sqlite3.Connection) -> bool:
    try:
        return [r[0] for r in source.execute("PRAGMA quick_check(1)")] != ["ok"]
    except sqlite3.DatabaseError:
        return True


def backup_now(source: sqlite_utils.Database | sqlite3.Connection | str | Path, folder: Path,
               *, now: dt.datetime | None = None, step_pages: int = STEP_PAGES,
               cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Back the database up into `folder` as <stem>-<local date>.db; returns its path.

    The copy is written under a temporary name, checked with PRAGMA integrity_check, synced,
    then renamed over the day's name in one step: a copy that fails the check is deleted and
    never becomes the latest backup; an earlier backup of the same day stays until then.
    `source`: the database (its connection must not be inside a transaction and must not be
    used by another thread meanwhile) or its path (a connection of our own is opened).
    Raises BackupError.
    """
    folder = Path(folder)
    now = now or dt.datetime.now().astimezone()
    own = isinstance(source, (str, Path))
    if own:
        conn = _connect(Path(source), create=False)
    else:
        conn = source.conn if isinstance(source, sqlite_utils.Database) else source
    try:
        stem = _source_path(conn).stem or "floorwatch"  # ":memory:" has no file name
        _check_folder(folder)
        final = folder / backup_name(stem, now.date())
        partial = folder / f".{final.name}.partial-{secrets.token_hex(4)}"
        try:
            _copy(conn, partial, step_pages, cancelled)
            problems = verify_copy(partial, cancelled)
            if problems:
                if _source_damaged(conn):
                    raise BackupError(
                        "damaged", "No backup was made: the database itself is damaged ("
                        f"{problems[0]}). Keep the backups you have; restart Floorwatch to "
                        "restore the latest one.", folder=folder, detail="; ".join(problems))
                raise BackupError(
                    "verify_failed", f"The backup written to {folder} did not pass its check "
                    f"({problems[0]}) and was deleted. Check that drive.", folder=folder,
                    detail="; ".join(problems))
            sync_to_disk(partial)
            os.replace(partial, final)
            sync_to_disk(folder, folder=True)
        except InterruptedError as exc:
            raise BackupError("cancelled", "The backup was stopped; nothing was kept.",
                              folder=folder) from exc
        except (sqlite3.Error, OSError) as exc:
            raise _problem(exc, folder, "writing the backup") from exc
        finally:
            remove_with_journal(partial)
    finally:
        if own:
            conn.close()
    return final


def remove_with_journal(path: Path) -> None:
    """Delete a partial copy and its -journal, where they are and may be deleted."""
    for name in (path, Path(f"{path}-journal")):
        try:
            name.unlink()
        except OSError:  # not there, or a read-only folder: nothing of ours to clean
            pass


def prune(folder: Path, keep_days: int, today: dt.date, stem: str = "floorwatch") -> list[Path]:
    """Delete our backups dated `keep_days` days or more before `today` (the newest one is
    always kept, however old) and half-written copies a crash left behind. Files that do not
    match our names are never touched. Returns what was deleted."""
    found = backups(folder, stem)
    limit = today - dt.timedelta(days=keep_days)
    doomed = [b.path for b in found[1:] if b.day <= limit]
    partial = _partial_pattern(stem)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        entries = []
    old = time.time() - PARTIAL_MAX_AGE_S
    for entry in entries:
        try:
            if partial.match(entry.name) and entry.is_file() and entry.stat().st_mtime < old:
                doomed.append(Path(entry.path))
        except OSError:  # gone meanwhile
            continue
    deleted = []
    for path in doomed:
        try:
            path.unlink()
        except OSError:
            continue
        deleted.append(path)
    return deleted


# -- the schedule (the time of the last backup is kept in `meta`) --------------------------

def last_backup_at(db: sqlite_utils.Database) -> float | None:
    stored = get_meta(db, LAST_AT_KEY)
    try:
        return float(stored) if stored else None
    except ValueError:
        return None


def record_backup(db: sqlite_utils.Database, at: float, path: Path) -> None:
    with writing(db):
        set_meta(db, LAST_AT_KEY, repr(at))
        set_meta(db, LAST_FILE_KEY, str(path))


def backup_due(db: sqlite_utils.Database, now: dt.datetime) -> bool:
    """True when no backup was made on `now`'s local day (`now` is timezone-aware)."""
    last = last_backup_at(db)
    return last is None or dt.datetime.fromtimestamp(last, now.tzinfo).date() != now.date()


def scheduled_backup(db: sqlite_utils.Database, now: dt.datetime, *, force: bool = False,
                     cancelled: Callable[[], bool] = lambda: False) -> BackupRun:
    """The backup job's work: if due (or forced), back up into the folder of Settings → Data,
    note the time in `meta`, then delete backups older than the days kept. BackupError when
    no backup could be made (old backups are then left alone)."""
    if not force and not backup_due(db, now):
        return BackupRun(None)
    folder = backup_folder(db)
    made = backup_now(db, folder, now=now, cancelled=cancelled)
    try:
        record_backup(db, now.timestamp(), made)
        recorded = True
    except (sqlite3.Error, OSError):  # a read-only database can still be backed up
        recorded = False
    keep = int(get_setting(db, "backup_retention_days"))
    pruned = tuple(prune(folder, keep, now.date(), database_stem(db)))
    return BackupRun(made, now.timestamp(), pruned, recorded)
