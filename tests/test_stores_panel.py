"""The Stores panel: coverage, accounts, agents × stores, filters, wallboard tiles, alerts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from app import roster
from app.clock import ManualClock
from app.ingest import Ingestor
from app.patrol import patrol_round
from app.records import SessionEvent
from app.roster import RosterEntry
from app.store_rules import StoreRules
from ui.context import AppContext
from ui.docks.stores import StoresDock
from ui.notifier import AlertNotifier

ZONE = ZoneInfo("Asia/Shanghai")
NINE = dt.datetime(2026, 11, 20, 9, 0, tzinfo=ZONE).timestamp()


@pytest.fixture
def floor(fw_app, db, db_path):
    roster.apply_entries(db, [
        RosterEntry("tmall", "花语旗舰店", "花语:王", "王小美", team="美妆组", min_agents=2),
        RosterEntry("tmall", "花语旗舰店", "花语:李", "李娜", team="美妆组"),
        RosterEntry("jd", "星河京东店", "星河:张", "张伟", team="数码组"),
    ], at=NINE - 3600)
    Ingestor(db).ingest([
        SessionEvent(NINE - 600, "tmall", "花语旗舰店", "花语:王", "王小美", "online"),
        SessionEvent(NINE - 600, "jd", "星河京东店", "星河:张", "张伟", "online"),
    ])
    clock = ManualClock(NINE)
    ctx = AppContext(db=db, db_path=db_path, clock=clock, zone=ZONE, lang="en", demo=False)
    return ctx, clock


@pytest.fixture
def dock(floor, qtbot):
    ctx, _ = floor
    d = StoresDock(ctx)
    qtbot.addWidget(d)
    d.refresh(None)
    return d


def column(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_each_store_shows_its_coverage_against_its_minimum_with_words_not_only_colour(dock):
    rows = dict(zip(column(dock.store_model, 2), column(dock.store_model, 0)))
    words = dock.state_words
    assert rows["花语旗舰店"] == f"▲ {words['below']}"  # 1 online of 2
    assert rows["星河京东店"] == f"✔ {words['ok']}"
    online = dict(zip(column(dock.store_model, 2), column(dock.store_model, 3)))
    assert online["花语旗舰店"] == "1 / 2"
    assert "2/2" in dock.summary.text() or dock.summary.text().startswith("2 stores open of 2")


def test_the_accounts_tab_shows_each_store_account_its_holder_and_what_is_wrong(dock):
    dock.tabs.setCurrentWidget(dock.account_view)
    model = dock.account_model
    stores = {model.item(r, 0).text(): model.item(r, 0) for r in range(model.rowCount())}
    huayu = stores["花语旗舰店（Tmall）"]
    accounts = {huayu.child(k, 0).text(): [huayu.child(k, c).text() for c in range(5)]
                for k in range(huayu.rowCount())}
    words, problems = dock.state_words, dock.problem_words
    assert accounts["花语:王"][1] == words["online"] and accounts["花语:王"][3] == "王小美"
    assert accounts["花语:李"][1] == f"{words['offline']} · {problems['not_logged_in']}"


def test_the_matrix_has_an_agent_per_row_and_a_store_per_column(dock):
    dock.tabs.setCurrentWidget(dock.matrix_view)
    model = dock.matrix_model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert set(headers[1:]) == {"花语旗舰店", "星河京东店"}
    assert set(column(model, 0)) == {"王小美", "李娜", "张伟"}  # 李娜 holds one, never online


def test_filters_narrow_every_view_by_platform_team_problem_and_text(dock):
    dock.platform_filter.setCurrentIndex(dock.platform_filter.findData("jd"))
    assert column(dock.store_model, 2) == ["星河京东店"]
    dock.platform_filter.setCurrentIndex(0)
    dock.team_filter.setCurrentIndex(dock.team_filter.findData("美妆组"))
    assert column(dock.store_model, 2) == ["花语旗舰店"]
    dock.tabs.setCurrentWidget(dock.matrix_view)
    assert set(column(dock.matrix_model, 0)) == {"王小美", "李娜"}  # both hold 花语 accounts
    dock.tabs.setCurrentWidget(dock.store_view)
    dock.team_filter.setCurrentIndex(0)
    dock.problems_only.setChecked(True)
    assert column(dock.store_model, 2) == ["花语旗舰店"]
    dock.problems_only.setChecked(False)
    dock.search.setText("星河")
    assert column(dock.store_model, 2) == ["星河京东店"]


def test_a_tick_changes_only_the_cells_that_changed(dock, floor):
    ctx, clock = floor
    dock.tabs.setCurrentWidget(dock.matrix_view)
    resets = dock.store_model.resets + dock.matrix_model.resets
    rebuilds = dock.account_model.rebuilds
    before = dock.matrix_model.changed_cells
    Ingestor(ctx.db).ingest([SessionEvent(NINE + 5, "tmall", "花语旗舰店", "花语:王", "王小美",
                                          "away")])
    clock.set(NINE + 10)
    dock.refresh(None)
    assert dock.store_model.resets + dock.matrix_model.resets == resets
    assert dock.account_model.rebuilds == rebuilds
    assert 1 <= dock.matrix_model.changed_cells - before <= 2  # 王小美 × 花语 (+ 张伟's "since")


def test_the_wallboard_shows_a_large_tile_per_store_with_glyph_and_words(dock, floor):
    dock.set_wallboard(True)
    assert dock.stack.currentWidget() is dock.tiles
    ids = {s.name: s.id for s in roster.stores(floor[0].db)}
    tile = dock.tiles.tile(ids["花语旗舰店"])
    assert tile.value_text() == "1 / 2"
    assert dock.state_words["below"] in tile.accessibleDescription()
    assert tile._detail.text().startswith("▲")  # a glyph beside the colour
    dock.set_wallboard(False)
    assert dock.stack.currentWidget() is dock.tabs


def test_store_alerts_appear_in_the_panel_and_only_store_alerts(dock, floor):
    ctx, _ = floor
    StoreRules().evaluate(ctx.db, NINE, ZONE)
    dock.refresh(None)
    kinds = {a.kind for a in dock.alert_panel.alerts}
    assert kinds and kinds <= {"coverage", "drop", "quiet", "unassigned"}
    assert dock.alert_count == len(dock.alert_panel.alerts)


def test_the_alert_list_shows_the_alerts_its_snapshot_read(dock, floor):
    ctx, _ = floor
    generation, job = dock.request_snapshot(None)
    snap = job(ctx.db)  # read before the rules raise anything
    StoreRules().evaluate(ctx.db, NINE, ZONE)
    dock.deliver(generation, snap)
    assert dock.alert_panel.alerts == [] and dock.alert_count == 0
    dock.refresh(None)
    assert dock.alert_count == len(dock.alert_panel.alerts) > 0


def test_an_acknowledgement_is_not_undone_by_a_snapshot_read_before_it(dock, floor):
    ctx, _ = floor
    StoreRules().evaluate(ctx.db, NINE, ZONE)
    dock.refresh(None)
    generation, job = dock.request_snapshot(None)
    stale = job(ctx.db)  # read before the acknowledgement ...
    dock.alert_panel.list.setCurrentRow(0)
    acked = dock.alert_panel.alerts[0].id
    dock.alert_panel.ack_button.click()
    dock.deliver(generation, stale)  # ... and arriving after it
    assert next(a for a in dock.alert_panel.alerts if a.id == acked).acknowledged


def test_a_new_alert_is_announced_once_and_not_again(floor, qtbot):
    ctx, clock = floor
    notifier = AlertNotifier(ctx)
    assert notifier.check() == []  # what is active at start is not announced
    StoreRules().evaluate(ctx.db, NINE, ZONE)
    fresh = notifier.check()
    assert fresh and {a.kind for a in fresh} == {"coverage", "quiet"}  # 09:00: no customers yet
    assert notifier.check() == []


def test_the_login_check_records_item_one_and_offers_an_incident(make_window, qtbot):
    window, _ = make_window(demo=False)
    ctx = window.ctx
    roster.apply_entries(ctx.db, [RosterEntry("tmall", "A店", "A店:1", "王")], at=ctx.now())
    dialog = window.run_login_check()
    qtbot.addWidget(dialog)
    day, shift = window.patrol_dock.current_shift()
    line = next(line for line in patrol_round(ctx.db, day, shift, ctx.zone).lines
                if line.key == "login_check")
    assert line.answer is not None and line.answer.detail["accounts"][0]["account"] == "A店:1"
    if line.answer.result == "problem":
        incident_id = dialog.open_incident()
        assert incident_id is not None and not dialog.incident_button.isEnabled()
