"""Reception surges: a store's last 60 minutes against its usual volume at that time of day.

The baseline of a store and local clock hour is the mean (and median) volume of that
hour over the previous 7 local days that had conversations in it (at least 3 such days).
The window's expected volume blends the baselines of the clock hours it overlaps.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

import sqlite_utils

from app.alerts import AlertChange, active_alerts, clear_alert, raise_alert, store_labels
from app.settings import zone_of

KIND = "surge"
INCIDENT_TYPE = "reception_surge"  # resources/data/incident_types.json
HOUR = 3600.0


@dataclass(frozen=True)
class Baseline:
    """A store's usual volume in one local clock hour, from the days that had data."""

    store_id: int
    hour_start: float  # the local clock hour it is the baseline of (unix seconds)
    days: tuple[tuple[str, float], ...]  # (local ISO date, volume of that hour), newest first
    mean: float
    median: float


@dataclass(frozen=True)
class SurgeReading:
    """The window's volume against its expected volume for one store."""

    store_id: int
    volume: int  # conversations in the part of the window that has a baseline
    expected: float  # conversations the baselines expect in that part
    ratio: float  # volume / expected
    covered_s: float  # length of that part: the window unless an hour has no baseline


def surge_alert_key(store_id: int) -> str:
    return f"surge:store:{store_id}"


def _volumes(db: sqlite_utils.Database, start: float, end: float) -> dict[int, float]:
    """Conversations started in [start, end) per store, from the finest exact source."""
    if start % 3600 == 0 and end % 3600 == 0:
        sql = ("SELECT store_id, TOTAL(n) FROM rollup_hour WHERE bucket >= ? AND bucket < ? "
               "GROUP BY store_id HAVING TOTAL(n) > 0.5")
    else:
        sql = ("SELECT store_id, COUNT(*) FROM conversations WHERE started_at >= ? "
               "AND started_at < ? GROUP BY store_id")
    return {int(sid): round(n) for sid, n in db.execute(sql, [start, end])}


def _hour_start(t: float, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(t, zone).replace(minute=0, second=0, microsecond=0)


def hour_baselines(db: sqlite_utils.Database, at: float, zone: dt.tzinfo, days: int = 7,
                   min_days: int = 3) -> dict[int, Baseline]:
    """The baseline of every store that has one, for the local clock hour holding `at`.

    Day k (1..days) looks at the same wall-clock hour on the local date k days before.
    A day on which that hour had no conversation counts as no data, not as zero.
    """
    hour = _hour_start(at, zone)
    per_store: dict[int, list[tuple[str, float]]] = {}
    for k in range(1, days + 1):
        date = hour.date() - dt.timedelta(days=k)
        start = dt.datetime.combine(date, hour.time(), tzinfo=zone).timestamp()
        for store_id, n in _volumes(db, start, start + HOUR).items():
            per_store.setdefault(store_id, []).append((date.isoformat(), float(n)))
    return {sid: Baseline(sid, hour.timestamp(), tuple(found),
                          statistics.fmean(v for _, v in found),
                          statistics.median(v for _, v in found))
            for sid, found in per_store.items() if len(found) >= min_days}


def hour_baseline(db: sqlite_utils.Database, store_id: int, at: float,
                  zone: dt.tzinfo | None = None) -> Baseline | None:
    """The store's baseline for the local clock hour holding `at`, or None (< 3 days)."""
    return hour_baselines(db, at, zone or zone_of(db)).get(store_id)


def baseline(db: sqlite_utils.Database, store_id: int, at: float,
             zone: dt.tzinfo | None = None) -> float | None:
    """Mean volume of the store in the local clock hour holding `at` over the last 7 days."""
    found = hour_baseline(db, store_id, at, zone)
    return None if found is None else found.mean


@dataclass(frozen=True)
class SurgeDetector:
    """Surge rules: warning at ≥ warning_ratio × expected, alarm at ≥ alarm_ratio, both
    only with ≥ min_volume conversations; an alarm eases below ease_ratio and any surge
    clears below clear_ratio. statistic: "mean" or "median" of the baseline days."""

    window_s: float = HOUR
    warning_ratio: float = 2.0
    alarm_ratio: float = 3.0
    ease_ratio: float = 2.5
    clear_ratio: float = 1.5
    min_volume: int = 10
    days: int = 7
    min_days: int = 3
    statistic: str = "mean"

    def __post_init__(self) -> None:
        if not 0 < self.clear_ratio <= self.warning_ratio <= self.alarm_ratio:
            raise ValueError("surge ratios must satisfy 0 < clear ≤ warning ≤ alarm")
        if not self.clear_ratio <= self.ease_ratio <= self.alarm_ratio:
            raise ValueError("ease_ratio must lie between clear_ratio and alarm_ratio")
        if self.statistic not in ("mean", "median"):
            raise ValueError("statistic must be 'mean' or 'median'")
        if self.window_s <= 0 or self.min_days < 1 or self.days < self.min_days:
            raise ValueError("window_s > 0 and 1 ≤ min_days ≤ days are required")

    def readings(self, db: sqlite_utils.Database, now: float,
                 zone: dt.tzinfo | None = None) -> dict[int, SurgeReading]:
        """Per store: volume of [now - window_s, now) against the blended baseline.

        The window is cut at local clock hours; each piece expects its hour's baseline ×
        its share of an hour. Pieces whose hour has no baseline are left out of both
        sides; a store whose pieces with a baseline cover less than half the window
        has no reading.
        """
        zone = zone or zone_of(db)
        start = now - self.window_s
        pieces: list[tuple[float, float, dict[int, Baseline]]] = []
        t = start
        while t < now:
            end = min(_hour_start(t, zone).timestamp() + HOUR, now)
            pieces.append((t, end, hour_baselines(db, t, zone, self.days, self.min_days)))
            t = end
        stores = set().union(*(b for _, _, b in pieces))
        volumes = [_volumes(db, s, e) for s, e, _ in pieces]
        found: dict[int, SurgeReading] = {}
        for sid in sorted(stores):
            covered = expected = volume = 0.0
            for (s, e, bases), vols in zip(pieces, volumes):
                if sid in bases:
                    covered += e - s
                    expected += getattr(bases[sid], self.statistic) * (e - s) / HOUR
                    volume += vols.get(sid, 0)
            if covered * 2 >= self.window_s and expected > 0:
                found[sid] = SurgeReading(sid, int(volume), expected, volume / expected,
                                          covered)
        return found

    def next_severity(self, reading: SurgeReading, current: str | None) -> str | None:
        """Worse at once (with enough volume); better only past ease_ratio / clear_ratio."""
        raw = None
        if reading.volume >= self.min_volume:
            raw = ("alarm" if reading.ratio >= self.alarm_ratio
                   else "warning" if reading.ratio >= self.warning_ratio else None)
        if raw == "alarm" or (raw == "warning" and current is None):
            return raw
        if current is None:
            return None
        if reading.ratio < self.clear_ratio:
            return None
        if current == "alarm" and reading.ratio < self.ease_ratio:
            return "warning"
        return current

    def detect(self, db: sqlite_utils.Database, now: float,
               zone: dt.tzinfo | None = None) -> list[AlertChange]:
        """Raise, escalate, ease or clear the surge alert of every store with a reading."""
        readings = self.readings(db, now, zone)
        active = {a.store_id: a for a in active_alerts(db, kind=KIND)}
        labels = store_labels(db)
        changes: list[AlertChange] = []
        for sid, reading in readings.items():
            current = active.get(sid)
            severity = current.severity if current else None
            new = self.next_severity(reading, severity)
            if new == severity:
                continue
            if new is None:
                cleared = clear_alert(db, surge_alert_key(sid), now)
                if cleared:
                    changes.append(AlertChange("cleared", cleared))
                continue
            zh, en = self._messages(labels[sid], reading)
            alert = raise_alert(db, surge_alert_key(sid), KIND, new, zh, en, now,
                                store_id=sid, metric="reception_volume",
                                value=float(reading.volume))
            if alert is not None:
                changes.append(AlertChange.of(alert))
        return changes

    def _messages(self, label: tuple[str, str], reading: SurgeReading) -> tuple[str, str]:
        minutes = f"{round(reading.covered_s / 60)}"
        zh = (f"接待量暴涨：{label[0]} 近 {minutes} 分钟接待 {reading.volume} 次，"
              f"是平时同时段（{reading.expected:.1f} 次）的 {reading.ratio:.1f} 倍")
        en = (f"Reception surge: {label[1]} had {reading.volume} conversations in the last "
              f"{minutes} min, {reading.ratio:.1f}× the usual {reading.expected:.1f} "
              f"for this time of day")
        return zh, en


def detect(db: sqlite_utils.Database, now: float, zone: dt.tzinfo | None = None,
           detector: SurgeDetector | None = None) -> list[AlertChange]:
    """Surge alerts for every store at `now` with the default rules (or `detector`'s)."""
    return (detector or SurgeDetector()).detect(db, now, zone)
