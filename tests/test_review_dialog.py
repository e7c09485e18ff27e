"""The yesterday review dialog: two sortable tables, marks you can read without colour, CSV."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.clock import ManualClock
from app.ingest import Ingestor
from app.metrics import METRICS
from app.records import Conversation
from ui.context import AppContext
from ui.dialogs.review import ReviewDialog
from ui.formatting import metric_value
from ui.models.table import STATE_ROLE
from widgets.status_style import state_style

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(text: str) -> float:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI).timestamp()


def conv(n: int, when: str, agent: str, *, wait: float = 10.0, rating=5) -> Conversation:
    started = at(when)
    return Conversation(
        platform="tmall", store="花语美妆旗舰店", customer=f"u{n}", started_at=started,
        conversation_id=f"c{n}", agent=agent, first_reply_at=started + wait,
        customer_messages=2, agent_messages=3, replies=2, reply_seconds_total=20.0,
        rating=rating)


@pytest.fixture
def ctx(db, db_path):
    """Today is 2026-11-22 in Shanghai: the dialog reviews 2026-11-21."""
    Ingestor(db).ingest([
        conv(1, "2026-11-20 10:00:00", "王小美"),
        conv(2, "2026-11-17 10:00:00", "李佳琪"),
        conv(3, "2026-11-21 09:00:00", "王小美", wait=14.0, rating=5),  # 40 % slower: far
        conv(4, "2026-11-21 10:00:00", "王小美", wait=14.0, rating=3),  # satisfaction 50 %
        conv(5, "2026-11-21 11:00:00", "李佳琪"),  # nothing to remark
        conv(6, "2026-11-21 12:00:00", "新人小赵", rating=None),  # no baseline, unrated
    ])
    return AppContext(db=db, db_path=db_path, clock=ManualClock(at("2026-11-22 10:00:00")),
                      zone=SHANGHAI, lang="en")


@pytest.fixture
def dialog(fw_app, qtbot, ctx):
    dialog = ReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.review is None  # computed off the GUI thread: nothing yet
    assert not dialog.export_button.isEnabled()
    assert "2026-11-21" in dialog.day_label.text()
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=10000)
    return dialog


def column(view, col: int) -> list[str]:
    """The texts of a column as shown (sorted, filtered). Column 0: the agent or store name."""
    proxy = view.model()
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def names(view) -> list[str]:
    return column(view, 0)


def agent_cell(dialog, name: str, key: str):
    model = dialog.agent_model
    [r] = [r for r in range(model.rowCount()) if model.key_at(r)[0] == name]
    return model.index(r, dialog.metric_column("agent", key))


def test_the_dialog_is_non_modal_and_reviews_yesterday(dialog):
    assert not dialog.isModal()
    assert dialog.review.day == dt.date(2026, 11, 21)
    assert "2026-11-21" in dialog.day_label.text()
    assert dialog.export_button.isEnabled()


def test_both_tabs_list_yesterdays_rows_with_every_metric(dialog):
    assert dialog.tabs.count() == 3  # by agent, by store, platform exports (test_kpi_review.py)
    assert sorted(names(dialog.agent_view)) == ["新人小赵", "李佳琪", "王小美"]
    assert names(dialog.store_view) == ["花语美妆旗舰店"]
    assert column(dialog.store_view, 1) == ["Tmall"]  # ctx.lang is "en"
    headers = [dialog.store_model.headerData(c, Qt.Horizontal)
               for c in range(dialog.store_model.columnCount())]
    assert headers[2:] == [m.name_en for m in METRICS.values()]
    volume = dialog.metric_column("agent", "reception_volume")
    # 王小美: 2 yesterday against 1 a day in the baseline, more than 50 % up
    assert sorted(column(dialog.agent_view, volume)) == ["1", "1", "≠ 2"]


def test_marks_carry_a_glyph_and_a_tooltip_with_the_baseline(dialog):
    alarm = agent_cell(dialog, "王小美", "satisfaction")
    assert alarm.data() == f"{state_style('alarm').glyph} 50.0%"
    assert alarm.data(STATE_ROLE) == "alarm"
    far = agent_cell(dialog, "王小美", "first_response_s")
    assert far.data() == f"≠ {metric_value(14.0, 'seconds')}"
    assert far.data(STATE_ROLE) == "far"
    assert far.data(Qt.BackgroundRole) == state_style("warning").background
    assert metric_value(10.0, "seconds") in far.data(Qt.ToolTipRole)  # the baseline
    fine = agent_cell(dialog, "李佳琪", "satisfaction")
    assert fine.data() == "100.0%" and fine.data(STATE_ROLE) is None
    assert "100.0%" in fine.data(Qt.ToolTipRole)


def test_sorting_by_a_metric_column_puts_empty_values_first(dialog):
    view = dialog.agent_view
    view.sortByColumn(dialog.metric_column("agent", "satisfaction"), Qt.AscendingOrder)
    assert names(view) == ["新人小赵", "王小美", "李佳琪"]  # —, 50 %, 100 %
    view.sortByColumn(dialog.metric_column("agent", "satisfaction"), Qt.DescendingOrder)
    assert names(view) == ["李佳琪", "王小美", "新人小赵"]


def test_only_rows_with_marks(dialog):
    dialog.agent_view.sortByColumn(0, Qt.AscendingOrder)
    dialog.only_marked.setChecked(True)
    assert names(dialog.agent_view) == ["王小美"]
    assert names(dialog.store_view) == ["花语美妆旗舰店"]  # 66.7 % satisfied: alarm
    dialog.only_marked.setChecked(False)
    assert len(names(dialog.agent_view)) == 3


def test_ctrl_e_exports_the_csv_to_the_chosen_file(dialog, qtbot, monkeypatch, tmp_path):
    asked = []
    target = tmp_path / "out.csv"

    def choose(parent, caption, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog, Qt.Key_E, Qt.ControlModifier)
    assert asked and asked[0].endswith("review-2026-11-21.csv")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(data.decode("utf-8-sig").splitlines()) == 1 + 1 + 3  # header, store, agents


def test_a_failed_export_is_a_warning_not_a_traceback(dialog, monkeypatch, tmp_path):
    target = tmp_path / "no such folder" / "review.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    assert dialog.export_csv() is False
    [(parent, title, text)] = warnings
    assert parent is dialog and str(target) in text
    assert not target.exists()


def test_cancelling_the_file_dialog_writes_nothing(dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.export_csv() is False


def test_escape_closes_and_frees_the_dialog(fw_app, qtbot, ctx):
    dialog = ReviewDialog(ctx)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=10000)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key_Escape)


def test_closing_while_computing_is_safe(fw_app, qtbot, ctx):
    dialog = ReviewDialog(ctx)
    dialog.show()
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.close()
