"""Ingest: names become ids, re-sent conversations update in place, figures come from events."""

import datetime as dt
import sqlite3

import pytest

from app.demo import DemoFloor
from app.floor import agent_statuses, store_statuses
from app.ingest import Ingestor
from app.metrics import compute, series
from app.records import Conversation, SessionEvent
from app.sources import DemoSource

ZONE = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 11, 21, 10, 0, tzinfo=ZONE).timestamp()


def conv(**kw) -> Conversation:
    base = dict(platform="jd", store="星河数码京东自营", customer="c1", started_at=T0,
                conversation_id="x1")
    base.update(kw)
    return Conversation(**base)


def test_a_resent_conversation_updates_the_row_and_its_rollups(db):
    ing = Ingestor(db)
    first = ing.ingest([conv()])
    second = ing.ingest([conv(agent="李佳琪", first_reply_at=T0 + 12, replies=1,
                              reply_seconds_total=12, agent_messages=1, customer_messages=1)])
    assert (first.conversations_added, second.conversations_updated) == (1, 1)
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    n, replied, wait = db.execute(
        "SELECT sum(n), sum(replied), sum(first_resp_sum) FROM rollup_hour").fetchone()
    assert (n, replied, wait) == (1.0, 1.0, 12.0)


def test_the_same_batch_twice_adds_nothing(db):
    ing = Ingestor(db)
    ing.ingest([conv(), SessionEvent(T0, "jd", "星河数码京东自营", "京东:a", "李佳琪", "online")])
    again = ing.ingest([conv(), SessionEvent(T0, "jd", "星河数码京东自营", "京东:a", "李佳琪",
                                             "online")])
    assert not again
    assert db.execute("SELECT count(*) FROM session_events").fetchone()[0] == 1


def test_conversations_without_an_id_are_told_apart_by_all_their_fields(db):
    same_second = [conv(conversation_id=None, customer="c9", paid_amount=10.0),
                   conv(conversation_id=None, customer="c9", paid_amount=25.0)]
    Ingestor(db).ingest(same_second)
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 2


def test_session_events_give_each_store_its_online_agents(db):
    ing = Ingestor(db)
    ing.ingest([
        SessionEvent(T0, "jd", "S", "S:a", "A", "online"),
        SessionEvent(T0 + 5, "jd", "S", "S:b", "B", "online"),
        SessionEvent(T0 + 60, "jd", "S", "S:b", "B", "away"),
    ])
    [store] = store_statuses(db, T0 + 120, ZONE)
    assert (store.agents_online, store.agents_away) == (1, 1)
    by_name = {a.name: a for a in agent_statuses(db, T0 + 120, ZONE)}
    assert by_name["B"].status == "away" and by_name["B"].since == T0 + 60


def test_a_late_event_does_not_overwrite_a_newer_status(db):
    ing = Ingestor(db)
    ing.ingest([SessionEvent(T0 + 60, "jd", "S", "S:a", "A", "offline")])
    ing.ingest([SessionEvent(T0, "jd", "S", "S:a", "A", "online")])
    [agent] = agent_statuses(db, T0 + 120, ZONE)
    assert agent.status == "offline"


def test_demo_events_ingest_and_the_reception_volume_counts_them(db):
    floor = DemoFloor(7, T0 - 3600 * 10, ZONE)
    events = floor.advance(T0)
    Ingestor(db, "demo").ingest(events)
    started = {e.conversation_id for e in events if isinstance(e, Conversation)}
    [group] = compute(db, T0 - 3600 * 10, T0 + 1, zone=ZONE)
    assert group.metrics["reception_volume"] == len(started) > 0
    final = {e.conversation_id: e for e in events if isinstance(e, Conversation)}
    assert group.metrics["sales"] == pytest.approx(sum(c.paid_amount for c in final.values()))


def test_the_demo_source_resumes_after_a_restart_without_duplicates(db):
    class Fixed:
        def __init__(self, t):
            self.t = t

        def now(self):
            return self.t

    clock = Fixed(T0)
    first = DemoSource(seed=3, zone=ZONE, start=T0, real_clock=clock)
    first.open(db)
    first.poll()
    count = db.execute("SELECT count(*) FROM conversations").fetchone()[0]
    events = db.execute("SELECT count(*) FROM session_events").fetchone()[0]
    again = DemoSource(seed=3, zone=ZONE, start=T0, real_clock=clock)
    again.open(db)
    assert not again.poll()
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == count
    assert db.execute("SELECT count(*) FROM session_events").fetchone()[0] == events


def test_a_conversation_without_an_id_has_the_same_key_whether_numbers_are_int_or_float():
    a = Conversation(platform="tmall", store="A店", customer="c", started_at=1_800_000_000,
                     paid_amount=10, reply_seconds_total=3)
    b = Conversation(platform="tmall", store="A店", customer="c", started_at=1_800_000_000.0,
                     paid_amount=10.0, reply_seconds_total=3.0)
    assert a.key() == b.key()
    assert a.key() != Conversation(platform="tmall", store="A店", customer="c",
                                   started_at=1_800_000_000.0, paid_amount=10.5).key()


def _demo_hour(db, fail: bool, monkeypatch) -> list[str]:
    """Conversation ids stored after the demo ran an hour, with or without a failed write."""
    from app.clock import ManualClock
    from app.sources import DemoSource

    clock = ManualClock(1_795_150_000.0)
    source = DemoSource(seed=3, real_clock=clock, backfill_days=0)
    source.open(db)
    source.poll()
    clock.advance(3600)
    if fail:
        real = source._ingestor.ingest

        def locked(events):
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(source._ingestor, "ingest", locked)
        with pytest.raises(sqlite3.OperationalError):
            source.poll()
        monkeypatch.setattr(source._ingestor, "ingest", real)
    clock.advance(1)
    source.poll()
    return [r[0] for r in db.execute("SELECT conversation_id FROM conversations ORDER BY 1")]


def test_demo_events_a_failed_write_could_not_store_are_written_on_the_next_poll(
        tmp_path, monkeypatch):
    from app.db import open_database

    with_failure = _demo_hour(open_database(tmp_path / "a.db"), True, monkeypatch)
    without = _demo_hour(open_database(tmp_path / "b.db"), False, monkeypatch)
    assert with_failure and with_failure == without


# -- identity: what makes two conversation records the same conversation --------------------

def count(db, table: str = "conversations") -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_conversation_without_an_id_sent_again_in_a_later_batch_adds_nothing(db):
    ing = Ingestor(db)
    ing.ingest([conv(conversation_id=None, paid_amount=10, agent="李佳琪",
                     first_reply_at=T0 + 5)])
    again = ing.ingest([conv(conversation_id=None, paid_amount=10.0, agent="李佳琪",
                             first_reply_at=T0 + 5.0, started_at=int(T0))])
    assert not again
    assert count(db) == 1
    assert db.execute("SELECT sum(n), sum(paid_sum) FROM rollup_hour").fetchone() == (1.0, 10.0)


def test_one_conversation_id_on_two_platforms_is_two_conversations(db):
    changes = Ingestor(db).ingest([conv(platform="jd", conversation_id="7"),
                                   conv(platform="tmall", conversation_id="7")])
    assert changes.conversations_added == 2 and count(db) == 2


def test_a_conversation_with_an_id_is_not_the_same_as_one_without_with_equal_fields(db):
    ing = Ingestor(db)
    ing.ingest([conv(conversation_id=None)])
    changes = ing.ingest([conv(conversation_id="x1")])
    assert changes.conversations_added == 1 and count(db) == 2


def test_a_resent_conversation_moved_to_another_agent_counts_for_the_new_agent_only(db):
    ing = Ingestor(db)
    ing.ingest([conv(agent="王小美", first_reply_at=T0 + 10)])
    ing.ingest([conv(agent="李佳琪", first_reply_at=T0 + 10, ended_at=T0 + 90)])
    ids = dict(db.execute("SELECT name, id FROM agents").fetchall())
    by_agent = {name: series(db, "reception_volume", T0, T0 + 3600, "hour", agent_ids=[i])
                for name, i in ids.items()}
    assert by_agent == {"王小美": [], "李佳琪": [(T0, 1)]}
    assert db.execute("SELECT sum(n) FROM rollup_hour").fetchone()[0] == 1.0


def test_a_resent_conversation_moved_to_another_store_and_hour_moves_its_rollup(db):
    ing = Ingestor(db)
    ing.ingest([conv(first_reply_at=T0 + 10)])
    changes = ing.ingest([conv(store="星河数码旗舰店", started_at=T0 + 3600,
                               first_reply_at=T0 + 3610)])
    assert len(changes.stores_touched) == 2  # the store it left changed too
    rows = db.execute("SELECT s.name, r.bucket, r.n, r.replied FROM rollup_hour r "
                      "JOIN stores s ON s.id = r.store_id ORDER BY r.bucket").fetchall()
    assert rows == [("星河数码京东自营", T0, 0.0, 0.0), ("星河数码旗舰店", T0 + 3600, 1.0, 1.0)]


def test_a_resent_conversation_that_changed_only_its_end_leaves_the_rollups_as_they_were(db):
    ing = Ingestor(db)
    ing.ingest([conv(agent="王小美", first_reply_at=T0 + 10, customer_messages=2)])
    before = db.execute("SELECT * FROM rollup_hour").fetchall()
    changes = ing.ingest([conv(agent="王小美", first_reply_at=T0 + 10, customer_messages=2,
                               ended_at=T0 + 300)])
    assert changes.conversations_updated == 1
    assert db.execute("SELECT ended_at FROM conversations").fetchone()[0] == T0 + 300
    assert db.execute("SELECT * FROM rollup_hour").fetchall() == before


def _old_database(tmp_path):
    """A database as Floorwatch stored conversations before migration 10 (text conv_key)."""
    import hashlib
    import shutil
    from pathlib import Path

    from app.db import open_database

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "schema_v6.db", path)
    old = sqlite3.connect(path)
    without_id = Conversation(platform="tmall", store="花语美妆旗舰店", customer="buyer2",
                              started_at=1_763_769_900.0, paid_amount=12.5)
    parts = ("tmall", "花语美妆旗舰店", None, None, "buyer2", 1_763_769_900.0, None, None,
             0, 0, 0, 0.0, 0, 12.5, 0.0, None)
    old.execute("INSERT INTO conversations (conv_key, store_id, customer, started_at, "
                "paid_amount) VALUES (?, 1, 'buyer2', 1763769900.0, 12.5)",
                ["h:" + hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()])
    old.commit()
    old.close()
    return open_database(path), without_id


def test_an_older_database_keeps_its_conversations_and_drops_the_text_key(tmp_path):
    db, _ = _old_database(tmp_path)
    columns = [r[1] for r in db.execute("PRAGMA table_info(conversations)")]
    assert "conv_key" not in columns and "conversation_id" in columns
    assert db.execute("SELECT customer, conversation_id FROM conversations ORDER BY id"
                      ).fetchall() == [("buyer1", "c1"), ("buyer2", None)]
    indexes = {r[1] for r in db.execute("PRAGMA index_list(conversations)")}
    assert {"conversations_started", "conversations_agent_started",
            "conversations_conversation_id"} <= indexes


def test_re_importing_what_an_older_database_holds_adds_nothing(tmp_path):
    db, without_id = _old_database(tmp_path)
    c1 = Conversation(platform="tmall", store="花语美妆旗舰店", customer="buyer1",
                      started_at=1_763_769_600.0 + 120, conversation_id="c1", agent="王小美",
                      first_reply_at=1_763_769_600.0 + 130, ended_at=1_763_769_600.0 + 400,
                      customer_messages=3, agent_messages=4, replies=3,
                      reply_seconds_total=40.0, inquiry=True, paid_amount=99.0, rating=5)
    rollups = db.execute("SELECT * FROM rollup_hour").fetchall()
    changes = Ingestor(db, source="fixture").ingest([c1, without_id])
    assert not changes
    assert count(db) == 2
    assert db.execute("SELECT * FROM rollup_hour").fetchall() == rollups


def test_a_conversation_another_writer_stored_is_found_again_by_its_platform_and_id(db):
    Ingestor(db).ingest([conv(first_reply_at=T0 + 10)])  # e.g. the import, its own Ingestor
    feed = Ingestor(db)  # has never named that store
    changes = feed.ingest([conv(first_reply_at=T0 + 10, ended_at=T0 + 90),
                           conv(platform="tmall", store="星河数码天猫店", first_reply_at=T0 + 5)])
    assert (changes.conversations_added, changes.conversations_updated) == (1, 1)
    assert count(db) == 2
