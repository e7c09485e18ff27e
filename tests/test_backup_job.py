"""The backup job in the console: off the GUI thread, once a day, File → Back up now, the
outcome (or the reason there is none) in the status bar."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QWidget

import app.backup
from app.backup import BackupError, BackupRun, backups, last_backup_at
from app.settings import set_setting
from durability_support import ZONE, immutable
from ui.backup_job import BackupJob

NOON = dt.datetime(2026, 11, 22, 12, 0, tzinfo=ZONE).timestamp()


def make_job(qtbot, db_path, **kw) -> BackupJob:
    parent = QWidget()
    qtbot.addWidget(parent)
    job = BackupJob(db_path, ZONE, parent, clock=lambda: NOON, **kw)
    job.window_for_test = parent  # qtbot holds widgets weakly: keep the parent alive
    return job


def test_back_up_now_copies_on_a_pool_thread_and_shows_the_time(fw_app, qtbot, db, db_path,
                                                                 tmp_path, monkeypatch):
    set_setting(db, "backup_folder", str(tmp_path / "backups"))
    threads = []
    real = app.backup.scheduled_backup

    def spy(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(app.backup, "scheduled_backup", spy)
    job = make_job(qtbot, db_path)
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        assert job.back_up_now()
        assert not job.action.isEnabled()  # one run at a time
    run = done.args[0]
    assert isinstance(run, BackupRun) and run.made is not None
    assert threads and threads[0] is not threading.main_thread()
    assert [b.path for b in backups(tmp_path / "backups")] == [run.made]
    assert "12:00" in job.label.text() and str(run.made) in job.label.toolTip()
    assert job.action.isEnabled()
    assert last_backup_at(db) == NOON


def test_the_schedule_backs_up_once_a_day(fw_app, qtbot, db, db_path, tmp_path):
    set_setting(db, "backup_folder", str(tmp_path / "backups"))
    job = make_job(qtbot, db_path, start_delay_ms=0)
    with qtbot.waitSignal(job.finished, timeout=20000) as first:
        job.start()
    assert first.args[0].made is not None
    with qtbot.waitSignal(job.finished, timeout=20000) as second:
        assert job.check()
    assert second.args[0].made is None  # already done today
    assert "12:00" in job.label.text()
    job.cancel()
    assert not job.check()  # quitting: no new run


def test_a_folder_that_became_a_file_is_said_in_the_status_bar(fw_app, qtbot, db, db_path,
                                                               tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    set_setting(db, "backup_folder", str(folder))
    folder.rmdir()
    folder.write_text("the stick was replaced by a file")
    job = make_job(qtbot, db_path)
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        job.back_up_now()
    assert isinstance(done.args[0], BackupError) and done.args[0].code == "not_a_folder"
    assert job.label.text().startswith("⚠") and str(folder) in job.label.text()
    assert job.label.property("fwError") is True


def test_a_read_only_database_is_backed_up_and_said_to_be_read_only(fw_app, qtbot, db,
                                                                    db_path, tmp_path):
    set_setting(db, "backup_folder", str(tmp_path / "backups"))
    job = make_job(qtbot, db_path)
    with immutable(db_path):
        with qtbot.waitSignal(job.finished, timeout=20000) as done:
            job.back_up_now()
    run = done.args[0]
    assert run.made is not None and not run.recorded
    assert job.read_only
    assert job.label.text().startswith("⚠")


def test_the_window_has_back_up_now_in_the_file_menu(make_window):
    window, _ = make_window(demo=False)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.backup.action in file_menu.actions()
    assert window.backup.action.shortcut().toString() == "Ctrl+Shift+B"
    assert window.backup.label.parent() is not None


def test_a_read_only_database_is_said_at_start_before_any_backup(fw_app, qtbot, db, db_path):
    job = make_job(qtbot, db_path, start_delay_ms=3_600_000)
    with immutable(db_path):
        job.start()
        qtbot.waitUntil(lambda: job.read_only, timeout=20000)
    assert job.label.text().startswith("⚠") and not job.running
    job.cancel()
