"""Backups: a verified copy per local day made with SQLite's backup API, kept N days,
refusals worded for the supervisor, and a consistent copy while the feed writes."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from app.backup import (BackupError, backup_due, backup_now, backups, last_backup_at,
                        latest_backup, prune, record_backup, scheduled_backup)
from app.db import open_database
from app.incidents import open_incident
from app.settings import set_setting
from durability_support import (ZONE, checkpointed, consistent, damage, floor_writer,
                                immutable, integrity, small_disk)

NOON = dt.datetime(2026, 11, 22, 12, 0, tzinfo=ZONE)


def incident(db, title: str = "Store 3 offline") -> int:
    return open_incident(db, at=NOON.timestamp(), type=_a_type(), title=title, owner="王主管")


def _a_type() -> str:
    from app.incidents import incident_types

    return incident_types()[0].key


def touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_a_backup_is_a_checked_single_file_named_with_the_local_date(db, tmp_path):
    incident_id = incident(db)
    made = backup_now(db, tmp_path / "backups", now=NOON)
    assert made == tmp_path / "backups" / "floorwatch-2026-11-22.db"
    assert sorted(p.name for p in made.parent.iterdir()) == ["floorwatch-2026-11-22.db"]
    assert integrity(made) == "ok"
    copy = open_database(made, migrate=False)
    assert copy.execute("SELECT title FROM incidents WHERE id = ?",
                        [incident_id]).fetchone()[0] == "Store 3 offline"
    copy.close()


def test_the_date_in_the_name_is_the_local_day_of_the_time_given(db, tmp_path):
    late_evening_utc = dt.datetime(2026, 11, 22, 17, 30, tzinfo=dt.timezone.utc)
    made = backup_now(db, tmp_path, now=late_evening_utc.astimezone(ZONE))
    assert made.name == "floorwatch-2026-11-23.db"  # 01:30 the next day in Shanghai


def test_a_second_backup_the_same_day_replaces_that_days_file(db, tmp_path):
    backup_now(db, tmp_path, now=NOON)
    later = incident(db, "Refund queue stuck")
    made = backup_now(db, tmp_path, now=NOON + dt.timedelta(hours=3))
    assert [b.path for b in backups(tmp_path)] == [made]
    copy = open_database(made, migrate=False)
    assert copy.execute("SELECT count(*) FROM incidents WHERE id = ?", [later]).fetchone()[0]
    copy.close()


def test_backups_are_named_after_the_database_file(tmp_path):
    shop = open_database(tmp_path / "shop2.db")
    made = backup_now(tmp_path / "shop2.db", tmp_path / "b", now=NOON)
    shop.close()
    assert made.name == "shop2-2026-11-22.db"
    assert latest_backup(tmp_path / "b", "shop2").path == made
    assert latest_backup(tmp_path / "b") is None  # not a backup of floorwatch.db


def test_pruning_deletes_only_our_backups_older_than_the_days_kept(tmp_path):
    today = dt.date(2026, 11, 22)
    ours = {d: touch(tmp_path, f"floorwatch-{d}.db") for d in
            ("2026-11-22", "2026-11-21", "2026-10-24", "2026-10-23", "2026-01-01")}
    foreign = [touch(tmp_path, name) for name in (
        "notes.txt", "floorwatch-2026-01-01.db.txt", "shop2-2026-01-01.db",
        "floorwatch-latest.db", "floorwatch-2026-13-45.db", "my floorwatch-2026-01-01.db",
        "floorwatch.db")]
    (tmp_path / "floorwatch-2026-01-02.db").mkdir()  # a folder with our name: not a file
    deleted = prune(tmp_path, 30, today)
    assert sorted(deleted) == sorted([ours["2026-10-23"], ours["2026-01-01"]])
    left = {p.name for p in tmp_path.iterdir()}
    assert {"floorwatch-2026-11-22.db", "floorwatch-2026-11-21.db",
            "floorwatch-2026-10-24.db"} <= left
    assert all(p.exists() for p in foreign)
    assert (tmp_path / "floorwatch-2026-01-02.db").is_dir()


def test_the_newest_backup_is_kept_however_old_it_is(tmp_path):
    old = touch(tmp_path, "floorwatch-2025-01-01.db")
    older = touch(tmp_path, "floorwatch-2024-06-01.db")
    assert prune(tmp_path, 7, dt.date(2026, 11, 22)) == [older]
    assert old.exists()


def test_a_half_written_copy_left_by_a_crash_is_cleaned_once_stale(tmp_path):
    import os

    stale = touch(tmp_path, ".floorwatch-2026-11-20.db.partial-0a1b2c3d")
    fresh = touch(tmp_path, ".floorwatch-2026-11-22.db.partial-4e5f6a7b")
    os.utime(stale, (0, 0))
    assert prune(tmp_path, 30, dt.date(2026, 11, 22)) == [stale]
    assert fresh.exists()


def test_a_relative_folder_is_refused(db):
    with pytest.raises(BackupError) as caught:
        backup_now(db, Path("backups"), now=NOON)
    assert caught.value.code == "not_absolute"


def test_a_file_in_place_of_the_folder_is_refused_in_plain_words(db, tmp_path):
    blocker = touch(tmp_path, "backups")
    with pytest.raises(BackupError, match="is a file, not a folder") as caught:
        backup_now(db, blocker, now=NOON)
    assert caught.value.code == "not_a_folder"
    with pytest.raises(BackupError) as caught:
        backup_now(db, blocker / "daily", now=NOON)
    assert caught.value.code == "not_a_folder"


def test_a_folder_that_cannot_be_written_is_refused(db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with immutable(folder):
        with pytest.raises(BackupError, match="may not write") as caught:
            backup_now(db, folder, now=NOON)
    assert caught.value.code == "not_writable"
    assert list(folder.iterdir()) == []


def test_a_full_disk_is_a_clear_error_and_leaves_no_half_copy(db, tmp_path):
    step = floor_writer(db)
    for _ in range(30):
        step(30)
    with small_disk(256) as folder:
        keep = folder / "floorwatch-2026-11-21.db"
        keep.write_bytes(b"yesterday")
        with pytest.raises(BackupError, match="is full") as caught:
            backup_now(db, folder, now=NOON)
        assert caught.value.code == "full"
        assert sorted(p.name for p in folder.iterdir()) == ["floorwatch-2026-11-21.db"]
        assert keep.read_bytes() == b"yesterday"


def test_a_damaged_database_gives_no_backup_and_the_good_ones_stay_latest(db_path, tmp_path):
    db = open_database(db_path)
    step = floor_writer(db)
    for _ in range(30):
        step(30)
    folder = tmp_path / "backups"
    yesterday = backup_now(db, folder, now=NOON - dt.timedelta(days=1))
    db.close()
    checkpointed(db_path)
    damage(db_path)
    damaged = open_database(db_path, migrate=False, quick_check=False)  # as a big file opens
    with pytest.raises(BackupError, match="damaged") as caught:
        backup_now(damaged, folder, now=NOON)
    damaged.close()
    assert caught.value.code == "damaged"
    assert [b.path for b in backups(folder)] == [yesterday]
    assert [p.name for p in folder.iterdir()] == [yesterday.name]


def test_a_backup_is_due_once_per_local_day(db, tmp_path):
    assert backup_due(db, NOON)
    record_backup(db, NOON.timestamp(), tmp_path / "floorwatch-2026-11-22.db")
    assert last_backup_at(db) == NOON.timestamp()
    assert not backup_due(db, NOON + dt.timedelta(hours=11))  # 23:00, same day
    assert backup_due(db, NOON + dt.timedelta(hours=12))  # 00:00 the next day


def test_the_scheduled_backup_uses_the_settings_and_prunes(db, tmp_path):
    folder = tmp_path / "nightly"
    set_setting(db, "backup_folder", str(folder))
    set_setting(db, "backup_retention_days", 2)
    folder.mkdir()
    old = touch(folder, "floorwatch-2026-11-19.db")
    run = scheduled_backup(db, NOON)
    assert run.made == folder / "floorwatch-2026-11-22.db" and run.recorded
    assert run.pruned == (old,)
    assert scheduled_backup(db, NOON + dt.timedelta(hours=1)).made is None  # done today
    forced = scheduled_backup(db, NOON + dt.timedelta(hours=1), force=True)
    assert forced.made == run.made


def test_a_backup_taken_while_the_feed_writes_is_one_consistent_moment(db_path, tmp_path):
    db = open_database(db_path)
    step = floor_writer(db)
    for _ in range(20):
        step(30)
    db.close()
    stop = threading.Event()
    written = []

    def feed() -> None:  # the feed thread: its own connection, a write every few ms
        conn = open_database(db_path)
        more = floor_writer(conn)
        while not stop.is_set():
            written.append(more(2))
        conn.close()

    thread = threading.Thread(target=feed)
    thread.start()
    try:
        made = []
        for hour in range(4):
            made.append(backup_now(db_path, tmp_path / f"b{hour}", now=NOON, step_pages=8))
    finally:
        stop.set()
        thread.join()
    assert len(written) > 0
    for path in made:
        assert integrity(path) == "ok"
        assert consistent(path)


def test_a_stopped_backup_keeps_nothing(db, tmp_path):
    with pytest.raises(BackupError) as caught:
        backup_now(db, tmp_path / "b", now=NOON, cancelled=lambda: True)
    assert caught.value.code == "cancelled"
    assert list((tmp_path / "b").iterdir()) == []
