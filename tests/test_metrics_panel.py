"""The Metrics panel shows the floor's own targets, not only the catalogue's defaults."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.clock import ManualClock
from app.ingest import Ingestor
from app.metric_alerts import set_levels
from app.records import Conversation
from ui.context import AppContext
from ui.docks.metrics import MetricsDock

ZONE = ZoneInfo("Asia/Shanghai")
NOON = dt.datetime(2026, 11, 20, 12, 0, tzinfo=ZONE).timestamp()


def test_tiles_judge_today_against_the_targets_set_for_the_floor(fw_app, qtbot, db, db_path):
    Ingestor(db).ingest([
        Conversation(platform="tmall", store="A店", customer=f"c{i}", conversation_id=f"x{i}",
                     started_at=NOON - 600 + i, first_reply_at=NOON - 600 + i + 5 if i < 8
                     else None) for i in range(10)])  # reply rate 80 %
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(NOON), zone=ZONE, demo=False)
    dock = MetricsDock(ctx)
    qtbot.addWidget(dock)
    dock.refresh(None)
    tile = dock.tiles["reply_rate"]
    assert tile.value_text() == "80.0%"
    assert tile._state[0] == "alarm"  # default levels: alarm below 90 %
    assert "98.0%" in tile._detail.text()
    set_levels(db, "reply_rate", 0.8, 0.7, 0.6)
    dock.refresh(None)
    assert tile._state[0] == "ok" and "80.0%" in tile._detail.text()
