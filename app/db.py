"""Open the floor's SQLite file: WAL, foreign keys, schema migrations, clear refusals."""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from contextlib import contextmanager
import sqlite3
from pathlib import Path

import sqlite_utils

from app.schema import LATEST_VERSION, MIGRATIONS


class StorageError(Exception):
    """A database problem worded for the supervisor, never a traceback."""


class SchemaTooNewError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    """The file is not a database or is damaged; it has not been changed."""

    def __init__(self, message: str, path: Path | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail  # SQLite's own words, for the recovery dialog


# What a failed write can raise: catch these wherever the supervisor saves something typed.
WRITE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, StorageError, OSError)

# SQLite primary result codes (the low byte of an extended code) → the kind of problem.
_PROBLEMS = {13: "full", 8: "read_only", 5: "busy", 6: "busy", 11: "damaged", 26: "damaged",
             10: "io", 14: "cannot_open"}
_PROBLEM_WORDS = (("disk is full", "full"), ("readonly", "read_only"), ("read-only", "read_only"),
                  ("locked", "busy"), ("malformed", "damaged"), ("not a database", "damaged"),
                  ("disk i/o", "io"), ("unable to open", "cannot_open"))
_OS_PROBLEMS = {errno.ENOSPC: "full", getattr(errno, "EDQUOT", errno.ENOSPC): "full",
                errno.EROFS: "read_only", errno.EACCES: "read_only", errno.EPERM: "read_only"}


def storage_problem(exc: BaseException) -> str | None:
    """What kind of storage trouble `exc` is: "full" (disk full or the size limit), "read_only",
    "busy" (locked by another write), "damaged", "io", "cannot_open"; None when it is not one
    (a refusal such as ValueError, whose own message is meant for the supervisor)."""
    if isinstance(exc, CorruptDatabaseError):
        return "damaged"
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _PROBLEMS:
            return _PROBLEMS[code & 0xFF]
        text = str(exc).lower()
        return next((kind for words, kind in _PROBLEM_WORDS if words in text), None)
    if isinstance(exc, OSError):
        return _OS_PROBLEMS.get(exc.errno or 0, "io")
    return None


_WRITE_WORDS = {
    "full": "the disk is full (or the database reached its size limit). Free some space on "
            "the drive that holds the database, then try again; what you typed is kept",
    "read_only": "the database file is read-only. Make the file and its folder writable (or "
                 "move it off a write-protected drive), then try again; what you typed is kept",
    "busy": "the database is busy with another write. Try again in a moment; what you typed "
            "is kept",
    "damaged": "the database file is damaged. Copy what you typed somewhere safe, then "
               "restart Floorwatch to restore the latest backup",
    "io": "the disk reported an error ({detail}). Check the drive, then try again; what you "
          "typed is kept",
    "cannot_open": "the database file cannot be opened ({detail}). Check the drive, then try "
                   "again; what you typed is kept",
}


def describe_write_error(exc: BaseException) -> str:
    """A failed write in the supervisor's words (English: logs and the command line; the
    console words the same kinds in its own language, ui/storage_words.py)."""
    kind = storage_problem(exc)
    if kind is None:
        return str(exc)
    return "not saved: " + _WRITE_WORDS[kind].format(detail=exc)


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    conn = sqlite3.connect(
        f"file:{path}?mode={mode}", uri=True, isolation_level=None,
        check_same_thread=False, timeout=10.0,
    )
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# PRAGMA quick_check reads every page: 1.9 s warm, 9.8 s from a cold cache for a 1.1 GB file
# on the project machine (docs/durability.md). Below this size it runs at every open
# (~0.1 s at 64 MB); a bigger file is checked by each daily backup's integrity check instead.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
# Files that passed quick_check in this process: path → the file's (device, inode, size,
# mtime) at the end of that open. The check guards against damage from before the process started;
# a later open of the same unchanged file (the feed's connection, a dialog's) skips it. A
# file replaced or rewritten since (a restored backup, a checkpoint) is checked again.
_checked: dict[str, tuple[int, int, int, int]] = {}


def open_database(path: str | Path, *, migrate: bool = True,
                  quick_check: bool | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and upgrade the database at `path`.

    A file written by a newer Floorwatch is refused before anything is written to it;
    a file that is not a database, or is damaged, raises CorruptDatabaseError and is left
    as it was (no write, no checkpoint). quick_check: True always, False never, None when
    the file is at most QUICK_CHECK_MAX_BYTES. A disk that is full or a file that cannot
    be opened is a StorageError saying so.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, create=True)
        version = schema_version(conn)  # reads the header: fails on a non-database file
        if version > LATEST_VERSION:
            raise SchemaTooNewError(
                f"{path} was written by a newer Floorwatch (schema {version}; this version "
                f"understands up to {LATEST_VERSION}). It has not been changed; "
                "update Floorwatch to open it.")
        checking = quick_check or (quick_check is None and _small(path)
                                   and not _checked_here(path))
        if checking:
            _quick_check(conn)  # before the first write: a damaged file is left as it was
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # no sqlite-utils plugins: loading them scans every installed package's entry points
        db = sqlite_utils.Database(conn, execute_plugins=False)
        if migrate:
            migrate_database(db)
        if checking:  # as this open left it: its own migrations are no reason to check again
            _remember_checked(path)
    except (sqlite3.Error, StorageError) as exc:
        if conn is not None:
            _close_untouched(conn)
        if isinstance(exc, StorageError):
            raise
        raise _refusal(path, exc) from exc
    return db


def _small(path: Path) -> bool:
    try:
        return path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    except OSError:
        return True


def _signature(path: Path) -> tuple[str, tuple[int, int, int, int]] | None:
    if str(path) == ":memory:":
        return None
    try:
        st = path.stat()
        return str(path.resolve()), (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    except OSError:
        return None


def _checked_here(path: Path) -> bool:
    """True when this process already checked the file and it has not changed since."""
    sig = _signature(path)
    return sig is not None and _checked.get(sig[0]) == sig[1]


def _remember_checked(path: Path) -> None:
    sig = _signature(path)
    if sig is not None:
        _checked[sig[0]] = sig[1]


def _quick_check(conn: sqlite3.Connection) -> None:
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)")]
    if rows != ["ok"]:
        # "*** in database main ***" heads the list: it says nothing, the next line does
        found = [r for r in rows if not r.startswith("*** in database")] or rows
        raise sqlite3.DatabaseError("; ".join(found[:2]))


def _close_untouched(conn: sqlite3.Connection) -> None:
    """Close without the checkpoint SQLite runs on close: a refused file's -wal stays as is."""
    try:
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
    except (AttributeError, sqlite3.Error):  # Python < 3.12: the checkpoint only replays commits
        pass
    conn.close()


def _refusal(path: Path, exc: sqlite3.Error) -> StorageError:
    kind = storage_problem(exc)
    if kind in ("damaged", None):
        return CorruptDatabaseError(
            f"{path} cannot be read as a Floorwatch database ({exc}). "
            "It has not been changed; restore a backup or choose another file with --db.",
            path, str(exc))
    if kind == "full":
        return StorageError(f"{path} cannot be opened: the disk is full. Free some space on "
                            "that drive, then start Floorwatch again.")
    if kind == "read_only":
        return StorageError(f"{path} cannot be opened for writing: the file or its folder is "
                            "read-only. Make it writable, or copy it somewhere writable and "
                            "open the copy with --db.")
    if kind == "busy":
        return StorageError(f"{path} is locked by another program ({exc}). Close it, then "
                            "start Floorwatch again.")
    return StorageError(f"{path} cannot be opened ({exc}). Check that the drive is there and "
                        "that Floorwatch may read and write the file and its folder.")


def migrate_database(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> list[int]:
    """Apply every pending migration up to `target`, each in its own transaction."""
    applied: list[int] = []
    with db.atomic():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    current = schema_version(db.conn)
    for migration in MIGRATIONS:
        if migration.version <= current or migration.version > target:
            continue
        with db.atomic():
            migration.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name,
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
            db.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration.version)
    return applied


@contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction that takes the write lock at its start (BEGIN IMMEDIATE), waiting for
    the feed thread's writes to finish, so reading and then writing inside it cannot fail
    with "database is locked"; inside another transaction it is a savepoint."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")  # a full disk can refuse the commit itself: roll back then too
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    """The value kept under `key` in the meta table, None when there is none."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Keep `value` under `key`; inside the caller's transaction when there is one."""
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def is_writable(db: sqlite_utils.Database) -> bool:
    """False when this connection cannot write at all (a read-only file, folder or drive).
    Writes the header's version number unchanged in a transaction it rolls back (in WAL mode
    BEGIN IMMEDIATE alone succeeds on a read-only file); waits while another connection
    writes. Any other trouble (busy past the timeout…) is not read-only: True."""
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"PRAGMA user_version = {schema_version(db.conn)}")
    except sqlite3.Error as exc:
        return storage_problem(exc) != "read_only"
    finally:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
    return True


def open_reader(path: str | Path) -> sqlite_utils.Database:
    """A second connection to an open database that can only read (a panel's reads on a
    worker thread, ui/snapshot_reader.py): no migrations, no integrity check (the first
    connection made both), and any write fails."""
    db = open_database(path, migrate=False, quick_check=False)
    db.execute("PRAGMA query_only = ON")
    return db


GUI_BUSY_TIMEOUT_MS = 2000  # the window's connection: a long import holds the write lock


def set_busy_timeout(db: sqlite_utils.Database, ms: int) -> None:
    """How long a write on this connection waits for another connection's write lock."""
    db.execute(f"PRAGMA busy_timeout = {int(ms)}")


@contextmanager
def no_wait(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Inside: a locked database fails at once instead of waiting (a periodic check that
    simply tries again later must not hold up the window)."""
    before = db.execute("PRAGMA busy_timeout").fetchone()[0]
    set_busy_timeout(db, 0)
    try:
        yield db
    finally:
        set_busy_timeout(db, before)

