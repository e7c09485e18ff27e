"""Stores-panel rules: coverage, dropped sessions, silent stores, unassigned accounts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app import roster
from app.alerts import active_alerts, alert_events
from app.floor import service_began
from app.ingest import Ingestor
from app.records import Conversation, SessionEvent
from app.roster import RosterEntry
from app.store_rules import StoreRules

ZONE = ZoneInfo("Asia/Shanghai")
DAY0 = dt.datetime(2026, 11, 20, tzinfo=ZONE).timestamp()  # local midnight


def at(hh_mm: str, day: int = 0) -> float:
    h, m = hh_mm.split(":")
    return DAY0 + day * 86400 + int(h) * 3600 + int(m) * 60


def setup_floor(db, **store):
    entries = [RosterEntry("tmall", "A店", "A店:王", "王", shift_start="09:00",
                           shift_end="18:00", **store),
               RosterEntry("tmall", "A店", "A店:李", "李", shift_start="09:00",
                           shift_end="18:00"),
               RosterEntry("tmall", "B店", "B店:王", "王")]
    roster.apply_entries(db, entries, at=at("00:00"))
    return Ingestor(db, source="test")


def session(when: float, account: str, agent: str, status: str, store: str = "A店"):
    return SessionEvent(when, "tmall", store, account, agent, status)


def keys(db, kind: str) -> list[str]:
    return [a.key for a in active_alerts(db, kind=kind)]


def test_a_store_with_nobody_online_in_its_service_hours_raises_an_alarm(db):
    ing = setup_floor(db)
    rules = StoreRules()
    rules.evaluate(db, at("09:00"), ZONE)
    (alert,) = [a for a in active_alerts(db, kind="coverage") if "A店" in a.message_zh]
    assert alert.severity == "alarm" and "Nobody online" in alert.message_en

    ing.ingest([session(at("09:01"), "A店:王", "王", "online")])
    rules.evaluate(db, at("09:02"), ZONE)
    (still,) = active_alerts(db, kind="coverage")  # A店 needs 1 and has 1; B店 has nobody
    assert "B店" in still.message_zh and still.severity == "alarm"


def test_below_the_minimum_is_a_warning_and_meeting_it_clears_the_alert(db):
    ing = setup_floor(db, min_agents=2)
    sid = {s.name: s.id for s in roster.stores(db)}["A店"]
    ing.ingest([session(at("09:00"), "A店:王", "王", "online")])
    rules = StoreRules()
    rules.evaluate(db, at("09:05"), ZONE)
    key = f"coverage:store:{sid}"
    (alert,) = [a for a in active_alerts(db) if a.key == key]
    assert alert.severity == "warning" and alert.value == 1.0
    ing.ingest([session(at("09:06"), "A店:李", "李", "online")])
    rules.evaluate(db, at("09:07"), ZONE)
    assert key not in keys(db, "coverage")
    actions = [e.action for e in alert_events(db, alert.id)]
    assert actions == ["raised", "cleared"]


def test_no_coverage_alert_outside_service_hours_including_across_midnight(db):
    setup_floor(db)
    sid = {s.name: s.id for s in roster.stores(db)}["A店"]
    roster.edit_store(db, sid, at=at("00:00"), service_start="20:00", service_end="02:00")
    rules = StoreRules()
    key = f"coverage:store:{sid}"
    rules.evaluate(db, at("19:59"), ZONE)
    assert key not in keys(db, "coverage")
    rules.evaluate(db, at("01:30", day=1), ZONE)
    assert key in keys(db, "coverage")
    rules.evaluate(db, at("02:00", day=1), ZONE)
    assert key not in keys(db, "coverage")


def test_a_store_with_a_minimum_of_zero_is_never_uncovered(db):
    setup_floor(db, min_agents=0)
    StoreRules().evaluate(db, at("10:00"), ZONE)
    assert not [a for a in active_alerts(db, kind="coverage") if "A店" in a.message_zh]


def test_service_began_finds_yesterdays_start_for_a_period_across_midnight():
    assert service_began("20:00", "02:00", at("01:00", day=1), ZONE) == at("20:00")
    assert service_began("08:00", "24:00", at("10:00"), ZONE) == at("08:00")
    assert service_began("08:00", "24:00", at("07:00"), ZONE) is None


def test_a_store_silent_for_its_quiet_minutes_in_service_hours_is_flagged(db):
    ing = setup_floor(db, quiet_minutes=20)
    sid = {s.name: s.id for s in roster.stores(db)}["A店"]
    key = f"quiet:store:{sid}"
    rules = StoreRules()
    rules.evaluate(db, at("08:19"), ZONE)  # service began 08:00: not yet 20 min
    assert key not in keys(db, "quiet")
    rules.evaluate(db, at("08:20"), ZONE)
    assert key in keys(db, "quiet")
    ing.ingest([Conversation(platform="tmall", store="A店", customer="c1",
                             started_at=at("08:25"))])
    rules.evaluate(db, at("08:26"), ZONE)
    assert key not in keys(db, "quiet")
    rules.evaluate(db, at("08:45"), ZONE)
    (alert,) = [a for a in active_alerts(db) if a.key == key]
    assert round(alert.value) == 20 and "20 min" in alert.message_en


def test_quiet_minutes_of_zero_turns_the_rule_off_for_that_store(db):
    setup_floor(db, quiet_minutes=0)
    sid = {s.name: s.id for s in roster.stores(db)}["A店"]
    StoreRules().evaluate(db, at("23:00"), ZONE)
    assert f"quiet:store:{sid}" not in keys(db, "quiet")


def test_an_account_online_with_nobody_assigned_is_flagged_until_someone_holds_it(db):
    ing = setup_floor(db)
    ing.ingest([session(at("10:00"), "A店:临时", "王", "online")])  # not in the roster
    rules = StoreRules()
    rules.evaluate(db, at("10:01"), ZONE)
    (alert,) = active_alerts(db, kind="unassigned")
    assert "A店:临时" in alert.message_en and "王" in alert.message_zh
    acc = {a.name: a.id for a in roster.accounts(db)}["A店:临时"]
    wang = {a.name: a.id for a in roster.agents(db)}["王"]
    roster.assign(db, acc, wang, at=at("10:02"))
    rules.evaluate(db, at("10:03"), ZONE)
    assert active_alerts(db, kind="unassigned") == []


def test_an_account_held_by_someone_else_is_not_unassigned(db):
    ing = setup_floor(db)
    ing.ingest([session(at("10:00"), "A店:王", "李", "online")])
    StoreRules().evaluate(db, at("10:01"), ZONE)
    assert active_alerts(db, kind="unassigned") == []


def test_one_account_going_offline_while_the_agent_is_on_others_is_a_drop(db):
    ing = setup_floor(db)
    ing.ingest([session(at("20:00"), "A店:王", "王", "online"),
                session(at("20:00"), "B店:王", "王", "online", store="B店")])
    rules = StoreRules()
    rules.evaluate(db, at("20:00"), ZONE)
    ing.ingest([session(at("20:10"), "B店:王", "王", "offline", store="B店")])
    rules.evaluate(db, at("20:11"), ZONE)
    (alert,) = active_alerts(db, kind="drop")
    assert "王" in alert.message_zh and "B店:王" in alert.message_en
    ing.ingest([session(at("20:15"), "B店:王", "王", "online", store="B店")])
    rules.evaluate(db, at("20:16"), ZONE)
    assert active_alerts(db, kind="drop") == []


def test_going_fully_offline_inside_ones_shift_is_a_drop_but_signing_off_at_the_end_is_not(db):
    ing = setup_floor(db)
    rules = StoreRules()
    ing.ingest([session(at("09:00"), "A店:李", "李", "online")])
    rules.evaluate(db, at("09:00"), ZONE)
    ing.ingest([session(at("11:00"), "A店:李", "李", "offline")])
    rules.evaluate(db, at("11:01"), ZONE)
    assert len(active_alerts(db, kind="drop")) == 1
    ing.ingest([session(at("11:05"), "A店:李", "李", "online")])
    rules.evaluate(db, at("11:06"), ZONE)
    assert active_alerts(db, kind="drop") == []
    ing.ingest([session(at("17:55"), "A店:李", "李", "offline")])  # shift ends 18:00
    rules.evaluate(db, at("17:56"), ZONE)
    assert active_alerts(db, kind="drop") == []


def test_a_drop_alert_ends_with_the_agents_shift(db):
    ing = setup_floor(db)
    rules = StoreRules()
    ing.ingest([session(at("09:00"), "A店:李", "李", "online"),
                session(at("12:00"), "A店:李", "李", "offline")])
    rules.evaluate(db, at("12:01"), ZONE)
    assert len(active_alerts(db, kind="drop")) == 1
    rules.evaluate(db, at("18:00"), ZONE)
    assert active_alerts(db, kind="drop") == []


def test_old_session_events_seen_for_the_first_time_are_history_not_drops(db):
    ing = setup_floor(db)
    ing.ingest([session(at("09:00"), "A店:李", "李", "online"),
                session(at("11:00"), "A店:李", "李", "offline")])
    StoreRules().evaluate(db, at("15:00"), ZONE)  # e.g. a backfill after a restart
    assert active_alerts(db, kind="drop") == []


@pytest.mark.parametrize("status", ["away", "online"])
def test_stepping_away_is_not_a_drop(db, status):
    ing = setup_floor(db)
    ing.ingest([session(at("09:00"), "A店:李", "李", "online"),
                session(at("10:00"), "A店:李", "李", status)])
    StoreRules().evaluate(db, at("10:01"), ZONE)
    assert active_alerts(db, kind="drop") == []


def test_rules_raise_each_alert_once_however_often_they_run(db):
    setup_floor(db)
    rules = StoreRules()
    for minute in range(5):
        rules.evaluate(db, at("09:00") + 60 * minute, ZONE)
    coverage = active_alerts(db, kind="coverage")
    assert len(coverage) == 2
    assert all(len(alert_events(db, a.id)) == 1 for a in coverage)
