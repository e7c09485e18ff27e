"""The shift report from the console: File → Print preview / Print / Export PDF, a shift or
another period, the hand-over note kept for the next shift."""

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from app.patrol import handover_note
from report_pdf_tools import page_count, pdf_text
from shift_floor import DAY, at, floor_context
from ui.dialogs.report import ReportDialog


@pytest.fixture
def ctx(fw_app, db, db_path):
    return floor_context(db, db_path, "15:50")


@pytest.fixture
def dialog(ctx, qtbot):
    d = ReportDialog(ctx, action="pdf")
    qtbot.addWidget(d)
    d.show()
    return d


def gather(qtbot, dialog, action):
    with qtbot.waitSignal(dialog.ready, timeout=20000) as ready:
        dialog.run(action)
    return ready.args[0]


def test_the_running_shift_comes_first_then_the_ones_before(dialog):
    texts = [dialog.period.itemText(i) for i in range(dialog.period.count())]
    assert texts[:3] == ["2026-11-21 早班 08:00–16:00", "2026-11-21 夜班 00:00–08:00",
                         "2026-11-20 晚班 16:00–24:00"]
    assert texts[-1] == "其他时段…"
    assert dialog.window() == (at("08:00"), at("16:00"))


def test_export_pdf_writes_the_report_and_keeps_the_hand_over_note(dialog, qtbot, ctx,
                                                                   tmp_path):
    dialog.note.setPlainText("京东店 8-9 点无人在线，请晚班关注")
    document = gather(qtbot, dialog, "pdf")
    assert isinstance(dialog.output_dialog, QFileDialog)
    dialog.output_dialog.reject()
    out = tmp_path / "shift.pdf"
    pages = dialog.export_to(str(out))
    assert pages == document.page_count() == page_count(out)
    assert "京东店 8-9 点无人在线，请晚班关注" in pdf_text(out)
    assert handover_note(ctx.db, DAY, "early") == "京东店 8-9 点无人在线，请晚班关注"
    assert "已保存" in dialog.status.text()


def test_print_opens_the_print_dialog_on_an_a4_printer_named_after_the_report(dialog, qtbot):
    gather(qtbot, dialog, "print")
    print_dialog = dialog.output_dialog
    assert isinstance(print_dialog, QPrintDialog) and print_dialog.isVisible()
    printer = print_dialog.printer()
    assert printer is dialog.printer
    assert printer.pageLayout().pageSize().id() == QPageSize.A4
    assert printer.docName() == "杭州客服一部 交接班报告 2026-11-21 早班 08:00–16:00"
    print_dialog.reject()  # accepting would print on the machine's default printer


def test_what_the_print_dialog_accepts_is_printed_page_for_page(dialog, qtbot, tmp_path):
    document = gather(qtbot, dialog, "pdf")
    dialog.output_dialog.reject()
    printed = tmp_path / "printed.pdf"
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.PdfFormat)  # as "Print to File (PDF)" in the dialog
    printer.setOutputFileName(str(printed))
    dialog._print_on(printer)
    assert page_count(printed) == document.page_count()
    assert "交接班报告" in pdf_text(printed)
    assert dialog.status.text() == f"已将 {document.page_count()} 页发送到 {printed}。"


def test_print_preview_shows_the_pages(dialog, qtbot):
    gather(qtbot, dialog, "preview")
    preview = dialog.output_dialog
    assert isinstance(preview, QPrintPreviewDialog)
    preview.close()


def test_another_period_can_be_chosen(dialog, qtbot):
    dialog.period.setCurrentIndex(dialog.period.count() - 1)
    assert dialog.start_edit.isEnabled()
    dialog.start_edit.setDateTime(dialog._to_edit(at("12:00")))
    dialog.end_edit.setDateTime(dialog._to_edit(at("20:00")))
    document = gather(qtbot, dialog, "pdf")
    dialog.output_dialog.reject()
    assert document.report.shift is None
    assert [i.title for i in document.report.incidents.opened] == ["直播引流接待量暴涨"]


def test_a_period_that_ends_before_it_starts_is_refused(dialog):
    dialog.period.setCurrentIndex(dialog.period.count() - 1)
    dialog.start_edit.setDateTime(dialog._to_edit(at("20:00")))
    dialog.end_edit.setDateTime(dialog._to_edit(at("12:00")))
    dialog.run("pdf")
    assert dialog.document is None and "结束时间必须晚于开始时间" in dialog.status.text()


def test_the_file_menu_prints_previews_and_exports(make_window):
    window, _ = make_window(demo=False)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert {"打印预览(&V)…", "打印交接班报告(&P)…", "导出交接班报告 PDF(&E)…"} <= set(texts)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    dialog = window.open_report("pdf")
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    dialog.close()
