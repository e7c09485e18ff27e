"""The one write path for floor events: names → ids, upserts, rollups kept in step."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter

import sqlite_utils

from app.db import writing

from app.records import ChangeSet, Conversation, SessionEvent
from app.schema import ROLLUP_COLUMNS
from app.shares import bucket_sql, shares_sql

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
# The fields a conversation's rollup share is made of, besides its hour bucket and store.
_share = itemgetter(6, 8, 9, 10, 11, 13, 14, 15)
Row = tuple
_fields = attrgetter(
    "conversation_id", "platform", "store", "account", "agent", "customer", "started_at",
    "first_reply_at", "ended_at", "customer_messages", "agent_messages", "replies",
    "reply_seconds_total", "inquiry", "paid_amount", "refund_amount", "rating")
_CHUNK = 500


def _chunks(values: list) -> Iterator[list]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class Ingestor:
    """Writes events into the store; one instance per writing thread."""

    def __init__(self, db: sqlite_utils.Database, source: str = "") -> None:
        self.db = db
        self.source = source
        self._stores: dict[tuple[str, str], int] = {}
        self._platform_of: dict[int, str] = {}  # store id → platform
        self._accounts: dict[tuple[int, str], int] = {}
        self._agents: dict[str, int] = {}

    # -- name resolution -------------------------------------------------
    def store_id(self, platform: str, name: str) -> int:
        key = (platform, name)
        if key not in self._stores:
            self._learn("stores", ("platform", "name"), key, self._stores)
            self._platform_of[self._stores[key]] = platform
        return self._stores[key]

    def account_id(self, store_id: int, name: str) -> int:
        key = (store_id, name)
        if key not in self._accounts:
            self._learn("accounts", ("store_id", "name"), key, self._accounts)
        return self._accounts[key]

    def agent_id(self, name: str) -> int:
        if name not in self._agents:
            self._learn("agents", ("name",), (name,), self._agents)
        return self._agents[name]

    def _platform(self, store_id: int) -> str:
        """The platform of a store this Ingestor has not named itself (another writer's)."""
        self._platform_of[store_id] = platform = self.db.conn.execute(
            "SELECT platform FROM stores WHERE id = ?", [store_id]).fetchone()[0]
        return platform

    def _learn(self, table: str, columns: tuple[str, ...], key: tuple, cache: dict) -> None:
        """Add the row `key` (values of `columns`) unless it exists, and cache its id."""
        conn = self.db.conn
        conn.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})", key)
        rowid = conn.execute(f"SELECT id FROM {table} WHERE "
                             f"{' AND '.join(f'{c} = ?' for c in columns)}", key).fetchone()[0]
        cache[key if len(key) > 1 else key[0]] = rowid

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
        (cid, platform, store, account, agent, customer, started, first, ended, customer_msgs,
         agent_msgs, replies, reply_s, inquiry, paid, refund, rating) = _fields(c)
        store = self._stores.get((platform, store)) or self.store_id(platform, store)
        if account:
            account = self._accounts.get((store, account)) or self.account_id(store, account)
        else:
            account = None
        agent = (self._agents.get(agent) or self.agent_id(agent)) if agent else None
        return (
            cid, store, account, agent, customer, float(started),
            None if first is None else float(first), None if ended is None else float(ended),
            int(customer_msgs), int(agent_msgs), int(replies), float(reply_s),
            1 if inquiry else 0, float(paid), float(refund), rating,
        )

    def _existing(self, latest: dict[tuple, Conversation | Row]) -> dict[tuple, tuple[int, Row]]:
        """The stored conversations with the identities in `latest`: identity → (id, row)."""
        found: dict[tuple, tuple[int, Row]] = {}
        conn = self.db.conn
        cols = ", ".join(f"c.{f}" for f in _CONV_FIELDS)
        ids = sorted({ident[1] for ident, v in latest.items() if type(v) is not tuple})
        platform_of = self._platform_of
        for chunk in _chunks(ids):
            for r in conn.execute(
                    f"SELECT c.id, {cols} FROM conversations c "
                    f"WHERE c.conversation_id IN ({', '.join('?' * len(chunk))})", chunk):
                platform = platform_of.get(r[2]) or self._platform(r[2])
                found[(platform, r[1])] = (r[0], r[1:])
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
        old = self._existing(latest).get
        inserts, updates, light_updates = [], [], []
        moved: list[int] = []  # stored rows whose rollup share changes
        left: set[tuple[int, int]] = set()  # (bucket, store) a conversation moved out of
        written: list[Row] = []
        source, row_of = (self.source,), self._row
        for ident, v in latest.items():
            row = v if type(v) is tuple else row_of(v)
            found = old(ident)
            if found is None:
                inserts.append(row + source)
            else:
                rowid, prev = found
                if prev == row:
                    continue
                if (prev[_STARTED] == row[_STARTED] and prev[_STORE] == row[_STORE]
                        and prev[_AGENT] == row[_AGENT] and prev[_CID] == row[_CID]):
                    # same buckets, same indexed columns: the update rewrites no index entry
                    light_updates.append(_light(row) + source + (rowid,))
                    if _share(prev) != _share(row):
                        moved.append(rowid)
                else:
                    updates.append(row + source + (rowid,))
                    moved.append(rowid)
                    if prev[_STARTED] != row[_STARTED] or prev[_STORE] != row[_STORE]:
                        left.add((int(prev[_STARTED]) // 3600 * 3600, prev[_STORE]))
                        changes.stores_touched.add(prev[_STORE])  # it lost a conversation
            written.append(row)
        if not written:
            return
        changes.stores_touched.update({r[_STORE] for r in written})
        changes.agents_touched.update({r[_AGENT] for r in written if r[_AGENT]})
        last = max(r[_ENDED] or r[_FIRST] or r[_STARTED] for r in written)
        last = max(last, changes.last_event_at or 0.0)
        conn = self.db.conn
        if moved:  # their old shares leave the rollup: noted before the rows change
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_OLD_SHARES} "
                         f"(bucket, store_id, {', '.join(ROLLUP_COLUMNS)}, last_started)")
            conn.execute(f"INSERT INTO {_OLD_SHARES} {_shares_of(_MOVED, negate=True)}",
                         [json.dumps(moved)])
        newest = conn.execute("SELECT COALESCE(MAX(id), 0) FROM conversations").fetchone()[0]
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
        self._move_rollup(newest if inserts else None, moved)
        if left:  # the bucket's last conversation may be the one that moved out
            conn.executemany(
                "UPDATE rollup_hour SET last_started = (SELECT max(c.started_at) "
                "FROM conversations c WHERE c.started_at >= :b AND c.started_at < :b + 3600 "
                "AND c.store_id = :s) WHERE bucket = :b AND store_id = :s",
                [{"b": b, "s": s} for b, s in sorted(left)])
        changes.conversations_added += len(inserts)
        changes.conversations_updated += len(updates) + len(light_updates)
        changes.last_event_at = last

    def _move_rollup(self, newest: int | None, moved: list[int]) -> None:
        """One upsert of the store-hour rollup: the shares of the rows inserted after id
        `newest` and the new shares of the `moved` rows, less their old ones; each bucket's
        last_started is the latest start added to it."""
        parts, params = [], []
        if newest is not None:  # a new row's id is above every id stored before it
            parts.append(_shares_of("c.id > ?"))
            params.append(newest)
        if moved:
            parts += [_shares_of(_MOVED), f"SELECT * FROM {_OLD_SHARES}"]
            params.append(json.dumps(moved))
        if not parts:
            return
        cols = ", ".join(ROLLUP_COLUMNS)
        self.db.conn.execute(
            f"INSERT INTO rollup_hour (bucket, store_id, {cols}, last_started) "
            f"SELECT bucket, store_id, {', '.join(f'TOTAL({c})' for c in ROLLUP_COLUMNS)}, "
            f"MAX(last_started) FROM ({' UNION ALL '.join(parts)}) WHERE 1 "
            f"GROUP BY bucket, store_id "
            f"HAVING {' OR '.join(f'TOTAL({c}) != 0' for c in ROLLUP_COLUMNS)} "
            f"ON CONFLICT(bucket, store_id) DO UPDATE SET "
            f"{', '.join(f'{c} = {c} + excluded.{c}' for c in ROLLUP_COLUMNS)}, "
            "last_started = max(coalesce(last_started, excluded.last_started), "
            "coalesce(excluded.last_started, last_started))", params)
        if moved:
            self.db.conn.execute(f"DELETE FROM {_OLD_SHARES}")


_OLD_SHARES = "temp.fw_old_shares"
_MOVED = "c.id IN (SELECT value FROM json_each(?))"


def _shares_of(where: str, negate: bool = False) -> str:
    """The share of each conversation matching `where`, with its store-hour bucket and its
    start (none for a share taken away); summed per bucket by the caller."""
    last = "NULL" if negate else "c.started_at"
    return (f"SELECT {bucket_sql(3600)} AS bucket, c.store_id AS store_id, {shares_sql(negate)}, "
            f"{last} AS last_started FROM conversations c WHERE {where}")
