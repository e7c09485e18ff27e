"""The periodic checks that turn stored events into alerts: metric targets and surges."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from app.alerts import AlertChange
from app.metric_alerts import MetricWatcher
from app.surge import SurgeDetector


class Watchers:
    """Runs every watcher at most once per `every` simulated seconds."""

    def __init__(self, zone: dt.tzinfo, every: float = 60.0) -> None:
        self.zone = zone
        self.every = every
        self.metric = MetricWatcher()
        self.surge = SurgeDetector()
        self._last: float | None = None

    def due(self, now: float) -> bool:
        return self._last is None or now - self._last >= self.every

    def run(self, db: sqlite_utils.Database, now: float) -> list[AlertChange]:
        self._last = now
        return self.metric.evaluate(db, now) + self.surge.detect(db, now, self.zone)
