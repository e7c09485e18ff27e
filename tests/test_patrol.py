"""The daily store patrol: the ten items, one record per day and shift, answers that keep their
history, a problem that becomes an incident in one step, item 2's evidence, the reminder."""

import datetime as dt

import pytest

from app.alerts import active_alerts
from app.incident_log import entries
from app.incidents import get_incident
from app.patrol import (
    DUE_SETTING, RESULTS, add_item, answer_history, check_reminder, checklist,
    offline_arrivals, open_incident_for_item, patrol_round, record_item, reorder_items,
    restore_item, retire_item,
)
from app.settings import SettingError, set_setting
from app.shifts import shift_at, shifts
from shift_floor import DAY, ZONE, at, build

KEYS = ["login_check", "offline_messages", "group_chats", "violations", "agent_data",
        "store_rating", "satisfaction", "robot_qc", "refunds", "bad_reviews"]


def test_the_checklist_is_the_ten_items_of_the_daily_patrol_in_both_languages(db):
    items = checklist(db)
    assert [i.key for i in items] == KEYS
    assert items[0].title("zh_CN") == "登录检查" and items[0].title("en") == "Login check"
    assert all(i.title_zh and i.title_en and i.detail_zh and i.detail_en for i in items)


def test_items_link_to_their_evidence(db):
    evidence = {i.key: i.evidence for i in checklist(db)}
    assert evidence["login_check"] == "login_check"
    assert evidence["offline_messages"] == "offline_messages"
    assert evidence["agent_data"] == evidence["satisfaction"] == "yesterday_review"
    assert evidence["group_chats"] is None


def test_an_answer_records_result_note_who_and_when(db):
    answer = record_item(db, DAY, "early", "group_chats", "ok", "运营群无待办", "陈主管",
                         at("08:40"))
    assert (answer.result, answer.note, answer.by, answer.at) == (
        "ok", "运营群无待办", "陈主管", at("08:40"))
    patrol = patrol_round(db, DAY, "early", ZONE)
    assert patrol.progress == "1/10" and patrol.started_at == at("08:40")


def test_the_login_check_stores_its_structured_evidence(db):
    detail = {"accounts": [{"store": "花语美妆旗舰店", "account": "a1", "status": "online"}]}
    record_item(db, DAY, "early", "login_check", "ok", "", "陈主管", at("08:05"), detail)
    [line] = [li for li in patrol_round(db, DAY, "early", ZONE).lines if li.key == "login_check"]
    assert line.answer.detail == detail


def test_progress_counts_every_answered_item_and_completes_at_ten(db):
    for n, key in enumerate(KEYS[:7]):
        record_item(db, DAY, "early", key, RESULTS[n % 3], "", "陈主管", at("08:10") + n)
    patrol = patrol_round(db, DAY, "early", ZONE)
    assert patrol.progress == "7/10" and not patrol.complete
    for key in KEYS[7:]:
        record_item(db, DAY, "early", key, "ok", "", "陈主管", at("09:00"))
    patrol = patrol_round(db, DAY, "early", ZONE)
    assert patrol.complete and patrol.completed_at == at("09:00")


def test_each_day_and_shift_has_its_own_record(db):
    record_item(db, DAY, "early", "violations", "ok", "", "陈主管", at("08:30"))
    assert patrol_round(db, DAY, "late", ZONE).answered == 0
    assert patrol_round(db, DAY + dt.timedelta(days=1), "early", ZONE).answered == 0


def test_answering_again_keeps_the_earlier_answer(db):
    record_item(db, DAY, "early", "refunds", "problem", "2 单超时", "陈主管", at("08:30"))
    record_item(db, DAY, "early", "refunds", "ok", "已处理", "陈主管", at("09:10"))
    history = answer_history(db, DAY, "early", "refunds")
    assert [a.result for a in history] == ["problem", "ok"]
    [line] = [li for li in patrol_round(db, DAY, "early", ZONE).lines if li.key == "refunds"]
    assert line.answer.note == "已处理"


def test_the_storage_refuses_to_rewrite_an_answer(db):
    import sqlite3

    record_item(db, DAY, "early", "refunds", "ok", "", "陈主管", at("08:30"))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE patrol_answers SET result = 'problem'")


def test_a_bad_result_or_item_or_shift_is_refused(db):
    with pytest.raises(ValueError, match="result"):
        record_item(db, DAY, "early", "refunds", "fine", "", "", at("08:30"))
    with pytest.raises(ValueError, match="unknown patrol item"):
        record_item(db, DAY, "early", "no_such", "ok", "", "", at("08:30"))
    with pytest.raises(ValueError, match="unknown shift"):
        record_item(db, DAY, "brunch", "refunds", "ok", "", "", at("08:30"))


def test_the_supervisor_reorders_adds_and_retires_items(db):
    reorder_items(db, ["violations", "login_check"])
    added = add_item(db, "直播间弹幕巡查", "Live-stream comments", at=at("07:00"), by="陈主管")
    retire_item(db, "robot_qc", at=at("07:00"))
    keys = [i.key for i in checklist(db)]
    assert keys[:2] == ["violations", "login_check"]
    assert keys[-1] == added.key and "robot_qc" not in keys
    assert len(keys) == 10
    restore_item(db, "robot_qc")
    assert "robot_qc" in [i.key for i in checklist(db)]


def test_customisation_survives_reopening_the_database(db_path):
    from app.db import open_database

    first = open_database(db_path)
    retire_item(first, "store_rating", at=at("07:00"))
    add_item(first, "仓库发货异常", "Warehouse shipping", at=at("07:00"))
    first.close()
    again = open_database(db_path)
    keys = [i.key for i in checklist(again)]
    again.close()
    assert "store_rating" not in keys and keys[-1].startswith("custom_warehouse")


def test_a_past_record_keeps_the_item_text_it_was_answered_with(db):
    added = add_item(db, "直播间巡查", "Live room check", at=at("07:00"))
    record_item(db, DAY, "early", added.key, "ok", "", "陈主管", at("08:20"))
    retire_item(db, added.key, at=at("12:00", DAY + dt.timedelta(days=1)))
    past = patrol_round(db, DAY, "early", ZONE)
    [line] = [li for li in past.lines if li.key == added.key]
    assert line.title("zh_CN") == "直播间巡查" and line.answer.result == "ok"
    later = patrol_round(db, DAY + dt.timedelta(days=2), "early", ZONE)
    assert added.key not in [li.key for li in later.lines]


def test_an_item_retired_before_a_shift_is_not_part_of_that_shift(db):
    retire_item(db, "bad_reviews", at=at("07:00"))
    assert patrol_round(db, DAY, "early", ZONE).total == 9
    assert patrol_round(db, DAY - dt.timedelta(days=1), "early", ZONE).total == 10


def test_a_problem_becomes_an_incident_in_one_step(db):
    record_item(db, DAY, "early", "violations", "problem", "天猫后台扣 2 分", "陈主管",
                at("08:50"))
    incident_id = open_incident_for_item(db, DAY, "early", "violations", at=at("08:52"),
                                         by="陈主管")
    incident = get_incident(db, incident_id)
    assert incident.type == "serious_complaint" and "违规关注" in incident.title
    texts = [e.text for e in entries(db, incident_id)]
    assert any("巡店记录 2026-11-21 早班 第 4 项「违规关注」" in t and "天猫后台扣 2 分" in t
               for t in texts)
    [line] = [li for li in patrol_round(db, DAY, "early", ZONE).lines if li.key == "violations"]
    assert line.answer.result == "problem" and line.answer.incident_id == incident_id
    assert line.answer.note == "天猫后台扣 2 分"


def test_item_2_lists_night_arrivals_while_nobody_was_online(db):
    build(db)
    arrivals = offline_arrivals(db, DAY, ZONE)
    assert [(a.store, a.customer) for a in arrivals] == [
        ("花语美妆旗舰店", "c1"), ("京东数码专营店", "c2")]  # c3 came while 王五 was online


def test_shifts_cover_the_day_and_a_moment_has_one_shift(db):
    assert [s.key for s in shifts()] == ["night", "early", "late"]
    assert shift_at(at("09:00"), ZONE)[1].key == "early"
    assert shift_at(at("23:59"), ZONE)[1].key == "late"
    assert shift_at(at("03:00"), ZONE) == (DAY, shifts()[0])


def test_an_unfinished_patrol_at_the_due_time_raises_a_reminder_until_it_is_done(db):
    set_setting(db, DUE_SETTING.key, "10:00")
    assert check_reminder(db, at("09:59"), ZONE) == []
    [raised] = check_reminder(db, at("10:00"), ZONE)
    assert raised.action == "raised" and raised.alert.kind == "patrol"
    assert "巡店未完成" in raised.alert.message_zh
    assert check_reminder(db, at("10:05"), ZONE) == []  # still active: nothing written
    for key in KEYS:
        record_item(db, DAY, "early", key, "ok", "", "陈主管", at("10:10"))
    [cleared] = check_reminder(db, at("10:11"), ZONE)
    assert cleared.action == "cleared"
    assert active_alerts(db, kind="patrol") == []


def test_yesterdays_reminder_is_cleared_the_next_day(db):
    set_setting(db, DUE_SETTING.key, "10:00")
    check_reminder(db, at("11:00"), ZONE)
    changes = check_reminder(db, at("07:00", DAY + dt.timedelta(days=1)), ZONE)
    assert [c.action for c in changes] == ["cleared"]


def test_the_reminder_time_is_a_validated_setting(db):
    with pytest.raises(SettingError):
        set_setting(db, DUE_SETTING.key, "25:00")
    set_setting(db, DUE_SETTING.key, "")
    assert check_reminder(db, at("23:00"), ZONE) == []
