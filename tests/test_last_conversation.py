"""A store's last conversation, as the Stores panel shows it, read from the store-hour rollup."""

import shutil
from pathlib import Path

from app.db import open_database
from app.floor import last_conversations
from app.ingest import Ingestor
from app.records import Conversation

T0 = 1_795_233_600.0  # the start of a UTC hour


def conv(cid: str, started: float, store: str = "星河数码京东自营") -> Conversation:
    return Conversation(platform="jd", store=store, customer=f"buyer-{cid}", started_at=started,
                        conversation_id=cid)


def store_ids(db) -> dict[str, int]:
    return dict(db.execute("SELECT name, id FROM stores").fetchall())


def test_the_last_conversation_is_the_latest_start_up_to_now_in_any_hour(db):
    Ingestor(db).ingest([conv("a", T0 + 100), conv("b", T0 + 3700), conv("c", T0 + 3650)])
    ids = store_ids(db)
    assert last_conversations(db, T0 + 7200) == {ids["星河数码京东自营"]: T0 + 3700}


def test_a_store_that_never_had_a_conversation_has_none(db):
    ing = Ingestor(db)
    ing.ingest([conv("a", T0 + 100)])
    quiet = ing.store_id("jd", "新开的店")
    assert last_conversations(db, T0 + 200)[quiet] is None


def test_conversations_after_now_do_not_count_even_in_the_same_or_a_later_hour(db):
    Ingestor(db).ingest([conv("a", T0 + 100), conv("b", T0 + 3600 + 300),
                         conv("c", T0 + 3600 + 900), conv("d", T0 + 7300)])
    sid = store_ids(db)["星河数码京东自营"]
    assert last_conversations(db, T0 + 3600 + 600)[sid] == T0 + 3600 + 300
    assert last_conversations(db, T0 + 3600 + 200)[sid] == T0 + 100  # back to an earlier hour
    assert last_conversations(db, T0 + 50)[sid] is None


def test_a_conversation_corrected_to_another_store_or_hour_leaves_its_old_bucket(db):
    ing = Ingestor(db)
    ing.ingest([conv("a", T0 + 100), conv("b", T0 + 2000), conv("x", T0 + 5000)])
    ing.ingest([conv("b", T0 + 2000, store="星河数码旗舰店"), conv("x", T0 + 300)])
    ids = store_ids(db)
    last = last_conversations(db, T0 + 9000)
    assert last[ids["星河数码京东自营"]] == T0 + 300  # x moved back an hour, b to the other store
    assert last[ids["星河数码旗舰店"]] == T0 + 2000
    buckets = db.execute("SELECT bucket, n, last_started FROM rollup_hour "
                         "WHERE store_id = ? ORDER BY bucket", [ids["星河数码京东自营"]]).fetchall()
    assert buckets == [(T0, 2.0, T0 + 300), (T0 + 3600, 0.0, None)]


def test_an_older_database_gets_the_last_start_of_every_bucket_it_holds(tmp_path):
    path = tmp_path / "v10.db"
    shutil.copy(Path(__file__).parent / "data" / "schema_v10.db", path)
    db = open_database(path)
    try:
        sid = store_ids(db)["花语美妆旗舰店"]
        started = db.execute("SELECT started_at FROM conversations").fetchone()[0]
        assert last_conversations(db, started + 60) == {sid: started}
        indexes = {r[1] for r in db.execute("PRAGMA index_list(conversations)")}
        assert "conversations_store_started" not in indexes
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'rollup_minute'"
                          ).fetchone()[0] == 0
    finally:
        db.close()
