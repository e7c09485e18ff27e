"""Write a small database at each past schema version that has no fixture yet.

Run when a migration is added: `python tests/data/make_fixtures.py`. Existing fixtures
are never rewritten: each is a record of a released schema. It writes with today's
Ingestor, so it can only make the fixture of the version just before the newest one when
that migration did not change what the Ingestor writes; otherwise make it from a checkout
of the older code (v7-v9 were made from the tree before migration 10, which dropped
conversations.conv_key; v10 from the tree before migration 11, which dropped rollup_minute).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from app.db import migrate_database, open_database  # noqa: E402
from app.ingest import Ingestor  # noqa: E402
from app.records import Conversation, SessionEvent  # noqa: E402
from app.schema import LATEST_VERSION  # noqa: E402

T0 = 1_763_769_600.0  # 2025-11-22 00:00 UTC


def make(version: int) -> Path:
    path = HERE / f"schema_v{version}.db"
    path.unlink(missing_ok=True)
    db = open_database(path, migrate=False)
    migrate_database(db, target=version)
    Ingestor(db, source="fixture").ingest([
        SessionEvent(T0 + 60, "tmall", "花语美妆旗舰店", "花语美妆旗舰店:王小美", "王小美", "online"),
        Conversation(platform="tmall", store="花语美妆旗舰店", customer="buyer1",
                     started_at=T0 + 120, conversation_id="c1", agent="王小美",
                     first_reply_at=T0 + 130, ended_at=T0 + 400, customer_messages=3,
                     agent_messages=4, replies=3, reply_seconds_total=40.0, inquiry=True,
                     paid_amount=99.0, rating=5),
    ])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the repo
    db.close()
    return path


if __name__ == "__main__":
    for v in range(1, LATEST_VERSION):
        if not (HERE / f"schema_v{v}.db").exists():
            print(make(v))
