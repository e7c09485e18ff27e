"""Alerts: one active alert per condition, every raise, change, clear and acknowledgement kept."""

from __future__ import annotations

import sqlite3

import pytest

from app.alerts import (
    AlertChange, acknowledge, active_alert, active_alerts, alert_events, alert_history,
    clear_alert, raise_alert, store_labels,
)
from app.ingest import Ingestor

T0 = 1_795_309_200.0  # 2026-11-22 09:00 +08:00
KEY = "metric:reply_rate:store:1"


@pytest.fixture
def store(db) -> int:
    return Ingestor(db).store_id("tmall", "花语美妆旗舰店")


def warn(db, at: float = T0, key: str = KEY, severity: str = "warning", value: float = 0.93,
         **kw):
    kw.setdefault("kind", "metric")
    return raise_alert(db, key, severity=severity, message_zh=f"回复率 {value}",
                       message_en=f"reply rate {value}", at=at, value=value, **kw)


def test_a_raised_alert_is_stored_with_its_time_and_scope(db, store):
    alert = warn(db, store_id=store, metric="reply_rate")
    assert alert is not None
    assert (alert.key, alert.kind, alert.severity, alert.store_id, alert.metric,
            alert.value) == (KEY, "metric", "warning", store, "reply_rate", 0.93)
    assert (alert.raised_at, alert.cleared_at, alert.acknowledged_at) == (T0, None, None)
    assert alert.active and not alert.acknowledged and not alert.escalated
    assert active_alert(db, KEY) == alert


def test_raising_an_active_condition_again_changes_nothing(db):
    first = warn(db)
    assert warn(db, at=T0 + 60, value=0.92) is None
    assert active_alerts(db) == [first]


def test_the_database_refuses_a_second_active_alert_for_a_key(db):
    warn(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO alerts (key, kind, severity, raised_at) "
                   "VALUES (?, 'metric', 'alarm', ?)", [KEY, T0])


def test_a_condition_can_be_raised_again_once_cleared(db):
    first = warn(db)
    clear_alert(db, KEY, T0 + 600)
    second = warn(db, at=T0 + 900)
    assert second is not None and second.id != first.id
    assert [a.id for a in active_alerts(db)] == [second.id]


def test_clearing_stores_the_time_and_leaves_nothing_active(db):
    raised = warn(db)
    cleared = clear_alert(db, KEY, T0 + 600)
    assert cleared is not None and cleared.id == raised.id
    assert cleared.cleared_at == T0 + 600 and not cleared.active
    assert active_alerts(db) == []


def test_clearing_a_condition_that_is_not_active_returns_none(db):
    assert clear_alert(db, KEY, T0) is None


def test_a_worse_severity_escalates_the_active_alert_in_place(db):
    raised = warn(db)
    escalated = warn(db, at=T0 + 300, severity="alarm", value=0.85)
    assert escalated.id == raised.id and escalated.escalated and not escalated.eased
    assert (escalated.severity, escalated.previous_severity) == ("alarm", "warning")
    assert (escalated.value, escalated.message_en) == (0.85, "reply rate 0.85")
    assert escalated.raised_at == T0  # the condition started at the first raise
    assert AlertChange.of(escalated).action == "escalated"


def test_an_escalation_withdraws_the_acknowledgement(db):
    raised = warn(db)
    acknowledge(db, raised.id, T0 + 60, "张主管")
    escalated = warn(db, at=T0 + 300, severity="alarm")
    assert not escalated.acknowledged and escalated.acknowledged_by == ""


def test_a_milder_severity_eases_the_alert_and_keeps_the_acknowledgement(db):
    raised = warn(db, severity="alarm")
    acknowledge(db, raised.id, T0 + 60, "张主管")
    eased = warn(db, at=T0 + 300, severity="warning")
    assert eased.eased and not eased.escalated and eased.severity == "warning"
    assert eased.acknowledged_at == T0 + 60
    assert AlertChange.of(eased).action == "eased"


def test_an_acknowledgement_stores_who_and_when(db):
    raised = warn(db)
    acked = acknowledge(db, raised.id, T0 + 120, "张主管")
    assert (acked.acknowledged_at, acked.acknowledged_by) == (T0 + 120, "张主管")
    assert acked.active  # seen is not solved


def test_the_first_acknowledgement_stands(db):
    raised = warn(db)
    acknowledge(db, raised.id, T0 + 120, "张主管")
    again = acknowledge(db, raised.id, T0 + 500, "李组长")
    assert (again.acknowledged_at, again.acknowledged_by) == (T0 + 120, "张主管")


def test_a_cleared_alert_can_still_be_acknowledged(db):
    raised = warn(db)
    clear_alert(db, KEY, T0 + 60)
    assert acknowledge(db, raised.id, T0 + 120, "张主管").acknowledged_at == T0 + 120


def test_acknowledging_an_unknown_alert_is_refused(db):
    with pytest.raises(ValueError, match="no alert 42"):
        acknowledge(db, 42, T0, "张主管")


def test_every_step_of_an_alert_is_in_its_history_with_its_time(db):
    raised = warn(db)
    acknowledge(db, raised.id, T0 + 60, "张主管")
    warn(db, at=T0 + 120, severity="alarm", value=0.8)
    warn(db, at=T0 + 180, severity="warning", value=0.92)
    clear_alert(db, KEY, T0 + 240)
    assert [(e.at - T0, e.action, e.severity, e.by) for e in alert_events(db, raised.id)] == [
        (0, "raised", "warning", ""),
        (60, "acknowledged", "warning", "张主管"),
        (120, "escalated", "alarm", ""),
        (180, "eased", "warning", ""),
        (240, "cleared", "warning", ""),
    ]


def test_the_alert_history_cannot_be_rewritten(db):
    warn(db)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE alert_events SET at = 0")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM alert_events")


def test_active_alerts_list_the_most_severe_first_then_the_newest(db):
    warn(db, key="a", at=T0)
    warn(db, key="b", at=T0 + 10, severity="info")
    warn(db, key="c", at=T0 + 20)
    warn(db, key="d", at=T0 + 30, severity="alarm")
    warn(db, key="e", at=T0 + 40)
    clear_alert(db, "e", T0 + 50)
    assert [a.key for a in active_alerts(db)] == ["d", "c", "a", "b"]


def test_active_alerts_can_be_filtered_by_kind(db, store):
    warn(db, key="metric:x")
    warn(db, key=f"surge:store:{store}", kind="surge", store_id=store)
    assert [a.key for a in active_alerts(db, kind="surge")] == [f"surge:store:{store}"]


def test_the_history_holds_alerts_active_at_any_time_since(db):
    warn(db, key="old", at=T0)
    clear_alert(db, "old", T0 + 100)
    warn(db, key="recent", at=T0 + 200)
    clear_alert(db, "recent", T0 + 400)
    warn(db, key="open", at=T0 + 500)
    assert [a.key for a in alert_history(db, since=T0 + 300)] == ["open", "recent"]
    assert [a.key for a in alert_history(db, since=T0, until=T0 + 300)] == ["recent", "old"]


def test_alerts_are_generic_over_kind_and_scope(db, store):
    agent = Ingestor(db).agent_id("王小美")
    alert = raise_alert(db, f"coverage:store:{store}", "coverage", "alarm",
                        "花语美妆旗舰店 无人在线", "nobody online", T0,
                        store_id=store, agent_id=agent)
    assert (alert.kind, alert.store_id, alert.agent_id, alert.metric, alert.value) == (
        "coverage", store, agent, None, None)
    assert alert.message("zh_CN") == "花语美妆旗舰店 无人在线"
    assert alert.message("en") == "nobody online"


def test_an_unknown_severity_is_refused(db):
    with pytest.raises(ValueError, match="severity"):
        warn(db, severity="critical")


def test_a_scope_must_be_a_known_store(db):
    with pytest.raises(sqlite3.IntegrityError):
        warn(db, store_id=999)


def test_store_labels_name_the_store_and_its_platform_in_both_languages(db, store):
    assert store_labels(db)[store] == ("花语美妆旗舰店（天猫）", "花语美妆旗舰店 (Tmall)")
