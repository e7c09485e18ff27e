"""The shift report from the console: pick a shift (or a period), write the hand-over note,
then Print preview, Print to any installed printer, or Export PDF.

The report's figures are gathered on a pool thread with its own database connection; the
laying out and printing happen on the GUI thread once they are in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, QObject, QStandardPaths, QThreadPool, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from app.db import open_database
from app.patrol import handover_note, save_handover_note
from app.report_data import ShiftReport, build_report
from app.settings import get_setting
from app.shifts import shift_at, shifts
from ui.context import AppContext
from ui.storage_words import error_text
from ui.report.document import ReportDocument
from ui.report.output import PrinterError, document_title, export_pdf, prepare_printer, \
    print_report

RECENT_SHIFTS = 9  # the current shift and the eight before it
ACTIONS = ("preview", "print", "pdf")


class _Results(QObject):
    """Carries a gathered report from the pool thread to the dialog (lives on the GUI
    thread, owned by the dialog: no Qt object is ever freed on the pool thread)."""

    done = Signal(int, object)  # job number, ShiftReport
    failed = Signal(int, str)


def _gather(results: _Results, number: int, db_path: Path, start: float, end: float,
            zone: dt.tzinfo, now: float, note: str, wellbeing=None) -> None:
    """Pool thread: read the report with its own connection, hand it over by signal."""
    try:
        db = open_database(db_path, migrate=False)
        try:
            report = build_report(db, start, end, zone, now=now, note=note,
                                  include_wellbeing_names=wellbeing is not None,
                                  wellbeing_access=wellbeing)
        finally:
            db.close()
    except Exception as exc:  # shown in the dialog, never a traceback
        results.failed.emit(number, str(exc))
        return
    results.done.emit(number, report)


def recent_shifts(now: float, zone: dt.tzinfo, count: int = RECENT_SHIFTS):
    """(day, shift) of the shift running at `now` and the ones before it, newest first."""
    found = shift_at(now, zone)
    day = dt.datetime.fromtimestamp(now, zone).date()
    order = list(shifts())
    out = []
    if found is not None:
        day, current = found
        index = order.index(current)
    else:
        index = len(order) - 1
    while len(out) < count:
        out.append((day, order[index]))
        index -= 1
        if index < 0:
            index = len(order) - 1
            day -= dt.timedelta(days=1)
    return out


class ReportDialog(QDialog):
    """`ready` fires with the laid-out document before it goes to the chosen output."""

    ready = Signal(object)  # ReportDocument

    def __init__(self, ctx: AppContext, parent=None, action: str = "preview",
                 wellbeing_access=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dialog.report")
        self.setWindowTitle(self.tr("Shift report"))
        self.resize(560, 420)
        self.document: ReportDocument | None = None
        self._job = 0  # the number of the gathering whose result is awaited (0: none)
        self._jobs = 0
        self._results = _Results(self)
        self._results.done.connect(self._gathered)
        self._results.failed.connect(self._failed)
        self.finished.connect(self._release)
        self._pending: str | None = None
        self.output_dialog: QDialog | None = None  # the preview, print or file dialog open
        self.printer: QPrinter | None = None
        self.choices = recent_shifts(ctx.now(), ctx.zone)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for day, shift in self.choices:
            self.period.addItem(f"{day.isoformat()} {shift.name(ctx.lang)} "
                                f"{shift.start}–{shift.end}")
        self.period.addItem(self.tr("Other period…"))
        self.start_edit = QDateTimeEdit()
        self.end_edit = QDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the next shift needs to know"))
        self.note.setAccessibleName(self.tr("Hand-over note"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Wellbeing names only on request, and only while the Wellbeing panel is unlocked:
        # wellbeing_access() returns its key (and audits it) or None.
        self.wellbeing_access = wellbeing_access
        self.name_wellbeing = QCheckBox(self.tr(
            "Name agents in the wellbeing section (needs the Wellbeing panel unlocked)"))
        self.name_wellbeing.setVisible(wellbeing_access is not None)
        self.buttons = {}
        row = QHBoxLayout()
        for key, text in (("preview", self.tr("Print preview…")), ("print", self.tr("Print…")),
                          ("pdf", self.tr("Export PDF…"))):
            button = QPushButton(text)
            button.setAutoDefault(key == action)
            button.setDefault(key == action)
            button.clicked.connect(lambda _=False, k=key: self.run(k))
            row.addWidget(button)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        row.addStretch(1)
        row.addWidget(close)
        form = QFormLayout()
        form.addRow(self.tr("Shift"), self.period)
        form.addRow(self.tr("From"), self.start_edit)
        form.addRow(self.tr("To"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Hand-over note for the next shift")))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.name_wellbeing)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed(0)
        self.buttons[action].setFocus()

    # -- the period --------------------------------------------------------------------
    def _to_edit(self, t: float) -> QDateTime:
        local = dt.datetime.fromtimestamp(t, self.ctx.zone).replace(tzinfo=None)
        return QDateTime(local)

    def _from_edit(self, edit: QDateTimeEdit) -> float:
        local = edit.dateTime().toPython().replace(tzinfo=self.ctx.zone)
        return local.timestamp()

    def _period_changed(self, index: int) -> None:
        custom = index >= len(self.choices)
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if not custom:
            day, shift = self.choices[index]
            start, end = shift.window(day, self.ctx.zone)
            self.start_edit.setDateTime(self._to_edit(start))
            self.end_edit.setDateTime(self._to_edit(end))
            self.note.setPlainText(handover_note(self.ctx.db, day, shift.key))

    def window(self) -> tuple[float, float]:
        index = self.period.currentIndex()
        if index < len(self.choices):
            day, shift = self.choices[index]
            return shift.window(day, self.ctx.zone)
        return self._from_edit(self.start_edit), self._from_edit(self.end_edit)

    def _save_note(self) -> None:
        index = self.period.currentIndex()
        if index >= len(self.choices):
            return
        day, shift = self.choices[index]
        text = self.note.toPlainText().strip()
        if text != handover_note(self.ctx.db, day, shift.key):
            save_handover_note(self.ctx.db, day, shift.key, text,
                               by=get_setting(self.ctx.db, "supervisor"), at=self.ctx.now())

    # -- gathering and output ----------------------------------------------------------
    def run(self, action: str) -> None:
        """Gather the report for the chosen period, then preview, print or export it."""
        start, end = self.window()
        if start >= end:
            self.status.setText(self.tr("The period must end after it starts."))
            return
        try:
            self._save_note()
        except Exception as exc:  # the report still prints; the note just is not kept
            self.status.setText(self.tr("The note was not saved: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
        self._pending = action
        for button in self.buttons.values():
            button.setEnabled(False)
        self.status.setText(self.tr("Gathering the report…"))
        wellbeing = None
        if self.name_wellbeing.isChecked() and self.wellbeing_access is not None:
            wellbeing = self.wellbeing_access()
            if wellbeing is None:
                self.status.setText(self.tr("The Wellbeing panel is locked: the report shows "
                                            "anonymous wellbeing counts only. Gathering…"))
        self._jobs += 1
        self._job = self._jobs
        args = (self._results, self._job, self.ctx.db_path, start, end, self.ctx.zone,
                self.ctx.now(), self.note.toPlainText(), wellbeing)
        QThreadPool.globalInstance().start(lambda: _gather(*args))

    @Slot(int, object)
    def _gathered(self, job: int, report: ShiftReport) -> None:
        if job != self._job:
            return
        self._job = 0
        self._enable()
        self.document = ReportDocument(report, self.ctx.lang, self)
        self.status.setText(self.tr("Report ready: %1 pages.").replace(
            "%1", str(self.document.page_count())))
        self.ready.emit(self.document)
        action, self._pending = self._pending, None
        {"preview": self.preview, "print": self.print_dialog, "pdf": self.export_dialog}[
            action]()

    @Slot(int, str)
    def _failed(self, job: int, message: str) -> None:
        if job != self._job:
            return
        self._job = 0
        self._enable()
        self.status.setText(self.tr("The report could not be gathered: %1")
                            .replace("%1", message))

    def _close_output(self) -> None:
        """Delete the open preview / print / file dialog now: it points at self.printer,
        which must outlive it."""
        if self.output_dialog is not None and shiboken6.isValid(self.output_dialog):
            self.output_dialog.close()
            shiboken6.delete(self.output_dialog)
        self.output_dialog = None

    @Slot()
    def _release(self) -> None:
        """Closed: let go of the dialogs, the printer and the document, in that order."""
        self._job = 0
        self._close_output()
        self.document = self.printer = None

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(True)

    def make_printer(self) -> QPrinter:
        """A printer for the preview or print dialog, kept as long as that dialog lives (the
        Qt dialogs hold a plain pointer to it)."""
        self._close_output()
        self.printer = QPrinter(QPrinter.HighResolution)
        prepare_printer(self.printer, self.document)
        return self.printer

    def preview(self) -> QPrintPreviewDialog:
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(document_title(self.document))
        dialog.paintRequested.connect(lambda p: self._print_on(p, preview=True))
        self.output_dialog = dialog
        QDialog.open(dialog)  # the subclass's open() wants a receiver
        return dialog

    def print_dialog(self) -> QPrintDialog:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self._print_on(printer))
        self.output_dialog = dialog
        QDialog.open(dialog)  # the subclass's open() wants a receiver
        return dialog

    def _print_on(self, printer: QPrinter, preview: bool = False) -> None:
        try:
            pages = print_report(self.document, printer)
        except PrinterError as exc:
            self.status.setText(str(exc))
            return
        if not preview:
            self.status.setText(self.tr("%1 pages sent to %2.").replace("%1", str(pages)).replace(
                "%2", printer.printerName() or printer.outputFileName()))

    def default_pdf_name(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        name = document_title(self.document).replace(" ", "_").replace(":", "")
        for bad in "/\\?*|<>\"":
            name = name.replace(bad, "-")
        return str(Path(folder) / f"{name}.pdf")

    def export_dialog(self) -> None:
        self._close_output()
        dialog = QFileDialog(self, self.tr("Export PDF"), self.default_pdf_name(),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.export_to)
        self.output_dialog = dialog
        QDialog.open(dialog)  # the subclass's open() wants a receiver

    def export_to(self, path: str) -> int | None:
        try:
            pages = export_pdf(self.document, path)
        except PrinterError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Saved %1 (%2 pages).").replace("%1", path)
                            .replace("%2", str(pages)))
        return pages
