"""Yesterday review: the local day before today, set against the 7 days before it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest

from app.ingest import Ingestor
from app.metrics import METRIC_KEYS, METRICS
from app.records import Conversation
from app.review import csv_header, mark, review_csv, yesterday_review
from app.settings import set_setting

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 11, 22)  # so yesterday is 2026-11-21, the baseline 11-14 … 11-20
STORE = "花语美妆旗舰店"


def at(text: str) -> float:
    """A Shanghai local time, e.g. "2026-11-21 09:00:00"."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI).timestamp()


def conv(n: int, when: str, agent: str | None, *, wait: float | None = 10.0, rating=5,
         customer_messages=2, agent_messages=3, store=STORE, platform="tmall",
         **fields) -> Conversation:
    started = at(when)
    return Conversation(
        platform=platform, store=store, customer=f"u{n}", started_at=started,
        conversation_id=f"c{n}", agent=agent,
        first_reply_at=None if wait is None else started + wait,
        customer_messages=customer_messages, agent_messages=agent_messages,
        replies=2 if wait is not None else 0, reply_seconds_total=20.0 if wait is not None else 0,
        rating=rating, **fields)


@pytest.fixture
def floor(db):
    """王小美 has a bad yesterday; 李佳琪 an unremarkable one. Times are Shanghai."""
    set_setting(db, "floor_tz", "Asia/Shanghai")
    Ingestor(db).ingest([
        # before the baseline: ignored
        conv(1, "2026-11-13 23:59:59", "王小美", rating=1),
        # baseline: 2026-11-14 00:00 … 2026-11-20 23:59:59, two active days for 王小美
        conv(2, "2026-11-14 00:00:00", "王小美"),
        conv(3, "2026-11-14 10:00:00", "王小美"),
        conv(4, "2026-11-20 10:00:00", "王小美"),
        conv(5, "2026-11-20 23:59:59", "王小美"),
        conv(6, "2026-11-17 12:00:00", "李佳琪"),
        # yesterday: both edges are in
        conv(7, "2026-11-21 00:00:00", "王小美", wait=14.0, rating=5,
             customer_messages=5, agent_messages=4),
        conv(8, "2026-11-21 23:59:59", "王小美", wait=14.0, rating=3,
             customer_messages=5, agent_messages=5),
        conv(9, "2026-11-21 12:00:00", "李佳琪"),
        # today: not reviewed
        conv(10, "2026-11-22 00:00:00", "王小美", rating=1),
    ])
    return db


def row(review, scope: str, name):
    [found] = [r for r in review.rows if r.scope == scope and r.name == name]
    return found


# -- the window -------------------------------------------------------------------------

def test_yesterday_is_the_floor_zone_calendar_day_before_today(floor):
    review = yesterday_review(floor, TODAY)  # zone: the floor setting, Asia/Shanghai
    assert review.day == dt.date(2026, 11, 21)
    assert review.start == dt.datetime(2026, 11, 20, 16, 0, tzinfo=dt.timezone.utc).timestamp()
    assert review.end == at("2026-11-22 00:00:00")
    # 00:00:00 and 23:59:59 are in; today's 00:00:00 and the day before's 23:59:59 are not
    assert row(review, "agent", "王小美").metrics["reception_volume"] == 2
    assert row(review, "store", STORE).metrics["reception_volume"] == 3


def test_the_day_is_local_not_utc(floor):
    review = yesterday_review(floor, TODAY, zone=dt.timezone.utc)
    assert review.start == at("2026-11-21 08:00:00")
    wang = row(review, "agent", "王小美")
    # UTC 2026-11-21 holds 23:59:59 (waited 14 s) and 11-22 00:00 Shanghai (waited 10 s),
    # not 11-21 00:00 Shanghai (11-20 16:00 UTC)
    assert wang.metrics["reception_volume"] == 2
    assert wang.metrics["first_response_s"] == 12.0


def test_rows_are_yesterdays_stores_then_agents(floor):
    review = yesterday_review(floor, TODAY, SHANGHAI)
    assert [(r.scope, r.name, r.platform) for r in review.rows] == [
        ("store", STORE, "tmall"), ("agent", "李佳琪", None), ("agent", "王小美", None)]
    assert all(list(r.metrics) == list(METRIC_KEYS) for r in review.rows)


# -- the baseline -----------------------------------------------------------------------

def test_the_baseline_is_the_seven_days_before_yesterday_taken_together(floor):
    review = yesterday_review(floor, TODAY, SHANGHAI)
    assert review.baseline_start == at("2026-11-14 00:00:00")
    wang = row(review, "agent", "王小美")
    # the 11-13 23:59:59 rating of 1 is outside: every baseline rating is a 5
    assert wang.baseline["satisfaction"] == 1.0
    assert wang.baseline["first_response_s"] == 10.0
    assert wang.baseline_active_days == 2


def test_totals_are_compared_per_active_day_of_the_baseline(floor):
    wang = row(yesterday_review(floor, TODAY, SHANGHAI), "agent", "王小美")
    # 4 conversations on 2 active days (11-14, 11-20): 2.0 a day, as many as yesterday
    assert wang.baseline["reception_volume"] == 2.0
    assert wang.marks["reception_volume"] is None


def test_ratios_of_the_baseline_are_ratios_of_the_window_not_means_of_days(db):
    Ingestor(db).ingest([
        conv(1, "2026-11-20 10:00:00", "A", rating=5),
        conv(2, "2026-11-14 10:00:00", "A", rating=5),
        conv(3, "2026-11-14 11:00:00", "A", rating=1),
        conv(4, "2026-11-14 12:00:00", "A", rating=1),
        conv(5, "2026-11-21 10:00:00", "A", rating=5),
    ])
    a = row(yesterday_review(db, TODAY, SHANGHAI), "agent", "A")
    assert a.baseline["satisfaction"] == 0.5  # 2 of 4, not the mean of 1 and 1/3


def test_a_shorter_baseline_leaves_older_days_out(floor):
    wang = row(yesterday_review(floor, TODAY, SHANGHAI, baseline_days=1), "agent", "王小美")
    assert wang.baseline_active_days == 1
    assert wang.baseline["reception_volume"] == 2.0  # 11-20 only


def test_a_row_without_baseline_data_has_a_null_baseline(floor):
    Ingestor(floor).ingest([conv(20, "2026-11-21 15:00:00", "新人小赵")])
    new = row(yesterday_review(floor, TODAY, SHANGHAI), "agent", "新人小赵")
    assert set(new.baseline.values()) == {None}
    assert new.baseline_active_days == 0


# -- marks ------------------------------------------------------------------------------

def test_marks_of_a_bad_day(floor):
    wang = row(yesterday_review(floor, TODAY, SHANGHAI), "agent", "王小美")
    assert wang.metrics["satisfaction"] == 0.5
    assert wang.marks["satisfaction"] == "alarm"  # below 85 %
    assert wang.metrics["answer_question_ratio"] == 0.9
    assert wang.marks["answer_question_ratio"] == "warning"  # below 1.0, not below 0.8
    assert wang.metrics["first_response_s"] == 14.0
    assert wang.marks["first_response_s"] == "far"  # on target, but 40 % slower than 10 s
    assert wang.marks["reply_rate"] is None
    assert wang.marked


def test_an_unremarkable_day_has_no_marks(floor):
    li = row(yesterday_review(floor, TODAY, SHANGHAI), "agent", "李佳琪")
    assert set(li.marks.values()) == {None}
    assert not li.marked


@pytest.mark.parametrize("key, value, baseline, expected", [
    # off target wins, whatever the baseline
    ("satisfaction", 0.80, 0.80, "alarm"),
    ("satisfaction", 0.88, None, "warning"),
    ("refund_rate", 0.13, 0.13, "alarm"),
    ("first_response_s", 61.0, 10.0, "alarm"),
    # "far": more than 30 % worse in the metric's bad direction
    ("first_response_s", 14.0, 10.0, "far"),
    ("first_response_s", 13.0, 10.0, None),
    ("first_response_s", 5.0, 10.0, None),  # better is never far
    ("avg_order_value", 60.0, 100.0, "far"),
    ("avg_order_value", 70.0, 100.0, None),  # exactly 30 % is not more than 30 %
    ("avg_order_value", 200.0, 100.0, None),
    ("refund_rate", 0.07, 0.05, "far"),  # under the 8 % warning, but 40 % up
    # totals: more than 50 % either way
    ("reception_volume", 40, 100.0, "far"),
    ("reception_volume", 160, 100.0, "far"),
    ("reception_volume", 150, 100.0, None),
    ("sales", 400.0, 1000.0, "far"),
    ("sales", 1400.0, 1000.0, None),
    # nothing to compare
    ("satisfaction", None, 0.95, None),
    ("avg_order_value", 60.0, None, None),
    ("refund_rate", 0.04, 0.0, None),  # no relative change from zero
    ("satisfaction", 0.96, 0.97, None),
])
def test_a_cell_is_marked(key, value, baseline, expected):
    assert mark(key, value, baseline) == expected


# -- CSV --------------------------------------------------------------------------------

def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_is_utf8_with_a_bom_and_chinese_headers(floor, tmp_path):
    path = tmp_path / "review-2026-11-21.csv"
    review_csv(yesterday_review(floor, TODAY, SHANGHAI), path, lang="zh_CN")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    header = read_csv(path)[0]
    assert header[:6] == ["范围", "名称", "平台", "接待量", "接待量（基线）", "接待量（标记）"]
    assert header[-3:] == ["退款率", "退款率（基线）", "退款率（标记）"]
    assert len(header) == 3 + 3 * len(METRIC_KEYS)


def test_csv_headers_in_english(floor, tmp_path):
    path = tmp_path / "review.csv"
    review_csv(yesterday_review(floor, TODAY, SHANGHAI), path, lang="en")
    header = read_csv(path)[0]
    assert header[:6] == ["scope", "name", "platform", "Reception volume",
                          "Reception volume (baseline)", "Reception volume (mark)"]
    assert header == csv_header("en")
    assert [r[:3] for r in read_csv(path)[1:]] == [
        ["store", STORE, "Tmall"], ["agent", "李佳琪", ""], ["agent", "王小美", ""]]


def test_csv_values_are_raw_numbers_and_read_back_exactly(floor, tmp_path):
    review = yesterday_review(floor, TODAY, SHANGHAI)
    path = tmp_path / "review.csv"
    review_csv(review, path, lang="en")
    header, *rows = read_csv(path)
    assert len(rows) == len(review.rows)
    for r, cells in zip(review.rows, rows):
        for key in METRIC_KEYS:
            i = header.index(METRICS[key].name_en)
            for cell, value in ((cells[i], r.metrics[key]), (cells[i + 1], r.baseline[key])):
                assert cell == "" if value is None else float(cell) == value
            assert cells[i + 2] == (r.marks[key] or "")
    wang = rows[2]
    assert wang[header.index("Satisfaction")] == "0.5"  # a ratio as a decimal, not 50 %
    assert wang[header.index("First response time")] == "14.0"  # seconds as a number
    assert wang[header.index("First response time (mark)")] == "far"


def test_csv_writes_null_as_empty_and_names_nobody(db, tmp_path):
    Ingestor(db).ingest([conv(1, "2026-11-21 10:00:00", None, wait=None, rating=None)])
    path = tmp_path / "review.csv"
    review_csv(yesterday_review(db, TODAY, SHANGHAI), path, lang="zh_CN")
    header, store, nobody = read_csv(path)
    assert nobody[:3] == ["客服", "（无人接待）", ""]
    assert nobody[header.index("回复率")] == "0.0"
    assert nobody[header.index("回复率（标记）")] == "告警"
    assert nobody[header.index("首次响应时长")] == ""  # nobody replied: null
    assert nobody[header.index("满意度（基线）")] == ""


def test_csv_defuses_formulas_in_imported_names(db, tmp_path):
    Ingestor(db).ingest([
        conv(1, "2026-11-21 10:00:00", "+cmd|' /C calc'!A0", store='=HYPERLINK("http://x")'),
        conv(2, "2026-11-21 11:00:00", "-2", store="@SUM(A1)"),
        conv(3, "2026-11-21 12:00:00", "王=小美", store="安全店铺"),
    ])
    path = tmp_path / "review.csv"
    review_csv(yesterday_review(db, TODAY, SHANGHAI), path, lang="en")
    names = [r[1] for r in read_csv(path)[1:]]
    assert names == ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "安全店铺",
                     "'+cmd|' /C calc'!A0", "'-2", "王=小美"]


def test_csv_goes_to_an_open_file_too(floor, tmp_path):
    review = yesterday_review(floor, TODAY, SHANGHAI)
    path = tmp_path / "review.csv"
    review_csv(review, path)
    binary = io.BytesIO()
    review_csv(review, binary)
    assert binary.getvalue() == path.read_bytes()
    text = io.StringIO(newline="")
    review_csv(review, text)
    assert text.getvalue().encode("utf-8") == path.read_bytes()


def test_csv_to_a_missing_folder_raises_oserror(floor, tmp_path):
    with pytest.raises(OSError):
        review_csv(yesterday_review(floor, TODAY, SHANGHAI), tmp_path / "nope" / "r.csv")
