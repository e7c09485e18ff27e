"""A watched folder imports each export file once it has settled, then files it away:
done/ with a short report, or failed/ with the error report beside it."""

from __future__ import annotations

import csv
import datetime as dt
import os

import pytest

from app.db import open_database
from app.folder_source import FolderImportBlocked, FolderSource, unique_target
from app.importing.sample import write_sample
from app.sources import SourceOffline

ZONE = dt.timezone(dt.timedelta(hours=8))


def count(db, table="conversations") -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def watched(tmp_path, db):
    folder = tmp_path / "drop"
    folder.mkdir()
    source = FolderSource(1, folder, ZONE, name="exports", settle_s=0, lang="en")
    source.open(db)
    return folder, source


def settle(path) -> None:
    """Make a file look written two hours ago (the folder waits for files to settle)."""
    old = path.stat().st_mtime - 7200
    os.utime(path, (old, old))


def test_a_file_is_imported_at_the_second_look_and_moved_to_done_with_its_report(watched, db):
    folder, source = watched
    path = write_sample(folder / "today.csv", rows=12)
    assert not source.poll()  # first look: noted, not yet trusted to be complete
    assert count(db) == 0
    changes = source.poll()
    assert changes.conversations_added == 12 and count(db) == 12
    assert not path.exists()
    assert (folder / "done" / "today.csv").exists()
    report = (folder / "done" / "today.csv.report.txt").read_text(encoding="utf-8-sig")
    assert "today.csv" in report and "conversations added: 12" in report


def test_a_file_still_growing_waits_until_it_stops_changing(watched, db):
    folder, source = watched
    path = write_sample(folder / "big.csv", rows=5)
    source.poll()
    write_sample(path, rows=6)  # the copy goes on
    assert not source.poll()  # changed since the last look: wait
    assert path.exists() and count(db) == 0
    assert source.poll().conversations_added == 6


def test_a_file_that_is_too_recent_waits_for_the_settle_time(tmp_path, db):
    folder = tmp_path / "drop"
    folder.mkdir()
    source = FolderSource(1, folder, ZONE, settle_s=3600)
    source.open(db)
    write_sample(folder / "new.csv", rows=2)
    source.poll()
    source.poll()
    assert count(db) == 0  # modified less than an hour ago: maybe still being written
    settle(folder / "new.csv")
    source.poll()  # its modification time changed: one more look
    source.poll()
    assert count(db) == 2


def test_a_bad_file_goes_to_failed_with_every_problem_beside_it_and_nothing_written(watched, db):
    folder, source = watched
    path = write_sample(folder / "bad.csv", rows=4)
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[2][rows[0].index("replies")] = "many"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    source.poll()
    source.poll()
    assert count(db) == 0
    assert (folder / "failed" / "bad.csv").exists()
    errors = (folder / "failed" / "bad.csv.errors.txt").read_text(encoding="utf-8-sig")
    assert "row 3" in errors and "'many' is not a number" in errors


def test_partial_downloads_hidden_files_and_other_types_are_left_alone(watched, db):
    folder, source = watched
    for name in ("a.csv.part", "b.crdownload", ".hidden.csv", "~$book.xlsx", "notes.pdf"):
        (folder / name).write_text("x", encoding="utf-8")
    source.poll()
    source.poll()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["a.csv.part", "b.crdownload", ".hidden.csv", "~$book.xlsx", "notes.pdf"])


def test_the_same_file_dropped_twice_adds_nothing_the_second_time(watched, db):
    folder, source = watched
    write_sample(folder / "x.csv", rows=7)
    source.poll(), source.poll()
    write_sample(folder / "x.csv", rows=7)
    source.poll()
    changes = source.poll()
    assert changes.conversations_added == 0 and count(db) == 7
    assert (folder / "done" / "x (2).csv").exists()  # filed beside the first, not over it


def test_a_missing_folder_is_offline_with_a_clear_reason(tmp_path, db):
    source = FolderSource(1, tmp_path / "gone", ZONE)
    source.open(db)
    with pytest.raises(SourceOffline, match="does not exist"):
        source.poll()


def test_a_database_that_refuses_the_write_leaves_the_file_to_be_tried_again(tmp_path, db_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    reader = open_database(db_path)
    source = FolderSource(1, folder, ZONE, settle_s=0)
    writer = open_database(db_path)
    source.open(writer)
    writer.conn.execute("PRAGMA busy_timeout = 0")
    write_sample(folder / "c.csv", rows=3)
    source.poll()
    reader.execute("BEGIN IMMEDIATE")  # someone else holds the write lock
    try:
        with pytest.raises(FolderImportBlocked):
            source.poll()
    finally:
        reader.execute("ROLLBACK")
    assert (folder / "c.csv").exists()
    assert not (folder / "failed").exists()
    assert source.poll().conversations_added == 3


def test_unique_target_numbers_names_that_are_taken(tmp_path):
    (tmp_path / "a.csv").write_text("", encoding="utf-8")
    (tmp_path / "a (2).csv").write_text("", encoding="utf-8")
    assert unique_target(tmp_path, "a.csv").name == "a (3).csv"
    assert unique_target(tmp_path, "b.csv").name == "b.csv"
