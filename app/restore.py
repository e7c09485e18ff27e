"""Put a backup in place of a damaged database; the damaged file is renamed aside, never
overwritten, and put back if the restore cannot finish."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.backup import BackupFile, backups, remove_with_journal, sync_to_disk, verify_copy
from app.db import storage_problem
from app.paths import data_dir

SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file


class RestoreError(Exception):
    """Why the backup was not put in place; the damaged file is back where it was.
    code: backup_damaged, full, not_writable, io."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    set_aside: tuple[Path, ...]  # the damaged file (first) and its -wal/-shm, renamed


def default_backup_folder() -> Path:
    return data_dir() / "backups"


def folder_in_damaged_file(db_path: Path) -> Path | None:
    """The backup folder setting, if it can still be read from the damaged file. Read as an
    immutable file: no lock, no -wal or -shm is created, nothing is written."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'setting.backup_folder'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Path(row[0]).expanduser() if row and row[0] else None


def backup_folders(db_path: Path, remembered: Iterable[Path | str | None] = ()) -> list[Path]:
    """Where backups of `db_path` may be: folders the console remembers, the folder set in
    the damaged file (when readable), the default folder; each once, in that order."""
    found: list[Path] = []
    for folder in (*remembered, folder_in_damaged_file(db_path), default_backup_folder()):
        if folder and Path(folder) not in found:
            found.append(Path(folder))
    return found


def latest_backup_of(db_path: Path, folders: Iterable[Path]) -> BackupFile | None:
    """The newest backup of `db_path` (named after its file) in any of `folders`."""
    every = [b for folder in folders for b in backups(folder, db_path.stem)]
    return max(every, key=lambda b: (b.day, b.path.stat().st_mtime), default=None)


def aside_name(db_path: Path, now: dt.datetime) -> Path:
    """floorwatch.db → floorwatch.db.damaged-20261122-140200 (a free name)."""
    base = db_path.with_name(f"{db_path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    candidate, n = base, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        candidate = Path(f"{base}-{n}")
    return candidate


def _set_aside(db_path: Path, aside: Path) -> list[tuple[Path, Path]]:
    """Rename the database and its companions to `aside`; all of them or none."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *SIDE_FILES):
            src = Path(f"{db_path}{suffix}")
            if src.exists():
                dst = Path(f"{aside}{suffix}")
                os.rename(src, dst)
                moved.append((src, dst))
    except OSError:
        _put_back(moved)
        raise
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for src, dst in reversed(moved):
        os.replace(dst, src)


def _copy_to(backup: Path, partial: Path) -> None:
    """The backup copied to `partial` with SQLite's backup API, checked and synced."""
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    problems = verify_copy(partial, quick=True)  # the backup had its full check when made
    if problems:
        if verify_copy(backup, quick=True):
            raise RestoreError("backup_damaged", f"the backup {backup} is damaged too "
                               f"({problems[0]}); nothing was changed")
        raise RestoreError("io", f"the copy of the backup did not pass its check "
                           f"({problems[0]}); nothing was changed")
    sync_to_disk(partial)


def restore_backup(backup: Path, db_path: Path, *, now: dt.datetime | None = None) -> Restored:
    """Copy `backup` next to `db_path` and check the copy; then rename the damaged file (and
    its -wal/-shm) aside and move the copy into its place. Any failure leaves the damaged
    file where it was, unchanged."""
    partial = db_path.with_name(f".{db_path.name}.restoring")
    try:
        try:
            _copy_to(backup, partial)
        except (OSError, sqlite3.Error) as exc:
            raise _failure(exc, db_path) from exc
        try:
            moved = _set_aside(db_path, aside_name(db_path, now or dt.datetime.now()))
        except OSError as exc:
            raise _failure(exc, db_path) from exc
        try:
            os.replace(partial, db_path)
        except OSError as exc:
            _put_back(moved)
            raise _failure(exc, db_path) from exc
    finally:
        remove_with_journal(partial)  # gone already when it was moved in place
    return Restored(db_path, backup, tuple(dst for _, dst in moved))


def _failure(exc: BaseException, db_path: Path) -> RestoreError:
    kind = storage_problem(exc)
    folder = db_path.parent
    if kind == "full":
        return RestoreError("full", f"the drive that holds {folder} is full; nothing was "
                            "changed. Free some space, then try again")
    if kind in ("read_only", "cannot_open"):
        return RestoreError("not_writable", f"Floorwatch may not write to {folder}; nothing "
                            "was changed")
    return RestoreError("io", f"the backup could not be copied in ({exc}); nothing was changed")
