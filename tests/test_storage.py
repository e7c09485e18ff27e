"""Storage: WAL, foreign keys, ordered migrations, refusals that leave files untouched."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import CorruptDatabaseError, SchemaTooNewError, open_database, schema_version
from app.schema import LATEST_VERSION, MIGRATIONS

DATA = Path(__file__).parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_gets_every_migration_in_order(db):
    assert schema_version(db.conn) == LATEST_VERSION
    rows = db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
    assert [r[1] for r in rows] == [m.name for m in MIGRATIONS]


def test_the_database_runs_in_wal_mode_with_foreign_keys_on(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO accounts (store_id, name) VALUES (999, 'orphan')")


def test_opening_twice_applies_nothing_more(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == LATEST_VERSION


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_every_older_schema_file_upgrades_and_keeps_its_data(tmp_path, version):
    old = tmp_path / "old.db"
    shutil.copy(DATA / f"schema_v{version}.db", old)
    db = open_database(old)
    assert schema_version(db.conn) == LATEST_VERSION
    assert db.execute("SELECT customer, paid_amount FROM conversations").fetchall() == [
        ("buyer1", 99.0)]
    assert db.execute("SELECT sum(n) FROM rollup_hour").fetchone()[0] == 1.0
    applied = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert applied == list(range(1, LATEST_VERSION + 1))


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(newer)
    with pytest.raises(SchemaTooNewError, match="newer Floorwatch"):
        open_database(newer)
    assert digest(newer) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a shift report, not a database" * 100)
    before = digest(junk)
    with pytest.raises(CorruptDatabaseError, match="has not been changed"):
        open_database(junk)
    assert digest(junk) == before
