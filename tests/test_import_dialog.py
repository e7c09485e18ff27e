"""File → Import… in the console: a pool thread with its own connection, a progress dialog with
Cancel (nothing written), then a result dialog with the summary or every bad row."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton

from app.clock import ManualClock
from app.importing.sample import write_sample
from ui.application import build_window
from ui.context import AppContext
from ui.dialogs.import_files import ImportController, ImportResultDialog

ZONE = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def controller(fw_app, qtbot, db, db_path):
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(0), zone=ZONE, lang="zh_CN",
                     demo=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    made = ImportController(ctx, window)
    yield made
    if made.job is not None:  # never leave a pool thread writing after the test
        made.cancel()
        qtbot.waitUntil(lambda: made.job is None, timeout=20000)


def conversations(db) -> int:
    return db.execute("SELECT count(*) FROM conversations").fetchone()[0]


def finish(qtbot, controller, paths):
    with qtbot.waitSignal(controller.done, timeout=60000) as done:
        assert controller.start([str(p) for p in paths])
    return done.args[0]


def test_an_import_runs_in_the_background_then_shows_its_summary(qtbot, controller, db,
                                                                  tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=1200)
    changed = []
    controller.imported.connect(changed.append)
    running = []
    controller.running_changed.connect(running.append)
    report = finish(qtbot, controller, [path])
    assert report.ok and report.committed
    assert conversations(db) == 1200  # the GUI connection sees what the worker wrote
    assert running == [True, False] and controller.action.isEnabled()
    assert changed and changed[0].conversations_added == 1200 and changed[0].roster
    dialog = controller.result
    assert isinstance(dialog, ImportResultDialog) and dialog.isVisible()
    assert dialog.headline.text().startswith("导入完成")
    assert "新增会话：1,200" in dialog.text.toPlainText()
    assert controller.progress is None  # the progress dialog is gone


def test_progress_reaches_the_dialog_while_the_import_runs(qtbot, controller, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=500)
    values = []
    controller.progressed.connect(values.append)
    finish(qtbot, controller, [path])
    assert values and values[-1] == 1000  # the whole file read, in per mille
    assert controller.result.report.ok


def test_a_rejected_file_lists_its_bad_rows_and_can_be_saved_and_copied(
        qtbot, controller, db, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "c.csv", rows=10)
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[5][rows[0].index("paid_amount")] = "免费"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    report = finish(qtbot, controller, [path])
    assert not report.ok and conversations(db) == 0
    dialog = controller.result
    assert dialog.headline.text().startswith("未导入")
    assert "c.csv 第 6 行，O 列「paid_amount」：“免费”不是数字" in dialog.text.toPlainText()
    saved = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(saved), "")))
    assert dialog.save()
    assert "“免费”不是数字" in saved.read_text(encoding="utf-8")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.text("zh_CN")


def test_cancel_writes_nothing(qtbot, controller, db, db_path, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=3000)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the import cannot commit before Cancel is pressed
    try:
        with qtbot.waitSignal(controller.done, timeout=60000) as done:
            controller.start([str(path)])
            cancel = controller.progress.findChild(QPushButton)
            qtbot.mouseClick(cancel, Qt.LeftButton)
            assert "Cancelling" in controller.progress.labelText() or \
                "取消" in controller.progress.labelText()
            holder.execute("ROLLBACK")
    finally:
        holder.close()
    report = done.args[0]
    assert report.cancelled and not report.committed
    assert conversations(db) == 0
    assert controller.result.headline.text().startswith("导入已取消")


def test_only_one_import_at_a_time(qtbot, controller, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=50)
    with qtbot.waitSignal(controller.done, timeout=60000):
        assert controller.start([str(path)])
        assert not controller.action.isEnabled()
        assert not controller.start([str(path)])


def test_file_import_in_the_console_window(fw_app, qtbot, db_path, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "s.csv", "sessions", rows=20, chinese=True)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_speed=1.0, demo_seed=7)
    window, _feed = build_window(args)
    qtbot.addWidget(window)
    action = window.importer.action
    assert action in window.menuBar().actions()[0].menu().actions()
    assert action.shortcut().toString() == "Ctrl+I"
    chosen = []

    def pick(parent, title, folder, filters):
        chosen.append(filters)
        return [str(path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    with qtbot.waitSignal(window.importer.done, timeout=60000) as done:
        action.trigger()
    assert "*.csv *.xlsx" in chosen[0]
    assert done.args[0].ok
    assert window.ctx.db.execute("SELECT count(*) FROM session_events").fetchone()[0] > 0
    window.importer.result.close()
