"""The one write path for floor events: names → ids, upserts, rollups kept in step."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlite_utils

from app.db import writing

from app.records import ChangeSet, Conversation, SessionEvent
from app.schema import ROLLUP_COLUMNS

_CONV_FIELDS = (
    "conversation_id", "store_id", "account_id", "agent_id", "customer", "started_at",
    "first_reply_at", "ended_at", "customer_messages", "agent_messages", "replies",
    "reply_seconds_total", "inquiry", "paid_amount", "refund_amount", "rating",
)
_CHUNK = 400


def contribution(row: dict) -> tuple[float, ...]:
    """A conversation's additive share of a rollup bucket, in ROLLUP_COLUMNS order."""
    first = row["first_reply_at"]
    replied = first is not None
    wait = (first - row["started_at"]) if replied else 0.0
    rating = row["rating"]
    return (
        1.0,
        1.0 if replied else 0.0,
        wait,
        1.0 if replied and wait <= 30.0 else 0.0,
        float(row["customer_messages"]),
        float(row["agent_messages"]),
        float(row["replies"]),
        float(row["reply_seconds_total"]),
        1.0 if rating is not None else 0.0,
        1.0 if rating is not None and rating >= 4 else 0.0,
        float(row["paid_amount"]),
        float(row["refund_amount"]),
    )


def _bucket_keys(row: dict) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    started = row["started_at"]
    agent = row["agent_id"] or 0
    return (
        (int(started // 60) * 60, row["store_id"], agent),
        (int(started // 3600) * 3600, row["store_id"], agent),
    )


class Ingestor:
    """Writes events into the store; one instance per writing thread."""

    def __init__(self, db: sqlite_utils.Database, source: str = "") -> None:
        self.db = db
        self.source = source
        self._stores: dict[tuple[str, str], int] = {}
        self._accounts: dict[tuple[int, str], int] = {}
        self._agents: dict[str, int] = {}

    # -- name resolution -------------------------------------------------
    def store_id(self, platform: str, name: str) -> int:
        key = (platform, name)
        if key not in self._stores:
            self.db.execute(
                "INSERT OR IGNORE INTO stores (platform, name) VALUES (?, ?)", [platform, name])
            self._stores[key] = self.db.execute(
                "SELECT id FROM stores WHERE platform = ? AND name = ?", [platform, name]
            ).fetchone()[0]
        return self._stores[key]

    def account_id(self, store_id: int, name: str) -> int:
        key = (store_id, name)
        if key not in self._accounts:
            self.db.execute(
                "INSERT OR IGNORE INTO accounts (store_id, name) VALUES (?, ?)", [store_id, name])
            self._accounts[key] = self.db.execute(
                "SELECT id FROM accounts WHERE store_id = ? AND name = ?", [store_id, name]
            ).fetchone()[0]
        return self._accounts[key]

    def agent_id(self, name: str) -> int:
        if name not in self._agents:
            self.db.execute("INSERT OR IGNORE INTO agents (name) VALUES (?)", [name])
            self._agents[name] = self.db.execute(
                "SELECT id FROM agents WHERE name = ?", [name]).fetchone()[0]
        return self._agents[name]

    # -- writes ------------------------------------------------------------
    def ingest(self, events: Sequence[SessionEvent | Conversation]) -> ChangeSet:
        """Write a batch in one transaction (all or nothing) and say what changed."""
        changes = ChangeSet()
        sessions = sorted((e for e in events if isinstance(e, SessionEvent)), key=lambda e: e.at)
        convs = [e for e in events if isinstance(e, Conversation)]
        with writing(self.db):  # the write lock first: see app.db.writing
            if sessions:
                self._write_sessions(sessions, changes)
            if convs:
                self._write_conversations(convs, changes)
            if changes.last_event_at is not None:
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES ('last_event_at', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = "
                    "max(CAST(value AS REAL), CAST(excluded.value AS REAL))",
                    [repr(changes.last_event_at)])
        return changes

    def _write_sessions(self, events: list[SessionEvent], changes: ChangeSet) -> None:
        rows = []
        for e in events:
            store = self.store_id(e.platform, e.store)
            rows.append((e.at, self.account_id(store, e.account), self.agent_id(e.agent),
                         e.status))
            changes.stores_touched.add(store)
        conn = self.db.conn
        before = conn.total_changes
        conn.executemany(
            "INSERT OR IGNORE INTO session_events (at, account_id, agent_id, status) "
            "VALUES (?, ?, ?, ?)", rows)
        changes.sessions += conn.total_changes - before
        conn.executemany(
            "INSERT INTO account_status (account_id, agent_id, status, since) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account_id, agent_id) DO UPDATE SET status = excluded.status, "
            "since = excluded.since WHERE excluded.since >= account_status.since "
            "AND excluded.status != account_status.status",
            [(r[1], r[2], r[3], r[0]) for r in rows])
        changes.agents_touched.update(r[2] for r in rows)
        changes.last_event_at = max(changes.last_event_at or 0.0, events[-1].at)

    def _row(self, c: Conversation) -> dict:
        store = self.store_id(c.platform, c.store)
        return {
            "conv_key": c.key(),
            "conversation_id": c.conversation_id,
            "store_id": store,
            "account_id": self.account_id(store, c.account) if c.account else None,
            "agent_id": self.agent_id(c.agent) if c.agent else None,
            "customer": c.customer,
            "started_at": float(c.started_at),
            "first_reply_at": None if c.first_reply_at is None else float(c.first_reply_at),
            "ended_at": None if c.ended_at is None else float(c.ended_at),
            "customer_messages": int(c.customer_messages),
            "agent_messages": int(c.agent_messages),
            "replies": int(c.replies),
            "reply_seconds_total": float(c.reply_seconds_total),
            "inquiry": 1 if c.inquiry else 0,
            "paid_amount": float(c.paid_amount),
            "refund_amount": float(c.refund_amount),
            "rating": c.rating,
            "source": self.source,
        }

    def _existing(self, keys: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        cols = ", ".join(("conv_key",) + _CONV_FIELDS)
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.query(
                    f"SELECT {cols} FROM conversations WHERE conv_key IN ({marks})", chunk):
                found[row["conv_key"]] = row
        return found

    def _write_conversations(self, convs: list[Conversation], changes: ChangeSet) -> None:
        latest: dict[str, dict] = {}
        for c in convs:  # a batch may carry one conversation several times: last one wins
            row = self._row(c)
            latest[row["conv_key"]] = row
        old = self._existing(list(latest))
        minute: dict[tuple[int, int, int], list[float]] = defaultdict(
            lambda: [0.0] * len(ROLLUP_COLUMNS))
        hour: dict[tuple[int, int, int], list[float]] = defaultdict(
            lambda: [0.0] * len(ROLLUP_COLUMNS))
        upserts = []
        last = changes.last_event_at or 0.0
        for key, row in latest.items():
            prev = old.get(key)
            if prev is not None and all(prev[f] == row[f] for f in _CONV_FIELDS):
                continue
            for sign, r in ((1.0, row), (-1.0, prev)):
                if r is None:
                    continue
                m_key, h_key = _bucket_keys(r)
                for acc, k in ((minute, m_key), (hour, h_key)):
                    vec = acc[k]
                    for i, v in enumerate(contribution(r)):
                        vec[i] += sign * v
            upserts.append(row)
            if prev is None:
                changes.conversations_added += 1
            else:
                changes.conversations_updated += 1
            changes.stores_touched.add(row["store_id"])
            if row["agent_id"]:
                changes.agents_touched.add(row["agent_id"])
            last = max(last, row["ended_at"] or row["first_reply_at"] or row["started_at"])
        if not upserts:
            return
        names = list(upserts[0])
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "conv_key")
        self.db.conn.executemany(
            f"INSERT INTO conversations ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT(conv_key) DO UPDATE SET {updates}",
            [tuple(r[n] for n in names) for r in upserts])
        for table, acc in (("rollup_minute", minute), ("rollup_hour", hour)):
            cols = ", ".join(ROLLUP_COLUMNS)
            adds = ", ".join(f"{c} = {c} + excluded.{c}" for c in ROLLUP_COLUMNS)
            self.db.conn.executemany(
                f"INSERT INTO {table} (bucket, store_id, agent_id, {cols}) "
                f"VALUES ({', '.join('?' * (3 + len(ROLLUP_COLUMNS)))}) "
                f"ON CONFLICT(bucket, store_id, agent_id) DO UPDATE SET {adds}",
                [k + tuple(v) for k, v in acc.items()])
        changes.last_event_at = last
