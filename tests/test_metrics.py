"""The KPI catalogue and every formula, against small hand-computed floors."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import open_database
from app.ingest import Ingestor
from app.metrics import (
    ADDITIVE_METRICS, DISTINCT_METRICS, METRIC_KEYS, METRICS, UNITS, Group, compute, series,
)
from app.records import Conversation
from app.schema import ROLLUP_COLUMNS
from app.settings import set_setting

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI).timestamp()  # also a UTC hour
HOUR = 3600.0
RATIOS = [k for k in METRIC_KEYS if METRICS[k].unit == "ratio"]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "floor.db")
    yield database
    database.conn.close()


def conv(customer: str = "u1", at: float = 0.0, **fields) -> Conversation:
    """A conversation of the default store starting `at` seconds after T0."""
    fields.setdefault("platform", "tmall")
    fields.setdefault("store", "花语美妆旗舰店")
    return Conversation(customer=customer, started_at=T0 + at, **fields)


def replied(at: float, wait: float, **fields) -> Conversation:
    return conv(at=at, first_reply_at=T0 + at + wait, **fields)


def ingest(db, *convs: Conversation) -> None:
    Ingestor(db).ingest(list(convs))


def floor(db, start: float = T0, end: float = T0 + HOUR, **kw) -> dict:
    [group] = compute(db, start, end, zone=SHANGHAI, **kw)
    assert group.key == {"floor": "all"}
    return group.metrics


# -- the catalogue -----------------------------------------------------------------------

def test_catalogue_holds_every_kpi_in_display_order():
    assert METRIC_KEYS == (
        "reception_volume", "reply_rate", "first_response_s", "avg_response_s",
        "first_reply_30s_rate", "answer_question_ratio", "satisfaction",
        "inquiry_conversion", "avg_order_value", "sales", "refund_rate")
    assert list(METRICS) == list(METRIC_KEYS)


def test_catalogue_entries_are_bilingual_with_known_units():
    for key, metric in METRICS.items():
        assert metric.key == key
        assert metric.name_zh and metric.name_en and metric.formula_en
        assert metric.unit in UNITS
    assert METRICS["first_reply_30s_rate"].name_zh == "首次30秒应答率"
    assert METRICS["inquiry_conversion"].name_zh == "询单转化率"


def test_catalogue_default_levels():
    rr, frt = METRICS["reply_rate"], METRICS["first_response_s"]
    assert (rr.target, rr.warning, rr.alarm, rr.higher_is_better) == (0.98, 0.95, 0.90, True)
    assert (frt.target, frt.warning, frt.alarm, frt.higher_is_better) == (15, 30, 60, False)
    assert METRICS["satisfaction"].target == 0.95
    assert METRICS["sales"].target is None and METRICS["reception_volume"].alarm is None


def test_levels_trip_only_when_strictly_worse():
    rr, frt = METRICS["reply_rate"], METRICS["first_response_s"]
    assert [rr.status(v) for v in (0.99, 0.95, 0.949, 0.899, None)] == [
        "ok", "ok", "warning", "alarm", None]
    assert [frt.status(v) for v in (10, 30, 30.5, 61)] == ["ok", "ok", "warning", "alarm"]
    assert METRICS["sales"].status(1000.0) is None


# -- each formula ------------------------------------------------------------------------

def test_reception_volume_counts_conversations(db):
    ingest(db, conv("u1"), conv("u1", at=10), conv("u2", at=20))
    assert floor(db)["reception_volume"] == 3


def test_reply_rate_is_replied_over_all(db):
    ingest(db, replied(0, 5), replied(1, 50), conv(at=2), conv(at=3))
    assert floor(db)["reply_rate"] == 0.5


def test_first_response_is_the_mean_wait_of_replied_conversations(db):
    ingest(db, replied(0, 10), replied(1, 41), conv(at=2))
    assert floor(db)["first_response_s"] == pytest.approx(25.5)


def test_avg_response_is_total_reply_seconds_over_total_replies(db):
    ingest(db, conv(at=0, replies=3, reply_seconds_total=30),
           conv(at=1, replies=1, reply_seconds_total=50))
    assert floor(db)["avg_response_s"] == pytest.approx(20.0)


def test_first_reply_within_30s_is_inclusive_and_counts_unreplied_in_the_denominator(db):
    ingest(db, replied(0, 30), replied(1, 30.001), replied(2, 0), conv(at=3))
    assert floor(db)["first_reply_30s_rate"] == 0.5


def test_answer_question_ratio_is_agent_over_customer_messages(db):
    ingest(db, conv(at=0, customer_messages=4, agent_messages=6),
           conv(at=1, customer_messages=4, agent_messages=4))
    assert floor(db)["answer_question_ratio"] == pytest.approx(1.25)


def test_satisfaction_is_ratings_of_4_or_5_over_rated(db):
    ingest(db, conv(at=0, rating=5), conv(at=1, rating=4), conv(at=2, rating=3),
           conv(at=3, rating=1), conv(at=4))
    assert floor(db)["satisfaction"] == 0.5


def test_inquiry_conversion_counts_a_customer_who_paid_in_another_conversation(db):
    ingest(db,
           conv("u1", at=0, inquiry=True),  # asked, did not pay here …
           conv("u1", at=60, paid_amount=99.0),  # … but paid later: converted
           conv("u2", at=120, inquiry=True),  # asked, never paid
           conv("u3", at=180, paid_amount=50.0))  # paid without an inquiry: not counted
    assert floor(db)["inquiry_conversion"] == 0.5


def test_inquiry_conversion_counts_each_customer_once(db):
    ingest(db, conv("u1", at=0, inquiry=True, paid_amount=10.0),
           conv("u1", at=60, inquiry=True), conv("u1", at=120, inquiry=True),
           conv("u2", at=180, inquiry=True))
    assert floor(db)["inquiry_conversion"] == 0.5


def test_avg_order_value_divides_sales_by_distinct_paying_customers(db):
    ingest(db, conv("u1", at=0, paid_amount=100.0), conv("u1", at=60, paid_amount=50.0),
           conv("u2", at=120, paid_amount=30.0), conv("u3", at=180))
    assert floor(db)["avg_order_value"] == pytest.approx(90.0)


def test_sales_sums_paid_amounts(db):
    ingest(db, conv("u1", at=0, paid_amount=168.0), conv("u2", at=1, paid_amount=89.5))
    assert floor(db)["sales"] == pytest.approx(257.5)


def test_refund_rate_is_refunds_over_sales(db):
    ingest(db, conv("u1", at=0, paid_amount=200.0, refund_amount=50.0),
           conv("u2", at=1, paid_amount=300.0))
    assert floor(db)["refund_rate"] == pytest.approx(0.1)


def test_a_resent_conversation_counts_once_with_its_latest_fields(db):
    ingest(db, conv("u1", at=0, conversation_id="c1"))
    ingest(db, replied(0, 12, customer="u1", conversation_id="c1", rating=5))
    metrics = floor(db)
    assert (metrics["reception_volume"], metrics["first_response_s"],
            metrics["satisfaction"]) == (1, 12.0, 1.0)


# -- null rules --------------------------------------------------------------------------

def test_an_empty_window_has_zero_volume_zero_sales_and_no_ratios(db):
    ingest(db, replied(2 * HOUR, 5, rating=5, paid_amount=10.0, inquiry=True,
                       customer_messages=1, agent_messages=1, replies=1, reply_seconds_total=5))
    metrics = floor(db)
    assert metrics["reception_volume"] == 0 and metrics["sales"] == 0
    for key in METRIC_KEYS:
        if key not in ("reception_volume", "sales"):
            assert metrics[key] is None, key


def test_without_replies_response_times_are_null_but_reply_rate_is_zero(db):
    ingest(db, conv(at=0), conv(at=1))
    metrics = floor(db)
    assert metrics["first_response_s"] is None and metrics["avg_response_s"] is None
    assert metrics["reply_rate"] == 0.0 and metrics["first_reply_30s_rate"] == 0.0


def test_without_ratings_satisfaction_is_null(db):
    ingest(db, replied(0, 5))
    assert floor(db)["satisfaction"] is None


def test_without_payments_order_value_and_refund_rate_are_null_and_sales_zero(db):
    ingest(db, conv(at=0, inquiry=True, refund_amount=5.0))
    metrics = floor(db)
    assert metrics["avg_order_value"] is None and metrics["refund_rate"] is None
    assert metrics["sales"] == 0 and metrics["inquiry_conversion"] == 0.0


def test_without_inquiries_or_customer_messages_those_ratios_are_null(db):
    ingest(db, conv(at=0, paid_amount=10.0, agent_messages=3))
    metrics = floor(db)
    assert metrics["inquiry_conversion"] is None and metrics["answer_question_ratio"] is None


# -- the window --------------------------------------------------------------------------

def test_window_includes_its_start_and_excludes_its_end(db):
    ingest(db, conv("at-from", at=0), conv("inside", at=HOUR - 0.001), conv("at-to", at=HOUR),
           conv("before", at=-0.001))
    assert floor(db)["reception_volume"] == 2


def test_conversations_are_placed_by_their_start_not_their_reply(db):
    ingest(db, replied(HOUR - 10, 60))
    assert floor(db)["reception_volume"] == 1
    assert floor(db, T0 + HOUR, T0 + 2 * HOUR)["reception_volume"] == 0


# -- grouping and filters ----------------------------------------------------------------

def test_floor_grouping_is_one_group_even_when_nothing_happened(db):
    assert compute(db, T0, T0 + HOUR, zone=SHANGHAI) == [
        Group({"floor": "all"}, floor(db))]


def test_by_store_keys_name_and_platform_sorted(db):
    ingest(db, conv(at=0, platform="tmall", store="花语"), conv(at=1, platform="jd", store="花语"),
           conv(at=2, platform="jd", store="星河"), conv(at=3, platform="jd", store="星河"))
    groups = compute(db, T0, T0 + HOUR, by="store", zone=SHANGHAI)
    assert [(g.key, g.metrics["reception_volume"]) for g in groups] == [
        ({"store": "星河", "platform": "jd"}, 2),
        ({"store": "花语", "platform": "jd"}, 1),
        ({"store": "花语", "platform": "tmall"}, 1),
    ]


def test_store_filter_takes_the_name_on_every_platform(db):
    ingest(db, conv(at=0, platform="tmall", store="花语"), conv(at=1, platform="jd", store="花语"),
           conv(at=2, platform="jd", store="星河"))
    assert floor(db, store="花语")["reception_volume"] == 2
    assert floor(db, store="nobody's")["reception_volume"] == 0


def test_by_agent_puts_unassigned_conversations_under_a_null_agent(db):
    ingest(db, conv(at=0, agent="王小美"), conv(at=1, agent="李佳琪"), conv(at=2, agent="王小美"),
           conv(at=3))
    groups = compute(db, T0, T0 + HOUR, by="agent", zone=SHANGHAI)
    assert [(g.key, g.metrics["reception_volume"]) for g in groups] == [
        ({"agent": "李佳琪"}, 1), ({"agent": "王小美"}, 2), ({"agent": None}, 1)]


def test_agent_filter_takes_one_agent(db):
    ingest(db, conv(at=0, agent="王小美"), conv(at=1, agent="李佳琪"), conv(at=2))
    assert floor(db, agent="王小美")["reception_volume"] == 1


def test_customers_are_distinct_within_each_group(db):
    ingest(db, conv("u1", at=0, platform="tmall", store="A", paid_amount=100.0),
           conv("u1", at=1, platform="tmall", store="B", paid_amount=50.0))
    assert floor(db)["avg_order_value"] == pytest.approx(150.0)
    per_store = compute(db, T0, T0 + HOUR, by="store", zone=SHANGHAI)
    assert [g.metrics["avg_order_value"] for g in per_store] == [100.0, 50.0]


def test_by_hour_keys_are_local_hours_with_offset_and_only_hours_with_data(db):
    ingest(db, conv(at=5), conv(at=2 * HOUR + 59 * 60), conv(at=2 * HOUR + 1))
    groups = compute(db, T0, T0 + 4 * HOUR, by="hour", zone=SHANGHAI)
    assert [(g.key, g.metrics["reception_volume"]) for g in groups] == [
        ({"hour": "2026-11-22T09:00:00+08:00"}, 1),
        ({"hour": "2026-11-22T11:00:00+08:00"}, 2),
    ]


def test_by_hour_follows_a_half_hour_zone(db):
    kolkata = ZoneInfo("Asia/Kolkata")  # 09:00+08:00 is 06:30+05:30
    ingest(db, conv(at=0), conv(at=29 * 60), conv(at=30 * 60))
    groups = compute(db, T0, T0 + HOUR, by="hour", zone=kolkata)
    assert [(g.key["hour"], g.metrics["reception_volume"]) for g in groups] == [
        ("2026-11-22T06:00:00+05:30", 2), ("2026-11-22T07:00:00+05:30", 1)]


def test_by_hour_keeps_the_repeated_hour_of_a_dst_fall_back_apart(db):
    new_york = ZoneInfo("America/New_York")
    first = dt.datetime(2026, 11, 1, 5, 10, tzinfo=dt.timezone.utc).timestamp()  # 01:10 EDT
    ingest(db, *(Conversation("jd", "星河", "u1", first + i * HOUR) for i in range(3)))
    groups = compute(db, first - HOUR, first + 3 * HOUR, by="hour", zone=new_york)
    assert [g.key["hour"] for g in groups] == [
        "2026-11-01T01:00:00-04:00", "2026-11-01T01:00:00-05:00", "2026-11-01T02:00:00-05:00"]


def test_by_hour_defaults_to_the_floor_zone_setting(db):
    set_setting(db, "floor_tz", "Europe/London")
    ingest(db, conv(at=0))
    [group] = compute(db, T0, T0 + HOUR, by="hour")
    assert group.key == {"hour": "2026-11-22T01:00:00+00:00"}


def test_unknown_grouping_is_refused(db):
    with pytest.raises(ValueError):
        compute(db, T0, T0 + HOUR, by="team", zone=SHANGHAI)


# -- chart series ------------------------------------------------------------------------

def test_series_has_one_point_per_minute_with_data(db):
    ingest(db, replied(0, 5), conv(at=30), replied(180, 5))
    assert series(db, "reply_rate", T0, T0 + 600, "minute") == [(T0, 0.5), (T0 + 180, 1.0)]


def test_series_counts_distinct_customers_per_bucket(db):
    ingest(db, conv("u1", at=0, inquiry=True), conv("u1", at=10, paid_amount=20.0),
           conv("u2", at=20, inquiry=True), conv("u3", at=HOUR, paid_amount=5.0))
    assert series(db, "inquiry_conversion", T0, T0 + 2 * HOUR, "hour") == [
        (T0, 0.5), (T0 + HOUR, None)]


def test_series_filters_stores_and_agents_with_0_for_unassigned(db):
    ingest(db, conv(at=0, agent="王小美"), conv(at=1), conv(at=2, platform="jd", store="星河"))
    store = db.execute("SELECT id FROM stores WHERE platform = 'tmall'").fetchone()[0]
    agent = db.execute("SELECT id FROM agents").fetchone()[0]
    volume = "reception_volume"
    assert series(db, volume, T0, T0 + 60, "minute", [store], None) == [(T0, 2)]
    assert series(db, volume, T0, T0 + 60, "minute", None, [agent]) == [(T0, 1)]
    assert series(db, volume, T0, T0 + 60, "minute", None, [0]) == [(T0, 2)]
    assert series(db, "avg_order_value", T0, T0 + 60, "minute", None, [0]) == [(T0, None)]
    assert series(db, volume, T0, T0 + 60, "minute", [], None) == []


def test_series_drops_a_bucket_a_resent_conversation_moved_out_of(db):
    ingest(db, conv(at=0, conversation_id="c1"))
    ingest(db, conv(at=120, conversation_id="c1"))
    assert series(db, "reception_volume", T0, T0 + 600, "minute") == [(T0 + 120, 1)]


# -- properties: rollups kept by ingest deltas ---------------------------------------------

PLACES = [("tmall", "花语"), ("jd", "花语"), ("jd", "星河")]


@st.composite
def conversations(draw) -> Conversation:
    start = T0 + draw(st.integers(-120, 3 * 3600)) + draw(st.sampled_from([0.0, 0.25, 0.5]))
    wait = draw(st.one_of(st.none(), st.sampled_from([0.0, 12.5, 30.0, 30.25, 95.0, 4000.0])))
    platform, store = draw(st.sampled_from(PLACES))
    return Conversation(
        platform=platform, store=store, started_at=start,
        customer=draw(st.sampled_from(["u1", "u2", "u3"])),
        conversation_id=draw(st.one_of(st.none(), st.sampled_from(["c1", "c2", "c3", "c4"]))),
        agent=draw(st.sampled_from([None, "王小美", "李佳琪"])),
        first_reply_at=None if wait is None else start + wait,
        customer_messages=draw(st.integers(0, 5)), agent_messages=draw(st.integers(0, 5)),
        replies=draw(st.integers(0, 3)), reply_seconds_total=draw(st.sampled_from([0.0, 7.5, 61.0])),
        inquiry=draw(st.booleans()), paid_amount=draw(st.sampled_from([0.0, 9.9, 168.0, 0.1])),
        refund_amount=draw(st.sampled_from([0.0, 0.1, 5.0])),
        rating=draw(st.one_of(st.none(), st.integers(1, 5))),
    )


# Small id pools make the same conversation_id come back with changed fields.
batches = st.lists(st.lists(conversations(), min_size=1, max_size=6), min_size=1, max_size=5)
PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def ingested(batch_list: list[list[Conversation]]):
    db = open_database(":memory:")
    ingestor = Ingestor(db)
    for batch in batch_list:
        ingestor.ingest(batch)
    return db


def recomputed_rollups(db, size: int) -> dict[tuple, list[float]]:
    acc: dict[tuple, list[float]] = defaultdict(lambda: [0.0] * len(ROLLUP_COLUMNS))
    for r in db.query("SELECT * FROM conversations"):
        wait = None if r["first_reply_at"] is None else r["first_reply_at"] - r["started_at"]
        share = {
            "n": 1, "replied": wait is not None, "first_resp_sum": wait or 0.0,
            "within30": wait is not None and wait <= 30, "customer_msgs": r["customer_messages"],
            "agent_msgs": r["agent_messages"], "replies": r["replies"],
            "reply_seconds": r["reply_seconds_total"], "rated": r["rating"] is not None,
            "rated_good": (r["rating"] or 0) >= 4, "paid_sum": r["paid_amount"],
            "refund_sum": r["refund_amount"],
        }
        key = (int(r["started_at"] // size) * size, r["store_id"])
        for i, column in enumerate(ROLLUP_COLUMNS):
            acc[key][i] += float(share[column])
    return acc


def stored_rollups(db, table: str) -> dict[tuple, list[float]]:
    cols = ", ".join(ROLLUP_COLUMNS)
    return {tuple(r[:2]): list(r[2:])
            for r in db.execute(f"SELECT bucket, store_id, {cols} FROM {table}")}


def same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def stored_conversation(r: dict) -> Conversation:
    fields = ("conversation_id", "first_reply_at", "ended_at", "customer_messages",
              "agent_messages", "replies", "reply_seconds_total", "paid_amount",
              "refund_amount", "rating")
    return Conversation(platform=r["platform"], store=r["store"], customer=r["customer"],
                        started_at=r["started_at"], agent=r["agent"],
                        inquiry=bool(r["inquiry"]), **{f: r[f] for f in fields})


@PROPERTY
@given(batches)
def test_raw_conversations_hold_the_last_version_of_each_resent_conversation(batch_list):
    db = ingested(batch_list)
    last = {c.key(): c for batch in batch_list for c in batch}
    rows = {stored_conversation(r).key(): r for r in db.query(
        "SELECT c.*, s.platform, s.name AS store, a.name AS agent FROM conversations c "
        "JOIN stores s ON s.id = c.store_id LEFT JOIN agents a ON a.id = c.agent_id")}
    assert len(rows) == db.execute("SELECT count(*) FROM conversations").fetchone()[0]
    assert set(rows) == set(last)
    for key, c in last.items():
        r = rows[key]
        assert (r["customer"], r["started_at"], r["first_reply_at"], r["agent"], r["rating"],
                r["paid_amount"], r["inquiry"]) == (
            c.customer, c.started_at, c.first_reply_at, c.agent, c.rating,
            c.paid_amount, int(c.inquiry))


@PROPERTY
@given(batches)
def test_the_hour_rollup_equals_a_recomputation_from_raw_conversations(batch_list):
    db = ingested(batch_list)
    want, got = recomputed_rollups(db, 3600), stored_rollups(db, "rollup_hour")
    zero = [0.0] * len(ROLLUP_COLUMNS)
    for key in set(want) | set(got):
        for column, w, g in zip(ROLLUP_COLUMNS, want.get(key, zero), got.get(key, zero)):
            assert abs(w - g) <= 1e-6, (key, column, w, g)


def test_an_agents_hourly_series_counts_that_agents_conversations_and_0_counts_nobodys(db):
    from app.ingest import Ingestor
    from app.records import Conversation

    base = 1_763_800_000 - 1_763_800_000 % 3600
    Ingestor(db).ingest([
        Conversation(platform="jd", store="S", customer=f"c{i}", started_at=base + 600 * i,
                     conversation_id=f"a{i}", agent=("王小美", "李佳琪", "")[i % 3],
                     first_reply_at=base + 600 * i + 10 * (i + 1))
        for i in range(9)])
    ids = dict(db.execute("SELECT name, id FROM agents").fetchall())
    def volume(agents):
        return series(db, "reception_volume", base, base + 2 * 3600, "hour", agent_ids=agents)
    assert volume([ids["王小美"]]) == [(float(base), 2), (float(base + 3600), 1)]
    assert volume([0]) == [(float(base), 2), (float(base + 3600), 1)]
    assert volume([ids["王小美"], ids["李佳琪"], 0]) == [(float(base), 6), (float(base + 3600), 3)]
    assert series(db, "first_response_s", base, base + 3600, "hour",
                  agent_ids=[ids["李佳琪"]]) == [(float(base), 35.0)]


@PROPERTY
@given(batches)
def test_series_agrees_with_compute_on_every_bucket(batch_list):
    db = ingested(batch_list)
    for step, size in (("hour", 3600), ("minute", 60)):
        lo, hi = T0 - 3600, T0 + 4 * 3600
        points = {key: dict(series(db, key, lo, hi, step)) for key in METRIC_KEYS}
        buckets = {b for (b, *_), v in recomputed_rollups(db, size).items() if v[0] > 0}
        assert set(points["reception_volume"]) == buckets
        for bucket in buckets:
            exact = floor(db, bucket, bucket + size)
            for key in ADDITIVE_METRICS + DISTINCT_METRICS:
                assert same(points[key][bucket], exact[key]), (step, bucket, key)


def test_ten_minute_series_count_the_conversations_of_each_ten_minutes(db):
    from app.ingest import Ingestor
    from app.records import Conversation

    base = 1_763_800_000 - 1_763_800_000 % 600
    Ingestor(db).ingest([
        Conversation(platform="jd", store="S", customer=f"c{i}", started_at=base + 60 * i,
                     conversation_id=f"t{i}") for i in range(12)])
    assert series(db, "reception_volume", base, base + 1200, "10min") == [
        (float(base), 10), (float(base + 600), 2)]
