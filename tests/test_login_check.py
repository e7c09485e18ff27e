"""The login check (patrol item 1): every store account checked, problems named, recorded."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app import roster
from app.incidents import list_incidents
from app.ingest import Ingestor
from app.login_check import NOT_LOGGED_IN, UNASSIGNED, record_login_check, run_login_check
from app.patrol import open_incident_for_item, patrol_round
from app.records import SessionEvent
from app.roster import RosterEntry

ZONE = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 11, 20)
MIDNIGHT = dt.datetime(2026, 11, 20, tzinfo=ZONE).timestamp()


def at(hour: float) -> float:
    return MIDNIGHT + hour * 3600


def floor(db):
    roster.apply_entries(db, [
        RosterEntry("tmall", "A店", "A店:早", "早班", shift_start="08:00", shift_end="17:00"),
        RosterEntry("tmall", "A店", "A店:晚", "晚班", shift_start="15:00", shift_end="24:00"),
        RosterEntry("jd", "B店", "B店:早", "早班"),
    ], at=at(0))
    return Ingestor(db, source="test")


def by_account(check):
    return {a.account: a for a in check.accounts}


def test_every_active_account_is_checked_with_its_status_and_holders(db):
    ing = floor(db)
    ing.ingest([SessionEvent(at(8), "tmall", "A店", "A店:早", "早班", "online"),
                SessionEvent(at(8), "jd", "B店", "B店:早", "早班", "online")])
    check = run_login_check(db, at(9), ZONE)
    accounts = by_account(check)
    assert set(accounts) == {"A店:早", "A店:晚", "B店:早"}
    assert accounts["A店:早"].status == "online" and accounts["A店:早"].holders == ("早班",)
    assert accounts["A店:早"].since == at(8)
    assert check.ok  # 晚班 is not on shift at 09:00: its account may be offline


def test_an_account_whose_holder_is_on_shift_but_not_logged_in_is_a_problem(db):
    ing = floor(db)
    ing.ingest([SessionEvent(at(8), "tmall", "A店", "A店:早", "早班", "online"),
                SessionEvent(at(8), "jd", "B店", "B店:早", "早班", "online")])
    check = run_login_check(db, at(16), ZONE)  # 晚班 started at 15:00
    (problem,) = check.problems
    assert (problem.account, problem.problem) == ("A店:晚", NOT_LOGGED_IN)
    assert not check.ok
    assert "未登录：A店（天猫） A店:晚（应由 晚班 在线）" in check.problem_lines("zh_CN")
    assert "Not logged in: A店（Tmall） A店:晚 (held by 晚班)" in check.problem_lines("en")


def test_an_account_online_with_nobody_assigned_and_an_uncovered_store_are_problems(db):
    ing = floor(db)
    ing.ingest([SessionEvent(at(8), "tmall", "A店", "A店:临时", "早班", "online")])
    check = run_login_check(db, at(9), ZONE)
    assert by_account(check)["A店:临时"].problem == UNASSIGNED
    assert check.uncovered_stores == ("B店（京东）",)
    assert check.summary("en") == "Checked 4 store accounts: 1 online, 4 problem(s) found."


def test_outside_service_hours_nothing_is_expected(db):
    floor(db)
    check = run_login_check(db, at(3), ZONE)  # stores serve 08:00-24:00
    assert check.ok and not any(a.expected for a in check.accounts)


def test_the_check_is_recorded_as_item_one_of_todays_patrol_with_its_evidence(db):
    floor(db)
    check = run_login_check(db, at(9), ZONE)
    answer = record_login_check(db, check, DAY, "early", by="主管")
    assert (answer.item_key, answer.result, answer.by, answer.at) == (
        "login_check", "problem", "主管", at(9))
    assert answer.note.startswith("检查 3 个子账号：0 个在线，发现")
    assert {a["account"] for a in answer.detail["accounts"]} == {"A店:早", "A店:晚", "B店:早"}
    line = next(line for line in patrol_round(db, DAY, "early", ZONE).lines
                if line.key == "login_check")
    assert line.answer.result == "problem"


def test_problems_become_an_incident_in_one_step(db):
    floor(db)
    check = run_login_check(db, at(9), ZONE)
    record_login_check(db, check, DAY, "early", by="主管")
    incident_id = open_incident_for_item(db, DAY, "early", "login_check", at=at(9) + 60,
                                         by="主管")
    (incident,) = list_incidents(db)
    assert incident.id == incident_id
