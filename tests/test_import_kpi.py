"""Platform KPI exports (docs/import.md, "Platform KPI exports"): 生意参谋, 飞鸽, 快手 and 京东
exports import as daily figures per store or account, kept apart from event data, labelled
with their source; re-importing adds nothing; a corrected export replaces; bad input is
refused with row, column and reason, and nothing is written."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest

from app import roster
from app.cli_import import run as cli_run
from app.importing import import_files
from app.importing.kpi_values import day_of, duration, money, rate
from app.importing.problems import CellError
from app.importing.registry import FORMATS, best_match
from app.importing.sample import headers as canonical_headers
from app.kpi_aliases import add_header_alias
from app.platform_kpis import figures_for_day
from kpi_samples import (DOUYIN_HEAD, TMALL_SHOP_ROW, ZONE, douyin, headers,
                         jd_sales, jd_service, kuaishou, tmall_accounts, tmall_shop, write)

DAY = dt.date(2026, 11, 21)


def figures(db, day: dt.date = DAY) -> dict[tuple, float]:
    """(format, store, account or None, field) → value of `day`'s imported figures."""
    return {(f.source_format, f.store, f.account, f.field): f.value
            for f in figures_for_day(db, day)}


def imported(db, *paths: Path):
    report = import_files(db, list(paths), ZONE)
    assert report.ok, report.text()
    return report


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- cell values -----------------------------------------------------------------------------

@pytest.mark.parametrize("written, seconds", [
    ("11秒", 11), ("2分30秒", 150), ("7小时41分52秒", 27712), ("1天2小时", 93600),
    ("２分３０秒", 150), ("1.5小时", 5400), ("02:30", 150), ("1:02:30", 3750), ("28", 28),
    (28.5, 28.5), (dt.time(0, 2, 30), 150), (dt.timedelta(minutes=3), 180)])
def test_durations_are_read_as_seconds(written, seconds):
    assert duration(written).value == seconds


def test_a_bare_number_in_an_hours_or_minutes_column_is_in_that_unit():
    assert duration("12.5", "hours").value == 45000
    assert duration(6.5, "minutes").value == 390
    assert duration("2分", "hours").value == 120  # written units win


@pytest.mark.parametrize("written, value", [
    ("12.5%", 0.125), ("１２．５％", 0.125), ("0.125", 0.125), (0.9821, 0.9821), ("3‰", 0.003),
    ("100%", 1.0), ("0%", 0.0)])
def test_rates_are_fractions(written, value):
    assert rate(written).value == pytest.approx(value)


@pytest.mark.parametrize("written", ["12.5", 45, "abc", "%", "=1+1"])
def test_a_rate_without_a_percent_sign_above_one_is_refused(written):
    with pytest.raises(CellError) as err:
        rate(written)
    assert err.value.code in ("kpi_not_rate", "not_number")


@pytest.mark.parametrize("written, value", [
    ("1,234.50元", 1234.5), ("¥1,234", 1234), ("￥12", 12), ("RMB 30", 30),
    ("1.2万元", 12000), ("１，２３４", 1234), ("12,345,678.9", 12345678.9), (99.5, 99.5)])
def test_money_is_yuan(written, value):
    assert money(written).value == pytest.approx(value)


@pytest.mark.parametrize("written", ["-", "--", "—", "", "  ", None, "N/A", "－"])
def test_dashes_and_empty_cells_are_no_figure_not_zero(written):
    assert money(written) is None and rate(written) is None and duration(written) is None


@pytest.mark.parametrize("written", ["1,23", "12元元", "¥-5", "=cmd|' /C calc'!A0", "1e400"])
def test_money_that_is_not_a_number_is_refused(written):
    with pytest.raises(CellError):
        money(written)


@pytest.mark.parametrize("written, day", [
    ("2026-11-21", DAY), ("2026/11/21", DAY), ("20261121", DAY), ("2026年11月21日", DAY),
    ("2026-11-21 00:00:00", DAY), ("2026-11-21 ~ 2026-11-21", DAY), ("2026.11.21", DAY),
    ("today", None), ("2026-02-30", None)])
def test_days_in_the_spellings_exports_use(written, day):
    assert day_of(written, written) == day


def test_a_range_of_several_days_is_refused():
    with pytest.raises(CellError) as err:
        day_of("2026-11-15 ~ 2026-11-21", "x")
    assert err.value.code == "kpi_day_range"


# -- each export --------------------------------------------------------------------------

def test_a_tmall_shop_overview_imports_the_stores_figures_of_the_day_in_its_name(db, tmp_path):
    report = imported(db, tmall_shop(tmp_path / "花语美妆旗舰店_20261121.csv"))
    got = figures(db)
    shop = ("tmall_shop", "花语美妆旗舰店", None)
    assert got[(*shop, "cs_sales")] == pytest.approx(12345.60)
    assert got[(*shop, "cs_sales_share")] == pytest.approx(0.352)
    assert got[(*shop, "refund_amount")] == pytest.approx(1000.0)
    assert got[(*shop, "inquiry_conversion")] == pytest.approx(0.455)
    assert got[(*shop, "avg_response_s")] == 28
    assert got[(*shop, "refund_only_case_s")] == 12.5 * 3600  # the header says hours
    assert (*shop, "platform_blame_rate") not in got  # "-": no figure, not zero
    assert report.counts["kpi_added"] == 15
    assert report.files[0].format == "tmall_shop"
    [store] = roster.stores(db)
    assert (store.platform, store.name) == ("tmall", "花语美妆旗舰店")
    codes = [n.code for n in report.all_notes()]
    assert {"kpi_day_from_name", "kpi_store_from_name", "kpi_store_added"} <= set(codes)
    assert "花语美妆旗舰店" in report.text("zh_CN")


def test_figures_are_kept_apart_from_event_data(db, tmp_path):
    imported(db, tmall_shop(tmp_path / "花语美妆旗舰店_20261121.csv"))
    assert count(db, "conversations") == 0 and count(db, "rollup_hour") == 0
    assert count(db, "platform_kpis") == 15
    sources = {r[0] for r in db.execute("SELECT import_file FROM platform_kpis")}
    assert sources == {"花语美妆旗舰店_20261121.csv"}


def test_store_and_day_columns_give_one_record_per_row(db, tmp_path):
    head = ["日期", "店铺"] + headers("tmall_shop")
    path = write(tmp_path / "生意参谋_客服.csv", [
        head, ["2026-11-20", "甲店"] + TMALL_SHOP_ROW, ["2026/11/21", "甲店"] + TMALL_SHOP_ROW,
        ["2026-11-21", "乙店"] + ["¥1.00"] + TMALL_SHOP_ROW[1:]])
    imported(db, path)
    assert figures(db)[("tmall_shop", "乙店", None, "cs_sales")] == 1.0
    assert figures(db)[("tmall_shop", "甲店", None, "cs_sales")] == pytest.approx(12345.6)
    assert figures(db, dt.date(2026, 11, 20))[("tmall_shop", "甲店", None, "cs_sales")] \
        == pytest.approx(12345.6)


def test_a_tmall_account_table_imports_per_account_and_its_total_as_the_store(db, tmp_path):
    imported(db, tmall_accounts(tmp_path / "花语美妆旗舰店_客服绩效_20261121.xlsx"))
    got = figures(db)
    assert got[("tmall_accounts", "花语美妆旗舰店", "花语美妆旗舰店:小美", "cs_sales")] == 7600
    assert got[("tmall_accounts", "花语美妆旗舰店", "花语美妆旗舰店:阿强",
                "personal_sales_share")] == pytest.approx(0.385)
    assert got[("tmall_accounts", "花语美妆旗舰店", None, "cs_sales")] == pytest.approx(11945.6)


def test_douyin_store_total_is_the_store_record_and_the_average_row_is_skipped(db, tmp_path):
    report = imported(db, douyin(tmp_path / "客服表现_星河抖音小店_2026-11-21.xlsx"))
    got = figures(db)
    agent = ("douyin_cs", "星河抖音小店", "小美")
    assert got[(*agent, "avg_response_s")] == 150
    assert got[(*agent, "first_response_s")] == 11
    assert got[(*agent, "satisfaction")] == pytest.approx(0.955)
    assert got[(*agent, "cs_sales")] == pytest.approx(23456.5)
    assert got[("douyin_cs", "星河抖音小店", "阿强", "avg_response_s")] == 27712
    assert ("douyin_cs", "星河抖音小店", "阿强", "first_response_s") not in got  # "-"
    store = ("douyin_cs", "星河抖音小店", None)
    assert got[(*store, "avg_response_s")] == 65
    assert got[(*store, "received_sessions")] == 1322
    assert got[(*store, "inquiry_conversion")] == pytest.approx(0.496)
    assert not any(k[2] == "店铺平均值" for k in got)
    [skipped] = [n for n in report.all_notes() if n.code == "kpi_rows_skipped"]
    assert skipped.params == {"rows": 1, "label": "店铺平均值"}
    assert [s.platform for s in roster.stores(db)] == ["douyin"]


def test_kuaishou_takes_the_only_kuaishou_store_of_the_roster(db, tmp_path):
    roster.add_store(db, "kuaishou", "快手好物店", at=0.0)
    roster.add_store(db, "douyin", "别的店", at=0.0)
    report = imported(db, kuaishou(tmp_path / "客服_考核数据_20261121.xlsx"))
    got = figures(db)
    shop = ("kuaishou_cs", "快手好物店", None)
    assert got[(*shop, "reply_3min_rate_users")] == pytest.approx(0.975)  # （人维度）header
    assert got[(*shop, "good_rate")] == pytest.approx(0.972)
    assert got[(*shop, "avg_response_s")] == 25
    assert got[(*shop, "consult_users")] == 1024
    assert "kpi_store_from_roster" in [n.code for n in report.all_notes()]
    assert report.counts["kpi_stores_added"] == 0


def test_a_file_that_names_no_store_is_refused_when_the_roster_cannot_say(db, tmp_path):
    roster.add_store(db, "kuaishou", "一店", at=0.0)
    roster.add_store(db, "kuaishou", "二店", at=0.0)
    report = import_files(db, [kuaishou(tmp_path / "快手_客服_考核数据_20261121.xlsx")], ZONE)
    [problem] = report.problems
    assert problem.code == "kpi_no_store"
    assert "一店, 二店" in problem.text() and "<店铺>_20261121.xlsx" in problem.text()
    assert count(db, "platform_kpis") == 0


def test_a_file_without_a_day_column_or_a_day_in_its_name_is_refused(db, tmp_path):
    report = import_files(db, [tmall_shop(tmp_path / "花语美妆旗舰店.csv")], ZONE)
    assert [p.code for p in report.problems] == ["kpi_no_day"]
    report = import_files(db, [tmall_shop(tmp_path / "花语_20261101-20261130.csv")], ZONE)
    assert [p.code for p in report.problems] == ["kpi_no_day"]
    assert "20261101-20261130" in report.problems[0].text()
    assert count(db, "stores") == 0


def test_jd_service_is_read_by_position_below_its_title_rows(db, tmp_path):
    days = [dt.date(2026, 11, 20), DAY]
    report = imported(db, jd_service(tmp_path / "星河数码京东自营_服务工作量_2026-11-20_2026-11-21.xlsx",
                                     days))
    got = figures(db)
    shop = ("jd_service", "星河数码京东自营", None)
    assert got[(*shop, "on_duty_agents")] == 6
    assert got[(*shop, "login_s")] == 48.5 * 3600
    assert got[(*shop, "received_count")] == 801
    assert got[(*shop, "avg_session_s")] == 6.5 * 60
    assert got[(*shop, "first_response_s")] == 18
    assert got[(*shop, "resolve_rate")] == pytest.approx(0.88)
    assert figures(db, days[0])[(*shop, "received_count")] == 800
    assert report.counts["kpi_added"] == 2 * 23
    [above] = [n for n in report.all_notes() if n.code == "rows_above_header"]
    assert above.params["header_row"] == 3
    assert [s.platform for s in roster.stores(db)] == ["jd"]


def test_jd_columns_count_by_position_whatever_their_names(db, tmp_path):
    path = jd_service(tmp_path / "星河_20261121.xlsx", [DAY], title_rows=False)
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["C1"] = "登录总时长（小时）"  # renamed: still column C, the login hours
    book.save(path)
    imported(db, path)
    assert figures(db)[("jd_service", "星河", None, "login_s")] == 48.5 * 3600


def test_jd_sales_skips_its_total_row(db, tmp_path):
    report = imported(db, jd_sales(tmp_path / "星河数码京东自营_销售绩效.xlsx",
                                   [dt.date(2026, 11, 20), DAY]))
    got = figures(db)
    assert got[("jd_sales", "星河数码京东自营", None, "order_amount")] == 45600
    assert got[("jd_sales", "星河数码京东自营", None, "consult_order_rate")] == pytest.approx(0.42)
    assert [n.params for n in report.all_notes() if n.code == "kpi_rows_skipped"] == [
        {"rows": 1, "label": "合计"}]
    assert report.counts["kpi_added"] == 2 * 12


def test_an_existing_taobao_store_of_that_name_is_used_for_a_shengyi_canmou_export(db, tmp_path):
    roster.add_store(db, "taobao", "小C店", at=0.0)
    report = imported(db, tmall_shop(tmp_path / "小C店_20261121.csv"))
    assert report.counts["kpi_stores_added"] == 0
    assert {f.platform for f in figures_for_day(db, DAY)} == {"taobao"}


# -- re-import ---------------------------------------------------------------------------------

def test_re_importing_the_same_export_adds_nothing(db, tmp_path):
    path = douyin(tmp_path / "星河抖音小店_20261121.xlsx")
    first = imported(db, path)
    before = db.execute("SELECT * FROM platform_kpis ORDER BY id").fetchall()
    again = imported(db, path)
    assert again.counts["kpi_added"] == 0 and again.counts["kpi_updated"] == 0
    assert again.counts["kpi_unchanged"] == first.counts["kpi_added"]
    assert db.execute("SELECT * FROM platform_kpis ORDER BY id").fetchall() == before
    assert count(db, "stores") == 1


def test_a_corrected_export_of_the_same_day_replaces_the_figures_it_changes(db, tmp_path):
    imported(db, tmall_shop(tmp_path / "花语_20261121.csv"))
    corrected = ["¥13,000.00"] + TMALL_SHOP_ROW[1:8] + ["47.0%"] + TMALL_SHOP_ROW[9:]
    corrected[6] = "-"  # 咨询人数 not given this time: the earlier figure stays
    report = imported(db, tmall_shop(tmp_path / "花语_20261121_更正.csv", corrected))
    assert report.counts == {"kpi_added": 0, "kpi_updated": 2, "kpi_unchanged": 12,
                             "kpi_stores_added": 0}
    got = figures(db)
    assert got[("tmall_shop", "花语", None, "cs_sales")] == 13000
    assert got[("tmall_shop", "花语", None, "inquiry_conversion")] == pytest.approx(0.47)
    assert got[("tmall_shop", "花语", None, "consult_users")] == 800
    files = dict(db.execute("SELECT field, import_file FROM platform_kpis"))
    assert files["cs_sales"] == "花语_20261121_更正.csv"
    assert files["reply_rate"] == "花语_20261121.csv"


def test_a_row_repeated_within_one_import_counts_once_and_the_last_wins(db, tmp_path):
    a = tmall_shop(tmp_path / "花语_20261121.csv")
    b = tmall_shop(tmp_path / "花语_2026-11-21.csv", ["¥1.00"] + TMALL_SHOP_ROW[1:])
    report = imported(db, a, b)
    assert report.counts["kpi_added"] == 15 and report.counts["kpi_updated"] == 0
    assert figures(db)[("tmall_shop", "花语", None, "cs_sales")] == 1.0
    assert "kpi_repeated" in [n.code for n in report.all_notes()]


# -- bad input ---------------------------------------------------------------------------------

def test_bad_cells_are_each_reported_and_nothing_is_written(db, tmp_path):
    path = write(tmp_path / "星河抖音小店_20261121.csv", [
        DOUYIN_HEAD,
        ["小美", "1", "many", "3", "300", "12", "150", "140", "2", "1.3%", "95.5%", "2分半",
         "11秒", "92.0%", "210", "120", "110", "6", "¥23,456.50", "¥560.00", "¥22,896.50",
         "52.38"],
        ["", "1"] + ["1"] * 20,
    ])
    report = import_files(db, [path], ZONE)
    assert not report.ok and not report.committed
    assert [(p.row, p.letter, p.column, p.code) for p in report.problems] == [
        (2, "C", "接待会话量", "not_number"), (2, "L", "全天平响时长", "kpi_not_duration"),
        (2, "V", "询单转化率", "kpi_not_rate"), (3, "A", "客服", "empty")]
    assert count(db, "platform_kpis") == 0 and count(db, "stores") == 0
    text = report.text("zh_CN")
    assert "第 2 行，L 列「全天平响时长」" in text and "2分半" in text


def test_formula_looking_cells_are_data_never_evaluated(db, tmp_path):
    row = ["=cmd|' /C calc'!A0"] + DOUYIN_HEAD[1:]
    path = write(tmp_path / "星河_20261121.csv", [DOUYIN_HEAD, ["=HYPERLINK(\"x\")", "+1"]
                                                  + ["-"] * 20])
    imported(db, path)
    assert [(f.account, f.field, f.value) for f in figures_for_day(db, DAY)] == [
        ("=HYPERLINK(\"x\")", "online_days", 1.0)]
    bad = write(tmp_path / "星河_20261121.csv", [DOUYIN_HEAD, ["小美"] + row[:1] + ["-"] * 20])
    report = import_files(db, [bad], ZONE)
    assert [p.code for p in report.problems] == ["not_number"]


def test_a_day_column_with_a_range_of_days_is_refused(db, tmp_path):
    path = write(tmp_path / "甲店.csv", [["日期"] + headers("tmall_shop"),
                                        ["2026-11-15 ~ 2026-11-21"] + TMALL_SHOP_ROW])
    report = import_files(db, [path], ZONE)
    assert [(p.row, p.column, p.code) for p in report.problems] == [(2, "日期", "kpi_day_range")]


# -- recognition ---------------------------------------------------------------------------

KPI_HEADERS = {
    "tmall_shop": headers("tmall_shop"), "tmall_accounts": ["旺旺昵称"] + headers("tmall_accounts"),
    "douyin_cs": DOUYIN_HEAD, "kuaishou_cs": headers("kuaishou_cs"),
    "jd_service": ["日期"] + headers("jd_service"), "jd_sales": ["日期"] + headers("jd_sales")}


@pytest.mark.parametrize("fmt", list(KPI_HEADERS))
def test_each_kpi_export_is_recognised_as_itself(fmt):
    match = best_match(KPI_HEADERS[fmt])
    assert match.fmt.name == fmt and match.complete


@pytest.mark.parametrize("kind", ["conversations", "sessions"])
@pytest.mark.parametrize("chinese", [False, True])
def test_canonical_files_are_never_taken_for_kpi_exports(kind, chinese):
    head = canonical_headers(kind, chinese)
    assert best_match(head).fmt.name == kind
    for dropped in range(len(head)):  # an incomplete one still names what it lacks
        match = best_match(head[:dropped] + head[dropped + 1:])
        assert match.fmt.name == kind, head[dropped]


def test_a_roster_is_never_taken_for_a_kpi_export_nor_a_kpi_export_for_a_roster():
    roster_fmt = next(f for f in FORMATS if f.name == "roster")
    head = [c.alias for c in roster_fmt.columns]
    assert best_match(head).fmt.name == "roster"
    assert best_match(["平台", "店铺"] + headers("kuaishou_cs")).fmt.name == "kuaishou_cs"
    assert best_match(["店铺", "客服"] + headers("douyin_cs")[:2]).fmt.name == "douyin_cs"


def test_a_kpi_like_file_with_renamed_columns_names_them_and_the_mapping_dialog(db, tmp_path):
    path = write(tmp_path / "星河抖音小店_20261121.csv", [
        ["客服", "人工接待会话数", "全天满意率", "首响时长均值", "询单转化率"],
        ["小美", "1,234", "95%", "11秒", "50%"]])
    report = import_files(db, [path], ZONE)
    [problem] = report.problems
    assert problem.code == "kpi_unrecognised"
    assert "人工接待会话数, 首响时长均值" in problem.text()
    assert "File → Export column names" in problem.text()
    assert "文件 → 导出表列名" in problem.text("zh_CN")


def test_a_renamed_column_imports_once_its_name_is_added(db, tmp_path):
    path = write(tmp_path / "星河抖音小店_20261121.csv", [
        ["客服", "人工接待会话数", "全天满意率", "首响时长均值", "询单转化率"],
        ["小美", "1,234", "95%", "11秒", "50%"]])
    add_header_alias(db, "douyin_cs", "人工接待会话数", "received_sessions", at=0.0)
    report = import_files(db, [path], ZONE)
    assert report.ok, report.text()
    assert [n.params["columns"] for n in report.all_notes() if n.code == "extra_columns"] == [
        "首响时长均值"]
    add_header_alias(db, "douyin_cs", "首响时长均值", "first_response_s", at=0.0)
    report = imported(db, path)
    assert report.counts["kpi_added"] == 1 and report.counts["kpi_unchanged"] == 3
    got = figures(db)
    assert got[("douyin_cs", "星河抖音小店", "小美", "received_sessions")] == 1234
    assert got[("douyin_cs", "星河抖音小店", "小美", "first_response_s")] == 11


def test_an_account_table_without_its_account_column_says_which_column_it_needs(db, tmp_path):
    path = write(tmp_path / "花语_20261121.csv", [headers("tmall_accounts"), ["1"] * 12])
    [problem] = import_files(db, [path], ZONE).problems
    assert problem.code == "kpi_no_account" and "旺旺昵称" in problem.text()


# -- the command line --------------------------------------------------------------------

def test_floorwatch_import_reads_kpi_exports(db_path, tmp_path, capsys):
    path = jd_sales(tmp_path / "星河_20261121.xlsx", [DAY])
    code = cli_run(argparse.Namespace(files=[str(path)], db=str(db_path), tz="Asia/Shanghai",
                                      check=False, json=True, lang="en"))
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["files"][0]["format"] == "jd_sales"
    assert out["counts"]["kpi_added"] == 12


def test_an_empty_store_cell_in_a_store_column_is_refused(db, tmp_path):
    path = write(tmp_path / "别的名字_20261121.csv", [["店铺"] + headers("tmall_shop"),
                                                   [""] + TMALL_SHOP_ROW])
    report = import_files(db, [path], ZONE)
    assert [(p.row, p.column, p.code) for p in report.problems] == [(2, "店铺", "empty")]
