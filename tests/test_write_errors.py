"""A full disk or a read-only file while the supervisor saves: one clear message in the
console's words, nothing typed is lost (the text stays where it was typed), and saving
again works once the disk has room. A full disk is simulated with PRAGMA max_page_count,
a read-only file with PRAGMA query_only: nothing special is needed to run these."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.db import CorruptDatabaseError, describe_write_error, storage_problem
from app.incidents import entries, get_incident, incident_types, list_incidents, open_incident
from app.patrol import patrol_round
from app.sources import DemoSource
from durability_support import consistent
from shift_floor import DAY, ZONE, floor_context
from ui.dialogs.incident_detail import IncidentDialog
from ui.dialogs.new_incident import NewIncidentDialog
from ui.docks.patrol import PatrolDock
from ui.feed import FeedController
from ui.storage_words import _write_words
from ui.wellbeing.words import problem

# A pasted customer message: longer than a page, so saving it needs new pages.
LONG = "顾客反映：订单 20261122-0081 付款后未发货，已三次联系，情绪激动，要求今天答复。" * 120
NO_LIMIT = 1073741823


def disk_full(db) -> None:
    if db.execute("PRAGMA freelist_count").fetchone()[0]:
        db.execute("VACUUM")  # the pages a migration freed: the file is then all in use
    free = db.execute("PRAGMA freelist_count").fetchone()[0] * 4096
    assert free < len(LONG.encode()) // 2  # LONG cannot fit in what is left
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def disk_freed(db) -> None:
    db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")


def read_only(db, on: bool = True) -> None:
    db.execute(f"PRAGMA query_only = {int(on)}")


def words(kind: str) -> str:
    return _write_words()[kind]


@pytest.fixture
def ctx(fw_app, db, db_path):
    return floor_context(db, db_path, "08:20")


def test_storage_problems_are_told_apart(db, db_path):
    disk_full(db)
    with pytest.raises(sqlite3.Error) as full:
        db.execute("INSERT INTO meta (key, value) VALUES ('pasted', ?)", [LONG])
    disk_freed(db)
    read_only(db)
    with pytest.raises(sqlite3.Error) as ro:
        db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    read_only(db, False)
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    busy_conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.Error) as busy:
        busy_conn.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    assert [storage_problem(e.value) for e in (full, ro, busy)] == ["full", "read_only", "busy"]
    assert storage_problem(CorruptDatabaseError("x")) == "damaged"
    assert storage_problem(OSError(errno.ENOSPC, "No space left on device")) == "full"
    assert storage_problem(ValueError("an incident needs a title")) is None
    assert describe_write_error(full.value).startswith("not saved: the disk is full")
    assert describe_write_error(ValueError("an incident needs a title")) == \
        "an incident needs a title"


def test_a_full_disk_rolls_the_write_back_and_saving_again_works(db):
    kind = incident_types()[0].key
    disk_full(db)
    with pytest.raises(sqlite3.OperationalError):
        open_incident(db, at=1.0, type=kind, title=LONG)
    assert not db.conn.in_transaction  # nothing half-written is left open
    assert list_incidents(db) == []
    disk_freed(db)
    saved = open_incident(db, at=1.0, type=kind, title=LONG)
    assert get_incident(db, saved).title == LONG


def test_a_new_incident_on_a_full_disk_stays_open_with_what_was_typed(ctx, qtbot):
    dialog = NewIncidentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.type_list.setCurrentRow(0)
    dialog.title.setText(LONG)
    disk_full(ctx.db)
    dialog.accept()
    assert dialog.result() != QDialog.Accepted and dialog.incident_id is None
    assert words("full") in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.title.text() == LONG  # nothing typed is lost
    disk_freed(ctx.db)
    dialog.accept()  # the supervisor presses OK again
    assert dialog.result() == QDialog.Accepted
    assert get_incident(ctx.db, dialog.incident_id).title == LONG


def test_a_note_on_a_read_only_file_is_kept_in_its_field(ctx, qtbot):
    incident_id = list_incidents(ctx.db)[0].id
    dialog = IncidentDialog(ctx, incident_id)
    qtbot.addWidget(dialog)
    before = len(entries(ctx.db, incident_id))
    dialog.note.setText("已联系店铺负责人，10 分钟后回电")
    read_only(ctx.db)
    dialog._add_note()
    assert words("read_only") in dialog.error.text()
    assert dialog.note.text() == "已联系店铺负责人，10 分钟后回电"
    assert len(entries(ctx.db, incident_id)) == before
    read_only(ctx.db, False)
    dialog._add_note()
    assert dialog.note.text() == "" and dialog.error.text() == ""
    assert [e.text for e in entries(ctx.db, incident_id)].count("已联系店铺负责人，10 分钟后回电") == 1


def test_a_patrol_answer_on_a_full_disk_keeps_its_note(ctx, qtbot):
    dock = PatrolDock(ctx, {})
    qtbot.addWidget(dock)
    dock.show()
    dock.refresh(None)
    dock.select_row(1)
    dock.note.setText(LONG)
    disk_full(ctx.db)
    dock.record("problem")
    assert words("full") in dock.message.text()
    assert dock.note.text() == LONG
    disk_freed(ctx.db)
    dock.record("problem")
    line = patrol_round(ctx.db, DAY, "early", ZONE).lines[1]
    assert (line.answer.result, line.answer.note) == ("problem", LONG)


def test_the_wellbeing_dialogs_word_a_full_disk_the_same_way():
    text = problem(sqlite3.OperationalError("database or disk is full"))
    assert text.startswith("✖ ") and words("full") in text


def test_a_full_disk_stops_the_feed_with_a_clear_status_and_loses_no_event(fw_app, qtbot,
                                                                          db, db_path):
    source = DemoSource(seed=7, speed=600.0, zone=ZONE, backfill_days=0)
    feed = FeedController(db_path, source, interval_ms=50)
    states: list[tuple[str, str]] = []
    feed.state.connect(lambda state, detail: states.append((state, detail)))
    feed.start()
    try:
        qtbot.waitUntil(lambda: ("demo", "") in states, timeout=20000)
        worker_db = feed.worker._db
        worker_db.execute("PRAGMA max_page_count = "
                          f"{worker_db.execute('PRAGMA page_count').fetchone()[0]}")
        full = QCoreApplication.translate("Feed", "the disk is full; nothing new is stored")
        qtbot.waitUntil(lambda: ("error", full) in states, timeout=20000)
        assert source._unwritten  # the events the disk refused are held, not dropped
        worker_db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")
        qtbot.waitUntil(lambda: states[-1] == ("demo", "") and not source._unwritten,
                        timeout=20000)
    finally:
        feed.stop()
    assert consistent(db_path)
