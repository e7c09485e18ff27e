"""The bench's seeded history: copied days keep each hour's last start inside that hour."""

import datetime as dt

from app.bench.data import seed_history

LAST_DAY = 1_795_219_200.0  # a UTC midnight


def test_seeded_bench_history_keeps_each_hours_last_start_inside_that_hour(db):
    seed_history(db, days=2, n_stores=3, n_agents=8, last_day=LAST_DAY, zone=dt.timezone.utc)
    latest = dict(((b, s), last) for b, s, last in db.execute(
        "SELECT CAST(started_at AS INTEGER) / 3600 * 3600, store_id, max(started_at) "
        "FROM conversations GROUP BY 1, 2"))
    stored = {(b, s): last for b, s, last in db.execute(
        "SELECT bucket, store_id, last_started FROM rollup_hour")}
    assert any(b < LAST_DAY for b, _ in stored)  # the copied day is there
    assert stored == latest
