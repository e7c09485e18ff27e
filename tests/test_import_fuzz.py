"""Property tests of the importer: random bytes, encodings, missing and extra columns,
formula-looking cells, huge fields, damaged workbooks — every one ends in a clear refusal
(nothing written) or an exact import, never an exception or a partial import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.catalog import platform_key
from app.db import open_database
from app.importing import import_files
from app.importing.sample import headers, write_sample
from app.importing.values import MAX_TEXT

ZONE = dt.timezone(dt.timedelta(hours=8))
EN = headers("conversations")
ZH = dict(zip(EN, headers("conversations", chinese=True)))
SCALE = float(os.environ.get("FLOORWATCH_FUZZ_SCALE", "1"))  # e.g. 25 for a long hunt


def examples(n: int) -> int:
    return max(1, int(n * SCALE))


FAST = settings(max_examples=examples(40), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TABLES = ("conversations", "session_events", "stores", "accounts", "agents", "rollup_hour",
          "account_status", "meta")


_TEMPLATE = Path(tempfile.mkdtemp(prefix="floorwatch-fuzz-")) / "template.db"


@contextmanager
def fresh_db():
    """A new, empty, migrated database (a copy of one migrated once: examples stay fast)."""
    if not _TEMPLATE.exists():
        open_database(_TEMPLATE).close()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(_TEMPLATE, Path(tmp) / "f.db")
        db = open_database(Path(tmp) / "f.db")
        try:
            yield db, Path(tmp)
        finally:
            db.close()


def snapshot(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def all_or_nothing(db, report, before) -> None:
    """The invariant every import keeps: a refusal writes nothing, a success commits."""
    if report.ok:
        assert report.committed and report.problem_count == 0
    else:
        assert not report.committed and (report.problems or report.cancelled)
        assert snapshot(db) == before
    assert not db.conn.in_transaction


# -- raw bytes --------------------------------------------------------------------------------

HEADER_BYTES = st.sampled_from([b"", ",".join(EN).encode() + b"\n",
                                ",".join(ZH.values()).encode("gb18030") + b"\r\n",
                                b"platform,store,account,agent,status,at\n",
                                b"\xef\xbb\xbf" + ",".join(EN).encode() + b"\n", b"PK\x03\x04"])


@FAST
@given(head=HEADER_BYTES, body=st.binary(max_size=3000))
def test_random_bytes_end_in_a_refusal_or_an_import_never_a_crash(head, body):
    with fresh_db() as (db, folder):
        path = folder / "random.csv"
        path.write_bytes(head + body)
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        assert report.text() and report.text("zh_CN")  # the report can always be worded


# -- generated canonical files ----------------------------------------------------------------

PLATFORMS = st.sampled_from(["jd", "tmall", "taobao", "京东", "天猫", "拼多多", "Douyin",
                             "KUAISHOU"])
FORMULAS = st.sampled_from(["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "+1",
                            "-2", "@SUM(A1:A9)", "=1+1", "'quoted", "\"双引号\"", "a,b", "x;y"])
CHINESE = "李佳琪王强张伟店铺买家客服星河数码旗舰京东天猫满意一般会话回复付款退款"
WORDS = st.text(alphabet=st.sampled_from(list(CHINESE) + list("abcXYZ019 _-:.()&/#'\"")),
                min_size=1, max_size=16).map(str.strip).filter(bool)
NAMES = st.one_of(WORDS, FORMULAS, st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
    min_size=1, max_size=12).map(str.strip).filter(bool))
MOMENTS = st.datetimes(min_value=dt.datetime(2001, 1, 2), max_value=dt.datetime(2098, 12, 30))
OFFSETS = st.sampled_from([None, "+08:00", "Z", "-05:00", "+0530"])
STYLES = st.sampled_from(["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S"])
FLAGS = st.sampled_from([("0", 0), ("1", 1), ("是", 1), ("否", 0), ("TRUE", 1), ("no", 0)])
RATINGS = st.sampled_from([("", None), ("1", 1), ("5", 5), ("很满意", 5), ("满意", 4),
                           ("一般", 3), ("不满意", 2), ("很不满意", 1)])


def stamp(moment: dt.datetime, offset: str | None, style: str) -> tuple[str, float]:
    text = moment.strftime(style) + (offset or "")
    tz = ZONE
    if offset == "Z":
        tz = dt.timezone.utc
    elif offset:
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return text, moment.replace(tzinfo=tz).timestamp()


@st.composite
def conversation(draw, i: int) -> tuple[dict[str, str], dict]:
    """One row as written (text cells) and the values it must be stored as."""
    start = draw(MOMENTS).replace(microsecond=0)
    start_text, start_at = stamp(start, draw(OFFSETS), draw(STYLES))
    wait = draw(st.one_of(st.none(), st.integers(0, 7200)))
    length = draw(st.integers(0, 86400))
    first_text, first_at = ("", None) if wait is None else (
        (dt.datetime.fromtimestamp(start_at + wait, ZONE).isoformat(), start_at + wait))
    end_at = start_at + length
    end_text = dt.datetime.fromtimestamp(end_at, dt.timezone.utc).isoformat()
    platform = draw(PLATFORMS)
    agent = draw(st.one_of(st.just(""), NAMES))
    account = draw(st.one_of(st.just(""), NAMES))
    counts = [draw(st.integers(0, 10**6)) for _ in range(3)]
    seconds = draw(st.floats(0, 1e9, allow_nan=False, allow_infinity=False))
    paid = draw(st.decimals(0, 10**8, places=2, allow_nan=False, allow_infinity=False))
    refund = draw(st.integers(0, 10**6))
    flag_text, flag = draw(FLAGS)
    rating_text, rating = draw(RATINGS)
    customer = f"{i}:{draw(NAMES)}"
    written = dict(
        conversation_id=f"ID{i}-{draw(WORDS)}", platform=platform, store=draw(NAMES),
        account=account, agent=agent, customer=customer, started_at=start_text,
        first_reply_at=first_text, ended_at=end_text, customer_messages=str(counts[0]),
        agent_messages=str(counts[1]), replies=str(counts[2]),
        reply_seconds_total=repr(seconds), inquiry=flag_text,
        paid_amount=draw(st.sampled_from(["{:.2f}", "¥{:,.2f}", "{:.2f}元"])).format(paid),
        refund_amount=str(refund), rating=rating_text)
    expected = dict(
        conversation_id=written["conversation_id"], platform=platform_key(platform),
        store=written["store"], account=account or None, agent=agent or None,
        customer=customer, started_at=start_at, first_reply_at=first_at, ended_at=end_at,
        customer_messages=counts[0], agent_messages=counts[1], replies=counts[2],
        reply_seconds_total=seconds, inquiry=flag, paid_amount=float(paid),
        refund_amount=float(refund), rating=rating)
    return written, expected


@st.composite
def conversations(draw) -> list[tuple[dict, dict]]:
    n = draw(st.integers(1, 6))
    return [draw(conversation(i)) for i in range(n)]


def stored(db) -> dict[str, dict]:
    rows = db.query(
        "SELECT c.conversation_id, s.platform, s.name AS store, ac.name AS account, "
        "a.name AS agent, c.customer, c.started_at, c.first_reply_at, c.ended_at, "
        "c.customer_messages, c.agent_messages, c.replies, c.reply_seconds_total, c.inquiry, "
        "c.paid_amount, c.refund_amount, c.rating FROM conversations c "
        "JOIN stores s ON s.id = c.store_id LEFT JOIN accounts ac ON ac.id = c.account_id "
        "LEFT JOIN agents a ON a.id = c.agent_id")
    return {r["customer"]: dict(r) for r in rows}


def write_table(path: Path, head: list[str], rows: list[list[str]], encoding: str,
                errors: str = "strict") -> bytes:
    text = io.StringIO(newline="")
    out = csv.writer(text)
    out.writerow(head)
    out.writerows(rows)
    data = text.getvalue().encode(encoding, errors)
    path.write_bytes(data)
    return data


BAD_CELLS = st.sampled_from([
    ("replies", "-1", "negative"), ("paid_amount", "abc", "not_number"),
    ("started_at", "tomorrow", "not_time"), ("rating", "6", "not_rating"),
    ("inquiry", "maybe", "not_flag"), ("customer", " ", "empty"),
    ("customer_messages", "1.5", "not_whole"), ("agent_messages", "=1+1", "not_number"),
    ("ended_at", "2026-11-21", "no_time_of_day"), ("store", "x" * (MAX_TEXT + 1), "too_long"),
    ("store", "a\x07b", "control_chars"), ("refund_amount", "1e400", "not_number"),
])


@settings(FAST, max_examples=examples(60))
@given(rows=conversations(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
       language=st.sampled_from(["en", "zh", "mixed"]), order=st.randoms(use_true_random=False),
       dropped=st.one_of(st.none(), st.sampled_from(EN)),
       extra=st.lists(st.sampled_from(["备注", "order_no", "=SUM(A1)", "订单号"]),
                      max_size=2, unique=True),
       bad=st.one_of(st.none(), st.tuples(st.integers(0, 5), BAD_CELLS)))
def test_generated_files_import_exactly_or_are_refused_with_the_reason(
        rows, encoding, language, order, dropped, extra, bad):
    columns = [c for c in EN if c != dropped]
    order.shuffle(columns)
    names = {c: ZH[c] if language == "zh" or (language == "mixed" and i % 2) else c
             for i, c in enumerate(columns)}
    body = []
    for written, _ in rows:
        body.append([written[c] for c in columns] + ["" for _ in extra])
    if bad is not None:
        at, (column, value, code) = bad
        at = min(at, len(rows) - 1)
        if column in columns:
            body[at][columns.index(column)] = value
        else:
            bad = None
    with fresh_db() as (db, folder):
        path = folder / "c.csv"
        data = write_table(path, [names[c] for c in columns] + extra, body, encoding)
        if encoding == "gb18030":  # valid UTF-8 is read as UTF-8 (test_import.py)
            try:
                data.decode("utf-8")
                assume(False)
            except UnicodeDecodeError:
                pass
        before = snapshot(db)
        report = import_files(db, [path], ZONE, batch_rows=2)
        all_or_nothing(db, report, before)
        required_gone = dropped not in (None, "conversation_id", "account")
        if required_gone:
            assert [p.code for p in report.problems] == ["missing_columns"]
            assert f"{dropped} ({ZH[dropped]})" in report.problems[0].text()
            return
        if bad is not None:
            assert [(p.row, p.column, p.code) for p in report.problems] == [
                (at + 2, names[column], code)]
            return
        assert report.ok, report.text()
        assert report.counts["conversations_added"] == len(rows)
        if extra:
            assert "extra_columns" in [n.code for n in report.all_notes()]
        got = stored(db)
        for _, expected in rows:
            want = dict(expected)
            if dropped == "conversation_id":
                want["conversation_id"] = None
            if dropped == "account":
                want["account"] = None
            assert got[want["customer"]] == want


# -- huge fields ----------------------------------------------------------------------------

@settings(max_examples=examples(12), deadline=None)
@given(length=st.integers(MAX_TEXT + 1, 300_000), column=st.sampled_from(["store", "customer"]))
def test_huge_fields_are_refused_without_writing(length, column):
    with fresh_db() as (db, folder):
        path = folder / "c.csv"
        write_sample(path, rows=3)
        rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        rows[2][rows[0].index(column)] = "长" * length
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        [problem] = report.problems
        assert problem.row == 3
        assert problem.code == ("field_too_large" if length > csv.field_size_limit()
                                else "too_long")


# -- encodings --------------------------------------------------------------------------------

@settings(FAST, max_examples=examples(25))
@given(rows=conversations(), encoding=st.sampled_from(
    ["utf-16", "utf-16-le", "utf-16-be", "big5", "shift_jis", "cp1252", "latin-1", "euc-kr"]),
       chinese_header=st.booleans())
def test_files_in_other_encodings_are_refused_or_read_by_the_rule(rows, encoding,
                                                                   chinese_header):
    """Not UTF-8 or GB18030: refused, unless the bytes happen to be valid in one of them
    (then they are read that way; the report names the encoding used)."""
    head = [ZH[c] if chinese_header else c for c in EN]
    with fresh_db() as (db, folder):
        path = folder / "c.csv"
        cells = [[w[c] for c in EN] for w, _ in rows]
        write_table(path, head, cells, encoding, "replace")  # what it cannot hold becomes "?"
        ascii_only = all(c.isascii() for c in head + [c for r in cells for c in r])
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        if encoding.startswith("utf-16"):
            assert not report.ok
        if report.ok:
            assert report.files[0].encoding in ("utf-8", "gb18030")
            if ascii_only:  # the same bytes in every one of these encodings but UTF-16
                got = stored(db)
                for _, expected in rows:
                    assert got[expected["customer"]]["store"] == expected["store"]


# -- damaged workbooks ---------------------------------------------------------------------------

def workbook_bytes(rows: int = 4) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return write_sample(Path(tmp) / "c.xlsx", rows=rows, seed=9).read_bytes()


GOOD_XLSX = workbook_bytes()


@FAST
@given(cut=st.one_of(st.none(), st.integers(0, len(GOOD_XLSX))),
       flips=st.lists(st.tuples(st.integers(0, len(GOOD_XLSX) - 1), st.integers(1, 255)),
                      max_size=4))
def test_damaged_workbooks_are_refused_or_read_exactly(cut, flips):
    data = bytearray(GOOD_XLSX[:cut] if cut is not None else GOOD_XLSX)
    for where, mask in flips:
        if where < len(data):
            data[where] ^= mask
    with fresh_db() as (db, folder):
        path = folder / "c.xlsx"
        path.write_bytes(bytes(data))
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        if report.ok and report.rows:
            reference = folder / "ref.csv"
            write_sample(reference, rows=4, seed=9)
            with fresh_db() as (ref_db, _):
                import_files(ref_db, [reference], ZONE)
                got, want = stored(db), stored(ref_db)
                assert all(got[k] == want[k] for k in got)  # damage never alters a value


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "c.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with fresh_db() as (db, _):
        report = import_files(db, [path], ZONE)
        assert [p.code for p in report.problems] == ["bad_xlsx"]



# -- sessions ---------------------------------------------------------------------------------

STATUS_WORDS = st.sampled_from([("online", "online"), ("在线", "online"), ("Away", "away"),
                                ("挂起", "away"), ("OFFLINE", "offline"), ("离线", "offline")])


@FAST
@given(rows=st.lists(st.tuples(NAMES, NAMES, NAMES, STATUS_WORDS, MOMENTS, OFFSETS),
                     min_size=1, max_size=6),
       chinese=st.booleans(), bad_status=st.booleans())
def test_generated_sessions_files_import_exactly_or_are_refused(rows, chinese, bad_status):
    head = headers("sessions", chinese)
    body, expected = [], set()
    for store, account, agent, (word, status), moment, offset in rows:
        text, at = stamp(moment.replace(microsecond=0), offset, "%Y-%m-%dT%H:%M:%S")
        body.append(["jd", store, account, agent, word, text])
        expected.add((store, account, agent, status, at))
    if bad_status:
        body[-1][4] = "busy"
    with fresh_db() as (db, folder):
        path = folder / "s.csv"
        write_table(path, head, body, "utf-8")
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        if bad_status:
            assert [(p.row, p.code) for p in report.problems] == [(len(rows) + 1, "not_status")]
            return
        assert report.ok, report.text()
        got = set(db.execute(
            "SELECT s.name, ac.name, a.name, e.status, e.at FROM session_events e "
            "JOIN accounts ac ON ac.id = e.account_id JOIN stores s ON s.id = ac.store_id "
            "JOIN agents a ON a.id = e.agent_id").fetchall())
        assert got == expected
