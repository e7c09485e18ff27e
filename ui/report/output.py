"""Send a laid-out report somewhere: a PDF file (Qt's own writer) or a named printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.report_data import ShiftReport
from ui.report.document import ReportDocument, page_layout

PDF_DPI = 600


class PrinterError(Exception):
    """A printing problem worded for the supervisor."""


def document_title(doc: ReportDocument) -> str:
    return f"{doc.report.floor_name} {doc.tr('Shift report')} {doc.period_text()}"


def export_pdf(doc: ReportDocument, path: str | Path) -> int:
    """Write the report as an A4 PDF with its fonts embedded; returns the page count."""
    path = Path(path)
    if path.parent and not path.parent.is_dir():
        raise PrinterError(f"folder {path.parent} does not exist")
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(document_title(doc))
    writer.setCreator("Floorwatch")
    try:
        pages = doc.paint(writer)
    except RuntimeError as exc:
        raise PrinterError(f"cannot write {path}: {exc}") from None
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise PrinterError(f"cannot write {path}")
    return pages


def printer_names() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def named_printer(name: str) -> QPrinter:
    """A QPrinter for the installed printer `name`; PrinterError when there is no such one."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull() or info.printerName() != name:
        known = printer_names()
        listing = ", ".join(known) if known else "none are installed"
        raise PrinterError(f"no printer named {name!r} (installed printers: {listing})")
    printer = QPrinter(info, QPrinter.HighResolution)
    return printer


def prepare_printer(printer: QPrinter, doc: ReportDocument) -> None:
    """A4 with the report's margins, the document title as the job name."""
    printer.setPageLayout(page_layout())
    printer.setDocName(document_title(doc))


def print_report(doc: ReportDocument, printer: QPrinter) -> int:
    """Print on `printer` (prepared with prepare_printer or by a print dialog); page count."""
    try:
        return doc.paint(printer)
    except RuntimeError as exc:
        raise PrinterError(f"printer {printer.printerName()!r}: {exc}") from None


def build_document(report: ShiftReport, lang: str) -> ReportDocument:
    return ReportDocument(report, lang)
