"""While an import holds the write lock, the window never waits long: a save is refused
after GUI_BUSY_TIMEOUT_MS (the text stays in its dialog), the escalation check not at all."""

from __future__ import annotations

import sqlite3

import pytest

from app.db import GUI_BUSY_TIMEOUT_MS, no_wait, open_database, set_busy_timeout


def test_the_window_connection_waits_at_most_two_seconds_for_the_write_lock(make_window):
    window, _ = make_window(demo=False)
    timeout = window.ctx.db.execute("PRAGMA busy_timeout").fetchone()[0]
    assert timeout == GUI_BUSY_TIMEOUT_MS == 2000


def test_no_wait_fails_at_once_on_a_held_lock_and_restores_the_timeout(db_path):
    holder = open_database(db_path)
    db = open_database(db_path)
    set_busy_timeout(db, 5000)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            with no_wait(db):
                db.execute("BEGIN IMMEDIATE")
    finally:
        holder.execute("ROLLBACK")
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_the_escalation_check_skips_a_locked_second_instead_of_waiting(make_window, db_path,
                                                                        monkeypatch):
    import app.deadlines
    import ui.escalation_watch as watch

    window, _ = make_window(demo=False)
    seen = []

    def locked(db, now):
        seen.append(db.execute("PRAGMA busy_timeout").fetchone()[0])
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(app.deadlines, "fire_escalations", locked)
    checker = watch.EscalationWatch(window.ctx)
    assert checker.check() == []
    assert seen == [0]  # asked without waiting
    assert window.ctx.db.execute("PRAGMA busy_timeout").fetchone()[0] == GUI_BUSY_TIMEOUT_MS
