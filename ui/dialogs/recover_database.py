"""A damaged database at start: say what is wrong and where, that the file is unchanged, and
offer the latest backup (the damaged file is renamed aside, never overwritten), another
file, or quitting."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from app.backup import BackupFile
from app.db import CorruptDatabaseError, StorageError
from app.paths import default_db_path
from app.restore import RestoreError, backup_folders, latest_backup_of, restore_backup
from ui.backup_job import FOLDER_KEY
from ui.formatting import date_format
from ui.theme import error_label

log = logging.getLogger(__name__)
DETAIL_CHARS = 300


def _day(backup: BackupFile) -> str:
    day = backup.day
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)


class RecoverDatabaseDialog(QDialog):
    """The choice: `choice` is "restore", "open" or "quit" once a button was pressed."""

    def __init__(self, db_path: Path, detail: str, latest: BackupFile | None,
                 folders: list[Path], parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("dialog.recover_database")
        self.setWindowTitle(self.tr("Floorwatch — the database cannot be opened"))
        self.choice = "quit"
        self.latest = latest
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The floor's database is damaged and cannot be opened."))
        heading.setObjectName("RecoverHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addSpacing(6)
        self.path_label = self._text(self.tr("File: %1").replace("%1", str(db_path)))
        self.path_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        first_line = (detail.splitlines() or [""])[0][:DETAIL_CHARS]
        self.detail_label = self._text(self.tr("What SQLite reports: %1").replace(
            "%1", first_line))
        self.detail_label.setToolTip(detail)
        self.unchanged_label = self._text(self.tr(
            "Floorwatch has not changed this file, and will not overwrite it."))
        for label in (self.path_label, self.detail_label, self.unchanged_label):
            layout.addWidget(label)
        if latest is not None:
            self.backup_label = self._text(self.tr(
                "Latest backup: %1, %2 (%3).").replace("%1", _day(latest)).replace(
                "%2", str(latest.path)).replace("%3", _size(latest.size)))
            self.backup_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.how_label = self._text(self.tr(
                "Restoring renames the damaged file to %1 next to it (kept, with what was "
                "recorded after the backup), then copies the backup in and opens the console."
            ).replace("%1", f"{db_path.name}.damaged-YYYYMMDD-HHMMSS"))
        else:
            self.backup_label = self._text(self.tr(
                "There is no backup of this database yet. Backups would be in: %1").replace(
                "%1", "; ".join(str(f) for f in folders)))
            self.backup_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.how_label = self._text(self.tr(
                "Open another database file, or quit and ask IT to recover this file."))
        layout.addSpacing(6)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.how_label)
        self.problem_label = error_label(self.tr("Problem"))
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addSpacing(10)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(
            self.tr("&Restore latest backup (%1)").replace("%1", _day(latest)) if latest
            else self.tr("&Restore latest backup"))
        self.restore_button.setEnabled(latest is not None)
        self.open_button = QPushButton(self.tr("&Open another file…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        for button, choice in ((self.restore_button, "restore"), (self.open_button, "open"),
                               (self.quit_button, "quit")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        (self.restore_button if latest is not None else self.open_button).setDefault(True)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def _text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == "quit":
            self.reject()
        else:
            self.accept()


def restore_error_text(exc: RestoreError) -> str:
    words = {
        "backup_damaged": QApplication.translate(
            "RecoverDatabase", "The backup is damaged too; nothing was changed. Open another "
                               "file, or pick an older backup from the backup folder with "
                               "Open another file…"),
        "full": QApplication.translate(
            "RecoverDatabase", "The disk is full; nothing was changed. Free some space, then "
                               "try again."),
        "not_writable": QApplication.translate(
            "RecoverDatabase", "Floorwatch may not write to the database's folder; nothing "
                               "was changed."),
    }
    return words.get(exc.code) or QApplication.translate(
        "RecoverDatabase", "The backup could not be put in place; nothing was changed (%1)."
    ).replace("%1", str(exc))


def _exec(dialog: RecoverDatabaseDialog) -> str:
    dialog.exec()
    return dialog.choice


def _choose_file(current: Path) -> str:
    chosen, _ = QFileDialog.getOpenFileName(
        None, QApplication.translate("RecoverDatabase", "Open a Floorwatch database"),
        str(current.parent), QApplication.translate("RecoverDatabase",
                                                    "Databases (*.db);;All files (*)"))
    return chosen


def _say_on_stderr(error: CorruptDatabaseError, latest: BackupFile | None,
                   folders: list[Path]) -> None:
    print(f"floorwatch: {error}", file=sys.stderr)
    if latest is not None:
        print(f"floorwatch: the latest backup is {latest.path}; start Floorwatch on a desktop "
              "to restore it (the damaged file is kept).", file=sys.stderr)
    else:
        print("floorwatch: there is no backup yet (looked in "
              f"{'; '.join(str(f) for f in folders)}).", file=sys.stderr)


def recover_at_start(args: argparse.Namespace, error: CorruptDatabaseError,
                     build: Callable[[argparse.Namespace], Any], *, interactive: bool = True,
                     ask: Callable[[RecoverDatabaseDialog], str] = _exec,
                     choose_file: Callable[[Path], str] = _choose_file) -> Any | None:
    """Ask until the console can open (what `build(args)` returns) or the supervisor quits
    (None). Not interactive (no screen): say it on stderr and return None."""
    damaged = Path(args.db) if args.db else default_db_path()
    problem = ""
    while True:
        folders = backup_folders(damaged, [QSettings().value(FOLDER_KEY) or None])
        latest = latest_backup_of(damaged, folders)
        if not interactive:
            _say_on_stderr(error, latest, folders)
            return None
        dialog = RecoverDatabaseDialog(damaged, error.detail or str(error), latest, folders,
                                       problem=problem)
        choice = ask(dialog)
        dialog.deleteLater()
        problem = ""
        candidate = damaged
        if choice == "restore" and latest is not None:
            QGuiApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                restored = restore_backup(latest.path, damaged)
            except RestoreError as exc:
                problem = restore_error_text(exc)
                continue
            finally:
                QGuiApplication.restoreOverrideCursor()
            log.info("restored %s from %s; the damaged file is kept as %s", damaged,
                     latest.path, restored.set_aside[0] if restored.set_aside else "-")
        elif choice == "open":
            chosen = choose_file(damaged)
            if not chosen:
                continue
            candidate = Path(chosen)
        else:
            return None
        args.db = str(candidate)
        try:
            return build(args)
        except CorruptDatabaseError as exc:
            error, damaged = exc, candidate
        except StorageError as exc:  # full, read-only, newer schema: said, then ask again
            problem = str(exc)
        args.db = str(damaged)
