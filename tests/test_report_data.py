"""The shift report's content: the same KPIs as `floorwatch metrics`, targets, coverage gaps,
incidents as they stood in the shift, the patrol, wellbeing and the hand-over note."""

import json
import subprocess
import sys

import pytest

from app.metric_alerts import levels_for, set_levels
from app.patrol import record_item, save_handover_note
from app.report_data import HEADLINE_METRICS, build_report
from shift_floor import DAY, SHIFT_END, SHIFT_START, ZONE, at, build


@pytest.fixture
def floor(db):
    build(db)
    return db


def report(db, start=SHIFT_START, end=SHIFT_END, **kw):
    return build_report(db, start, end, ZONE, now=at("16:05"), **kw)


def test_the_headline_kpis_are_exactly_floorwatch_metrics_for_the_same_period(floor, db_path):
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "metrics", "--db", str(db_path),
         "--from", "2026-11-21T08:00+08:00", "--to", "2026-11-21T16:00+08:00", "--json"],
        capture_output=True, text=True, timeout=60, check=True)
    cli = json.loads(done.stdout)["groups"][0]["metrics"]
    kpis = {k.key: k.value for k in report(floor).kpis}
    assert list(kpis) == list(HEADLINE_METRICS)
    assert kpis == {key: cli[key] for key in HEADLINE_METRICS}
    assert kpis["reception_volume"] == 12


def test_each_kpi_is_judged_against_the_floor_targets(floor):
    set_levels(floor, "reply_rate", 0.99, 0.97, 0.95)
    kpis = {k.key: k for k in report(floor).kpis}
    assert kpis["reply_rate"].levels == levels_for(floor, "reply_rate") == (0.99, 0.97, 0.95)
    assert kpis["reply_rate"].status == "alarm"  # 11 of 12 replied: 91.7 %
    assert kpis["refund_rate"].status == "ok"
    assert kpis["sales"].status is None  # no levels for sales


def test_a_window_that_is_exactly_a_shift_is_named_after_it(floor):
    r = report(floor)
    assert (r.day, r.shift.key) == (DAY, "early")
    assert (r.floor_name, r.supervisor) == ("杭州客服一部", "陈主管")
    assert report(floor, SHIFT_START, at("12:00")).shift is None


def test_charts_cover_every_ten_minutes_of_the_shift(floor):
    charts = {c.key: c for c in report(floor).charts}
    volume = charts["reception_volume"]
    assert len(volume.points) == 48 and volume.step_s == 600
    assert sum(v for _, v in volume.points) == 12
    assert charts["first_response_s"].levels.target == 15


def test_coverage_lists_the_periods_with_nobody_online(floor):
    by_name = {c.name: c for c in report(floor).coverage}
    jd, tmall = by_name["京东数码专营店"], by_name["花语美妆旗舰店"]
    assert jd.uncovered == ((at("08:00"), at("09:00")),) and jd.uncovered_s == 3600
    assert tmall.uncovered == ((at("12:00"), at("12:30")),)
    assert tmall.service_s == 8 * 3600
    assert tmall.covered_ratio == pytest.approx(1 - 1800 / 28800)


def test_incidents_opened_resolved_still_open_and_escalated_in_the_shift(floor):
    s = report(floor).incidents
    assert [i.title for i in s.opened] == ["优惠券设置错误"]
    assert [(i.title, i.done_at) for i in s.resolved] == [("千牛客户端闪退", at("09:30"))]
    assert [i.title for i in s.still_open] == ["优惠券设置错误"]
    assert [(e.at, e.title) for e in s.escalations] == [(at("10:20"), "优惠券设置错误")]
    assert "运营 5 分钟未回复" in s.escalations[0].text


def test_an_incident_resolved_before_the_period_is_left_out(floor):
    later = report(floor, at("12:00"), at("20:00")).incidents
    assert [i.title for i in later.opened] == ["直播引流接待量暴涨"]
    assert later.resolved == () and later.escalations == ()
    assert [i.title for i in later.still_open] == ["优惠券设置错误", "直播引流接待量暴涨"]


def test_the_patrol_of_the_shift_is_part_of_the_report(floor):
    record_item(floor, DAY, "early", "login_check", "ok", "", "陈主管", at("08:05"))
    record_item(floor, DAY, "early", "refunds", "problem", "2 单超时", "陈主管", at("08:30"))
    [patrol] = report(floor).patrol
    assert (patrol.shift.key, patrol.progress, patrol.problems) == ("early", "2/10", 1)


def test_wellbeing_without_records_says_so(floor):
    assert report(floor).wellbeing.empty


def test_the_hand_over_note_saved_for_the_shift_is_printed(floor):
    save_handover_note(floor, DAY, "early", "京东店 8-9 点无人在线", by="陈主管", at=at("15:50"))
    save_handover_note(floor, DAY, "early", "京东店 8-9 点无人在线，请晚班关注", by="陈主管",
                       at=at("15:55"))
    assert report(floor).handover_note == "京东店 8-9 点无人在线，请晚班关注"
    assert report(floor, note="另写的备注").handover_note == "另写的备注"


def test_a_window_that_ends_before_it_starts_is_refused(floor):
    with pytest.raises(ValueError, match="end after it starts"):
        report(floor, SHIFT_END, SHIFT_START)
