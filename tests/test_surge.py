"""Reception surges: the same local hour's baseline over 7 days, 2×/3× alerts, hysteresis."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from app.alerts import active_alert, active_alerts
from app.incidents import incident_types
from app.ingest import Ingestor
from app.records import Conversation
from app.settings import set_setting
from app.surge import (
    INCIDENT_TYPE, SurgeDetector, baseline, detect, hour_baseline, surge_alert_key,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 22)
STORE = "花语美妆旗舰店"
_ids = itertools.count()


def local(day: int, hour: int, minute: int = 0, zone: dt.tzinfo = SHANGHAI,
          today: dt.date = TODAY) -> float:
    """Unix time of hour:minute on the local date `day` days from today."""
    return dt.datetime.combine(today + dt.timedelta(days=day), dt.time(hour, minute),
                               tzinfo=zone).timestamp()


def arrive(db, start: float, count: int, store: str = STORE, span: float = 3000.0) -> None:
    """`count` conversations starting evenly over `span` seconds from `start`."""
    Ingestor(db).ingest([
        Conversation(platform="tmall", store=store, customer=f"u{next(_ids)}",
                     conversation_id=f"s{next(_ids)}", started_at=start + i * span / count)
        for i in range(count)])


def usual(db, hours: range = range(10, 11), per_hour: int = 10, days: range = range(1, 4),
          store: str = STORE) -> None:
    """History: `per_hour` conversations in each of `hours` on each of the past `days`."""
    for day in days:
        for hour in hours:
            arrive(db, local(-day, hour), per_hour, store=store)


@pytest.fixture
def sid(db) -> int:
    set_setting(db, "floor_tz", "Asia/Shanghai")
    return Ingestor(db).store_id("tmall", STORE)


# -- the baseline ------------------------------------------------------------------------

def test_the_baseline_averages_the_same_hour_of_the_days_that_have_data(db, sid):
    for day, count in [(1, 10), (2, 12), (4, 14), (5, 20)]:  # day 3: no data at all
        arrive(db, local(-day, 10), count)
    arrive(db, local(-8, 10), 100)  # more than 7 days ago
    arrive(db, local(-1, 11), 50)  # another hour
    arrive(db, local(0, 10), 70)  # today is not history
    found = hour_baseline(db, sid, local(0, 10, 30), SHANGHAI)
    assert found.days == (("2026-11-21", 10), ("2026-11-20", 12), ("2026-11-18", 14),
                          ("2026-11-17", 20))
    assert (found.mean, found.median) == (14.0, 13.0)
    assert baseline(db, sid, local(0, 10, 30), SHANGHAI) == 14.0


def test_the_seventh_day_back_counts_and_the_eighth_does_not(db, sid):
    for day, count in [(1, 10), (2, 10), (7, 40), (8, 1000)]:
        arrive(db, local(-day, 10), count)
    assert baseline(db, sid, local(0, 10), SHANGHAI) == 20.0


def test_there_is_no_baseline_with_fewer_than_three_days_of_data(db, sid):
    usual(db, days=range(1, 3))
    assert baseline(db, sid, local(0, 10, 30), SHANGHAI) is None


def test_the_same_hour_is_the_shanghai_clock_hour_not_the_utc_one(db, sid):
    usual(db, per_hour=10)  # 10:00-10:50 Shanghai = 02:00-02:50 UTC
    for day in range(1, 4):  # 10:00 UTC = 18:00 Shanghai: another hour
        arrive(db, dt.datetime.combine(TODAY - dt.timedelta(days=day), dt.time(10),
                                       tzinfo=dt.timezone.utc).timestamp(), 99)
    assert baseline(db, sid, local(0, 10, 30), SHANGHAI) == 10.0
    assert baseline(db, sid, local(0, 10, 30)) == 10.0  # the floor zone setting
    assert baseline(db, sid, local(0, 18, 30), SHANGHAI) == 99.0


@pytest.mark.parametrize("zone_name, today", [
    ("Europe/Berlin", dt.date(2026, 3, 30)),  # summer time began on 29 March
    ("Asia/Kolkata", TODAY),  # +05:30: local hours are not UTC hours
])
def test_the_same_hour_is_the_local_wall_clock_hour_in_any_zone(db, sid, zone_name, today):
    zone = ZoneInfo(zone_name)
    for day in (2, 3, 4):
        arrive(db, local(-day, 10, 35, zone=zone, today=today), 10, span=1200)
    assert baseline(db, sid, local(0, 10, 5, zone=zone, today=today), zone) == 10.0


# -- readings ----------------------------------------------------------------------------

def test_the_window_is_the_last_60_minutes_against_the_blended_baselines(db, sid):
    usual(db, hours=range(9, 10), per_hour=6)
    usual(db, hours=range(10, 11), per_hour=30)
    arrive(db, local(0, 9, 20), 8, span=2400)  # 09:20-10:00
    arrive(db, local(0, 10), 10, span=1200)  # 10:00-10:20
    arrive(db, local(0, 10, 20), 50)  # after now
    reading = SurgeDetector().readings(db, local(0, 10, 20))[sid]
    # 40 minutes of the 09:00 baseline (6/h) and 20 minutes of the 10:00 one (30/h)
    assert reading.expected == pytest.approx(40 / 60 * 6 + 20 / 60 * 30)  # 14
    assert (reading.volume, reading.covered_s) == (18, 3600)
    assert reading.ratio == pytest.approx(18 / 14)


def test_hours_without_a_baseline_are_left_out_of_both_sides(db, sid):
    usual(db, hours=range(10, 11), per_hour=12)  # the store opens at 10:00
    arrive(db, local(0, 9, 30), 5, span=600)
    arrive(db, local(0, 10), 10, span=1200)
    reading = SurgeDetector().readings(db, local(0, 10, 40))[sid]
    assert (reading.volume, reading.expected, reading.covered_s) == (10, 8.0, 2400)
    assert sid not in SurgeDetector().readings(db, local(0, 10, 20))  # < half the window


# -- detection ---------------------------------------------------------------------------

def test_twice_the_usual_volume_raises_a_surge_warning_that_names_store_volume_baseline(db, sid):
    usual(db)
    arrive(db, local(0, 10), 20)
    now = local(0, 11)
    [change] = detect(db, now)
    alert = change.alert
    assert (change.action, alert.kind, alert.severity, alert.key) == (
        "raised", "surge", "warning", surge_alert_key(sid))
    assert (alert.store_id, alert.metric, alert.value, alert.raised_at) == (
        sid, "reception_volume", 20.0, now)
    assert alert.message_zh == ("接待量暴涨：花语美妆旗舰店（天猫） 近 60 分钟接待 20 次，"
                                "是平时同时段（10.0 次）的 2.0 倍")
    assert alert.message_en == ("Reception surge: 花语美妆旗舰店 (Tmall) had 20 conversations "
                                "in the last 60 min, 2.0× the usual 10.0 for this time of day")


def test_a_surge_alert_leads_to_the_reception_surge_incident_type():
    assert INCIDENT_TYPE in {t.key for t in incident_types()}


def test_just_under_twice_the_usual_volume_raises_nothing(db, sid):
    usual(db)
    arrive(db, local(0, 10), 19)
    assert detect(db, local(0, 11)) == []


def test_a_surge_needs_at_least_ten_conversations(db, sid):
    usual(db, per_hour=3)
    arrive(db, local(0, 10), 9)  # 3×, but only 9
    assert detect(db, local(0, 11)) == []
    arrive(db, local(0, 10, 55), 1)
    assert [c.alert.severity for c in detect(db, local(0, 11))] == ["alarm"]


def test_three_times_the_usual_volume_raises_an_alarm(db, sid):
    usual(db)
    arrive(db, local(0, 10), 30)
    assert [(c.action, c.alert.severity) for c in detect(db, local(0, 11))] == [
        ("raised", "alarm")]


def test_a_growing_surge_escalates_its_alert(db, sid):
    usual(db, hours=range(10, 12))
    arrive(db, local(0, 10), 20)
    arrive(db, local(0, 11), 30)
    [raised] = detect(db, local(0, 11))
    [escalated] = detect(db, local(0, 12))
    assert (escalated.action, escalated.alert.id, escalated.alert.severity) == (
        "escalated", raised.alert.id, "alarm")


def test_a_surge_stays_raised_down_to_one_and_a_half_times_and_clears_below(db, sid):
    usual(db, hours=range(10, 13))
    for hour, count in [(10, 20), (11, 15), (12, 14)]:
        arrive(db, local(0, hour), count)
    assert [c.action for c in detect(db, local(0, 11))] == ["raised"]
    assert detect(db, local(0, 12)) == []  # 1.5×: still a surge
    [cleared] = detect(db, local(0, 13))  # 1.4×
    assert (cleared.action, cleared.alert.cleared_at) == ("cleared", local(0, 13))
    assert active_alerts(db) == []


def test_an_alarm_eases_to_a_warning_below_two_and_a_half_times(db, sid):
    usual(db, hours=range(10, 13))
    for hour, count in [(10, 30), (11, 25), (12, 24)]:
        arrive(db, local(0, hour), count)
    detect(db, local(0, 11))
    assert detect(db, local(0, 12)) == []  # 2.5×: still an alarm
    [eased] = detect(db, local(0, 13))
    assert (eased.action, eased.alert.severity) == ("eased", "warning")


def test_a_store_without_a_baseline_never_surges(db, sid):
    usual(db, days=range(1, 3))
    arrive(db, local(0, 10), 200)
    assert detect(db, local(0, 11)) == []


def test_each_store_is_compared_with_its_own_history(db, sid):
    usual(db, per_hour=10)
    usual(db, per_hour=40, store="星河数码旗舰店")
    arrive(db, local(0, 10), 30)
    arrive(db, local(0, 10), 30, store="星河数码旗舰店")
    assert [c.alert.store_id for c in detect(db, local(0, 11))] == [sid]
    assert active_alert(db, surge_alert_key(sid)).severity == "alarm"


def test_the_baseline_statistic_can_be_the_median(db, sid):
    for day, count in [(1, 10), (2, 10), (3, 40)]:  # mean 20, median 10
        arrive(db, local(-day, 10), count)
    arrive(db, local(0, 10), 25)
    assert detect(db, local(0, 11)) == []
    median = SurgeDetector(statistic="median")
    assert [c.alert.severity for c in median.detect(db, local(0, 11))] == ["warning"]


def test_the_ratios_and_minimum_volume_are_configurable(db, sid):
    usual(db)
    arrive(db, local(0, 10), 13)
    assert detect(db, local(0, 11)) == []
    lenient = SurgeDetector(warning_ratio=1.2, alarm_ratio=1.3, ease_ratio=1.2,
                            clear_ratio=1.1, min_volume=13)
    assert [c.alert.severity for c in lenient.detect(db, local(0, 11))] == ["alarm"]


@pytest.mark.parametrize("rules", [
    dict(warning_ratio=3.0, alarm_ratio=2.0), dict(clear_ratio=2.5),
    dict(ease_ratio=1.0), dict(statistic="mode"), dict(min_days=8),
])
def test_inconsistent_rules_are_refused(rules):
    with pytest.raises(ValueError):
        SurgeDetector(**rules)
