"""The console's words for storage trouble: a write that failed (disk full, read-only, busy,
damaged) and a backup that was not made. One place, so every dialog says it the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.db import storage_problem

if TYPE_CHECKING:  # (app.backup is imported by the backup job, after the first paint)
    from app.backup import BackupError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _write_words() -> dict[str, str]:
    return {
        "full": translate("Storage", "the disk is full (or the database reached its size "
                                     "limit). Free some space on the drive that holds the "
                                     "database, then try again; what you typed is kept."),
        "read_only": translate("Storage", "the database file is read-only. Make the file and "
                                          "its folder writable (or move it off a "
                                          "write-protected drive), then try again; what you "
                                          "typed is kept."),
        "busy": translate("Storage", "the database is busy with another write. Try again in "
                                     "a moment; what you typed is kept."),
        "damaged": translate("Storage", "the database file is damaged. Copy what you typed "
                                        "somewhere safe, then restart Floorwatch to restore "
                                        "the latest backup."),
        "io": translate("Storage", "the disk reported an error (%1). Check the drive, then "
                                   "try again; what you typed is kept."),
        "cannot_open": translate("Storage", "the database file cannot be opened (%1). Check "
                                            "the drive, then try again; what you typed is "
                                            "kept."),
    }


def error_text(exc: BaseException, lang: str = "") -> str:
    """Why a save failed, for the line under what the supervisor typed: storage trouble in
    the console's words, a workflow refusal in `lang`, any other refusal as it was worded."""
    kind = storage_problem(exc)
    if kind is not None:
        return _write_words()[kind].replace("%1", str(exc))
    from app.incident_log import WorkflowError

    if isinstance(exc, WorkflowError) and lang:
        return exc.message(lang)
    return str(exc)


def read_only_warning() -> str:
    return translate("Storage", "⚠ Read-only database: nothing can be saved")


def backup_error_text(exc: BackupError) -> str:
    """A backup that was not made, for the status bar."""
    folder = str(exc.folder or "")
    words = {
        "not_absolute": translate("Storage", "No backup: the backup folder %1 is not a full "
                                             "path. Choose another one in Settings → Data."),
        "missing": translate("Storage", "No backup: the backup folder %1 cannot be created "
                                        "(is its drive connected?)."),
        "not_a_folder": translate("Storage", "No backup: %1 is a file, not a folder. Choose "
                                             "another backup folder in Settings → Data."),
        "not_writable": translate("Storage", "No backup: Floorwatch may not write to %1. "
                                             "Choose another backup folder in Settings → "
                                             "Data."),
        "full": translate("Storage", "No backup: the drive that holds %1 is full."),
        "damaged": translate("Storage", "No backup: the database itself is damaged. Your "
                                        "earlier backups are kept; restart Floorwatch to "
                                        "restore the latest one."),
        "verify_failed": translate("Storage", "No backup: the copy written to %1 failed its "
                                              "check and was deleted. Check that drive."),
        "cancelled": translate("Storage", "The backup was stopped; nothing was kept."),
    }
    text = words.get(exc.code) or translate("Storage", "No backup: writing to %1 failed (%2).")
    return text.replace("%1", folder).replace("%2", exc.detail or str(exc))
