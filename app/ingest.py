"""The one write path for floor events: names → ids, upserts, rollups kept in step."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter, neg, sub

import sqlite_utils

from app.db import writing

from app.records import ChangeSet, Conversation, SessionEvent
from app.schema import ROLLUP_COLUMNS

# A conversation as stored (and compared), in this column order; names are ids already.
_CONV_FIELDS = (
    "conversation_id", "store_id", "account_id", "agent_id", "customer", "started_at",
    "first_reply_at", "ended_at", "customer_messages", "agent_messages", "replies",
    "reply_seconds_total", "inquiry", "paid_amount", "refund_amount", "rating",
)
_CID, _STORE, _AGENT, _STARTED, _FIRST, _ENDED = 0, 1, 3, 5, 6, 7
# The fields outside every index: an update that changes only these rewrites no index entry
# (SQLite rewrites an index whenever its column is in the SET list, changed or not).
_LIGHT = (2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
_light = itemgetter(*_LIGHT)
Row = tuple
_CHUNK = 500


def _chunks(values: list) -> Iterator[list]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def contribution(row: Row) -> tuple[float, ...]:
    """A stored conversation's additive share of a rollup bucket, in ROLLUP_COLUMNS order."""
    first = row[_FIRST]
    if first is None:
        wait = replied = within30 = 0.0
    else:
        wait = first - row[_STARTED]
        replied = 1.0
        within30 = 1.0 if wait <= 30.0 else 0.0
    rating = row[15]
    return (
        1.0, replied, wait, within30, float(row[8]), float(row[9]), float(row[10]), row[11],
        0.0 if rating is None else 1.0, 1.0 if rating is not None and rating >= 4 else 0.0,
        row[13], row[14],
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

    def _row(self, c: Conversation) -> Row:
        """The stored form of a conversation, in _CONV_FIELDS order (names → ids)."""
        store = self._stores.get((c.platform, c.store)) or self.store_id(c.platform, c.store)
        account = agent = None
        if c.account:
            account = self._accounts.get((store, c.account)) or self.account_id(store, c.account)
        if c.agent:
            agent = self._agents.get(c.agent) or self.agent_id(c.agent)
        first, ended, rating = c.first_reply_at, c.ended_at, c.rating
        return (
            c.conversation_id, store, account, agent, c.customer, float(c.started_at),
            None if first is None else float(first), None if ended is None else float(ended),
            int(c.customer_messages), int(c.agent_messages), int(c.replies),
            float(c.reply_seconds_total), 1 if c.inquiry else 0, float(c.paid_amount),
            float(c.refund_amount), rating,
        )

    def _existing(self, latest: dict[tuple, Conversation | Row]) -> dict[tuple, tuple[int, Row]]:
        """The stored conversations with the identities in `latest`: identity → (id, row)."""
        found: dict[tuple, tuple[int, Row]] = {}
        conn = self.db.conn
        cols = ", ".join(f"c.{f}" for f in _CONV_FIELDS)
        ids = sorted({ident[1] for ident, v in latest.items() if type(v) is not tuple})
        for chunk in _chunks(ids):
            for r in conn.execute(
                    f"SELECT s.platform, c.id, {cols} FROM conversations c "
                    "JOIN stores s ON s.id = c.store_id "
                    f"WHERE c.conversation_id IN ({', '.join('?' * len(chunk))})", chunk):
                found[(r[0], r[2])] = (r[1], r[2:])
        # without an id a conversation is all its fields: look it up by its start time
        starts = sorted({v[_STARTED] for v in latest.values() if type(v) is tuple})
        for chunk in _chunks(starts):
            for r in conn.execute(
                    f"SELECT c.id, {cols} FROM conversations c "
                    f"WHERE c.started_at IN ({', '.join('?' * len(chunk))})", chunk):
                if not r[1]:
                    found.setdefault(r[2:], (r[0], r[1:]))
        return found

    def _write_conversations(self, convs: list[Conversation], changes: ChangeSet) -> None:
        # A batch may carry one conversation several times: the last one wins. With an id a
        # conversation is (platform, id), else all its stored fields (Conversation.key()).
        latest: dict[tuple, Conversation | Row] = {}
        for c in convs:
            if c.conversation_id:
                latest[(c.platform, c.conversation_id)] = c
            else:
                row = self._row(c)
                latest[row[1:]] = row
        old = self._existing(latest)
        # Each row's share of its buckets, a stored row's share negated: summed per bucket
        # after the loop, in the order they came.
        moves: list[tuple[Row, tuple[float, ...]]] = []
        inserts, updates, light_updates = [], [], []
        source = self.source
        last = changes.last_event_at or 0.0
        for ident, v in latest.items():
            row = v if type(v) is tuple else self._row(v)
            found = old.get(ident)
            if found is None:
                inserts.append(row + (source,))
                moves.append((row, contribution(row)))
            else:
                rowid, prev = found
                if prev == row:
                    continue
                if (prev[_STARTED] == row[_STARTED] and prev[_STORE] == row[_STORE]
                        and prev[_AGENT] == row[_AGENT] and prev[_CID] == row[_CID]):
                    # same buckets, same indexed columns: only the difference moves, and the
                    # update rewrites no index entry
                    light_updates.append(_light(row) + (source, rowid))
                    share = tuple(map(sub, contribution(row), contribution(prev)))
                    if any(share):
                        moves.append((row, share))
                else:
                    updates.append(row + (source, rowid))
                    moves.append((row, contribution(row)))
                    moves.append((prev, tuple(map(neg, contribution(prev)))))
            changes.stores_touched.add(row[_STORE])
            if row[_AGENT]:
                changes.agents_touched.add(row[_AGENT])
            last = max(last, row[_ENDED] or row[_FIRST] or row[_STARTED])
        if not inserts and not updates and not light_updates:
            return
        conn = self.db.conn
        names = _CONV_FIELDS + ("source",)
        if inserts:
            conn.executemany(
                f"INSERT INTO conversations ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})", inserts)
        for todo, columns in ((updates, names),
                              (light_updates, tuple(_CONV_FIELDS[i] for i in _LIGHT) + ("source",))):
            if todo:
                conn.executemany(
                    f"UPDATE conversations SET {', '.join(f'{n} = ?' for n in columns)} "
                    "WHERE id = ?", todo)
        changes.conversations_added += len(inserts)
        changes.conversations_updated += len(updates) + len(light_updates)
        self._write_rollups(moves)
        changes.last_event_at = last

    def _write_rollups(self, moves: list[tuple[Row, tuple[float, ...]]]) -> None:
        """Add each (row, share) to the row's minute and hour buckets, summed per bucket."""
        minute: dict[tuple[int, int, int], list[tuple[float, ...]]] = {}
        hour: dict[tuple[int, int, int], list[tuple[float, ...]]] = {}
        for r, share in moves:
            started, store, agent = r[_STARTED], r[_STORE], r[_AGENT] or 0
            minute.setdefault((int(started // 60) * 60, store, agent), []).append(share)
            hour.setdefault((int(started // 3600) * 3600, store, agent), []).append(share)
        cols = ", ".join(ROLLUP_COLUMNS)
        adds = ", ".join(f"{c} = {c} + excluded.{c}" for c in ROLLUP_COLUMNS)
        for table, acc in (("rollup_minute", minute), ("rollup_hour", hour)):
            moved = []
            for k, shares in acc.items():
                total = shares[0] if len(shares) == 1 else tuple(map(sum, zip(*shares)))
                if any(total):  # an all-zero delta changes nothing
                    moved.append(k + total)
            if moved:
                self.db.conn.executemany(
                    f"INSERT INTO {table} (bucket, store_id, agent_id, {cols}) "
                    f"VALUES ({', '.join('?' * (3 + len(ROLLUP_COLUMNS)))}) "
                    f"ON CONFLICT(bucket, store_id, agent_id) DO UPDATE SET {adds}", moved)
