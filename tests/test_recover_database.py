"""A damaged database at start: a clear dialog (what, where, unchanged), the latest backup
restored with the damaged file renamed aside and never overwritten, another file, or quit.
Without a screen the console says it on stderr instead of waiting for a click."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.backup import backup_now, latest_backup
from app.db import CorruptDatabaseError, open_database
from app.incidents import incident_types, list_incidents, open_incident
from app.restore import RestoreError, backup_folders, restore_backup
from app.settings import set_setting
from conftest import without_patrol_reminder
from durability_support import ZONE, checkpointed, damage, floor_writer, immutable
from test_main_window import when_dialog_opens
from ui.application import build_window, run_gui
from ui.backup_job import FOLDER_KEY
from ui.cli import main as floorwatch
from ui.dialogs.recover_database import RecoverDatabaseDialog, recover_at_start

YESTERDAY = dt.datetime(2026, 11, 21, 18, 0, tzinfo=ZONE)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def log(db, title: str) -> int:
    return open_incident(db, at=YESTERDAY.timestamp(), type=incident_types()[0].key,
                         title=title)


@pytest.fixture
def damaged(db_path, tmp_path):
    """A floor backed up yesterday into backups/ (the folder set in Settings), an incident
    logged after that backup, then pages in the middle of the file overwritten."""
    db = open_database(db_path)
    set_setting(db, "backup_folder", str(tmp_path / "backups"))
    step = floor_writer(db)
    for _ in range(30):
        step(30)
    log(db, "Before the backup")
    backup_now(db, tmp_path / "backups", now=YESTERDAY)
    log(db, "After the backup")
    db.close()
    without_patrol_reminder(db_path)
    checkpointed(db_path)
    damage(db_path)
    return db_path


def args_for(path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), demo=False, demo_speed=1.0, demo_seed=7)


def corrupt_error(path: Path) -> CorruptDatabaseError:
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path)
    return caught.value


def test_a_damaged_file_is_refused_at_open_and_left_as_it_was(damaged):
    before = digest(damaged)
    error = corrupt_error(damaged)
    assert "has not been changed" in str(error) and error.path == damaged and error.detail
    assert digest(damaged) == before


def test_the_dialog_says_what_where_unchanged_and_offers_the_latest_backup(fw_app, qtbot,
                                                                          damaged, tmp_path):
    latest = latest_backup(tmp_path / "backups")
    dialog = RecoverDatabaseDialog(damaged, "database disk image is malformed", latest,
                                   [tmp_path / "backups"])
    qtbot.addWidget(dialog)
    assert str(damaged) in dialog.path_label.text()
    assert "database disk image is malformed" in dialog.detail_label.text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    assert "2026" in dialog.restore_button.text() and "21" in dialog.restore_button.text()
    assert str(latest.path) in dialog.backup_label.text()
    assert "floorwatch.db.damaged-" in dialog.how_label.text()


def test_without_a_backup_the_dialog_says_where_backups_would_be(fw_app, qtbot, tmp_path):
    folders = [tmp_path / "backups", tmp_path / "default"]
    dialog = RecoverDatabaseDialog(tmp_path / "floorwatch.db", "file is not a database", None,
                                   folders)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.open_button.isDefault()
    assert all(str(f) in dialog.backup_label.text() for f in folders)


def test_restoring_renames_the_damaged_file_aside_and_opens_the_backups_data(
        fw_app, qtbot, damaged, tmp_path):
    before = digest(damaged)
    args = args_for(damaged)
    when_dialog_opens(lambda dialog: dialog.restore_button.click())
    built = recover_at_start(args, corrupt_error(damaged), build_window)
    assert built is not None
    window, _ = built
    qtbot.addWidget(window)
    assert [i.title for i in list_incidents(window.ctx.db)] == ["Before the backup"]
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("floorwatch.db.damaged-")]
    main_file = [p for p in aside if not p.name.endswith(("-wal", "-shm", "-journal"))]
    assert len(main_file) == 1 and digest(main_file[0]) == before  # kept, byte for byte
    assert window.ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert latest_backup(tmp_path / "backups") is not None  # the backup itself stays


def test_the_backup_folder_is_found_through_the_console_when_the_file_says_nothing(
        fw_app, tmp_path, qsettings_isolated):
    QSettings().setValue(FOLDER_KEY, str(tmp_path / "usb"))
    (tmp_path / "floorwatch.db").write_bytes(b"not a database at all" * 300)
    folders = backup_folders(tmp_path / "floorwatch.db", [QSettings().value(FOLDER_KEY)])
    assert folders[0] == tmp_path / "usb"


def test_quitting_changes_nothing(fw_app, damaged):
    before = digest(damaged)
    when_dialog_opens(lambda dialog: dialog.quit_button.click())
    assert recover_at_start(args_for(damaged), corrupt_error(damaged), build_window) is None
    assert digest(damaged) == before
    assert not list(damaged.parent.glob("*.damaged-*"))


def test_another_file_can_be_opened_instead(fw_app, qtbot, damaged, tmp_path):
    other = tmp_path / "other" / "floorwatch.db"
    db = open_database(other)
    log(db, "On the other floor")
    db.close()
    without_patrol_reminder(other)
    answers = iter(["open"])
    built = recover_at_start(args_for(damaged), corrupt_error(damaged), build_window,
                             ask=lambda dialog: next(answers), choose_file=lambda _: str(other))
    window, _ = built
    qtbot.addWidget(window)
    assert window.ctx.db_path == other
    assert [i.title for i in list_incidents(window.ctx.db)] == ["On the other floor"]


def test_a_restore_that_cannot_write_leaves_the_damaged_file_where_it_was(fw_app, damaged,
                                                                          tmp_path):
    before = digest(damaged)
    backup = latest_backup(tmp_path / "backups").path
    with immutable(damaged.parent):
        with pytest.raises(RestoreError) as caught:
            restore_backup(backup, damaged)
    assert caught.value.code == "not_writable"
    assert digest(damaged) == before


def test_a_damaged_backup_is_not_restored(damaged, tmp_path):
    before = digest(damaged)
    backup = latest_backup(tmp_path / "backups").path
    damage(backup, seed=2)
    with pytest.raises(RestoreError) as caught:
        restore_backup(backup, damaged)
    assert caught.value.code == "backup_damaged"
    assert digest(damaged) == before and not list(damaged.parent.glob("*.damaged-*"))


def test_a_failed_restore_shows_the_dialog_again_with_the_reason(fw_app, damaged, tmp_path):
    damage(latest_backup(tmp_path / "backups").path, seed=2)
    seen = []

    def ask(dialog):
        seen.append(dialog.problem_label.text())
        return "restore" if len(seen) == 1 else "quit"

    assert recover_at_start(args_for(damaged), corrupt_error(damaged), build_window,
                            ask=ask) is None
    assert seen[0] == "" and seen[1]  # the second time, it says why the restore failed


def test_without_a_screen_the_console_says_it_on_stderr_and_exits(fw_app, damaged, capsys):
    assert run_gui(args_for(damaged)) == 2
    err = capsys.readouterr().err
    assert "cannot be read as a Floorwatch database" in err
    assert "floorwatch-2026-11-21.db" in err


@pytest.mark.parametrize("command", [
    ["metrics", "--from", "2026-11-21T00:00", "--to", "2026-11-22T00:00"],
    ["report", "--from", "2026-11-21T00:00", "--to", "2026-11-22T00:00", "--pdf", "{out}"],
])
def test_the_headless_commands_refuse_a_damaged_file_with_exit_code_2(damaged, capsys, command,
                                                                      tmp_path):
    before = digest(damaged)
    command = [c.replace("{out}", str(tmp_path / "r.pdf")) for c in command]
    assert floorwatch(["--db", str(damaged), *command]) == 2
    assert not (tmp_path / "r.pdf").exists()
    assert "cannot be read as a Floorwatch database" in capsys.readouterr().err
    assert digest(damaged) == before


def test_import_refuses_a_damaged_file_with_exit_code_2(damaged, capsys, tmp_path):
    from app.importing.sample import write_sample

    sample = write_sample(tmp_path / "c.csv", rows=2)
    before = digest(damaged)
    assert floorwatch(["--db", str(damaged), "import", str(sample)]) == 2
    assert "cannot be read as a Floorwatch database" in capsys.readouterr().err
    assert digest(damaged) == before
