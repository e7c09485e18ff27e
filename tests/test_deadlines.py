"""Escalation clocks: a step starts one, another meets it, a missed one escalates once —
stored as absolute times, so a restart (even a long one) loses nothing. No sleeps: the
time is passed in, from a ManualClock."""

import sqlite3

import pytest

from app.alerts import active_alerts, alert_events
from app.clock import ManualClock
from app.db import open_database
from app.deadlines import (add_promise, deadlines, due_escalations, fire_escalations,
                           keep_promise, running_deadlines)
from app.incident_log import entries
from app.incidents import (change_status, incident_for_alert, open_incident, tick_step,
                           untick_step)
from incident_support import T0, add_roster, shipped_playbooks  # noqa: F401

MIN = 60.0


def reported_to_ops(db, clock, roster=None):
    incident_id = open_incident(db, at=clock.now(), type="store_anomaly",
                                subtype="coupon_price", title="价格设置错误",
                                store_ids=[roster["花语美妆旗舰店"]] if roster else [])
    tick_step(db, incident_id, "reported_to_ops", at=clock.now(), by="陈主管")
    return incident_id


def test_reporting_to_operations_starts_a_five_minute_clock(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    [d] = deadlines(db, incident_id)
    assert (d.rule, d.until_step, d.started_at, d.due_at) == \
        ("ops_answer", "ops_answered", T0, T0 + 5 * MIN)
    assert d.label("zh_CN") == "运营回复"
    assert entries(db, incident_id)[-1].kind == "deadline_started"


def test_an_answer_in_time_stops_the_clock_and_nothing_escalates(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    clock.advance(4 * MIN)
    tick_step(db, incident_id, "ops_answered", at=clock.now(), by="陈主管")
    clock.advance(10 * MIN)
    assert due_escalations(db, clock.now()) == []
    assert fire_escalations(db, clock.now()) == []
    [d] = deadlines(db, incident_id)
    assert (d.ended_how, d.ended_at) == ("met", T0 + 4 * MIN)


def test_no_answer_by_the_deadline_raises_one_escalation_alert_and_logs_it(db):
    roster = add_roster(db)
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock, roster)
    clock.advance(5 * MIN - 1)
    assert fire_escalations(db, clock.now()) == []  # not yet
    clock.advance(1)
    [fired] = fire_escalations(db, clock.now())
    [alert] = active_alerts(db, kind="escalation")
    assert fired.alert.id == alert.id and alert.severity == "alarm"
    assert alert.store_id == roster["花语美妆旗舰店"]
    assert "电话联系客服主管" in alert.message("zh_CN") and "钉钉" in alert.message("zh_CN")
    assert "DingTalk" in alert.message("en")
    logged = entries(db, incident_id)[-1]
    assert (logged.kind, logged.at, logged.data["due_at"]) == ("escalated", T0 + 5 * MIN,
                                                               T0 + 5 * MIN)
    assert incident_for_alert(db, alert.id) == incident_id
    clock.advance(MIN)
    assert fire_escalations(db, clock.now()) == []  # escalated once


def test_a_late_answer_clears_the_escalation_alert(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    clock.advance(6 * MIN)
    [fired] = fire_escalations(db, clock.now())
    tick_step(db, incident_id, "ops_answered", at=clock.now(), by="陈主管")
    assert active_alerts(db, kind="escalation") == []
    assert [e.action for e in alert_events(db, fired.alert.id)] == ["raised", "cleared"]


def test_a_deadline_that_passed_while_the_console_was_closed_fires_on_start(db_path):
    clock = ManualClock(T0)
    first = open_database(db_path)
    incident_id = reported_to_ops(first, clock)
    first.close()  # the console closes at T0; it is started again 2 hours later
    clock.advance(2 * 3600)
    again = open_database(db_path)
    [due] = due_escalations(again, clock.now())
    assert due.due_at == T0 + 5 * MIN and due.incident_id == incident_id
    [fired] = fire_escalations(again, clock.now())
    logged = entries(again, incident_id)[-1]
    assert logged.kind == "escalated"
    assert logged.at == T0 + 2 * 3600  # when it was raised …
    assert logged.data["due_at"] == T0 + 5 * MIN  # … and when it was due
    again.close()


def test_a_clock_still_running_after_a_restart_keeps_its_absolute_due_time(db_path):
    clock = ManualClock(T0)
    first = open_database(db_path)
    incident_id = reported_to_ops(first, clock)
    first.close()
    clock.advance(2 * MIN)
    again = open_database(db_path)
    [d] = running_deadlines(again)[incident_id]
    assert d.remaining(clock.now()) == 3 * MIN
    assert fire_escalations(again, clock.now()) == []
    again.close()


def test_two_connections_escalate_a_clock_once(db_path):
    clock = ManualClock(T0)
    gui, feed = open_database(db_path), open_database(db_path)
    reported_to_ops(gui, clock)
    clock.advance(6 * MIN)
    assert len(fire_escalations(gui, clock.now()) + fire_escalations(feed, clock.now())) == 1
    gui.close()
    feed.close()


def test_withdrawing_the_report_cancels_its_clock(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    untick_step(db, incident_id, "reported_to_ops", at=T0 + MIN, by="陈主管", reason="误点")
    [d] = deadlines(db, incident_id)
    assert d.ended_how == "cancelled"
    assert due_escalations(db, T0 + 10 * MIN) == []


def test_withdrawing_a_re_ticked_report_cancels_the_clock_its_first_tick_started(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    tick_step(db, incident_id, "reported_to_ops", at=T0 + MIN, by="陈主管")  # re-ticked
    [d] = deadlines(db, incident_id)  # the re-tick starts no second clock
    untick_step(db, incident_id, "reported_to_ops", at=T0 + 2 * MIN, by="陈主管", reason="误点")
    [d] = deadlines(db, incident_id)
    assert (d.ended_how, d.ended_at) == ("cancelled", T0 + 2 * MIN)


def test_resolving_the_incident_stops_its_clocks_and_clears_their_alerts(db):
    clock = ManualClock(T0)
    incident_id = reported_to_ops(db, clock)
    clock.advance(6 * MIN)
    fire_escalations(db, clock.now())
    change_status(db, incident_id, "resolved", at=clock.now(), by="陈主管")
    assert running_deadlines(db) == {}
    assert active_alerts(db, kind="escalation") == []


def test_the_stored_times_of_a_clock_cannot_be_moved(db):
    incident_id = reported_to_ops(db, ManualClock(T0))
    [d] = deadlines(db, incident_id)
    with pytest.raises(sqlite3.IntegrityError, match="keeps its times"):
        db.execute("UPDATE incident_deadlines SET due_at = due_at + 3600 WHERE id = ?", [d.id])
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM incident_deadlines WHERE id = ?", [d.id])


def test_a_promise_has_its_own_clock_and_escalates_if_not_kept(db):
    clock = ManualClock(T0)
    incident_id = open_incident(db, at=T0, type="serious_complaint", title="顾客投诉少发货")
    kept = add_promise(db, incident_id, text="30 分钟内回电顾客", minutes=30, at=T0, by="陈主管")
    missed = add_promise(db, incident_id, text="下午 3 点前给出方案", minutes=60, at=T0,
                         by="陈主管")
    keep_promise(db, kept, at=T0 + 20 * MIN, by="陈主管")
    clock.advance(61 * MIN)
    [fired] = fire_escalations(db, clock.now())
    assert fired.deadline.id == missed
    assert "承诺到期：下午 3 点前给出方案" in fired.alert.message("zh_CN")


def test_the_deadline_minutes_come_from_the_playbook_in_use(db, tmp_path):
    import json

    from app.playbooks import load_playbooks, shipped_path, use_playbooks

    data = json.loads(shipped_path().read_text(encoding="utf-8"))
    anomaly = next(t for t in data["types"] if t["key"] == "store_anomaly")
    anomaly["deadlines"][0]["minutes"] = 3
    edited = tmp_path / "playbooks.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    use_playbooks(load_playbooks(edited))
    incident_id = reported_to_ops(db, ManualClock(T0))
    [d] = deadlines(db, incident_id)
    assert d.due_at == T0 + 3 * MIN
