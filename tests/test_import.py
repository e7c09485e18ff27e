"""File import (issue 8): canonical conversations and sessions files, CSV or XLSX, recognised
by their header, checked row by row, written in one transaction or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from app.importing import import_files
from app.importing.registry import FORMATS, best_match
from app.importing.sample import headers, write_sample
from app.review import review_csv, yesterday_review

ZONE = dt.timezone(dt.timedelta(hours=8))
EN = headers("conversations")
ZH = headers("conversations", chinese=True)
SESSIONS = headers("sessions")


def at(text: str) -> float:
    value = dt.datetime.fromisoformat(text)
    return (value if value.tzinfo else value.replace(tzinfo=ZONE)).timestamp()


def row(**kw) -> dict[str, str]:
    base = dict(conversation_id="JD-1", platform="jd", store="星河数码京东自营",
                account="星河:1", agent="李佳琪", customer="jd_买家01",
                started_at="2026-11-21 10:00:00", first_reply_at="2026-11-21 10:00:12",
                ended_at="2026-11-21 10:06:00", customer_messages="4", agent_messages="5",
                replies="4", reply_seconds_total="52", inquiry="1", paid_amount="299.00",
                refund_amount="0", rating="5")
    base.update(kw)
    return base


def write_csv(path: Path, rows: list[dict], header: list[str] | None = None,
              encoding: str = "utf-8", names: dict[str, str] | None = None) -> Path:
    header = header or EN
    names = names or {}
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh)
        out.writerow([names.get(h, h) for h in header])
        for r in rows:
            out.writerow([r.get(h, "") for h in header])
    return path


def stored(db) -> list[dict]:
    return [dict(r) for r in db.query(
        "SELECT c.conversation_id, s.platform, s.name AS store, ac.name AS account, "
        "a.name AS agent, c.customer, c.started_at, c.first_reply_at, c.ended_at, "
        "c.customer_messages, c.agent_messages, c.replies, c.reply_seconds_total, c.inquiry, "
        "c.paid_amount, c.refund_amount, c.rating FROM conversations c "
        "JOIN stores s ON s.id = c.store_id LEFT JOIN accounts ac ON ac.id = c.account_id "
        "LEFT JOIN agents a ON a.id = c.agent_id ORDER BY c.id")]


def table_counts(db) -> dict[str, int]:
    tables = ("conversations", "session_events", "stores", "accounts", "agents",
              "rollup_hour", "account_status")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# -- the formats ------------------------------------------------------------------------------

def test_a_conversations_csv_is_imported_with_every_field(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [
        row(),
        row(conversation_id="JD-2", agent="", account="", customer="jd_买家02",
            started_at="2026-11-21T02:01:00Z", first_reply_at="", ended_at="2026-11-21 10:09",
            customer_messages="1", agent_messages="0", replies="0", reply_seconds_total="0",
            inquiry="否", paid_amount="¥1,299.50", refund_amount="1299.5元", rating="很不满意"),
    ])
    report = import_files(db, [path], ZONE)
    assert report.ok and report.committed
    assert report.counts["conversations_added"] == 2
    first, second = stored(db)
    assert first == dict(conversation_id="JD-1", platform="jd", store="星河数码京东自营",
                         account="星河:1", agent="李佳琪", customer="jd_买家01",
                         started_at=at("2026-11-21T10:00:00"),
                         first_reply_at=at("2026-11-21T10:00:12"),
                         ended_at=at("2026-11-21T10:06:00"), customer_messages=4,
                         agent_messages=5, replies=4, reply_seconds_total=52.0, inquiry=1,
                         paid_amount=299.0, refund_amount=0.0, rating=5)
    assert second["agent"] is None and second["account"] is None  # nobody picked it up
    assert second["first_reply_at"] is None  # never replied
    assert second["started_at"] == at("2026-11-21T10:01:00")  # Z = UTC, 10:01 in +08:00
    assert (second["inquiry"], second["paid_amount"], second["refund_amount"],
            second["rating"]) == (0, 1299.5, 1299.5, 1)


def test_the_rollups_follow_the_imported_conversations(db, tmp_path):
    import_files(db, [write_csv(tmp_path / "c.csv", [row()])], ZONE)
    n, replied, wait, paid = db.execute(
        "SELECT sum(n), sum(replied), sum(first_resp_sum), sum(paid_sum) FROM rollup_hour"
    ).fetchone()
    assert (n, replied, wait, paid) == (1.0, 1.0, 12.0, 299.0)


def test_chinese_column_names_are_the_same_columns(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(platform="京东", inquiry="是", rating="满意")],
                     names=dict(zip(EN, ZH)))
    report = import_files(db, [path], ZONE)
    assert report.ok and report.files[0].format == "conversations"
    [conv] = stored(db)
    assert (conv["platform"], conv["inquiry"], conv["rating"]) == ("jd", 1, 4)


def test_columns_may_come_in_any_order_and_without_the_optional_ones(db, tmp_path):
    header = [h for h in reversed(EN) if h not in ("conversation_id", "account")]
    report = import_files(db, [write_csv(tmp_path / "c.csv", [row()], header)], ZONE)
    assert report.ok
    [conv] = stored(db)
    assert conv["conversation_id"] is None and conv["account"] is None
    assert conv["customer"] == "jd_买家01"


@pytest.mark.parametrize("encoding, shown", [("gb18030", "gb18030"), ("gbk", "gb18030"),
                                             ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")])
def test_the_encoding_is_detected(db, tmp_path, encoding, shown):
    path = write_csv(tmp_path / "c.csv", [row(store="星河數碼旗艦店")], encoding=encoding,
                     names=dict(zip(EN, ZH)))
    report = import_files(db, [path], ZONE)
    assert report.ok and report.files[0].encoding == shown
    assert stored(db)[0]["store"] == "星河數碼旗艦店"
    assert stored(db)[0]["customer"] == "jd_买家01"


def test_bytes_that_are_valid_utf8_are_read_as_utf8(db, tmp_path):
    """The rule, and its known limit: 录 in GB18030 is C2 BC, which is also UTF-8 for ¼.
    A real GB18030 export has many Chinese characters and is never valid UTF-8."""
    path = write_csv(tmp_path / "c.csv", [row(store="录", account="a", agent="b", customer="c")],
                     encoding="gb18030")
    report = import_files(db, [path], ZONE)
    assert report.files[0].encoding == "utf-8"
    assert stored(db)[0]["store"] == "¼"


def test_a_file_in_none_of_the_encodings_is_refused_naming_the_byte(db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(",".join(EN).encode() + b"\r\nJD-1,jd,\xff\xfe\x80,x\r\n")
    report = import_files(db, [path], ZONE)
    assert not report.ok
    [problem] = report.problems
    assert problem.code == "encoding"
    assert "GB18030" in problem.text() and "0xFF" in problem.text()
    assert table_counts(db)["conversations"] == 0


def test_utf16_and_old_excel_files_are_refused_with_what_to_do(db, tmp_path):
    utf16 = tmp_path / "u.csv"
    utf16.write_text(",".join(EN) + "\n", encoding="utf-16")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    report = import_files(db, [utf16, xls], ZONE)
    assert [p.code for p in report.problems] == ["utf16", "xls"]
    assert "CSV UTF-8" in report.problems[0].text()


def test_an_xlsx_workbook_is_imported_with_date_and_number_cells(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(ZH)
    values = row()
    cells = []
    for name in EN:
        value = values[name]
        if name.endswith("_at"):
            value = dt.datetime.fromisoformat(value)  # a real date-time cell, no zone
        elif name in ("customer_messages", "agent_messages", "replies", "inquiry"):
            value = int(value)
        elif name in ("reply_seconds_total", "paid_amount", "refund_amount"):
            value = float(value)
        cells.append(value)
    sheet.append(cells)
    sheet.append([None] * len(EN))  # a blank row is skipped
    book.create_sheet("说明")
    book.save(tmp_path / "c.xlsx")
    report = import_files(db, [tmp_path / "c.xlsx"], ZONE)
    assert report.ok, report.text()
    assert report.files[0].encoding == "xlsx" and report.files[0].rows == 1
    assert [n.code for n in report.all_notes()] == ["other_sheets"]
    [conv] = stored(db)
    assert conv["started_at"] == at("2026-11-21T10:00:00")
    assert (conv["customer_messages"], conv["paid_amount"], conv["rating"]) == (4, 299.0, 5)


def test_a_generated_xlsx_file_imports_like_its_csv(db, tmp_path):
    write_sample(tmp_path / "c.xlsx", rows=50, seed=3)
    write_sample(tmp_path / "c.csv", rows=50, seed=3)
    seen = []
    first = import_files(db, [tmp_path / "c.xlsx"], ZONE, batch_rows=20,
                         progress=lambda *a: seen.append(a))
    again = import_files(db, [tmp_path / "c.csv"], ZONE)
    assert first.counts["conversations_added"] == 50
    assert seen[-1] == (0, 1, 51, 51)  # rows of the sheet, header included
    assert again.counts == {"conversations_added": 0, "conversations_updated": 0,
                            "conversations_unchanged": 50}


def test_a_sessions_file_is_recognised_and_sets_each_accounts_status(db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "平台,店铺,子账号,客服,状态,时间\n"
        "京东,星河,星河:1,李佳琪,在线,2026-11-21 08:00:00\n"
        "京东,星河,星河:1,李佳琪,挂起,2026-11-21 12:00:00\n"
        "jd,星河,星河:2,王强,online,2026-11-21T08:30:00+08:00\n", encoding="utf-8")
    report = import_files(db, [path], ZONE)
    assert report.ok and report.files[0].format == "sessions"
    assert report.counts == {"sessions_added": 3, "sessions_unchanged": 0}
    statuses = dict(db.execute(
        "SELECT a.name, s.status FROM account_status s JOIN agents a ON a.id = s.agent_id"
    ).fetchall())
    assert statuses == {"李佳琪": "away", "王强": "online"}


def test_both_formats_in_one_import(db, tmp_path):
    write_sample(tmp_path / "c.csv", "conversations", rows=20)
    write_sample(tmp_path / "s.csv", "sessions", rows=30, chinese=True)
    report = import_files(db, [tmp_path / "c.csv", tmp_path / "s.csv"], ZONE)
    assert report.ok
    assert [f.format for f in report.files] == ["conversations", "sessions"]
    assert report.counts["conversations_added"] == 20
    assert report.counts["sessions_added"] + report.counts["sessions_unchanged"] == 30


# -- the header ----------------------------------------------------------------------------

def test_a_missing_required_column_names_itself(db, tmp_path):
    header = [h for h in EN if h != "ended_at"]
    report = import_files(db, [write_csv(tmp_path / "c.csv", [row()], header)], ZONE)
    [problem] = report.problems
    assert problem.code == "missing_columns"
    assert "ended_at (结束时间)" in problem.text()
    assert "ended_at (结束时间)" in problem.text("zh_CN")
    assert table_counts(db)["conversations"] == 0


def test_extra_columns_are_ignored_with_a_note(db, tmp_path):
    header = EN + ["备注", "order_no"]
    report = import_files(db, [write_csv(tmp_path / "c.csv", [row()], header)], ZONE)
    assert report.ok
    [note] = report.all_notes()
    assert note.code == "extra_columns" and "备注, order_no" in note.text()


def test_a_column_given_twice_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row()], EN + ["店铺"])
    report = import_files(db, [path], ZONE)
    assert [p.code for p in report.problems] == ["duplicate_column"]
    assert report.problems[0].params["letters"] == "C, R"


def test_an_unknown_header_lists_the_formats_known(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("订单号,金额\n1,2\n", encoding="utf-8")
    report = import_files(db, [path], ZONE)
    [problem] = report.problems
    assert problem.code == "unrecognised"
    for fmt in FORMATS:
        assert fmt.name in problem.text()


def test_the_best_format_wins_when_columns_overlap():
    assert best_match(SESSIONS).fmt.name == "sessions"
    assert best_match(EN).fmt.name == "conversations"
    assert best_match(EN[:8]).fmt.name == "conversations"  # incomplete: names what is missing


def test_header_names_are_compared_loosely():
    loose = [" Conversation ID ", "PLATFORM", "Store", "account", "agent", "customer",
             "started-at", "First Reply At", "ended_at", "customer_messages",
             "agent_messages", "replies", "reply_seconds_total", "inquiry", "paid_amount",
             "refund_amount", "ｒａｔｉｎｇ"]
    match = best_match(loose)
    assert match.complete and not match.extra


# -- bad rows -------------------------------------------------------------------------------

def test_bad_rows_are_all_reported_and_nothing_is_written(db, tmp_path):
    rows = [row(conversation_id=f"JD-{i}") for i in range(10)]
    rows[3] = row(conversation_id="JD-3", paid_amount="abc")
    rows[7] = row(conversation_id="JD-7", started_at="yesterday", rating="6")
    rows[9] = row(conversation_id="JD-9", ended_at="2026-11-21 09:00:00")
    before = table_counts(db)
    report = import_files(db, [write_csv(tmp_path / "c.csv", rows)], ZONE, batch_rows=2)
    assert not report.ok and not report.committed
    found = [(p.row, p.letter, p.column, p.code) for p in report.problems]
    assert found == [(5, "O", "paid_amount", "not_number"),
                     (9, "G", "started_at", "not_time"),
                     (9, "Q", "rating", "not_rating"),
                     (11, "I", "ended_at", "before_start")]
    assert "c.csv, row 5, column O «paid_amount»: 'abc' is not a number" in report.text()
    assert "c.csv 第 5 行，O 列「paid_amount」：“abc”不是数字" in report.text("zh_CN")
    assert table_counts(db) == before  # rows 2-4 were written in batches, then rolled back


def test_row_numbers_are_the_spreadsheets_blank_and_multi_line_rows_included(db, tmp_path):
    path = tmp_path / "c.csv"
    body = [",".join(EN)]
    good = ",".join(row().values())
    body.append(good)
    body.append("")  # row 3: blank
    body.append(",".join(row(customer='"两行\n的名字"', conversation_id="JD-2").values()))
    body.append(",".join(row(conversation_id="JD-3", replies="-1").values()))  # row 5
    path.write_text("\r\n".join(body) + "\r\n", encoding="utf-8")
    report = import_files(db, [path], ZONE)
    [problem] = report.problems
    assert (problem.row, problem.column, problem.code) == (5, "replies", "negative")


def test_a_row_longer_than_the_header_is_refused(db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(",".join(EN) + "\n" + ",".join(row().values()) + ",surplus\n",
                    encoding="utf-8")
    report = import_files(db, [path], ZONE)
    [problem] = report.problems
    assert (problem.row, problem.code) == (2, "extra_cells")


def test_one_bad_file_keeps_every_file_out(db, tmp_path):
    good = write_csv(tmp_path / "good.csv", [row()])
    bad = write_csv(tmp_path / "bad.csv", [row(conversation_id="JD-9", inquiry="maybe")])
    report = import_files(db, [good, bad], ZONE)
    assert not report.ok
    assert report.problems[0].file == "bad.csv"
    assert table_counts(db)["conversations"] == 0


def test_the_listed_problems_are_capped_and_the_rest_counted(db, tmp_path, monkeypatch):
    monkeypatch.setattr("app.importing.run.MAX_LISTED", 3)
    rows = [row(conversation_id=f"X{i}", replies="many") for i in range(5)]
    report = import_files(db, [write_csv(tmp_path / "c.csv", rows)], ZONE)
    assert (len(report.problems), report.problem_count) == (3, 5)
    assert "2 more problems" in report.text()


@pytest.mark.parametrize("cell, code", [
    ("2026-11-21", "no_time_of_day"), ("21/11/2026 10:00", "not_time"),
    ("1999-12-31 23:00:00", "time_range"), ("2026-11-21 10:00:00+25:00", "not_time"),
])
def test_bad_timestamps_say_why(db, tmp_path, cell, code):
    report = import_files(db, [write_csv(tmp_path / "c.csv", [row(started_at=cell)])], ZONE)
    assert [p.code for p in report.problems] == [code]


@pytest.mark.parametrize("cell, expected", [
    ("2026/11/21 9:05", "2026-11-21T09:05:00+08:00"),
    ("2026-11-21T09:05:00.250", "2026-11-21T09:05:00.250+08:00"),
    ("2026-11-21 01:05:00Z", "2026-11-21T09:05:00+08:00"),
    ("2026-11-21 09:05:00+0800", "2026-11-21T09:05:00+08:00"),
    ("2026-11-20T20:05:00-05:00", "2026-11-21T09:05:00+08:00"),
])
def test_timestamps_in_the_usual_spellings(db, tmp_path, cell, expected):
    path = write_csv(tmp_path / "c.csv", [row(started_at=cell, first_reply_at="",
                                              ended_at="2026-11-21 23:00")])
    assert import_files(db, [path], ZONE).ok
    assert stored(db)[0]["started_at"] == dt.datetime.fromisoformat(expected).timestamp()


def test_offset_less_timestamps_are_read_in_the_zone_given(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row()])
    import_files(db, [path], dt.timezone.utc)
    assert stored(db)[0]["started_at"] == dt.datetime(2026, 11, 21, 10, 0,
                                                      tzinfo=dt.timezone.utc).timestamp()


# -- identity: re-import, same-second conversations ---------------------------------------------

def test_importing_the_same_file_again_adds_nothing(db, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=300, seed=5)
    first = import_files(db, [path], ZONE, batch_rows=64)
    before = table_counts(db)
    rollups = db.execute("SELECT sum(n), sum(paid_sum), sum(replied) FROM rollup_hour").fetchone()
    again = import_files(db, [path], ZONE, batch_rows=64)
    assert first.counts["conversations_added"] == 300
    assert again.counts == {"conversations_added": 0, "conversations_updated": 0,
                            "conversations_unchanged": 300}
    assert not again.changes
    assert table_counts(db) == before
    assert db.execute("SELECT sum(n), sum(paid_sum), sum(replied) FROM rollup_hour"
                      ).fetchone() == rollups


def test_a_changed_row_with_the_same_id_updates_the_conversation(db, tmp_path):
    import_files(db, [write_csv(tmp_path / "a.csv", [row()])], ZONE)
    report = import_files(db, [write_csv(tmp_path / "b.csv", [row(paid_amount="500")])], ZONE)
    assert report.counts["conversations_updated"] == 1
    assert [c["paid_amount"] for c in stored(db)] == [500.0]


def test_same_second_conversations_of_one_customer_without_an_id_are_both_kept(db, tmp_path):
    header = [h for h in EN if h != "conversation_id"]
    rows = [row(conversation_id="", paid_amount="10"), row(conversation_id="", paid_amount="25")]
    path = write_csv(tmp_path / "c.csv", rows, header)
    first = import_files(db, [path], ZONE)
    again = import_files(db, [path], ZONE)
    assert first.counts["conversations_added"] == 2
    assert again.counts["conversations_unchanged"] == 2
    assert sorted(c["paid_amount"] for c in stored(db)) == [10.0, 25.0]


def test_an_empty_conversation_id_cell_falls_back_to_all_fields(db, tmp_path):
    rows = [row(conversation_id=""), row(conversation_id="", agent="王强")]
    report = import_files(db, [write_csv(tmp_path / "c.csv", rows)], ZONE)
    assert report.counts["conversations_added"] == 2


def test_a_row_repeated_in_a_file_is_one_conversation_with_a_note(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(), row(), row(conversation_id="JD-2")])
    report = import_files(db, [path], ZONE)
    assert report.counts["conversations_added"] == 2
    assert [n.code for n in report.all_notes()] == ["repeated_rows"]
    assert report.all_notes()[0].params["rows"] == 1


def test_a_conversation_id_is_unique_per_platform_only(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(), row(platform="tmall")])
    assert import_files(db, [path], ZONE).counts["conversations_added"] == 2


# -- formula-looking cells --------------------------------------------------------------------

FORMULA = "=cmd|' /C calc'!A0"


def test_formula_looking_cells_are_stored_as_text_never_evaluated(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(customer=FORMULA, agent="@SUM(1+1)",
                                              store="+星河", account="-1")])
    assert import_files(db, [path], ZONE).ok
    [conv] = stored(db)
    assert (conv["customer"], conv["agent"], conv["store"], conv["account"]) == (
        FORMULA, "@SUM(1+1)", "+星河", "-1")


def test_a_formula_in_a_number_column_is_not_a_number(db, tmp_path):
    report = import_files(db, [write_csv(tmp_path / "c.csv", [row(paid_amount="=1+1")])], ZONE)
    assert [(p.column, p.code) for p in report.problems] == [("paid_amount", "not_number")]


def test_an_xlsx_formula_cell_is_read_as_its_text(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(EN)
    sheet.append([FORMULA if h == "customer" else v for h, v in row().items()])
    book.save(tmp_path / "c.xlsx")
    assert import_files(db, [tmp_path / "c.xlsx"], ZONE).ok
    assert stored(db)[0]["customer"] == FORMULA


def test_imported_formula_names_are_neutralised_in_the_review_csv(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(agent=FORMULA, store="=HYPERLINK(1)")])
    import_files(db, [path], ZONE)
    review = yesterday_review(db, dt.date(2026, 11, 22), ZONE)
    out = tmp_path / "review.csv"
    review_csv(review, out)
    names = [r[1] for r in csv.reader(out.open(encoding="utf-8-sig"))][1:]
    assert names == ["'=HYPERLINK(1)", "'" + FORMULA]


# -- the transaction ---------------------------------------------------------------------------

def test_check_only_counts_and_writes_nothing(db, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=40)
    report = import_files(db, [path], ZONE, commit=False, batch_rows=8)
    assert report.ok and not report.committed
    assert report.counts["conversations_added"] == 40
    assert table_counts(db)["conversations"] == 0
    assert "nothing written" in report.text()


def test_a_cancelled_import_writes_nothing(db, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=60)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two batches were written

    report = import_files(db, [path], ZONE, batch_rows=10, cancelled=cancelled)
    assert report.cancelled and not report.ok and not report.committed
    assert table_counts(db)["conversations"] == 0
    assert "cancelled" in report.text()


def test_progress_is_reported_in_bytes_of_the_file(db, tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=100)
    seen = []
    import_files(db, [path], ZONE, batch_rows=25, progress=lambda *a: seen.append(a))
    assert len(seen) >= 4
    assert seen[-1] == (0, 1, path.stat().st_size, path.stat().st_size)
    assert [s[2] for s in seen] == sorted(s[2] for s in seen)


def test_a_busy_database_is_a_clear_refusal(db, db_path, tmp_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db.execute("PRAGMA busy_timeout = 50")
    try:
        report = import_files(db, [write_csv(tmp_path / "c.csv", [row()])], ZONE)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [p.code for p in report.problems] == ["db_busy"]
    assert not db.conn.in_transaction
    assert table_counts(db)["conversations"] == 0


def test_an_empty_file_and_a_header_only_file(db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    only = tmp_path / "only.csv"
    only.write_text(",".join(EN) + "\n", encoding="utf-8")
    assert [p.code for p in import_files(db, [empty], ZONE).problems] == ["empty_file"]
    report = import_files(db, [only], ZONE)
    assert report.ok and [n.code for n in report.all_notes()] == ["no_rows"]


def test_platform_names_become_keys_and_unknown_ones_are_noted(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [row(platform="天猫"), row(platform="小红书")])
    report = import_files(db, [path], ZONE)
    assert [c["platform"] for c in stored(db)] == ["tmall", "小红书"]
    [note] = report.all_notes()
    assert note.code == "unknown_platform" and note.params["rows"] == 1
