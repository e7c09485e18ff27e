"""Platform KPI exports as the platforms write them, generated for the tests (no binary
fixtures): header names from resources/data/kpi_exports.json, cells in the platforms'
spellings (2分30秒, 95.5%, ¥1,234.50, -)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

from app.kpi_catalog import export_format

ZONE = dt.timezone(dt.timedelta(hours=8))


def headers(format_key: str) -> list[str]:
    """The first header name of every column of the format, in catalogue order."""
    return [c.headers[0] for c in export_format(format_key).columns]


def write(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig") -> Path:
    """CSV (in `encoding`) or, for a .xlsx path, a workbook whose first sheet holds `rows`."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(list(row))
        book.save(path)
        return path
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


TMALL_SHOP_ROW = ["¥12,345.60", "120", "35.20%", "¥102.88", "1,000.00元", "11,345.60",
                  "800", "760", "45.5%", "28", "96.30%", "99.10%", "12.5", "36", "0.80%", "-"]


def tmall_shop(path: Path, row: Sequence[Any] = TMALL_SHOP_ROW) -> Path:
    """生意参谋 → 客服 → 店铺概览: one header row, one row for the store's day."""
    return write(path, [headers("tmall_shop"), list(row)])


def tmall_accounts(path: Path) -> Path:
    """生意参谋 → 客服绩效: one row per 旺旺 sub-account, then a 合计 row."""
    head = ["旺旺昵称"] + headers("tmall_accounts")
    return write(path, [
        head,
        ["花语美妆旗舰店:小美", "320", "300", "150", "70", "¥8,000.00", "66", "¥7,600.00",
         "130", "72", "61.5%", "¥200.00", "¥7,400.00"],
        ["花语美妆旗舰店:阿强", "210", "205", "95", "40", "¥4,500.00", "38", "¥4,345.60",
         "80", "41", "38.5%", "¥800.00", "¥3,545.60"],
        ["合计", "530", "505", "245", "110", "¥12,500.00", "104", "¥11,945.60", "210", "113",
         "100%", "¥1,000.00", "¥10,945.60"],
    ])


DOUYIN_HEAD = ["客服"] + headers("douyin_cs")


def douyin(path: Path) -> Path:
    """飞鸽 客服表现: one row per agent, then 店铺汇总值 and 店铺平均值."""
    return write(path, [
        DOUYIN_HEAD,
        ["小美", "1", "1,234", "3", "300", "12", "150", "140", "2", "1.3%", "95.5%", "2分30秒",
         "11秒", "92.0%", "210", "120", "110", "6", "¥23,456.50", "¥560.00", "¥22,896.50",
         "52.38%"],
        ["阿强", "1", "88", "0", "80", "--", "20", "20", "0", "0.0%", "100%", "7小时41分52秒",
         "-", "--", "30", "10", "9", "0", "¥1,234", "¥0", "1,234", "30%"],
        ["店铺汇总值", "2", "1,322", "3", "380", "12", "170", "160", "2", "1.2%", "95.2%",
         "1分05秒", "12秒", "93.1%", "240", "130", "119", "6", "24,690.50元", "560元",
         "24,130.50元", "49.6%"],
        ["店铺平均值", "1", "661", "1.5", "190", "6", "85", "80", "1", "1.2%", "95.2%",
         "1分05秒", "12秒", "93.1%", "120", "65", "59.5", "3", "12,345.25元", "280元",
         "12,065.25元", "49.6%"],
    ])


KUAISHOU_ROW = ["97.5%", "96.8%", "0.5%", "1,024", "1,300", "980", "25秒", "98.0%", "97.2%",
                "0.6%", "0.4%", "1.1%", "400", "180", "172", "43%", "¥88.50", "¥15,222.00"]


def kuaishou(path: Path, row: Sequence[Any] = KUAISHOU_ROW) -> Path:
    """快手 客服_考核数据: the header (full-width parentheses), then the shop's row."""
    return write(path, [headers("kuaishou_cs"), list(row)])


def jd_service(path: Path, days: Sequence[dt.date], title_rows: bool = True) -> Path:
    """京东 服务工作量 (xlsx): a title and a date range above the column names, so the data
    begins on row 4 (or on row 2 without them); column A is the date."""
    rows: list[list[Any]] = []
    if title_rows:
        rows += [["京东自营 客服服务工作量"],
                 [f"统计时间：{days[0].isoformat()} 至 {days[-1].isoformat()}"]]
    rows.append(["日期"] + headers("jd_service"))
    for n, day in enumerate(days):
        rows.append([dt.datetime.combine(day, dt.time()), 6, 48.5, 14, 900 + n, 850 + n,
                     800 + n, 0.982, 0.975, 0.91, 0.93, 0.6, 3.2, 4, 6.5, 18, 25, 30, 28,
                     27, 0.96, 0.94, 0.1, 0.88])
    return write(path, rows)


def jd_sales(path: Path, days: Sequence[dt.date]) -> Path:
    """京东 销售绩效 (xlsx): the column names on row 1, the data from row 2, then 合计."""
    rows: list[list[Any]] = [["日期"] + headers("jd_sales")]
    for n, day in enumerate(days):
        rows.append([day.strftime("%Y%m%d"), 6, 500 + n, 210, 190, 230, 205, 260, 231,
                     "¥45,600.00", "¥41,000.00", "42%", "38%"])
    rows.append(["合计", 6, 1000, 420, 380, 460, 410, 520, 462, "¥91,200.00", "¥82,000.00",
                 "42%", "38%"])
    return write(path, rows)
