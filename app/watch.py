"""The periodic checks that turn stored events into alerts: stores, metric targets, surges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

from app.alerts import AlertChange
from app.metric_alerts import MetricWatcher
from app.store_rules import StoreRules
from app.surge import SurgeDetector

Check = Callable[[sqlite_utils.Database, float], list[AlertChange]]


class Watchers:
    """Runs each check at most once per its own period of simulated seconds: the store
    rules every `store_every` (coverage is the first question each minute), metric
    targets and surges every `every`."""

    def __init__(self, zone: dt.tzinfo, every: float = 60.0, store_every: float = 15.0) -> None:
        self.zone = zone
        self.metric = MetricWatcher()
        self.surge = SurgeDetector()
        self.stores = StoreRules()
        self._checks: list[tuple[float, Check]] = [
            (store_every, lambda db, now: self.stores.evaluate(db, now, self.zone)),
            (every, self.metric.evaluate),
            (every, lambda db, now: self.surge.detect(db, now, self.zone)),
        ]
        self._last: list[float | None] = [None] * len(self._checks)

    def _due(self, i: int, now: float) -> bool:
        last = self._last[i]
        return last is None or now - last >= self._checks[i][0]

    def due(self, now: float) -> bool:
        return any(self._due(i, now) for i in range(len(self._checks)))

    def run(self, db: sqlite_utils.Database, now: float) -> list[AlertChange]:
        changes: list[AlertChange] = []
        for i, (_, check) in enumerate(self._checks):
            if self._due(i, now):
                self._last[i] = now
                changes += check(db, now)
        return changes
