"""Open the floor's SQLite file: WAL, foreign keys, schema migrations, clear refusals."""

from __future__ import annotations

import datetime as dt
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
    pass


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


def open_database(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and upgrade the database at `path`.

    A file written by a newer Floorwatch is refused before anything is written to it;
    a file that is not a database (or is damaged) raises CorruptDatabaseError.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path, create=True)
        version = schema_version(conn)  # reads the header: fails on a non-database file
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} cannot be read as a Floorwatch database ({exc}). "
            "It has not been changed; restore a backup or choose another file with --db."
        ) from exc
    if version > LATEST_VERSION:
        conn.close()
        raise SchemaTooNewError(
            f"{path} was written by a newer Floorwatch (schema {version}; this version "
            f"understands up to {LATEST_VERSION}). It has not been changed; "
            "update Floorwatch to open it."
        )
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        if migrate:
            migrate_database(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CorruptDatabaseError(f"{path} is damaged or unreadable: {exc}") from exc
    return db


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
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
