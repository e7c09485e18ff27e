"""Metric levels (catalogue defaults and overrides) and the watcher that turns them into alerts.

Levels resolve store override > team override > floor override > catalogue default; the
most specific override row wins whole (a None level in it means "no such level there").
MetricWatcher evaluates a rolling window with hysteresis and a minimum sample size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from app.alerts import (
    Alert, AlertChange, active_alerts, clear_alert, raise_alert, severity_rank, store_labels,
)
from app.cli_metrics import format_value
from app.metrics import METRICS, Metric, Value, compute

SCOPES = ("floor", "store", "team")
KIND = "metric"
DEFAULT_WINDOW_S = 3600.0
DEFAULT_MIN_CONVERSATIONS = 10
DEFAULT_MARGIN = 0.02  # 2 % of the level
# Conversations younger than this are still being answered, paid or rated: judging them
# would read "not replied yet" as "never replied". The window ends this long before now.
DEFAULT_SETTLE_S = 600.0


class Levels(NamedTuple):
    """A metric's levels in one scope; None: no such level."""

    target: float | None
    warning: float | None
    alarm: float | None


@dataclass(frozen=True)
class LevelOverride:
    """One row of metric_targets: levels set for the floor, a store (id) or a team (name)."""

    metric: str
    scope: str
    scope_value: str
    levels: Levels


# -- levels ---------------------------------------------------------------------------

def _metric(metric_key: str) -> Metric:
    if metric_key not in METRICS:
        raise ValueError(f"unknown metric {metric_key!r}")
    return METRICS[metric_key]


def _scope(store_id: int | None, team: str | None) -> tuple[str, str]:
    if store_id is not None and team is not None:
        raise ValueError("levels are set for a store or for a team, not both")
    if store_id is not None:
        return "store", str(int(store_id))
    if team is not None:
        if not team.strip():
            raise ValueError("a team override needs a team name")
        return "team", team.strip()
    return "floor", ""


def level_overrides(db: sqlite_utils.Database,
                    metric_key: str | None = None) -> list[LevelOverride]:
    """Every stored override (of one metric), by metric, scope and scope value."""
    where, params = ("WHERE metric = ?", [metric_key]) if metric_key else ("", [])
    rows = db.execute(
        f"SELECT metric, scope, scope_value, target, warning, alarm FROM metric_targets "
        f"{where} ORDER BY metric, scope, scope_value", params).fetchall()
    return [LevelOverride(r[0], r[1], r[2], Levels(*r[3:])) for r in rows]


def _resolve(overrides: dict[tuple[str, str, str], Levels], metric_key: str,
             store_id: int | None, team: str | None) -> Levels:
    candidates = []
    if store_id is not None:
        candidates.append(("store", str(int(store_id))))
    if team:
        candidates.append(("team", team))
    candidates.append(("floor", ""))
    for scope, value in candidates:
        found = overrides.get((metric_key, scope, value))
        if found is not None:
            return found
    m = METRICS[metric_key]
    return Levels(m.target, m.warning, m.alarm)


def _override_map(db: sqlite_utils.Database) -> dict[tuple[str, str, str], Levels]:
    return {(o.metric, o.scope, o.scope_value): o.levels for o in level_overrides(db)}


def levels_for(db: sqlite_utils.Database, metric_key: str, store_id: int | None = None,
               team: str | None = None) -> Levels:
    """(target, warning, alarm): store override > team override > floor override > default."""
    _metric(metric_key)
    return _resolve(_override_map(db), metric_key, store_id, team)


def validate_levels(metric_key: str, target: float | None, warning: float | None,
                    alarm: float | None) -> Levels:
    """The levels as floats, or ValueError saying what is wrong with them."""
    metric = _metric(metric_key)
    named = {"target": target, "warning": warning, "alarm": alarm}
    for name, value in named.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            raise ValueError(f"{metric_key}: {name} must be a number, not {value!r}")
        if value < 0:
            raise ValueError(f"{metric_key}: {name} cannot be negative ({value})")
    # Worst first: alarm, warning, target must not get worse along the way.
    chain = [(n, float(v)) for n, v in (("alarm", alarm), ("warning", warning),
                                         ("target", target)) if v is not None]
    for (lo_name, lo), (hi_name, hi) in zip(chain, chain[1:]):
        if metric.higher_is_better and lo > hi:
            raise ValueError(
                f"{metric_key} ({metric.name_en}): higher is better, so levels must satisfy "
                f"alarm ≤ warning ≤ target; {lo_name} {lo:g} is above {hi_name} {hi:g}")
        if not metric.higher_is_better and lo < hi:
            raise ValueError(
                f"{metric_key} ({metric.name_en}): lower is better, so levels must satisfy "
                f"alarm ≥ warning ≥ target; {lo_name} {lo:g} is below {hi_name} {hi:g}")
    return Levels(*(None if v is None else float(v) for v in (target, warning, alarm)))


def set_levels(db: sqlite_utils.Database, metric_key: str, target: float | None,
               warning: float | None, alarm: float | None, *, store_id: int | None = None,
               team: str | None = None) -> Levels:
    """Store the levels of a metric for the floor (default), a store or a team.

    The row replaces the scope's levels whole; None leaves that level unset there (all
    three None: the metric is not watched in that scope).
    """
    levels = validate_levels(metric_key, target, warning, alarm)
    scope, scope_value = _scope(store_id, team)
    if scope == "store" and db.execute(
            "SELECT 1 FROM stores WHERE id = ?", [int(scope_value)]).fetchone() is None:
        raise ValueError(f"there is no store {store_id}")
    with db.atomic():
        db.execute(
            "INSERT INTO metric_targets (metric, scope, scope_value, target, warning, alarm) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (metric, scope, scope_value) DO UPDATE SET "
            "target = excluded.target, warning = excluded.warning, alarm = excluded.alarm",
            [metric_key, scope, scope_value, *levels])
    return levels


def reset_levels(db: sqlite_utils.Database, metric_key: str, *, store_id: int | None = None,
                 team: str | None = None) -> bool:
    """Remove a scope's override (it falls back to the next one); False if there was none."""
    _metric(metric_key)
    scope, scope_value = _scope(store_id, team)
    with db.atomic():
        cur = db.execute("DELETE FROM metric_targets WHERE metric = ? AND scope = ? "
                         "AND scope_value = ?", [metric_key, scope, scope_value])
    return cur.rowcount > 0


# -- hysteresis -------------------------------------------------------------------------

def level_status(value: float, levels: Levels, higher_is_better: bool,
                 margin: float = 0.0) -> str | None:
    """'alarm' / 'warning' when strictly worse than that level, else None.

    With a margin each level is first moved toward better by margin × |level|: the
    test a value must pass to count as recovered.
    """
    def worse(level: float | None) -> bool:
        if level is None:
            return False
        shift = abs(level) * margin
        return value < level + shift if higher_is_better else value > level - shift

    return "alarm" if worse(levels.alarm) else "warning" if worse(levels.warning) else None


def next_severity(value: float, levels: Levels, higher_is_better: bool,
                  current: str | None, margin: float = DEFAULT_MARGIN) -> str | None:
    """The alert severity after seeing `value`, given the `current` one (None: no alert).

    Worse at once: as soon as the value is strictly worse than a level. Better only by
    the margin: the value must be at least margin × |level| better than the level.
    """
    raw = level_status(value, levels, higher_is_better)
    if severity_rank(raw) > severity_rank(current):
        return raw
    held = level_status(value, levels, higher_is_better, margin)
    return held if severity_rank(held) < severity_rank(current) else current


# -- the watcher ----------------------------------------------------------------------

def metric_alert_key(metric_key: str, store_id: int | None = None) -> str:
    """The condition key: metric:<key>:floor or metric:<key>:store:<id>."""
    if store_id is None:
        return f"metric:{metric_key}:floor"
    return f"metric:{metric_key}:store:{store_id}"


_LEVEL_NAME = {"warning": ("预警线", "warning level"), "alarm": ("告警线", "alarm level")}


def _messages(metric: Metric, value: float, level: float, severity: str,
              scope: tuple[str, str], window_s: float, settle_s: float,
              n: int) -> tuple[str, str]:
    zh_level, en_level = _LEVEL_NAME[severity]
    a, b = f"{settle_s / 60:g}", f"{(settle_s + window_s) / 60:g}"
    v, lv = format_value(metric.key, value), format_value(metric.key, level)
    zh_dir, en_dir = ("低于", "below") if metric.higher_is_better else ("高于", "above")
    zh = (f"{scope[0]} {metric.name_zh} {v}，{zh_dir}{zh_level} {lv}"
          f"（{b}–{a} 分钟前开始的 {n} 次接待）" if settle_s else
          f"（近 {b} 分钟，{n} 次接待）")
    en = (f"{scope[1]}: {metric.name_en} {v} is {en_dir} the {en_level} {lv} "
          f"({n} conversations started {b}–{a} min ago)" if settle_s else
          f"(last {b} min, {n} conversations)")
    return zh, en


@dataclass(frozen=True)
class MetricWatcher:
    """Raises and clears metric alerts for the floor and each store over a rolling window.

    window_s: the window's length; settle_s: how long before `now` it ends (conversations
    younger than that are still in progress); min_conversations: below this many
    conversations in a scope's window (or below the metric's own min_sample cases) nothing
    is raised or escalated and an active alert is held, for at most window_s + settle_s
    after it was raised, then cleared; margin: the relative recovery margin of next_severity();
    metrics: the watched keys (None: all, those without levels simply never alert).
    """

    window_s: float = DEFAULT_WINDOW_S
    settle_s: float = DEFAULT_SETTLE_S
    min_conversations: int = DEFAULT_MIN_CONVERSATIONS
    margin: float = DEFAULT_MARGIN
    metrics: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.window_s <= 0 or self.settle_s < 0:
            raise ValueError("window_s must be positive and settle_s not negative")
        if self.min_conversations < 0 or self.margin < 0:
            raise ValueError("min_conversations and margin cannot be negative")
        for key in self.metrics or ():
            _metric(key)

    def evaluate(self, db: sqlite_utils.Database, now: float) -> list[AlertChange]:
        """Compare the window [now - settle_s - window_s, now - settle_s) with the levels;
        store what changed."""
        end = now - self.settle_s
        start = end - self.window_s
        overrides = _override_map(db)
        labels = store_labels(db)
        ids = {(name, platform): sid for sid, platform, name
               in db.execute("SELECT id, platform, name FROM stores")}
        floor = compute(db, start, end)[0]
        scopes: dict[int | None, tuple[dict[str, Value], dict[str, float]]] = {
            None: (floor.metrics, floor.samples)}
        for group in compute(db, start, end, by="store"):
            scopes[ids[(group.key["store"], group.key["platform"])]] = (group.metrics,
                                                                        group.samples)
        active = {a.key: a for a in active_alerts(db, kind=KIND)}
        for alert in active.values():  # quiet stores still get their alerts looked at
            if alert.store_id is not None:
                scopes.setdefault(alert.store_id, ({}, {}))
        changes: list[AlertChange] = []
        for store_id, (values, counts) in scopes.items():
            scope = labels[store_id] if store_id is not None else ("全场", "Floor")
            n = int(values.get("reception_volume") or 0)
            for key in self.metrics or tuple(METRICS):
                metric = METRICS[key]
                enough = (n >= self.min_conversations
                          and counts.get(key, 0.0) >= metric.min_sample)
                change = self._evaluate_one(
                    db, now, metric, values.get(key), n, enough, store_id, scope,
                    _resolve(overrides, key, store_id, None), active)
                if change is not None:
                    changes.append(change)
        return changes

    def _evaluate_one(self, db: sqlite_utils.Database, now: float, metric: Metric,
                      value: Value, n: int, enough: bool, store_id: int | None,
                      scope: tuple[str, str], levels: Levels,
                      active: dict[str, Alert]) -> AlertChange | None:
        key = metric_alert_key(metric.key, store_id)
        current = active.get(key)
        severity = current.severity if current else None
        if levels.warning is None and levels.alarm is None:
            new = None  # no level to break: nothing to alert on
        elif value is None or not enough:
            # Too few cases to judge either way: hold, but not past one window, or a quiet
            # night would keep the evening's alerts alive until morning.
            if current is None or now - current.raised_at <= self.window_s + self.settle_s:
                return None
            new = None
        else:
            new = next_severity(float(value), levels, metric.higher_is_better, severity,
                                self.margin)
        if new == severity:
            return None
        if new is None:
            cleared = clear_alert(db, key, now)
            return AlertChange("cleared", cleared) if cleared else None
        level = levels.alarm if new == "alarm" else levels.warning
        zh, en = _messages(metric, float(value), float(level), new, scope, self.window_s,
                             self.settle_s, n)
        alert = raise_alert(db, key, KIND, new, zh, en, now, store_id=store_id,
                            metric=metric.key, value=float(value))
        return None if alert is None else AlertChange.of(alert)
