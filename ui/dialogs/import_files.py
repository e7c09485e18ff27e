"""File → Import…: conversations and sessions files imported on a pool thread with its own
database connection, a progress dialog with Cancel (nothing written), then the report.

The import is one transaction (app/importing); the GUI thread only shows progress, so a
1-million-row file never freezes the window.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (QCoreApplication, QObject, QStandardPaths, Qt, QThreadPool, Signal,
                            Slot)
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit,
                               QProgressDialog, QPushButton, QVBoxLayout, QWidget)

from app.db import StorageError, open_database
from ui.context import AppContext

if TYPE_CHECKING:  # the importers load when the first import runs: a faster console start
    from app.importing import ImportReport

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000
PROGRESS_EVERY_S = 0.1  # at most ten progress updates a second reach the GUI thread


class ImportJob(QObject):
    """Runs import_files on a pool thread with its own connection; cancel() rolls it back."""

    progress = Signal(int, int, int, int)  # file index, files, done, total (0: unknown)
    finished = Signal(object)  # ImportReport

    def __init__(self, db_path: Path, paths: list[str], zone) -> None:
        super().__init__()
        self.db_path, self.paths, self.zone = db_path, paths, zone
        self._stop = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:  # any thread
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _progress(self, index: int, files: int, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progress.emit(index, files, done, total)

    def run(self) -> None:  # pool thread
        from app.importing import import_files

        try:
            db = open_database(self.db_path)
        except StorageError as exc:
            self.finished.emit(_failed(str(exc)))
            return
        try:
            report = import_files(db, self.paths, self.zone, progress=self._progress,
                                  cancelled=self._stop.is_set)
        except Exception as exc:  # shown in the result dialog, never a traceback
            log.exception("import failed")
            report = _failed(f"{type(exc).__name__}: {exc}")
        finally:
            db.close()
        self.finished.emit(report)


def _failed(detail: str) -> ImportReport:
    from app.importing import ImportReport
    from app.importing.problems import Problem

    report = ImportReport(problem_count=1)
    report.problems.append(Problem("db_error", {"detail": detail}))
    return report


class ImportResultDialog(QDialog):
    """The summary or every bad row; the text can be copied or saved."""

    def __init__(self, report: ImportReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.lang = lang
        self.setObjectName("dialog.import_result")
        self.setWindowTitle(self.tr("Import"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(760, 460)
        self.headline = QLabel(report.headline(lang).rstrip(":："))
        self.headline.setObjectName("PanelSummary")
        self.headline.setWordWrap(True)
        self.headline.setProperty("state", "ok" if report.ok else "alarm")
        self.text = QPlainTextEdit(report.text(lang, headline=False))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.text.setAccessibleName(self.tr("Import report"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole report to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the whole report as a text file"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.saved_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)

    def whole_text(self) -> str:
        """The headline and the report, as copied and saved."""
        return self.report.text(self.lang)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.whole_text())
        self.saved_label.setText(self.tr("Copied to the clipboard"))

    @Slot()
    def save(self) -> bool:
        folder = (QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                  or str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), str(Path(folder) / "import-report.txt"),
            self.tr("Text files (*.txt)"))
        if not path:
            return False
        try:
            Path(path).write_text(self.whole_text() + "\n", encoding="utf-8")
        except OSError as exc:
            self.saved_label.setText(self.tr("Could not save to %1: %2")
                                     .replace("%1", path).replace("%2", str(exc)))
            return False
        self.saved_label.setText(self.tr("Saved to %1").replace("%1", path))
        return True


class ImportController(QObject):
    """One import at a time: the job, its progress dialog, then the result dialog.

    `imported` carries the ChangeSet of a committed import so the panels refresh;
    `done` carries every finished import's report (tests wait on it).
    """

    imported = Signal(object)  # ChangeSet
    done = Signal(object)  # ImportReport
    running_changed = Signal(bool)
    progressed = Signal(int)  # per mille of the current file, -1 when its size is unknown

    def __init__(self, ctx: AppContext, parent: QWidget,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.pool = pool or QThreadPool.globalInstance()
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None
        self.result: ImportResultDialog | None = None
        self.action = QAction(self.tr("&Import…"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setShortcutContext(Qt.ApplicationShortcut)
        self.action.setToolTip(self.tr(
            "Import conversations, sessions, roster or platform KPI files, CSV or Excel (Ctrl+I)"))
        self.action.triggered.connect(self.choose_and_start)
        self.running_changed.connect(lambda running: self.action.setEnabled(not running))
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-import rolls it back instead of waiting for it
            app.aboutToQuit.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.job is not None

    def choose_and_start(self) -> bool:
        """Ask for files (several may be picked) and import them."""
        if self.running:
            return False
        folder = (QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                  or str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import files"), folder,
            self.tr("Tables (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;"
                    "All files (*)"))
        return self.start(paths) if paths else False

    def start(self, paths: list[str]) -> bool:
        if self.running or not paths:
            return False
        job = ImportJob(self.ctx.db_path, list(paths), self.ctx.zone)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.job = job
        dialog = QProgressDialog(self.parent_widget)
        dialog.setObjectName("dialog.import_progress")
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setLabelText(self.tr("Reading %1…").replace("%1", Path(paths[0]).name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, PROGRESS_STEPS)
        dialog.setValue(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(480)  # room for a long file name
        dialog.setWindowModality(Qt.NonModal)  # the console keeps running meanwhile
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        self.running_changed.emit(True)
        self.pool.start(job.run)
        return True

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling: nothing will be written…"))

    @Slot(int, int, int, int)
    def _on_progress(self, index: int, files: int, done: int, total: int) -> None:
        if self.progress is None or self.job is None or self.job.cancelled:
            return
        name = Path(self.job.paths[index]).name
        if total:
            value = min(PROGRESS_STEPS, done * PROGRESS_STEPS // total)
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(value)
        else:
            value = -1
            self.progress.setRange(0, 0)  # busy indicator: the workbook gave no size
        if files == 1:
            self.progress.setLabelText(self.tr("Importing %1…").replace("%1", name))
        else:
            self.progress.setLabelText(self.tr("Importing %1 (file %2 of %3)…").replace(
                "%1", name).replace("%2", str(index + 1)).replace("%3", str(files)))
        self.progressed.emit(value)

    @Slot(object)
    def _on_finished(self, report: ImportReport) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.running_changed.emit(False)
        if report.committed and report.changes:
            changes = report.changes
            changes.roster = True  # an import may bring new stores, accounts and agents
            self.imported.emit(changes)
        self.result = ImportResultDialog(report, self.ctx.lang, self.parent_widget)
        self.result.show()
        self.done.emit(report)
