"""The integrity check at open runs once per file and process: the console's later
connections (the feed's, a dialog's) to the same unchanged file do not read every page again,
and a file that changed since is checked again (a damaged one is still refused)."""

import pytest

import app.db
from app.db import CorruptDatabaseError, open_database
from durability_support import checkpointed, damage


@pytest.fixture
def checks(monkeypatch) -> list:
    """Every quick_check run by open_database in this test; nothing checked before it."""
    done: list = []
    real = app.db._quick_check

    def counted(conn):
        done.append(conn)
        real(conn)

    monkeypatch.setattr(app.db, "_quick_check", counted)
    monkeypatch.setattr(app.db, "_checked", {})
    return done


def test_a_second_connection_to_a_checked_file_is_not_checked_again(db_path, checks):
    first = open_database(db_path)
    second = open_database(db_path)  # as the feed thread opens it beside the window's
    assert len(checks) == 1
    second.close()
    first.close()


def test_the_first_open_in_a_process_checks_an_existing_file(db_path, checks):
    open_database(db_path).close()
    checkpointed(db_path)
    app.db._checked.clear()  # a new process knows of no check
    open_database(db_path).close()
    assert len(checks) == 2


def test_a_file_changed_since_its_check_is_checked_again_and_refused_when_damaged(
        db_path, checks):
    db = open_database(db_path)
    db.execute("CREATE TABLE filler (x TEXT)")
    db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    db.close()
    checkpointed(db_path)
    damage(db_path)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)
    assert len(checks) == 2


def test_asking_for_the_check_always_runs_it(db_path, checks):
    open_database(db_path).close()
    open_database(db_path, quick_check=True).close()
    open_database(db_path, quick_check=False).close()
    assert len(checks) == 2
