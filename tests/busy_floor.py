"""A busy floor for the report tests: the demo floor's traffic for many stores over the early
shift of DAY_ISO, many incidents (some resolved, some escalated) and a patrol in progress."""

from __future__ import annotations

from pathlib import Path

from app.clock import ManualClock
from app.db import open_database
from app.deadlines import fire_escalations
from app.incidents import change_status, incident_types, open_incident, tick_step
from app.patrol import checklist, record_item
from app.settings import set_setting
from app.shifts import shift_by_key
from app.sources import DemoSource

ZONE_NAME = "Asia/Shanghai"
DAY_ISO = "2026-11-20"


def make_report_database(path: str | Path, *, stores: int = 50, incidents: int = 100,
                         agents: int | None = None, seed: int = 7) -> tuple[float, float]:
    """A database at `path` whose early shift of DAY_ISO has the demo floor's traffic for
    `stores` stores, `incidents` incidents (some resolved, some escalated) and a patrol.
    Returns the shift's (start, end)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE_NAME)
    day = dt.date.fromisoformat(DAY_ISO)
    start, end = shift_by_key("early").window(day, zone)
    db = open_database(path)
    try:
        set_setting(db, "floor_tz", ZONE_NAME)
        set_setting(db, "supervisor", "值班主管")
        source = DemoSource(seed=seed, zone=zone, start=end, backfill_days=0, n_stores=stores,
                            n_agents=agents or max(24, stores * 2), real_clock=ManualClock(0))
        source.open(db)
        source.poll()  # midnight → end of the shift, written through the ingest path
        types = [t for t in incident_types() if not t.ordered]
        step = (end - start) / max(incidents, 1)
        for n in range(incidents):
            t = types[n % len(types)]
            at = start + n * step
            incident = open_incident(db, at=at, type=t.key, title=f"{t.name('zh_CN')} #{n + 1}")
            if n % 3 == 0:
                change_status(db, incident, "resolved", at=at + step / 2, by="值班主管")
            elif t.deadlines and t.deadlines[0].starts != "opened":
                tick_step(db, incident, t.deadlines[0].starts, at=at + 1, by="值班主管")
        fire_escalations(db, end - 60)  # clocks still running a minute before the end
        for n, item in enumerate(checklist(db)[:7]):
            record_item(db, day, "early", item.key, "ok" if n % 3 else "problem", "", "值班主管",
                        start + 600 + n * 60)
    finally:
        db.close()
    return start, end
