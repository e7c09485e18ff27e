"""Metric levels (defaults and overrides) and the watcher: hysteresis, minimum sample."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from app.alerts import active_alert, active_alerts, alert_events
from app.ingest import Ingestor
from app.metric_alerts import (
    Levels, MetricWatcher, levels_for, metric_alert_key, reset_levels, set_levels,
)
from app.metrics import METRICS
from app.records import Conversation

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI).timestamp()
HOUR = 3600.0
STORE = "花语美妆旗舰店"
_ids = itertools.count()

# answer_question_ratio: higher is better, catalogue warning 1.0, alarm 0.8.
AQR = "answer_question_ratio"


def chats(start: float, count: int, customer_msgs: int, agent_msgs: int,
          store: str = STORE, **fields) -> list[Conversation]:
    """`count` conversations spread over the 50 minutes after `start`; the messages are
    totals over all of them (so the answer/question ratio is agent_msgs / customer_msgs)."""
    out = []
    for i in range(count):
        c = customer_msgs // count + (1 if i < customer_msgs % count else 0)
        a = agent_msgs // count + (1 if i < agent_msgs % count else 0)
        out.append(Conversation(
            platform="tmall", store=store, customer=f"u{next(_ids)}",
            conversation_id=f"c{next(_ids)}", started_at=start + i * 3000 / count,
            customer_messages=c, agent_messages=a, **fields))
    return out


def hour_with_ratio(db, hour: int, ratio_x1000: int, count: int = 10,
                    store: str = STORE) -> float:
    """Fill hour `hour` (after T0) with an answer/question ratio of ratio_x1000 / 1000;
    returns the end of that hour, the `now` at which the watcher sees exactly it."""
    start = T0 + hour * HOUR
    Ingestor(db).ingest(chats(start, count, 1000, ratio_x1000, store=store))
    return start + HOUR


def store_id(db, name: str = STORE) -> int:
    return Ingestor(db).store_id("tmall", name)


def aqr_watcher(**kw) -> MetricWatcher:
    return MetricWatcher(metrics=(AQR,), **kw)


# -- levels --------------------------------------------------------------------------------

def test_without_overrides_the_levels_are_the_catalogue_defaults(db):
    m = METRICS["reply_rate"]
    assert levels_for(db, "reply_rate") == (m.target, m.warning, m.alarm) == (0.98, 0.95, 0.9)


def test_levels_resolve_store_then_team_then_floor_then_default(db):
    sid = store_id(db)
    set_levels(db, "reply_rate", 0.97, 0.93, 0.88)
    set_levels(db, "reply_rate", 0.96, 0.92, 0.87, team="售前一组")
    set_levels(db, "reply_rate", 0.95, 0.91, 0.86, store_id=sid)
    assert levels_for(db, "reply_rate") == (0.97, 0.93, 0.88)
    assert levels_for(db, "reply_rate", team="售前一组") == (0.96, 0.92, 0.87)
    assert levels_for(db, "reply_rate", team="售后组") == (0.97, 0.93, 0.88)
    assert levels_for(db, "reply_rate", store_id=sid, team="售前一组") == (0.95, 0.91, 0.86)
    assert levels_for(db, "satisfaction", store_id=sid) == (0.95, 0.9, 0.85)  # default


def test_the_most_specific_override_wins_whole_and_none_means_no_level(db):
    sid = store_id(db)
    set_levels(db, "reply_rate", 0.99, 0.96, None, store_id=sid)
    assert levels_for(db, "reply_rate", store_id=sid) == Levels(0.99, 0.96, None)


def test_resetting_an_override_falls_back_to_the_next_scope(db):
    sid = store_id(db)
    set_levels(db, "reply_rate", 0.97, 0.93, 0.88)
    set_levels(db, "reply_rate", 0.95, 0.91, 0.86, store_id=sid)
    assert reset_levels(db, "reply_rate", store_id=sid) is True
    assert levels_for(db, "reply_rate", store_id=sid) == (0.97, 0.93, 0.88)
    assert reset_levels(db, "reply_rate", store_id=sid) is False


def test_setting_levels_again_replaces_them(db):
    set_levels(db, "reply_rate", 0.97, 0.93, 0.88)
    set_levels(db, "reply_rate", 0.99, 0.97, 0.95)
    assert levels_for(db, "reply_rate") == (0.99, 0.97, 0.95)


def test_higher_is_better_levels_must_rise_from_alarm_to_target(db):
    with pytest.raises(ValueError, match=r"higher is better.*alarm ≤ warning ≤ target; "
                                         r"alarm 0.96 is above warning 0.95"):
        set_levels(db, "reply_rate", 0.98, 0.95, 0.96)
    with pytest.raises(ValueError, match="warning 0.99 is above target 0.98"):
        set_levels(db, "reply_rate", 0.98, 0.99, None)


def test_lower_is_better_levels_must_fall_from_alarm_to_target(db):
    with pytest.raises(ValueError, match=r"lower is better.*alarm ≥ warning ≥ target; "
                                         r"alarm 20 is below warning 30"):
        set_levels(db, "first_response_s", 15, 30, 20)
    assert set_levels(db, "first_response_s", 10, 20, 40) == (10, 20, 40)


@pytest.mark.parametrize("bad", [-0.1, float("nan"), float("inf"), "0.9", True])
def test_a_level_must_be_a_non_negative_number(db, bad):
    with pytest.raises(ValueError, match="reply_rate: target"):
        set_levels(db, "reply_rate", bad, None, None)


def test_levels_are_refused_for_an_unknown_metric_store_or_a_double_scope(db):
    with pytest.raises(ValueError, match="unknown metric"):
        set_levels(db, "happiness", 1, 0.5, 0.2)
    with pytest.raises(ValueError, match="no store 999"):
        set_levels(db, "reply_rate", 0.98, 0.95, 0.9, store_id=999)
    with pytest.raises(ValueError, match="not both"):
        set_levels(db, "reply_rate", 0.98, 0.95, 0.9, store_id=store_id(db), team="售前一组")
    assert levels_for(db, "reply_rate") == (0.98, 0.95, 0.9)


# -- the watcher -------------------------------------------------------------------------------

def test_a_value_worse_than_the_warning_level_raises_for_the_floor_and_the_store(db):
    now = hour_with_ratio(db, 0, 900)
    changes = aqr_watcher().evaluate(db, now)
    sid = store_id(db)
    assert sorted((c.action, c.alert.key, c.alert.severity) for c in changes) == [
        ("raised", metric_alert_key(AQR), "warning"),
        ("raised", metric_alert_key(AQR, sid), "warning"),
    ]
    store_alert = active_alert(db, f"metric:{AQR}:store:{sid}")
    assert (store_alert.kind, store_alert.metric, store_alert.value, store_alert.store_id,
            store_alert.raised_at) == ("metric", AQR, 0.9, sid, now)
    assert store_alert.message_zh == (
        "花语美妆旗舰店（天猫） 答问比 0.90，低于预警线 1.00（70–10 分钟前开始的 10 次接待）")
    assert store_alert.message_en == (
        "花语美妆旗舰店 (Tmall): Answer/question ratio 0.90 is below the warning level "
        "1.00 (10 conversations started 70–10 min ago)")


def test_a_value_exactly_at_the_level_raises_nothing(db):
    now = hour_with_ratio(db, 0, 1000)
    assert aqr_watcher().evaluate(db, now) == []


def test_a_value_worse_than_the_alarm_level_raises_an_alarm(db):
    now = hour_with_ratio(db, 0, 700)
    assert {c.alert.severity for c in aqr_watcher().evaluate(db, now)} == {"alarm"}


def test_a_lower_is_better_metric_alerts_when_the_value_is_above_its_level(db):
    Ingestor(db).ingest([
        Conversation(platform="tmall", store=STORE, customer=f"u{i}", conversation_id=f"f{i}",
                     started_at=T0 + 120 * i, first_reply_at=T0 + 120 * i + 45)
        for i in range(20)])
    changes = MetricWatcher(metrics=("first_response_s",)).evaluate(db, T0 + HOUR)
    [floor] = [c.alert for c in changes if c.alert.store_id is None]
    assert (floor.severity, floor.value) == ("warning", 45.0)
    assert floor.message_en == ("Floor: First response time 45.0s is above the warning level "
                                "30.0s (20 conversations started 70–10 min ago)")


def test_a_value_hovering_at_the_warning_line_raises_once_and_never_flaps(db):
    watcher = aqr_watcher()
    key = metric_alert_key(AQR)
    changes = []
    for hour, ratio in enumerate([995, 1005, 995, 1005, 995, 1005]):  # ±0.5 % of 1.0
        changes += [(c.action, c.alert.key) for c in
                    watcher.evaluate(db, hour_with_ratio(db, hour, ratio))]
    assert [c for c in changes if c[1] == key] == [("raised", key)]
    [alert] = [a for a in active_alerts(db) if a.key == key]
    assert [e.action for e in alert_events(db, alert.id)] == ["raised"]


def test_a_value_better_than_the_level_by_less_than_the_margin_keeps_the_alert(db):
    watcher = aqr_watcher()
    watcher.evaluate(db, hour_with_ratio(db, 0, 950))
    assert watcher.evaluate(db, hour_with_ratio(db, 1, 1019)) == []  # 1.9 % better
    assert active_alert(db, metric_alert_key(AQR)) is not None


def test_a_value_better_by_the_margin_clears_the_alert(db):
    watcher = aqr_watcher()
    watcher.evaluate(db, hour_with_ratio(db, 0, 950))
    now = hour_with_ratio(db, 1, 1021)  # 2.1 % better than the warning level
    changes = watcher.evaluate(db, now)
    assert {(c.action, c.alert.cleared_at) for c in changes} == {("cleared", now)}
    assert active_alerts(db) == []


def test_the_recovery_margin_is_configurable(db):
    watcher = aqr_watcher(margin=0.05)
    watcher.evaluate(db, hour_with_ratio(db, 0, 950))
    assert watcher.evaluate(db, hour_with_ratio(db, 1, 1040)) == []
    assert {c.action for c in watcher.evaluate(db, hour_with_ratio(db, 2, 1060))} == {
        "cleared"}


def test_getting_worse_escalates_at_once_and_easing_needs_the_margin(db):
    watcher = aqr_watcher()
    watcher.evaluate(db, hour_with_ratio(db, 0, 950))
    escalated = watcher.evaluate(db, hour_with_ratio(db, 1, 799))
    assert {(c.action, c.alert.severity) for c in escalated} == {("escalated", "alarm")}
    assert watcher.evaluate(db, hour_with_ratio(db, 2, 810)) == []  # 1.25 % above alarm
    eased = watcher.evaluate(db, hour_with_ratio(db, 3, 820))  # 2.5 % above alarm
    assert {(c.action, c.alert.severity) for c in eased} == {("eased", "warning")}


def test_nothing_is_raised_below_the_minimum_sample(db):
    now = hour_with_ratio(db, 0, 500, count=9)
    assert aqr_watcher().evaluate(db, now) == []


def test_the_minimum_sample_is_configurable(db):
    now = hour_with_ratio(db, 0, 500, count=9)
    assert aqr_watcher(min_conversations=9).evaluate(db, now) != []


def test_an_alert_is_held_while_the_sample_is_too_small_to_judge(db):
    watcher = aqr_watcher()
    raised = hour_with_ratio(db, 0, 900)
    watcher.evaluate(db, raised)
    assert watcher.evaluate(db, hour_with_ratio(db, 1, 1200, count=5)) == []
    held_until = raised + watcher.window_s + watcher.settle_s
    assert watcher.evaluate(db, held_until) == []  # an empty window: held too
    assert len(active_alerts(db)) == 2


def test_a_held_alert_clears_once_a_whole_window_has_passed_without_enough_cases(db):
    """A quiet night does not keep the evening's alerts alive until morning."""
    watcher = aqr_watcher()
    raised = hour_with_ratio(db, 0, 900)
    watcher.evaluate(db, raised)
    later = raised + watcher.window_s + watcher.settle_s + 60
    assert {c.action for c in watcher.evaluate(db, later)} == {"cleared"}
    assert active_alerts(db) == []


def test_only_the_rolling_window_before_now_counts(db):
    hour_with_ratio(db, 0, 500)  # 09:00-09:50: bad
    now = hour_with_ratio(db, 1, 1100)  # 10:00-10:50: good
    assert aqr_watcher().evaluate(db, now) == []
    assert aqr_watcher(window_s=2 * HOUR).evaluate(db, now) != []  # (500+1100)/2000 = 0.8


def test_each_store_is_judged_against_its_own_levels(db):
    hour_with_ratio(db, 0, 1100, store="星河数码旗舰店")
    now = hour_with_ratio(db, 0, 1100)
    set_levels(db, AQR, 1.3, 1.2, 1.0, store_id=store_id(db))
    changes = aqr_watcher().evaluate(db, now)
    assert [(c.alert.store_id, c.alert.severity) for c in changes] == [
        (store_id(db), "warning")]


def test_removing_a_scope_s_levels_clears_its_alert(db):
    watcher = aqr_watcher()
    now = hour_with_ratio(db, 0, 900)
    watcher.evaluate(db, now)
    set_levels(db, AQR, None, None, None)
    set_levels(db, AQR, None, None, None, store_id=store_id(db))
    assert {c.action for c in watcher.evaluate(db, now + 60)} == {"cleared"}
    assert active_alerts(db) == []


def test_by_default_every_catalogue_metric_with_levels_is_watched(db):
    Ingestor(db).ingest([
        Conversation(platform="tmall", store=STORE, customer=f"u{i}", conversation_id=f"n{i}",
                     started_at=T0 + 60 * i) for i in range(20)])  # nobody replied
    metrics = {c.alert.metric for c in MetricWatcher().evaluate(db, T0 + HOUR)}
    assert metrics == {"reply_rate", "first_reply_30s_rate"}  # the others have no value


def test_a_metric_holds_until_its_own_denominator_has_enough_cases(db):
    """20 conversations but only 5 rated: satisfaction is not judged on 5 ratings."""
    Ingestor(db).ingest([
        Conversation(platform="tmall", store=STORE, customer=f"u{i}", conversation_id=f"s{i}",
                     started_at=T0 + 60 * i, first_reply_at=T0 + 60 * i + 5,
                     rating=1 if i < 5 else None) for i in range(20)])
    watcher = MetricWatcher(metrics=("satisfaction",))
    assert watcher.evaluate(db, T0 + HOUR) == []
    Ingestor(db).ingest([
        Conversation(platform="tmall", store=STORE, customer=f"v{i}", conversation_id=f"t{i}",
                     started_at=T0 + 60 * i + 30, first_reply_at=T0 + 60 * i + 35, rating=1)
        for i in range(15)])
    assert {c.alert.metric for c in watcher.evaluate(db, T0 + HOUR)} == {"satisfaction"}
