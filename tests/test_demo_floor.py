"""The demo floor: deterministic, realistic, and fed through the real ingest path."""

import datetime as dt
from collections import Counter

from app.demo import DAY, DemoFloor
from app.floor import in_service_hours
from app.records import Conversation, SessionEvent

ZONE = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 11, 20, tzinfo=ZONE).timestamp()


def run(seed=7, until=START + DAY, chunks=1, **kw):
    floor = DemoFloor(seed, START, ZONE, **kw)
    events = []
    for k in range(1, chunks + 1):
        events += floor.advance(START + (until - START) * k / chunks)
    return floor, events


def test_the_same_seed_gives_the_same_events():
    assert run()[1] == run()[1]


def test_events_do_not_depend_on_how_time_is_chunked():
    assert run(chunks=1)[1] == run(chunks=97)[1]


def test_another_seed_gives_another_floor():
    assert run(seed=7)[1] != run(seed=8)[1]


def test_the_floor_has_enough_stores_platforms_and_agents():
    floor, _ = run(until=START)
    assert len(floor.stores) >= 6
    assert {s.platform for s in floor.stores} >= {"taobao", "tmall", "jd", "pinduoduo", "douyin"}
    assert len(floor.agents) >= 24
    assert all(3 <= len(a.stores) <= 10 for a in floor.agents)


def test_a_day_has_traffic_sessions_ratings_orders_and_refunds():
    _, events = run()
    final = {e.conversation_id: e for e in events if isinstance(e, Conversation)}
    assert len(final) > 1000
    assert any(c.rating for c in final.values())
    assert any(c.paid_amount > 0 for c in final.values())
    assert any(c.refund_amount > 0 for c in final.values())
    assert any(c.first_reply_at is None and c.ended_at for c in final.values())  # abandoned
    statuses = Counter(e.status for e in events if isinstance(e, SessionEvent))
    assert statuses["online"] and statuses["away"] and statuses["offline"]


def test_arrivals_follow_the_daily_curve():
    _, events = run()
    starts = Counter(dt.datetime.fromtimestamp(e.started_at, ZONE).hour
                     for e in {e.conversation_id: e for e in events
                               if isinstance(e, Conversation)}.values())
    assert starts[10] > 4 * starts[3]


def test_a_store_is_sometimes_left_with_nobody_online_in_service_hours():
    floor, events = run(until=START + 2 * DAY)
    online: dict[tuple[str, str], bool] = {}
    uncovered_seen = set()
    for e in events:
        if not isinstance(e, SessionEvent):
            continue
        online[(e.store, e.agent)] = e.status == "online"
        if in_service_hours("09:00", "22:00", e.at, ZONE):
            for s in floor.stores:
                if not any(v for (store, _), v in online.items() if store == s.name):
                    uncovered_seen.add(s.name)
    assert uncovered_seen


def test_a_bigger_floor_can_be_asked_for():
    floor, _ = run(until=START, n_stores=100, n_agents=400)
    assert len(floor.stores) == 100 and len(floor.agents) == 400
    assert len({s.name for s in floor.stores}) == 100
    assert len({a.name for a in floor.agents}) == 400
