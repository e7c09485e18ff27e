"""Yesterday review (daily patrol items 5 and 7): every agent's and store's metrics for the
previous local day, with off-target cells and cells far from the 7-day baseline marked.

The review is computed on a pool thread with its own database connection (about 1 s for
600,000 conversations), so the dialog opens at once with a "computing…" line.
Esc closes; Ctrl+E exports the CSV.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QStandardPaths, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout)

from app.catalog import platform_name
from app.db import open_database
from app.metrics import METRIC_KEYS, METRICS
from app.review import (FAR_THRESHOLD, PER_DAY_METRICS, TWO_SIDED_METRICS,
                        TWO_SIDED_THRESHOLD, Review, ReviewRow, review_csv, yesterday_review)
from ui.context import AppContext
from ui.dialogs.review_platform import PlatformFiguresTab
from ui.docks.stores import make_table
from ui.formatting import metric_value
from ui.models.table import CellValue, SnapshotTableModel
from widgets.status_style import state_style

FAR_GLYPH = "≠"



class ReviewTableModel(SnapshotTableModel):
    """SnapshotTableModel plus a ToolTipRole, and the "far" state drawn as a warning with ≠."""

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell.state == "far":
            if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
                return f"{FAR_GLYPH} {cell.text}"
            if role == Qt.BackgroundRole:
                return state_style("warning").background
            if role == Qt.ForegroundRole:
                return state_style("warning").foreground
        return super().data(index, role)


class _ReviewJob(QObject):
    """Computes the review on a pool thread with its own connection; cancel() interrupts it."""

    done = Signal(object, object)  # this job, Review
    failed = Signal(object, str)  # this job, message

    def __init__(self, db_path: Path, today: dt.date, zone: dt.tzinfo) -> None:
        super().__init__()
        self.db_path, self.today, self.zone = db_path, today, zone
        self._lock = threading.Lock()
        self._db = None
        self.cancelled = False

    def run(self) -> None:  # pool thread
        db = None
        try:
            db = open_database(self.db_path, migrate=False)
            with self._lock:
                if self.cancelled:
                    return
                self._db = db
            review = yesterday_review(db, self.today, self.zone)
        except Exception as exc:  # shown in the dialog, never a traceback
            if not self.cancelled:
                self.failed.emit(self, str(exc))
            return
        finally:
            with self._lock:
                self._db = None
            if db is not None:
                db.close()
        if not self.cancelled:
            self.done.emit(self, review)

    @Slot()
    def cancel(self) -> None:  # GUI thread
        with self._lock:
            self.cancelled = True
            if self._db is not None:
                self._db.conn.interrupt()


class ReviewDialog(QDialog):
    """Non-modal; deletes itself when closed. `computed` fires once the tables are filled."""

    computed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: Review | None = None
        self._job: _ReviewJob | None = None
        self.setObjectName("dialog.review")
        self.setWindowTitle(self.tr("Yesterday review"))
        self.setModal(False)
        self.resize(1100, 600)
        self.finished.connect(self._cancel)
        self.finished.connect(self.deleteLater)

        self.day_label = QLabel()
        self.day_label.setObjectName("PanelSummary")
        self.summary_label = QLabel()
        self.legend = QLabel(self._legend_text())
        self.legend.setWordWrap(True)
        self.only_marked = QCheckBox(self.tr("Only rows with marks"))
        self.only_marked.toggled.connect(self._fill)

        metric_names = [METRICS[k].name(ctx.lang) for k in METRIC_KEYS]
        self.agent_model = ReviewTableModel([self.tr("Agent")] + metric_names, self)
        self.agent_view = make_table(self.agent_model, self)
        self.agent_view.setAccessibleName(self.tr("Yesterday by agent"))
        self.store_model = ReviewTableModel(
            [self.tr("Store"), self.tr("Platform")] + metric_names, self)
        self.store_view = make_table(self.store_model, self)
        self.store_view.setAccessibleName(self.tr("Yesterday by store"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agent_view, self.tr("By agent"))
        self.tabs.addTab(self.store_view, self.tr("By store"))
        self.platform_tab = PlatformFiguresTab(ctx, self)  # imported exports, kept apart
        self.tabs.addTab(self.platform_tab, self.tr("Platform exports"))

        self.export_action = QAction(self.tr("Export CSV…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.WindowShortcut)
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self.export_csv)
        self.addAction(self.export_action)
        self.export_button = QPushButton(self.export_action.text())
        self.export_button.setToolTip(self.tr("Save the whole review as a CSV file (Ctrl+E)"))
        self.export_button.setAutoDefault(False)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.recompute_button = QPushButton(self.tr("Recompute"))
        self.recompute_button.setToolTip(self.tr("Review the day before today again"))
        self.recompute_button.setAutoDefault(False)
        self.recompute_button.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.day_label, 1)
        top.addWidget(self.only_marked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.recompute_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)
        self.start()

    # -- computation ----------------------------------------------------------------
    def today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.ctx.now(), self.ctx.zone).date()

    @Slot()
    def start(self) -> None:
        """(Re)compute the review of the day before today on a pool thread."""
        self._cancel()
        today = self.today()
        day = today - dt.timedelta(days=1)
        self.day_label.setText(self.tr("Computing the review of %1…").replace(
            "%1", day.isoformat()))
        self.recompute_button.setEnabled(False)
        job = _ReviewJob(self.ctx.db_path, today, self.ctx.zone)
        job.done.connect(self._show)
        job.failed.connect(self._failed)
        self.destroyed.connect(job.cancel)
        self._job = job
        QThreadPool.globalInstance().start(job.run)

    @Slot()
    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    @Slot(object, object)
    def _show(self, job: _ReviewJob, review: Review) -> None:
        if job is not self._job:  # a cancelled job that finished anyway
            return
        self._job = None
        self.review = review
        first = review.day - dt.timedelta(days=review.baseline_days)
        last = review.day - dt.timedelta(days=1)
        self.day_label.setText(
            self.tr("Yesterday: %1 · baseline: %2 to %3 (%4 days together)")
            .replace("%1", review.day.isoformat()).replace("%2", first.isoformat())
            .replace("%3", last.isoformat()).replace("%4", str(review.baseline_days)))
        agents, stores = review.scope("agent"), review.scope("store")
        self.summary_label.setText(
            self.tr("%1 agents, %2 with marks · %3 stores, %4 with marks")
            .replace("%1", str(len(agents))).replace("%2", str(sum(r.marked for r in agents)))
            .replace("%3", str(len(stores))).replace("%4", str(sum(r.marked for r in stores))))
        self.export_action.setEnabled(True)
        self.export_button.setEnabled(True)
        self.recompute_button.setEnabled(True)
        self._fill()
        self.platform_tab.show_rows(review.platform, review.day.isoformat())
        self.computed.emit()

    @Slot(object, str)
    def _failed(self, job: _ReviewJob, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.recompute_button.setEnabled(True)
        self.day_label.setText(self.tr("The review could not be computed: %1")
                               .replace("%1", message))

    # -- tables -----------------------------------------------------------------------
    def metric_column(self, scope: str, key: str) -> int:
        """The column of metric `key` in the agent or store table."""
        return (1 if scope == "agent" else 2) + METRIC_KEYS.index(key)

    @Slot()
    def _fill(self) -> None:
        if self.review is None:
            return
        only = self.only_marked.isChecked()
        for scope, model in (("agent", self.agent_model), ("store", self.store_model)):
            rows = [r for r in self.review.scope(scope) if r.marked or not only]
            model.update([(r.name, r.platform) for r in rows], [self._cells(r) for r in rows])

    def _cells(self, row: ReviewRow) -> tuple[CellValue, ...]:
        if row.name is None:
            cells = [CellValue(self.tr("(nobody picked up)"), "\U0010ffff")]
        else:
            cells = [CellValue(row.name)]
        if row.scope == "store":
            cells.append(CellValue(platform_name(row.platform or "", self.ctx.lang)))
        for key in METRIC_KEYS:
            unit = METRICS[key].unit
            value, mark = row.metrics[key], row.marks[key]
            cells.append(CellValue(
                metric_value(value, unit), -math.inf if value is None else value, mark,
                align_right=True, tooltip=self._tooltip(key, row)))
        return tuple(cells)

    def _tooltip(self, key: str, row: ReviewRow) -> str:
        metric = METRICS[key]
        value, base, mark = row.metrics[key], row.baseline[key], row.marks[key]
        days = str(self.review.baseline_days if self.review else 7)
        if base is None:
            lines = [self.tr("Baseline (%1 days before): no data").replace("%1", days)]
        elif key in PER_DAY_METRICS:
            text = f"{base:,.1f}" if metric.unit == "count" else metric_value(base, metric.unit)
            lines = [self.tr("Baseline (%1 days before, per active day; %2 active days): %3")
                     .replace("%1", days).replace("%2", str(row.baseline_active_days))
                     .replace("%3", text)]
        else:
            lines = [self.tr("Baseline (%1 days before): %2").replace("%1", days)
                     .replace("%2", metric_value(base, metric.unit))]
            if value is not None and base:
                change = (value - base) / abs(base) * 100
                lines.append(self.tr("Change: %1 %").replace("%1", f"{change:+.0f}"))
        if mark in ("alarm", "warning"):
            level = metric.alarm if mark == "alarm" else metric.warning
            text = (self.tr("%1 Alarm: worse than %2") if mark == "alarm"
                    else self.tr("%1 Warning: worse than %2"))
            lines.append(text.replace("%1", state_style(mark).glyph)
                         .replace("%2", metric_value(level, metric.unit)))
        elif mark == "far":
            lines.append(self.tr("%1 Far from the baseline").replace("%1", FAR_GLYPH))
        return "\n".join(lines)

    def _legend_text(self) -> str:
        return (self.tr("%1 alarm, %2 warning: off target · %3 far: more than %4 % worse "
                        "than the baseline (%5: more than %6 % up or down)")
                .replace("%1", state_style("alarm").glyph)
                .replace("%2", state_style("warning").glyph)
                .replace("%3", FAR_GLYPH)
                .replace("%4", f"{FAR_THRESHOLD * 100:.0f}")
                .replace("%5", ", ".join(METRICS[k].name(self.ctx.lang)
                                         for k in TWO_SIDED_METRICS))
                .replace("%6", f"{TWO_SIDED_THRESHOLD * 100:.0f}"))

    # -- export -----------------------------------------------------------------------
    def default_export_path(self) -> str:
        folder = (QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
                  or str(Path.home()))
        day = self.review.day if self.review else self.today() - dt.timedelta(days=1)
        return str(Path(folder) / f"review-{day.isoformat()}.csv")

    @Slot()
    def export_csv(self) -> bool:
        """Ask for a file and write the whole review (both tabs, every row) to it."""
        if self.review is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export review"), self.default_export_path(),
            self.tr("CSV files (*.csv)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".csv"
        try:
            review_csv(self.review, path, lang=self.ctx.lang)
        except (OSError, ValueError) as exc:  # read-only folder, disk full, file open in Excel
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The review could not be saved to %1:\n%2")
                                .replace("%1", path).replace("%2", str(exc)))
            return False
        self.summary_label.setText(self.tr("Saved to %1").replace("%1", path))
        return True
