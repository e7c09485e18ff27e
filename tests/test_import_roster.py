"""Roster files (CSV or XLSX): stores, accounts, agents and holders, imported all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from app import roster
from app.importing import import_files
from app.importing.formats import normalise_header
from app.importing.registry import best_match
from app.settings import set_setting

ZONE = dt.timezone(dt.timedelta(hours=8))
ROOT = Path(__file__).resolve().parents[1]

HEADER = ["platform", "store", "account", "agent", "team", "skill_group", "min_agents",
          "service_start", "service_end", "quiet_minutes", "shift_start", "shift_end"]
HEADER_ZH = ["平台", "店铺", "子账号", "客服", "组别", "技能组", "最少在线", "服务开始",
             "服务结束", "无消息告警分钟", "班次开始", "班次结束"]
ROWS = [
    ["天猫", "花语美妆旗舰店", "花语美妆旗舰店:小美", "王小美", "美妆组", "售前", "2", "8:00",
     "24:00", "20", "08:00", "17:00"],
    ["tmall", "花语美妆旗舰店", "花语美妆旗舰店:李娜", "李娜", "美妆组", "售后", "", "", "", "",
     "", ""],
    ["京东", "星河数码", "星河数码:1", "王小美", "", "", "1", "09:00", "22:00", "", "", ""],
]


def write_csv(path: Path, rows, header=HEADER, encoding="utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def names(items) -> list[str]:
    return sorted(i.name for i in items)


def assert_the_example_roster(db) -> None:
    stores = {s.name: s for s in roster.stores(db)}
    assert set(stores) == {"花语美妆旗舰店", "星河数码"}
    flower = stores["花语美妆旗舰店"]
    assert (flower.platform, flower.min_agents, flower.service_start, flower.service_end,
            flower.quiet_minutes) == ("tmall", 2, "08:00", "24:00", 20)
    assert (stores["星河数码"].platform, stores["星河数码"].service_start) == ("jd", "09:00")
    agents = {a.name: a for a in roster.agents(db)}
    assert (agents["王小美"].team, agents["王小美"].skill_group,
            agents["王小美"].shift_start, agents["王小美"].shift_end) == (
        "美妆组", "售前", "08:00", "17:00")
    assert agents["李娜"].skill_group == "售后"
    account_names = {a.id: a.name for a in roster.accounts(db)}
    held = {(account_names[a.account_id], a.agent_id) for a in roster.assignments(db)}
    assert held == {("花语美妆旗舰店:小美", agents["王小美"].id),
                    ("花语美妆旗舰店:李娜", agents["李娜"].id),
                    ("星河数码:1", agents["王小美"].id)}


def assert_nothing_written(db) -> None:
    assert roster.stores(db, include_retired=True) == []
    assert roster.agents(db, include_retired=True) == []
    assert roster.history(db) == []


def test_a_utf8_roster_creates_stores_accounts_agents_and_holders(db, tmp_path):
    report = import_files(db, [write_csv(tmp_path / "roster.csv", ROWS)], ZONE)
    assert report.ok and report.committed, report.text()
    assert report.files[0].format == "roster"
    assert report.counts == {"roster_stores_added": 2, "roster_stores_edited": 0,
                             "roster_accounts_added": 3, "roster_agents_added": 2,
                             "roster_agents_edited": 0, "roster_assigned": 3}
    assert report.changes.roster
    assert_the_example_roster(db)


def test_chinese_headers_in_gb18030_are_read_like_english_ones(db, tmp_path):
    path = write_csv(tmp_path / "花名册.csv", ROWS, HEADER_ZH, encoding="gb18030")
    report = import_files(db, [path], ZONE)
    assert report.ok, report.text()
    assert (report.files[0].format, report.files[0].encoding) == ("roster", "gb18030")
    assert_the_example_roster(db)


def test_a_workbook_with_time_and_number_cells_is_read(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER_ZH)
    for row in ROWS:
        cells = list(row)
        for i in (7, 8, 10, 11):  # service and shift times as Excel time cells
            if cells[i] and cells[i] != "24:00":
                hour, minute = map(int, cells[i].split(":"))
                cells[i] = dt.time(hour, minute)
        for i in (6, 9):
            cells[i] = int(cells[i]) if cells[i] else None
        sheet.append([c if c != "" else None for c in cells])
    book.save(tmp_path / "roster.xlsx")
    report = import_files(db, [tmp_path / "roster.xlsx"], ZONE)
    assert report.ok, report.text()
    assert (report.files[0].format, report.files[0].encoding) == ("roster", "xlsx")
    assert_the_example_roster(db)


def test_bad_rows_are_each_reported_with_row_column_and_why_and_nothing_is_written(db,
                                                                                  tmp_path):
    rows = [
        ["ebay", "A店", "", "", "", "", "1", "08:00", "", "", "", ""],
        ["tmall", "B店", "", "", "", "", "-2", "", "", "", "", ""],
        ["tmall", "C店", "", "", "", "", "", "25:00", "", "", "", ""],
        ["tmall", "D店", "D店:1", "王小美", "", "", "", "", "", "", "9点", ""],
        ["tmall", "E店", "", "", "美妆组", "", "", "", "", "", "", ""],
    ]
    report = import_files(db, [write_csv(tmp_path / "bad.csv", ROWS + rows)], ZONE)
    assert not report.ok and not report.committed
    found = [(p.row, p.letter, p.column, p.code) for p in report.problems]
    assert found == [
        (5, "A", "platform", "roster_unknown_platform"),
        (6, "G", "min_agents", "negative"),
        (7, "H", "service_start", "not_clock_time"),
        (8, "K", "shift_start", "not_clock_time"),
        (9, "E", "team", "roster_needs_agent"),
    ]
    text = report.text("en")
    assert "bad.csv, row 5, column A «platform»: 'ebay' is not a known platform" in text
    assert "row 6, column G «min_agents»: '-2' is negative" in text
    assert "row 7, column H «service_start»: '25:00' is not a time of day" in text
    assert "row 9, column E «team»: is filled in but the row names no agent" in text
    assert "第 7 行，H 列「service_start」：“25:00”不是时刻" in report.text("zh_CN")
    assert_nothing_written(db)


def test_importing_the_same_roster_again_changes_nothing(db, tmp_path):
    path = write_csv(tmp_path / "roster.csv", ROWS)
    import_files(db, [path], ZONE)
    logged = len(roster.history(db))
    again = import_files(db, [path], ZONE)
    assert again.ok and again.committed
    assert set(again.counts.values()) == {0}
    assert not again.changes
    assert len(roster.history(db)) == logged
    assert_the_example_roster(db)


def test_a_stores_only_file_sets_thresholds_and_blank_cells_keep_what_is_there(db, tmp_path):
    sid = roster.add_store(db, "tmall", "花语美妆旗舰店", at=1.0, min_agents=3,
                           service_start="09:00")
    path = write_csv(tmp_path / "stores.csv", [["天猫", "花语美妆旗舰店", "20", ""]],
                     header=["平台", "店铺", "无消息告警分钟", "服务开始"])
    report = import_files(db, [path], ZONE)
    assert report.counts["roster_stores_edited"] == 1
    (store,) = roster.stores(db)
    assert (store.id, store.min_agents, store.service_start, store.quiet_minutes) == (
        sid, 3, "09:00", 20)
    assert roster.history(db, "store", sid)[-1].detail == {"quiet_minutes": [30, 20]}


def test_an_agent_without_an_account_is_registered_and_holds_nothing(db, tmp_path):
    path = write_csv(tmp_path / "agents.csv", [["tmall", "A店", "李娜", "售后组"]],
                     header=["platform", "store", "agent", "team"])
    report = import_files(db, [path], ZONE)
    assert report.ok, report.text()
    assert [(a.name, a.team) for a in roster.agents(db)] == [("李娜", "售后组")]
    assert names(roster.stores(db)) == ["A店"]
    assert roster.accounts(db) == [] and roster.assignments(db) == []


def test_the_import_is_logged_in_the_roster_history_by_the_supervisor(db, tmp_path):
    set_setting(db, "supervisor", "张主管")
    import_files(db, [write_csv(tmp_path / "roster.csv", ROWS)], ZONE)
    assert {c.by for c in roster.history(db)} == {"张主管"}


def test_a_retired_agent_named_in_the_file_is_restored_and_given_the_account(db, tmp_path):
    aid = roster.add_agent(db, "王小美", at=1.0)
    roster.retire_agent(db, aid, at=2.0)
    import_files(db, [write_csv(tmp_path / "roster.csv", ROWS[:1])], ZONE)
    assert [a.id for a in roster.agents(db)] == [aid]
    assert [a.agent_id for a in roster.assignments(db)] == [aid]


def test_a_bad_second_file_keeps_the_good_first_one_out_too(db, tmp_path):
    good = write_csv(tmp_path / "good.csv", ROWS)
    bad = write_csv(tmp_path / "bad.csv", [["tmall", "X店", "", "", "", "", "many", "", "", "",
                                            "", ""]])
    report = import_files(db, [good, bad], ZONE)
    assert not report.committed
    assert [(p.file, p.row, p.column) for p in report.problems] == [
        ("bad.csv", 2, "min_agents")]
    assert_nothing_written(db)


def test_a_roster_and_a_sessions_file_are_written_in_one_transaction(db, tmp_path):
    sessions = tmp_path / "sessions.csv"
    sessions.write_text("platform,store,account,agent,status,at\n"
                        "tmall,花语美妆旗舰店,花语美妆旗舰店:小美,王小美,online,"
                        "2026-11-21 09:00:00\n", encoding="utf-8")
    report = import_files(db, [sessions, write_csv(tmp_path / "roster.csv", ROWS)], ZONE)
    assert report.ok and report.committed, report.text()
    assert [f.format for f in report.files] == ["sessions", "roster"]
    assert report.counts["sessions_added"] == 1
    assert_the_example_roster(db)
    assert not db.conn.in_transaction


def test_checking_a_roster_counts_it_but_writes_nothing(db, tmp_path):
    report = import_files(db, [write_csv(tmp_path / "roster.csv", ROWS)], ZONE, commit=False)
    assert report.ok and not report.committed
    assert report.counts["roster_stores_added"] == 2
    assert_nothing_written(db)


@pytest.mark.parametrize("header, expected", [
    (HEADER, "roster"),
    (HEADER_ZH, "roster"),
    (["platform", "store"], "roster"),
    (["平台", "店铺", "子账号", "客服"], "roster"),
    (["platform", "store", "account", "agent", "status", "at"], "sessions"),
])
def test_the_header_tells_a_roster_from_a_sessions_file(header, expected):
    match = best_match(header)
    assert match.fmt.name == expected and match.complete


def test_a_sessions_file_missing_a_column_is_not_taken_for_a_roster(db, tmp_path):
    path = tmp_path / "sessions.csv"
    path.write_text("平台,店铺,子账号,客服,状态\n天猫,A店,A店:1,王小美,在线\n", encoding="utf-8")
    assert best_match([normalise_header(h) for h in ["平台", "店铺", "子账号", "客服", "状态"]]
                      ).fmt.name == "sessions"
    report = import_files(db, [path], ZONE)
    assert [p.code for p in report.problems] == ["missing_columns"]
    assert "sessions" in report.problems[0].text("en")
    assert_nothing_written(db)


def test_floorwatch_import_recognises_a_roster_file(tmp_path):
    path = write_csv(tmp_path / "花名册.csv", ROWS, HEADER_ZH, encoding="gb18030")
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "import", "--db", str(tmp_path / "floor.db"),
         "--lang", "en", str(path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "花名册.csv: roster, GB18030/GBK, 3 rows" in done.stdout
    assert "stores added: 2" in done.stdout
    assert "account assignments added: 3" in done.stdout
