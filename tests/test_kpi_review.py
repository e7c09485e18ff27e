"""Imported platform figures in the yesterday review (beside the computed ones, labelled with
their source, never mixed in) and in the daily chart (View → Platform KPIs…)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.clock import ManualClock
from app.importing import import_files
from app.ingest import Ingestor
from app.platform_kpis import SeriesKey, daily_series, fields_with_figures, series_keys
from app.records import Conversation
from app.review import yesterday_review
from kpi_samples import TMALL_SHOP_ROW, douyin, tmall_shop
from ui.context import AppContext
from ui.dialogs.platform_kpis import PlatformKpiDialog
from ui.dialogs.review import ReviewDialog
from ui.formatting import metric_value

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 22)
YESTERDAY = dt.date(2026, 11, 21)


def at(text: str) -> float:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI).timestamp()


def conv(n: int, when: str, paid: float = 0.0) -> Conversation:
    started = at(when)
    return Conversation(platform="tmall", store="花语美妆旗舰店", customer=f"u{n}",
                        started_at=started, conversation_id=f"c{n}", agent="王小美",
                        first_reply_at=started + 10, customer_messages=2, agent_messages=3,
                        replies=2, reply_seconds_total=20.0, inquiry=True, paid_amount=paid,
                        rating=5)


@pytest.fixture
def floor(db, tmp_path):
    """Yesterday: two conversations of 花语美妆旗舰店 (sales ¥300) and the platforms' exports:
    the store's 生意参谋 overview (sales ¥12,345.60), a Douyin store's agents; the day
    before, another overview."""
    Ingestor(db).ingest([conv(1, "2026-11-21 10:00:00", 300.0), conv(2, "2026-11-21 11:00:00")])
    for path in (tmall_shop(tmp_path / "花语美妆旗舰店_20261121.csv"),
                 tmall_shop(tmp_path / "花语美妆旗舰店_20261120.csv",
                            ["¥10,000.00"] + TMALL_SHOP_ROW[1:]),
                 douyin(tmp_path / "星河抖音小店_20261121.xlsx")):
        report = import_files(db, [path], SHANGHAI)
        assert report.ok, report.text()
    return db


def test_the_review_carries_yesterdays_platform_figures_apart_from_the_computed_rows(floor):
    review = yesterday_review(floor, TODAY, SHANGHAI)
    [store] = review.scope("store")
    assert store.metrics["sales"] == 300.0  # computed from conversations only
    sales = [r for r in review.platform if r.figure.field == "cs_sales"]
    by = {(r.figure.source_format, r.figure.store, r.figure.account): r for r in sales}
    tmall = by[("tmall_shop", "花语美妆旗舰店", None)]
    assert tmall.figure.value == pytest.approx(12345.6)  # yesterday's, not the day before's
    assert (tmall.metric, tmall.console) == ("sales", 300.0)  # the console's figure beside it
    agent = by[("douyin_cs", "星河抖音小店", "小美")]
    assert agent.console is None  # an account's figure: nothing computed to set beside it
    shop = by[("douyin_cs", "星河抖音小店", None)]
    assert shop.metric == "sales" and shop.console is None  # no conversations of that store
    assert {r.figure.day for r in review.platform} == {YESTERDAY}
    no_metric = next(r for r in review.platform if r.figure.field == "cs_sales_share")
    assert no_metric.metric is None and no_metric.console is None


def test_a_day_without_imports_has_no_platform_figures(floor):
    assert yesterday_review(floor, dt.date(2026, 11, 25), SHANGHAI).platform == ()


@pytest.fixture
def ctx(floor, db_path):
    return AppContext(db=floor, db_path=db_path, clock=ManualClock(at("2026-11-22 10:00:00")),
                      zone=SHANGHAI, lang="en")


def table(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_review_dialog_has_a_platform_exports_tab_labelled_with_sources(fw_app, qtbot,
                                                                             ctx):
    dialog = ReviewDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.show()
    tab = dialog.platform_tab
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == dialog.tr("Platform exports")
    rows = table(tab.view)
    assert len(rows) == len(dialog.review.platform)
    sales = next(r for r in rows if r[0] == "花语美妆旗舰店" and r[4] == "Sales via CS")
    assert sales[1] == "Tmall" and sales[2] == tab.tr("(whole store)")
    assert sales[3] == "Tmall/Taobao 生意参谋 CS shop overview"
    assert sales[5].replace("\u00a0", "") == "¥12,346" and sales[6] == "¥300.00"
    agent = next(r for r in rows if r[2] == "小美" and r[4] == "Average response time")
    assert agent[3].startswith("Douyin") and agent[6] == ""
    assert agent[5] == metric_value(150, "seconds")
    # the computed tabs are untouched by the import
    assert [r[0] for r in table(dialog.store_view)] == ["花语美妆旗舰店"]


def test_the_platform_tab_says_when_nothing_was_imported(fw_app, qtbot, db, db_path):
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(at("2026-11-22 10:00:00")),
                     zone=SHANGHAI, lang="en")
    dialog = ReviewDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.show()
    assert dialog.platform_tab.model.rowCount() == 0
    assert "2026-11-21" in dialog.platform_tab.note.text()  # nothing imported for that day


# -- daily series and the chart --------------------------------------------------------------

def test_daily_series_give_one_point_per_day_with_a_figure(floor):
    assert "cs_sales" in fields_with_figures(floor)
    keys = series_keys(floor, "cs_sales")
    assert [(k.store, k.source_format) for k in keys] == [("星河抖音小店", "douyin_cs"),
                                                          ("花语美妆旗舰店", "tmall_shop")]
    data = daily_series(floor, "cs_sales", keys, dt.date(2026, 10, 24), YESTERDAY)
    tmall = next(k for k in keys if k.source_format == "tmall_shop")
    assert data[tmall] == [(dt.date(2026, 11, 20), 10000.0),
                           (YESTERDAY, pytest.approx(12345.6))]
    assert daily_series(floor, "cs_sales", keys, YESTERDAY, YESTERDAY)[tmall] == [
        (YESTERDAY, pytest.approx(12345.6))]


def test_the_chart_draws_one_line_per_chosen_store(fw_app, qtbot, ctx):
    dialog = PlatformKpiDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("cs_sales"))
    assert dialog.field_box.currentText() == "Sales via CS"
    assert {k.store for k in dialog.stores.selected()} == {"花语美妆旗舰店", "星河抖音小店"}
    assert sorted(s.label for s in dialog.chart.series) == ["星河抖音小店", "花语美妆旗舰店"]
    tmall = next(s for s in dialog.chart.series if s.label == "花语美妆旗舰店")
    assert [(x, y) for x, y in tmall.points] == [(at("2026-11-20 00:00:00"), 10000.0),
                                                  (at("2026-11-21 00:00:00"),
                                                   pytest.approx(12345.6))]
    assert "2026-10-23" in dialog.summary.text()  # 30 days, to yesterday
    assert "2026-11-21" in dialog.summary.text()
    only = [k for k in dialog.stores.selected() if isinstance(k, SeriesKey)
            and k.store == "星河抖音小店"]
    dialog.stores.set_selected(only)
    dialog.draw()
    assert [s.label for s in dialog.chart.series] == ["星河抖音小店"]
    dialog.period_box.setCurrentIndex(dialog.period_box.findData(90))
    assert "2026-08-24" in dialog.summary.text()


def test_the_chart_says_what_to_do_when_nothing_was_imported(fw_app, qtbot, db, db_path):
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(at("2026-11-22 10:00:00")),
                     zone=SHANGHAI, lang="en")
    dialog = PlatformKpiDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.field_box.count() == 0
    assert dialog.summary.text()  # what to do
    assert dialog.chart.series == []


def test_the_view_menu_opens_the_chart(make_window, qtbot):
    window, _ = make_window(demo=False)
    assert window.platform_kpis_action.shortcut().toString() == "Ctrl+Shift+K"
    window.platform_kpis_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PlatformKpiDialog) is not None)
    window.findChild(PlatformKpiDialog).close()


def test_an_open_chart_follows_an_import_at_once(make_window, qtbot, tmp_path):
    window, _ = make_window(demo=False)
    window.platform_kpis_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PlatformKpiDialog) is not None)
    dialog = window.findChild(PlatformKpiDialog)
    assert dialog.field_box.count() == 0
    report = import_files(window.ctx.db, [tmall_shop(tmp_path / "旗舰店_20261121.csv")],
                          SHANGHAI)
    assert report.ok and report.changes.platform_kpis
    window.on_changes(report.changes)  # as File → Import… and a watched folder report it
    assert dialog.field_box.count() > 0 and dialog.keys
    again = import_files(window.ctx.db, [tmall_shop(tmp_path / "旗舰店_20261121.csv")],
                         SHANGHAI)
    assert not again.changes.platform_kpis  # the same figures again: nothing to redraw
    dialog.close()


def test_the_review_csv_carries_the_platform_figures_under_their_own_header(floor, tmp_path):
    import csv

    from app.review import review_csv

    review = yesterday_review(floor, dt.date(2026, 11, 22), SHANGHAI)
    path = tmp_path / "review.csv"
    review_csv(review, path, "en")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    start = rows.index([]) + 1  # a blank row, then the platform section
    assert rows[start][0].startswith("platform exports")
    assert rows[start + 1][:4] == ["store", "platform", "account", "field"]
    figures = rows[start + 2:]
    assert len(figures) == len(review.platform) > 0
    assert all(float(r[4]) == float(r[4]) and r[7] and r[6] for r in figures)  # value, source, raw
    by_field = {(r[0], r[3]): r for r in figures}
    assert any(raw.startswith("¥12,345.60") or raw == "¥12,345.60"
               for raw in (r[6] for r in by_field.values()))  # the cell as the export wrote it
