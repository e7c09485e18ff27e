"""The KPI catalogue (resources/data/metrics.json) and its exact computation.

compute() aggregates raw conversations; series() reads the hour rollup, or raw conversations
for minute and 10-minute buckets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from app.resources import load_json
from app.schema import ROLLUP_COLUMNS
from app.settings import zone_of
from app.shares import bucket_sql, totals_sql

UNITS = ("count", "ratio", "multiple", "seconds", "yuan")  # ratio: shown as %; multiple: 1.20
GROUPINGS = ("floor", "store", "agent", "hour")
STEPS = {"minute": 60, "10min": 600, "hour": 3600}
# Metrics that count distinct customers: never from rollups, always from raw rows.
DISTINCT_METRICS = ("inquiry_conversion", "avg_order_value")
_DISTINCT_COLUMNS = ("inquirers", "converted", "payers")
_TOTALS = ROLLUP_COLUMNS + _DISTINCT_COLUMNS
_EMPTY = 1e-9  # a denominator this close to 0 is empty (rollup deltas may leave dust)

Value = float | int | None


@dataclass(frozen=True)
class Metric:
    """One KPI of the catalogue; levels are None where there is no sensible default."""

    key: str
    name_zh: str
    name_en: str
    unit: str
    higher_is_better: bool
    target: float | None
    warning: float | None
    alarm: float | None
    formula_en: str
    min_sample: int = 0  # fewest cases in the denominator before an alert may be raised

    def name(self, lang: str = "zh_CN") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def status(self, value: Value) -> str | None:
        """'alarm' or 'warning' when strictly worse than that level, else 'ok'; None: no levels."""
        if value is None or (self.warning is None and self.alarm is None):
            return None

        def worse(level: float | None) -> bool:
            if level is None:
                return False
            return value < level if self.higher_is_better else value > level

        return "alarm" if worse(self.alarm) else "warning" if worse(self.warning) else "ok"


@dataclass
class Group:
    """The metrics of one group: key names the group, metrics maps every key to a value."""

    key: dict[str, Any]
    metrics: dict[str, Value]
    samples: dict[str, float] = field(default_factory=dict, compare=False)  # denominators


def _load_catalogue() -> dict[str, Metric]:
    metrics: dict[str, Metric] = {}
    for item in load_json("data", "metrics.json")["metrics"]:
        metric = Metric(**item)
        if metric.unit not in UNITS:
            raise ValueError(f"metrics.json: {metric.key}: unknown unit {metric.unit!r}")
        metrics[metric.key] = metric
    if set(metrics) != set(_FORMULAS):
        raise ValueError(f"metrics.json keys {sorted(metrics)} != formulas {sorted(_FORMULAS)}")
    return metrics


def _ratio(num: float, den: float) -> float | None:
    return None if abs(den) < _EMPTY else num / den


_FORMULAS = {
    "reception_volume": lambda t: int(round(t["n"])),
    "reply_rate": lambda t: _ratio(t["replied"], t["n"]),
    "first_response_s": lambda t: _ratio(t["first_resp_sum"], t["replied"]),
    "avg_response_s": lambda t: _ratio(t["reply_seconds"], t["replies"]),
    "first_reply_30s_rate": lambda t: _ratio(t["within30"], t["n"]),
    "answer_question_ratio": lambda t: _ratio(t["agent_msgs"], t["customer_msgs"]),
    "satisfaction": lambda t: _ratio(t["rated_good"], t["rated"]),
    "inquiry_conversion": lambda t: _ratio(t["converted"], t["inquirers"]),
    "avg_order_value": lambda t: _ratio(t["paid_sum"], t["payers"]),
    "sales": lambda t: t["paid_sum"],
    "refund_rate": lambda t: _ratio(t["refund_sum"], t["paid_sum"]),
}

# The count each metric's value rests on (its denominator, in cases): what min_sample checks.
_SAMPLES = {
    "reception_volume": "n", "reply_rate": "n", "first_response_s": "replied",
    "avg_response_s": "replies", "first_reply_30s_rate": "n",
    "answer_question_ratio": "customer_msgs", "satisfaction": "rated",
    "inquiry_conversion": "inquirers", "avg_order_value": "payers", "sales": "payers",
    "refund_rate": "payers",
}

METRICS: dict[str, Metric] = _load_catalogue()
METRIC_KEYS: tuple[str, ...] = tuple(METRICS)
ADDITIVE_METRICS: tuple[str, ...] = tuple(k for k in METRIC_KEYS if k not in DISTINCT_METRICS)


def derive(totals: dict[str, float]) -> dict[str, Value]:
    """Every metric, in catalogue order, from a group's totals (rollup columns + distincts)."""
    return {key: _FORMULAS[key](totals) for key in METRIC_KEYS}


def samples(totals: dict[str, float]) -> dict[str, float]:
    """How many cases each metric's value rests on, from a group's totals."""
    return {key: float(totals.get(_SAMPLES[key]) or 0.0) for key in METRIC_KEYS}


# -- raw aggregation ------------------------------------------------------------------

_PER_CUSTOMER = (f"{totals_sql()}, MAX(c.inquiry != 0) AS inquired, "
                 "MAX(c.paid_amount > 0) AS paid")

_PER_GROUP = ", ".join(
    [f"TOTAL({col})" for col in ROLLUP_COLUMNS]
    + ["TOTAL(inquired)", "TOTAL(inquired AND paid)", "TOTAL(paid)"])


def _aggregate(db: sqlite_utils.Database, group_sql: str, where: list[str],
               params: list[Any]) -> dict[Any, dict[str, float]]:
    """Totals per group value, counting customers (by the `customer` text) per group."""
    sql = (f"SELECT g, {_PER_GROUP} FROM ("
           f"SELECT {group_sql} AS g, c.customer, {_PER_CUSTOMER} "
           f"FROM conversations c WHERE {' AND '.join(where)} GROUP BY g, c.customer"
           f") GROUP BY g")
    return {row[0]: dict(zip(_TOTALS, row[1:])) for row in db.execute(sql, params)}


def _local_hour(zone: dt.tzinfo):
    def hour_start(t: float) -> float:
        local = dt.datetime.fromtimestamp(t, zone)
        return local.replace(minute=0, second=0, microsecond=0).timestamp()
    return hour_start


def _hour_iso(t: float, zone: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(t, zone).isoformat()


def compute(db: sqlite_utils.Database, start: float, end: float, *, store: str | None = None,
            agent: str | None = None, by: str = "floor",
            zone: dt.tzinfo | None = None) -> list[Group]:
    """Metrics over the conversations that started in [start, end), one Group per key.

    by: floor (always exactly one group, even empty), store, agent (unassigned
    conversations form {"agent": None}) or hour (local hours of `zone`, default the
    floor zone; only hours that have conversations). store/agent filter by name.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}, not {by!r}")
    where = ["c.started_at >= ?", "c.started_at < ?"]
    params: list[Any] = [float(start), float(end)]
    if store is not None:
        where.append("c.store_id IN (SELECT id FROM stores WHERE name = ?)")
        params.append(store)
    if agent is not None:
        where.append("c.agent_id IN (SELECT id FROM agents WHERE name = ?)")
        params.append(agent)
    if by == "hour":
        zone = zone or zone_of(db)
        db.conn.create_function("fw_local_hour", 1, _local_hour(zone), deterministic=True)
    group_sql = {"floor": "'all'", "store": "c.store_id", "agent": "c.agent_id",
                 "hour": "fw_local_hour(c.started_at)"}[by]
    totals = _aggregate(db, group_sql, where, params)
    if by == "floor":
        floor = totals.get("all") or dict.fromkeys(_TOTALS, 0.0)
        return [Group({"floor": "all"}, derive(floor), samples(floor))]
    if by == "store":
        names = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, name, platform FROM stores")}
        keyed = [({"store": names[g][0], "platform": names[g][1]}, names[g], t)
                 for g, t in totals.items()]
    elif by == "agent":
        names = dict(db.execute("SELECT id, name FROM agents").fetchall())
        keyed = [({"agent": names.get(g)}, (g is None, names.get(g) or ""), t)
                 for g, t in totals.items()]
    else:
        keyed = [({"hour": _hour_iso(g, zone)}, g, t) for g, t in totals.items()]
    keyed.sort(key=lambda item: item[1])
    return [Group(key, derive(t), samples(t)) for key, _, t in keyed]


# -- chart series -----------------------------------------------------------------------

def _in(column: str, ids: Sequence[int]) -> str:
    return f"{column} IN ({', '.join('?' * len(ids))})"


def _agent_in(agent_ids: Sequence[int]) -> str:
    """agent_id among `agent_ids`, where 0 is no agent; written so the agent index serves it."""
    named = [a for a in agent_ids if a]
    parts = [_in("c.agent_id", named)] if named else []
    if len(named) < len(agent_ids):
        parts.append("c.agent_id IS NULL")
    return f"({' OR '.join(parts)})" if parts else "0"


def _bucket(t: float, size: int) -> int:
    return int(t // size) * size  # the same arithmetic as app.ingest's rollup buckets


def series(db: sqlite_utils.Database, metric_key: str, start: float, end: float,
           step: str = "minute", store_ids: list[int] | None = None,
           agent_ids: list[int] | None = None) -> list[tuple[float, Value]]:
    """(bucket start, value) for every UTC minute/10-minute/hour bucket overlapping [start, end)
    that has data.

    Additive metrics of the floor or of stores in hour steps come from rollup_hour; everything
    else sums the raw conversations (a minute bucket, or one agent's hour, holds about one
    conversation, so a rollup of those would be as big as the table).
    agent_ids may hold 0: nobody picked up.
    """
    if metric_key not in METRICS:
        raise ValueError(f"unknown metric {metric_key!r}")
    if step not in STEPS:
        raise ValueError(f"step must be one of {tuple(STEPS)}, not {step!r}")
    size = STEPS[step]
    lo, hi = _bucket(start, size), -_bucket(-end, size)
    if metric_key in DISTINCT_METRICS or step != "hour" or agent_ids is not None:
        where = ["c.started_at >= ?", "c.started_at < ?"]
        params: list[Any] = [float(lo), float(hi)]
        if store_ids is not None:
            where.append(_in("c.store_id", store_ids))
            params += list(store_ids)
        if agent_ids is not None:
            where.append(_agent_in(agent_ids))
            params += [a for a in agent_ids if a]
        if metric_key in DISTINCT_METRICS:
            totals = _aggregate(db, bucket_sql(size), where, params)
            rows = sorted(totals.items())
        else:
            sql = (f"SELECT {bucket_sql(size)} AS b, {totals_sql()} FROM conversations c "
                   f"WHERE {' AND '.join(where)} GROUP BY b ORDER BY b")
            rows = [(r[0], dict(zip(ROLLUP_COLUMNS, r[1:]))) for r in db.execute(sql, params)]
    else:
        where = ["bucket >= ?", "bucket < ?"]
        params = [lo, hi]
        if store_ids is not None:
            where.append(_in("store_id", store_ids))
            params += list(store_ids)
        sums = ", ".join(f"TOTAL({c})" for c in ROLLUP_COLUMNS)
        sql = (f"SELECT bucket, {sums} FROM rollup_hour WHERE {' AND '.join(where)} "
               "GROUP BY bucket HAVING TOTAL(n) > 0.5 ORDER BY bucket")
        rows = [(r[0], dict(zip(ROLLUP_COLUMNS, r[1:]))) for r in db.execute(sql, params)]
    formula = _FORMULAS[metric_key]
    return [(float(bucket), formula(t)) for bucket, t in rows]
