"""Panel reads off the GUI thread: the reader's own connection, snapshots shown in order."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from zoneinfo import ZoneInfo

import pytest

from app import roster
from app.clock import ManualClock
from app.floor import agent_statuses
from app.ingest import Ingestor
from app.records import ChangeSet, SessionEvent
from app.roster import RosterEntry
from ui.context import AppContext
from ui.docks.stores import StoresDock
from ui.snapshot_reader import SnapshotReader

ZONE = ZoneInfo("Asia/Shanghai")
NINE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=ZONE).timestamp()


@pytest.fixture
def reader(fw_app, db, db_path):
    made = SnapshotReader(db_path)
    yield made
    made.close()


def test_a_job_reads_on_another_thread_and_its_snapshot_arrives_on_the_gui_thread(
        reader, db, qtbot):
    db.execute("INSERT INTO agents (name) VALUES ('王小美')")
    seen = {}

    def job(conn):
        seen["job_thread"] = threading.get_ident()
        seen["own_connection"] = conn is not db
        return [r[0] for r in conn.execute("SELECT name FROM agents")]

    def done(names):
        seen["names"], seen["done_thread"] = names, threading.get_ident()

    reader.submit(job, done)
    qtbot.waitUntil(lambda: "names" in seen, timeout=5000)
    assert seen["names"] == ["王小美"] and seen["own_connection"]
    assert seen["job_thread"] != threading.get_ident() == seen["done_thread"]


def test_jobs_run_one_at_a_time_in_the_order_submitted(reader, qtbot):
    order = []
    for n in range(5):
        reader.submit(lambda conn, n=n: n, order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_a_failed_read_is_reported_and_the_reader_goes_on(reader, qtbot):
    failures, results = [], []
    reader.submit(lambda conn: conn.execute("SELECT * FROM no_such_table").fetchall(),
                  results.append, failures.append)
    reader.submit(lambda conn: conn.execute("SELECT 42").fetchone()[0], results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], sqlite3.OperationalError)


def test_the_readers_connection_cannot_write(reader, qtbot):
    failures = []
    reader.submit(lambda conn: conn.execute("INSERT INTO agents (name) VALUES ('x')"),
                  lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "readonly" in str(failures[0]).lower() or "read-only" in str(failures[0]).lower()


def test_a_closed_reader_takes_no_more_jobs(reader):
    reader.close()
    with pytest.raises(RuntimeError):
        reader.submit(lambda conn: 1, lambda _r: None)


# -- panels ------------------------------------------------------------------------------------
@pytest.fixture
def stores(fw_app, db, db_path, qtbot):
    roster.apply_entries(db, [
        RosterEntry("tmall", "花语旗舰店", "花语:王", "王小美", min_agents=1),
        RosterEntry("jd", "星河京东店", "星河:张", "张伟", min_agents=1),
    ], at=NINE - 3600)
    Ingestor(db).ingest([
        SessionEvent(NINE - 600, "tmall", "花语旗舰店", "花语:王", "王小美", "online")])
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(NINE), zone=ZONE, lang="en",
                     demo=False)
    dock = StoresDock(ctx)
    qtbot.addWidget(dock)
    return dock


def coverage(dock) -> dict[str, str]:
    model = dock.store_model
    return {model.cell(r, 2).text: model.cell(r, 3).text for r in range(model.rowCount())}


def test_a_panel_read_on_the_reader_shows_the_same_as_a_refresh_in_place(stores, reader, qtbot):
    generation, job = stores.request_snapshot(None)
    reader.submit(job, lambda snap: stores.deliver(generation, snap))
    qtbot.waitUntil(lambda: stores.store_model.rowCount() == 2, timeout=5000)
    from_reader = coverage(stores)
    stores.refresh(None)
    assert coverage(stores) == from_reader == {"花语旗舰店": "1 / 1", "星河京东店": "0 / 1"}


def test_a_snapshot_read_before_a_refresh_in_place_is_not_shown_after_it(stores, db):
    old_generation, old_job = stores.request_snapshot(None)
    stale = old_job(db)  # read before 张伟 logs in ...
    Ingestor(db).ingest([SessionEvent(NINE - 60, "jd", "星河京东店", "星河:张", "张伟", "online")])
    stores.refresh(None)  # ... and shown after a refresh that saw the login
    stores.deliver(old_generation, stale)
    assert coverage(stores)["星河京东店"] == "1 / 1"


def test_the_window_reads_its_periodic_refresh_on_the_reader(make_window, qtbot):
    window, _ = make_window(demo=False)
    stores = window.docks[0]
    threads = []
    real_job = stores.read_job

    def watched_job(changes):
        job = real_job(changes)
        return lambda conn: (threads.append(threading.get_ident()), job(conn))[1]

    stores.read_job = watched_job
    window.on_changes(ChangeSet(sessions=1))
    window._tick()  # the timer's tick: the coalesced changes go out now
    assert window.background.busy
    window.on_changes(ChangeSet(conversations_added=1))  # during the round: waits
    qtbot.waitUntil(lambda: not window.background.busy, timeout=5000)
    assert threads and threads[0] != threading.get_ident()
    assert window._pending is not None and window._pending.conversations_added == 1
    window.close()
    assert window.background is None  # its reader closed with the window


def test_statuses_without_counts_are_the_same_statuses(db):
    roster.apply_entries(db, [RosterEntry("tmall", "花语旗舰店", "花语:王", "王小美"),
                              RosterEntry("tmall", "花语旗舰店", "花语:李", "李娜")],
                         at=NINE - 3600)
    Ingestor(db).ingest([
        SessionEvent(NINE - 600, "tmall", "花语旗舰店", "花语:王", "王小美", "online"),
        SessionEvent(NINE - 300, "tmall", "花语旗舰店", "花语:李", "李娜", "away")])
    full = agent_statuses(db, NINE, ZONE)
    light = agent_statuses(db, NINE, ZONE, counts=False)
    assert [(a.name, a.status, a.since, a.stores_online, a.stores_held) for a in light] == [
        (a.name, a.status, a.since, a.stores_online, a.stores_held) for a in full]
    assert all(a.handled_today == a.active_now == 0 for a in light)
