"""Property tests of the platform KPI exports: random bytes under a KPI header, every
spelling of a figure the platforms use, formula-looking and huge cells, random workbook
cells and file names — each ends in a clear refusal (nothing written) or an exact import,
never an exception or a partial import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import unicodedata

import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.importing import import_files
from app.kpi_catalog import export_format, kpi_field
from app.platform_kpis import figures_for_day
from kpi_samples import DOUYIN_HEAD, KUAISHOU_ROW, ZONE, headers
from test_import_fuzz import FAST, examples, fresh_db

DAY = dt.date(2026, 11, 21)
TABLES = ("platform_kpis", "stores", "roster_changes", "kpi_header_aliases", "conversations")
COLUMNS = export_format("douyin_cs").columns
UNITS = [kpi_field(c.field).unit for c in COLUMNS]


def snapshot(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def all_or_nothing(db, report, before) -> None:
    """A refusal writes nothing (not even a store), a success commits; both are worded."""
    assert report.committed == report.ok and not db.conn.in_transaction
    assert report.ok or (report.problems and snapshot(db) == before)
    assert report.text() and report.text("zh_CN")


def csv_bytes(rows, encoding: str) -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    return text.getvalue().encode(encoding)


def wide(text: str) -> str:
    """Full-width digits and signs, as some exports write them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# -- random bytes -------------------------------------------------------------------------

HEADS = st.sampled_from([
    ",".join(DOUYIN_HEAD).encode() + b"\n",
    ",".join(DOUYIN_HEAD).encode("gb18030") + b"\r\n",
    ("日期," + ",".join(c.headers[0] for c in export_format("jd_sales").columns)).encode()
    + b"\n", "旺旺昵称,咨询人数,询单人数,下单人数\n".encode(), b""])


@FAST
@given(head=HEADS, body=st.binary(max_size=2000))
def test_random_bytes_under_a_kpi_header_are_refused_or_imported(head, body):
    with fresh_db() as (db, folder):
        path = folder / "店_20261121.csv"
        path.write_bytes(head + body)
        before = snapshot(db)
        all_or_nothing(db, import_files(db, [path], ZONE), before)


# -- every spelling of a figure -------------------------------------------------------------

@st.composite
def figure(draw, unit: str) -> tuple[str, float | None]:
    """A cell as a platform writes it, and the value it must be stored as (None: none)."""
    if draw(st.integers(0, 6)) == 0:
        return draw(st.sampled_from(["-", "--", "", "—", " - "])), None
    if unit == "count":
        n = draw(st.integers(0, 10**7))
        text = draw(st.sampled_from([str(n), f"{n:,}", f"{n}人", wide(str(n))]))
        return text, float(n)
    if unit == "ratio":
        k = draw(st.integers(0, 10000))
        text, value = draw(st.sampled_from([
            (f"{k / 100:.2f}%", k / 10000), (f"{k / 10000:.4f}", k / 10000),
            (wide(f"{k / 100:.2f}%"), k / 10000)]))
        return text, value
    if unit == "yuan":
        cents = draw(st.integers(0, 10**11))
        yuan = cents / 100
        text = draw(st.sampled_from(["¥{:,.2f}", "{:.2f}元", "{:,.2f}", "RMB {:.2f}",
                                     "￥{:,.2f}"])).format(yuan)
        return text, float(f"{yuan:.2f}")
    s = draw(st.integers(0, 10**6))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return draw(st.sampled_from([(f"{s}秒", s), (str(s), s), (f"{h}小时{m}分{sec}秒", s),
                                 (f"{s // 60}分{sec}秒", s), (f"{h}:{m:02d}:{sec:02d}", s),
                                 (wide(f"{s}秒"), s)]))


NAMES = st.one_of(
    st.sampled_from(["小美", "阿强", "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "a,b", "\"引\""]),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
            min_size=1, max_size=12).map(str.strip).filter(bool))
BAD = st.sampled_from([("count", "abc", "not_number"), ("count", "-5", "negative"),
                       ("ratio", "12.5", "kpi_not_rate"), ("seconds", "2分半", "kpi_not_duration"),
                       ("yuan", "=cmd|' /C calc'!A0", "not_number"), ("yuan", "1e400", "not_number"),
                       ("count", "1,23", "not_number")])


@st.composite
def agent_rows(draw) -> list[tuple[str, list[tuple[str, float | None]]]]:
    names = draw(st.lists(NAMES, min_size=1, max_size=4,
                          unique_by=lambda n: unicodedata.normalize("NFKC", n).strip()))
    names = [n for n in names if unicodedata.normalize("NFKC", n).strip()
             not in ("店铺汇总值", "合计", "汇总", "平均", "平均值", "均值", "人均", "总计",
                     "全店", "店铺平均值", "店铺汇总", "汇总值")]
    assume(names)
    return [(name, [draw(figure(u)) for u in UNITS]) for name in names]


@settings(FAST, max_examples=examples(60))
@given(rows=agent_rows(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
       xlsx=st.booleans(), bad=st.one_of(st.none(), st.tuples(st.integers(0, 3), BAD)))
def test_generated_exports_import_exactly_or_are_refused_with_the_reason(rows, encoding, xlsx,
                                                                          bad):
    body = [[name] + [text for text, _ in cells] for name, cells in rows]
    where = None
    if bad is not None:
        at, (unit, text, code) = bad
        at = min(at, len(body) - 1)
        column = 1 + UNITS.index(unit)
        body[at][column] = text
        where = (at + 2, DOUYIN_HEAD[column], code)
    with fresh_db() as (db, folder):
        if xlsx:
            path = folder / "星河小店_20261121.xlsx"
            book = openpyxl.Workbook()
            for row in [DOUYIN_HEAD] + body:
                book.active.append(row)
            book.save(path)
        else:
            path = folder / "星河小店_20261121.csv"
            data = csv_bytes([DOUYIN_HEAD] + body, encoding)
            if encoding == "gb18030":
                try:
                    data.decode("gb18030")
                    data.decode("utf-8")
                    assume(False)  # valid UTF-8 too: read as UTF-8 (docs/import.md)
                except UnicodeDecodeError:
                    pass
            path.write_bytes(data)
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        if where is not None:
            assert [(p.row, p.column, p.code) for p in report.problems] == [where]
            return
        assert report.ok, report.text()
        got = {(f.account, f.field): f.value for f in figures_for_day(db, DAY)}
        want = {(name.strip(), col.field): value for name, cells in rows
                for col, (_, value) in zip(COLUMNS, cells) if value is not None}
        assert got.keys() == want.keys()
        for key, value in want.items():
            assert got[key] == pytest.approx(value, rel=1e-12, abs=1e-12), key


# -- huge cells, random workbook cells, random file names -------------------------------------

@settings(max_examples=examples(10), deadline=None)
@given(length=st.integers(201, 300_000), where=st.sampled_from([0, 2, 11]))
def test_huge_cells_are_refused_without_writing(length, where):
    row = ["小美"] + ["1"] * (len(DOUYIN_HEAD) - 1)
    row[where] = "长" * length
    with fresh_db() as (db, folder):
        path = folder / "店_20261121.csv"
        path.write_bytes(csv_bytes([DOUYIN_HEAD, row], "utf-8"))
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        assert not report.ok and report.problems[0].row == 2


CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 1, 1)),
    st.times(), st.sampled_from(["店铺汇总值", "店铺平均值", "合计", "-", "1分", "50%"]))


@FAST
@given(cells=st.lists(st.lists(CELLS, min_size=1, max_size=len(DOUYIN_HEAD) + 2),
                      min_size=1, max_size=4),
       layout=st.sampled_from(["douyin_cs", "jd_sales", "kuaishou_cs"]))
def test_random_workbook_cells_are_refused_or_imported(cells, layout):
    fmt = export_format(layout)
    head = ([DOUYIN_HEAD] if layout == "douyin_cs" else
            [["日期"] + [c.headers[0] for c in fmt.columns]] if layout == "jd_sales" else
            [[c.headers[0] for c in fmt.columns]])
    with fresh_db() as (db, folder):
        path = folder / "店_20261121.xlsx"
        book = openpyxl.Workbook()
        for row in head + cells:
            try:
                book.active.append(row)
            except Exception:  # openpyxl refuses some strings (control characters)
                assume(False)
        book.save(path)
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        values = [f.value for f in figures_for_day(db, DAY)]
        assert all(math.isfinite(v) for v in values)


@FAST
@given(name=st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                           blacklist_characters="/\x00"),
                    min_size=1, max_size=60))
def test_any_file_name_gives_a_store_and_day_or_a_clear_refusal(name):
    with fresh_db() as (db, folder):
        try:
            path = folder / (name + ".csv")
            path.write_bytes(csv_bytes([headers("kuaishou_cs"), KUAISHOU_ROW], "utf-8"))
        except (OSError, ValueError):
            assume(False)  # a name this file system refuses
        before = snapshot(db)
        report = import_files(db, [path], ZONE)
        all_or_nothing(db, report, before)
        if not report.ok:
            assert {p.code for p in report.problems} <= {"kpi_no_day", "kpi_no_store",
                                                         "roster_refused"}
