"""Yesterday review (daily patrol items 5 and 7): every store's and agent's metrics for the
previous local day, set against their own baseline, with the cells worth a look marked.

- Yesterday: the floor-zone calendar day before `today`, [00:00, next 00:00) local time.
- Baseline: the `baseline_days` days before yesterday taken together (one window, so a
  ratio is the ratio of the sums, not a mean of daily ratios). The totals
  (PER_DAY_METRICS: reception volume, sales) are per active day: the window's total
  divided by the days on which that store or agent had conversations.
- Marks: "alarm"/"warning" when off target (`Metric.status`); else "far" when the value
  is more than FAR_THRESHOLD worse than a non-null, non-zero baseline (either direction
  beyond TWO_SIDED_THRESHOLD for TWO_SIDED_METRICS); else None.

See docs/metrics.md, "Yesterday review".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from typing import IO, Any

import sqlite_utils

from app.catalog import platform_name
from app.metrics import METRIC_KEYS, METRICS, Value, compute
from app.platform_review import PlatformReviewRow, platform_review
from app.settings import zone_of

SCOPES = ("store", "agent")
MARKS = ("alarm", "warning", "far")
# "far": relative difference from the baseline, (value - baseline) / baseline.
FAR_THRESHOLD = 0.30  # more than 30 % worse, in the metric's bad direction
TWO_SIDED_METRICS = ("reception_volume", "sales")  # traffic, not performance: no bad side
TWO_SIDED_THRESHOLD = 0.50  # more than 50 % up or down
# Totals, not rates: a 7-day total is compared per active day (days with conversations).
PER_DAY_METRICS = ("reception_volume", "sales")
_EPSILON = 1e-9  # exactly 30 % (0.7 / 1.0 - 1 = -0.30000000000000004) is not "more than"
# Text cells starting with one of these are formulas to a spreadsheet (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReviewRow:
    """One store (name, platform) or agent (name; None: conversations nobody picked up)."""

    scope: str  # "store" | "agent"
    name: str | None
    platform: str | None  # stores only
    metrics: dict[str, Value]  # yesterday, every key of METRICS in catalogue order
    baseline: dict[str, Value]  # the baseline window; all None when the row had no data then
    baseline_active_days: int  # days of the baseline window with conversations (0: none)
    marks: dict[str, str | None]  # "alarm" | "warning" | "far" | None

    @property
    def marked(self) -> bool:
        return any(self.marks.values())


@dataclass(frozen=True)
class Review:
    day: dt.date  # the day reviewed ("yesterday")
    rows: list[ReviewRow]  # stores (name, platform order), then agents (name, None last)
    start: float  # yesterday 00:00 local, unix seconds
    end: float  # today 00:00 local
    baseline_start: float  # 00:00 local, baseline_days before yesterday; ends at `start`
    baseline_days: int
    # The platforms' own exports for `day` (imported files), apart from the computed rows.
    platform: tuple[PlatformReviewRow, ...] = ()

    def scope(self, scope: str) -> list[ReviewRow]:
        return [r for r in self.rows if r.scope == scope]


def local_day_start(day: dt.date, zone: dt.tzinfo) -> float:
    """Unix seconds of 00:00 local time on `day` in `zone` (days may be 23 or 25 h with DST)."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone).timestamp()


def mark(key: str, value: Value, baseline: Value) -> str | None:
    """The review mark of one cell: off target first, then far from the baseline."""
    metric = METRICS[key]
    status = metric.status(value)
    if status in ("alarm", "warning"):
        return status
    if value is None or baseline is None or abs(baseline) < _EPSILON:
        return None
    change = (value - baseline) / abs(baseline)
    if key in TWO_SIDED_METRICS:
        return "far" if abs(change) > TWO_SIDED_THRESHOLD + _EPSILON else None
    worse = -change if metric.higher_is_better else change
    return "far" if worse > FAR_THRESHOLD + _EPSILON else None


def _row_key(scope: str, key: dict[str, Any]) -> tuple:
    return (key["store"], key["platform"]) if scope == "store" else (key["agent"],)


def _active_days(db: sqlite_utils.Database, scope: str, midnights: list[float]) -> dict:
    """Per row key: on how many of the local days between the midnights it had conversations."""
    inner = midnights[1:-1]
    day = ("CASE " + " ".join(f"WHEN c.started_at < ? THEN {i}" for i in range(len(inner)))
           + f" ELSE {len(inner)} END") if inner else "0"
    if scope == "store":
        sql = (f"SELECT s.name, s.platform, COUNT(DISTINCT {day}) FROM conversations c "
               "JOIN stores s ON s.id = c.store_id "
               "WHERE c.started_at >= ? AND c.started_at < ? GROUP BY c.store_id")
    else:
        sql = (f"SELECT a.name, COUNT(DISTINCT {day}) FROM conversations c "
               "LEFT JOIN agents a ON a.id = c.agent_id "
               "WHERE c.started_at >= ? AND c.started_at < ? GROUP BY c.agent_id")
    rows = db.execute(sql, inner + [midnights[0], midnights[-1]]).fetchall()
    return {tuple(r[:-1]): int(r[-1]) for r in rows}


def yesterday_review(db: sqlite_utils.Database, today: dt.date | None = None, zone=None,
                     baseline_days: int = 7) -> Review:
    """Review the local day before `today` (default: today in `zone`, else the floor zone).

    Rows are the stores and agents with conversations yesterday; each is compared with its
    own metrics over the `baseline_days` days before yesterday.
    """
    if baseline_days < 1:
        raise ValueError(f"baseline_days must be at least 1, not {baseline_days}")
    zone = zone or zone_of(db)
    if today is None:
        today = dt.datetime.now(zone).date()
    day = today - dt.timedelta(days=1)
    start, end = local_day_start(day, zone), local_day_start(today, zone)
    midnights = [local_day_start(day - dt.timedelta(days=n), zone)
                 for n in range(baseline_days, -1, -1)]  # baseline_start … start
    baseline_start = midnights[0]
    rows: list[ReviewRow] = []
    for scope in SCOPES:
        base = {_row_key(scope, g.key): g.metrics
                for g in compute(db, baseline_start, start, by=scope, zone=zone)}
        days = _active_days(db, scope, midnights)
        for group in compute(db, start, end, by=scope, zone=zone):
            key = _row_key(scope, group.key)
            baseline = dict(base.get(key) or dict.fromkeys(METRIC_KEYS))
            active = days.get(key, 0)
            for k in PER_DAY_METRICS:
                if baseline[k] is not None and active:
                    baseline[k] = baseline[k] / active
            rows.append(ReviewRow(
                scope=scope,
                name=group.key[scope],
                platform=group.key.get("platform"),
                metrics=dict(group.metrics),
                baseline=baseline,
                baseline_active_days=active,
                marks={k: mark(k, group.metrics[k], baseline[k]) for k in METRIC_KEYS},
            ))
    console = {(r.name, r.platform): r.metrics for r in rows if r.scope == "store"}
    return Review(day, rows, start, end, baseline_start, baseline_days,
                  tuple(platform_review(db, day, console)))


# -- CSV ------------------------------------------------------------------------------------

_WORDS = {
    "zh": {"scope": "范围", "name": "名称", "platform": "平台", "baseline": "{}（基线）",
           "mark": "{}（标记）", "store": "店铺", "agent": "客服", "nobody": "（无人接待）",
           "alarm": "告警", "warning": "预警", "far": "偏离基线",
           "exports": "平台导出（原样，与上面的计算值分开）", "account": "子账号",
           "whole": "（全店）", "field": "数据项", "value": "数值", "unit": "单位",
           "raw": "导出原文", "source": "来源导出表", "file": "文件", "console": "控制台计算值"},
    "en": {"scope": "scope", "name": "name", "platform": "platform", "baseline": "{} (baseline)",
           "mark": "{} (mark)", "store": "store", "agent": "agent", "nobody": "(nobody picked up)",
           "alarm": "alarm", "warning": "warning", "far": "far",
           "exports": "platform exports (as imported, apart from the computed rows above)",
           "account": "account", "whole": "(whole store)", "field": "field", "value": "value",
           "unit": "unit", "raw": "as written", "source": "source export", "file": "file",
           "console": "console figure"},
}


def _words(lang: str) -> dict[str, str]:
    return _WORDS["zh" if lang.startswith("zh") else "en"]


def csv_header(lang: str = "zh_CN") -> list[str]:
    w = _words(lang)
    header = [w["scope"], w["name"], w["platform"]]
    for key in METRIC_KEYS:
        name = METRICS[key].name(lang)
        header += [name, w["baseline"].format(name), w["mark"].format(name)]
    return header


def safe_text(text: str) -> str:
    """A text cell a spreadsheet will not run: a leading = + - @ (or tab, CR) gets a quote."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(value: Value) -> int | float | str:
    return "" if value is None else value


def csv_rows(review: Review, lang: str = "zh_CN") -> list[list[Any]]:
    """The header and one row per ReviewRow, as written by review_csv()."""
    w = _words(lang)
    rows: list[list[Any]] = [csv_header(lang)]
    for r in review.rows:
        name = w["nobody"] if r.name is None else r.name
        platform = platform_name(r.platform, lang) if r.platform else ""
        row: list[Any] = [w[r.scope], safe_text(name), safe_text(platform)]
        for key in METRIC_KEYS:
            m = r.marks[key]
            row += [_number(r.metrics[key]), _number(r.baseline[key]), w[m] if m else ""]
        rows.append(row)
    if review.platform:
        rows += [[], *_platform_rows(review.platform, lang)]
    return rows


def _platform_rows(platform: tuple[PlatformReviewRow, ...], lang: str) -> list[list[Any]]:
    """The imported platform figures after a blank row, under their own header."""
    from app.importing.messages import format_title
    from app.kpi_catalog import catalogue

    w = _words(lang)
    fields = catalogue().fields
    rows: list[list[Any]] = [[w["exports"]], [
        w["store"], w["platform"], w["account"], w["field"], w["value"], w["unit"], w["raw"],
        w["source"], w["file"], w["console"]]]
    for r in platform:
        f = r.figure
        field = fields.get(f.field)
        console = "" if r.metric is None or f.account is not None else _number(r.console)
        rows.append([safe_text(f.store), platform_name(f.platform, lang),
                     safe_text(f.account) if f.account is not None else w["whole"],
                     field.name(lang) if field else f.field, f.value, f.unit,
                     safe_text(f.raw), format_title(f.source_format, lang),
                     safe_text(f.import_file), console])
    return rows


def review_csv(review: Review, path_or_file: str | os.PathLike | IO, lang: str = "zh_CN") -> None:
    """Write the review as CSV: UTF-8 with BOM, CRLF lines, raw numbers, null as empty.

    path_or_file: a path (created or replaced), or an open text or binary file. OSError
    (read-only folder, disk full…) propagates for the caller to report.
    """
    rows = csv_rows(review, lang)
    if isinstance(path_or_file, (str, os.PathLike)):
        with open(path_or_file, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(rows)
    elif isinstance(path_or_file, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
            path_or_file, "mode", ""):
        text = io.TextIOWrapper(path_or_file, encoding="utf-8-sig", newline="")
        try:
            csv.writer(text).writerows(rows)
            text.flush()
        finally:
            text.detach()
    else:
        path_or_file.write("\ufeff")
        csv.writer(path_or_file).writerows(rows)
