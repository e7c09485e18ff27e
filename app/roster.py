"""The floor's roster: stores, store accounts, agents and who holds which account, with history.

Nothing is hard-deleted: retiring sets `retired_at`, ending an assignment sets `until`, and
every change is appended to `roster_changes` (who, when, old and new values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlite_utils

from app.catalog import platform_key, platform_keys
from app.db import writing


class RosterError(ValueError):
    """A roster change that cannot be made, worded for the supervisor."""


@dataclass(frozen=True)
class RosterStore:
    id: int
    platform: str
    name: str
    min_agents: int = 1
    service_start: str = "08:00"
    service_end: str = "24:00"
    quiet_minutes: int = 30
    retired_at: float | None = None


@dataclass(frozen=True)
class RosterAccount:
    id: int
    store_id: int
    name: str
    retired_at: float | None = None


@dataclass(frozen=True)
class RosterAgent:
    id: int
    name: str
    team: str = ""
    skill_group: str = ""
    shift_start: str = ""
    shift_end: str = ""
    retired_at: float | None = None


@dataclass(frozen=True)
class Assignment:
    id: int
    account_id: int
    agent_id: int
    since: float
    until: float | None = None


@dataclass(frozen=True)
class RosterChange:
    id: int
    at: float
    entity: str
    entity_id: int
    action: str
    detail: dict
    by: str


@dataclass(frozen=True)
class RosterEntry:
    """One line of a roster: an agent holding a store account (fields left None are kept)."""

    platform: str
    store: str
    account: str | None = None
    agent: str | None = None
    team: str | None = None
    skill_group: str | None = None
    min_agents: int | None = None
    service_start: str | None = None
    service_end: str | None = None
    quiet_minutes: int | None = None
    shift_start: str | None = None
    shift_end: str | None = None


@dataclass
class RosterSummary:
    added: dict[str, int] = field(default_factory=dict)
    edited: dict[str, int] = field(default_factory=dict)
    assigned: int = 0

    def count(self, bucket: dict[str, int], entity: str) -> None:
        bucket[entity] = bucket.get(entity, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.added or self.edited or self.assigned)


_STORE_FIELDS = ("platform", "name", "min_agents", "service_start", "service_end",
                 "quiet_minutes")
_AGENT_FIELDS = ("name", "team", "skill_group", "shift_start", "shift_end")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


# -- validation --------------------------------------------------------------
def _clock_time(value: str, what: str, *, blank_ok: bool = False) -> str:
    value = value.strip()
    if blank_ok and value == "":
        return value
    if len(value) == 4 and value[1] == ":":
        value = "0" + value  # 8:00 → 08:00
    if not _TIME.match(value):
        raise RosterError(f"{what} must be a time of day like 08:00 (got {value!r})")
    return value


def _count(value: object, what: str, low: int = 0) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise RosterError(f"{what} must be a whole number (got {value!r})") from None
    if number < low:
        raise RosterError(f"{what} must be at least {low} (got {number})")
    return number


def _name(value: object, what: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise RosterError(f"{what} must not be empty")
    if len(text) > 200:
        raise RosterError(f"{what} is longer than 200 characters")
    return text


def _clean_store(fields: dict) -> dict:
    out = {}
    for key, value in fields.items():
        if key == "platform":
            known = platform_key(str(value))
            if known is None:
                raise RosterError(
                    f"unknown platform {value!r} (known: {', '.join(platform_keys())})")
            value = known
        elif key == "name":
            value = _name(value, "store name")
        elif key == "min_agents":
            value = _count(value, "minimum agents online")
        elif key == "quiet_minutes":
            value = _count(value, "minutes without customers")
        elif key in ("service_start", "service_end"):
            value = _clock_time(str(value), key.replace("_", " "))
        else:
            raise RosterError(f"stores have no field {key!r}")
        out[key] = value
    return out


def _clean_agent(fields: dict) -> dict:
    out = {}
    for key, value in fields.items():
        if key == "name":
            value = _name(value, "agent name")
        elif key in ("team", "skill_group"):
            value = str(value or "").strip()
        elif key in ("shift_start", "shift_end"):
            value = _clock_time(str(value or ""), key.replace("_", " "), blank_ok=True)
        else:
            raise RosterError(f"agents have no field {key!r}")
        out[key] = value
    return out


# -- reads -------------------------------------------------------------------
def _active(include_retired: bool, alias: str = "") -> str:
    return "" if include_retired else f" WHERE {alias}retired_at IS NULL"


def stores(db: sqlite_utils.Database, include_retired: bool = False) -> list[RosterStore]:
    return [RosterStore(*r) for r in db.execute(
        "SELECT id, platform, name, min_agents, service_start, service_end, quiet_minutes, "
        f"retired_at FROM stores{_active(include_retired)} ORDER BY platform, name")]


def accounts(db: sqlite_utils.Database, include_retired: bool = False) -> list[RosterAccount]:
    return [RosterAccount(*r) for r in db.execute(
        f"SELECT id, store_id, name, retired_at FROM accounts{_active(include_retired)} "
        "ORDER BY store_id, name")]


def agents(db: sqlite_utils.Database, include_retired: bool = False) -> list[RosterAgent]:
    return [RosterAgent(*r) for r in db.execute(
        "SELECT id, name, team, skill_group, shift_start, shift_end, retired_at "
        f"FROM agents{_active(include_retired)} ORDER BY team, name")]


def assignments(db: sqlite_utils.Database, at: float | None = None) -> list[Assignment]:
    """Assignments in force now (at=None) or at time `at`."""
    if at is None:
        return _current(db)
    rows = db.execute("SELECT id, account_id, agent_id, since, until FROM assignments "
                      "WHERE since <= ? AND (until IS NULL OR until > ?) "
                      "ORDER BY account_id, agent_id", [at, at])
    return [Assignment(*r) for r in rows]


def _current(db: sqlite_utils.Database, **match: int) -> list[Assignment]:
    """Assignments in force now whose columns equal `match` (account_id=…, agent_id=…)."""
    where = "".join(f" AND {column} = ?" for column in match)
    return [Assignment(*r) for r in db.execute(
        "SELECT id, account_id, agent_id, since, until FROM assignments "
        f"WHERE until IS NULL{where} ORDER BY account_id, agent_id", list(match.values()))]


def holders(db: sqlite_utils.Database) -> dict[int, set[int]]:
    """account_id → the agents who hold it now."""
    out: dict[int, set[int]] = {}
    for a in assignments(db):
        out.setdefault(a.account_id, set()).add(a.agent_id)
    return out


def held_stores(db: sqlite_utils.Database) -> set[tuple[int, int]]:
    """(agent_id, store_id) for every store an agent holds an account of now."""
    return {(agent, store) for agent, store in db.execute(
        "SELECT DISTINCT x.agent_id, a.store_id FROM assignments x "
        "JOIN accounts a ON a.id = x.account_id WHERE x.until IS NULL")}


def history(db: sqlite_utils.Database, entity: str | None = None,
            entity_id: int | None = None) -> list[RosterChange]:
    """Roster changes, oldest first, optionally for one entity."""
    sql = "SELECT id, at, entity, entity_id, action, detail, by FROM roster_changes"
    where, params = [], []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [RosterChange(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6])
            for r in db.execute(sql + " ORDER BY at, id", params)]


# -- writes ------------------------------------------------------------------
def _log(db: sqlite_utils.Database, at: float, entity: str, entity_id: int, action: str,
         detail: dict, by: str) -> None:
    db.execute(
        "INSERT INTO roster_changes (at, entity, entity_id, action, detail, by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [at, entity, entity_id, action, json.dumps(detail, ensure_ascii=False), by])


def _insert(db: sqlite_utils.Database, table: str, entity: str, values: dict, at: float,
            by: str) -> int:
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    try:
        cur = db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
    except Exception as exc:  # sqlite3.IntegrityError: the unique name constraint
        if "UNIQUE" in str(exc):
            raise RosterError(f"a {entity} with that name already exists") from None
        raise
    new_id = int(cur.lastrowid)
    _log(db, at, entity, new_id, "added", values, by)
    return new_id


def _edit(db: sqlite_utils.Database, table: str, entity: str, row_id: int, fields: dict,
          at: float, by: str) -> dict:
    cols = list(fields)
    row = db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise RosterError(f"no {entity} with id {row_id}")
    changed = {c: [old, fields[c]] for c, old in zip(cols, row) if old != fields[c]}
    if changed:
        try:
            db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)} "
                       "WHERE id = ?", [fields[c] for c in changed] + [row_id])
        except Exception as exc:
            if "UNIQUE" in str(exc):
                raise RosterError(f"a {entity} with that name already exists") from None
            raise
        _log(db, at, entity, row_id, "edited", changed, by)
    return changed


def _set_retired(db: sqlite_utils.Database, table: str, entity: str, row_id: int,
                 at: float | None, by: str, when: float) -> None:
    row = db.execute(f"SELECT retired_at FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise RosterError(f"no {entity} with id {row_id}")
    if (row[0] is None) == (at is None):
        return  # already in that state
    db.execute(f"UPDATE {table} SET retired_at = ? WHERE id = ?", [at, row_id])
    _log(db, when, entity, row_id, "retired" if at is not None else "restored", {}, by)


def add_store(db: sqlite_utils.Database, platform: str, name: str, *, at: float, by: str = "",
              **fields: object) -> int:
    values = _clean_store({"platform": platform, "name": name, **fields})
    with writing(db):
        return _insert(db, "stores", "store", values, at, by)


def edit_store(db: sqlite_utils.Database, store_id: int, *, at: float, by: str = "",
               **fields: object) -> dict:
    """Change a store's fields; returns {field: [old, new]} for what actually changed."""
    values = _clean_store(fields)
    with writing(db):
        return _edit(db, "stores", "store", store_id, values, at, by)


def retire_store(db: sqlite_utils.Database, store_id: int, *, at: float, by: str = "") -> None:
    """Retire a store and its accounts, ending every assignment on them."""
    with writing(db):
        _set_retired(db, "stores", "store", store_id, at, by, at)
        for (account_id,) in db.execute(
                "SELECT id FROM accounts WHERE store_id = ? AND retired_at IS NULL",
                [store_id]).fetchall():
            _retire_account(db, account_id, at, by)


def restore_store(db: sqlite_utils.Database, store_id: int, *, at: float, by: str = "") -> None:
    with writing(db):
        _set_retired(db, "stores", "store", store_id, None, by, at)


def add_account(db: sqlite_utils.Database, store_id: int, name: str, *, at: float,
                by: str = "") -> int:
    with writing(db):
        if db.execute("SELECT 1 FROM stores WHERE id = ?", [store_id]).fetchone() is None:
            raise RosterError(f"no store with id {store_id}")
        return _insert(db, "accounts", "account",
                       {"store_id": store_id, "name": _name(name, "account name")}, at, by)


def _retire_account(db: sqlite_utils.Database, account_id: int, at: float, by: str) -> None:
    _set_retired(db, "accounts", "account", account_id, at, by, at)
    for a in _current(db, account_id=account_id):
        _end_assignment(db, a, at, by)


def retire_account(db: sqlite_utils.Database, account_id: int, *, at: float,
                   by: str = "") -> None:
    with writing(db):
        _retire_account(db, account_id, at, by)


def restore_account(db: sqlite_utils.Database, account_id: int, *, at: float,
                    by: str = "") -> None:
    with writing(db):
        _set_retired(db, "accounts", "account", account_id, None, by, at)


def edit_account(db: sqlite_utils.Database, account_id: int, *, at: float, by: str = "",
                 name: str) -> dict:
    """Rename a store account; returns {"name": [old, new]}, or {} when it is unchanged."""
    values = {"name": _name(name, "account name")}
    with writing(db):
        return _edit(db, "accounts", "account", account_id, values, at, by)


def add_agent(db: sqlite_utils.Database, name: str, *, at: float, by: str = "",
              **fields: object) -> int:
    values = _clean_agent({"name": name, **fields})
    with writing(db):
        return _insert(db, "agents", "agent", values, at, by)


def edit_agent(db: sqlite_utils.Database, agent_id: int, *, at: float, by: str = "",
               **fields: object) -> dict:
    values = _clean_agent(fields)
    with writing(db):
        return _edit(db, "agents", "agent", agent_id, values, at, by)


def retire_agent(db: sqlite_utils.Database, agent_id: int, *, at: float, by: str = "") -> None:
    """Retire an agent (they leave the floor); their accounts are handed back."""
    with writing(db):
        _set_retired(db, "agents", "agent", agent_id, at, by, at)
        for a in _current(db, agent_id=agent_id):
            _end_assignment(db, a, at, by)


def restore_agent(db: sqlite_utils.Database, agent_id: int, *, at: float, by: str = "") -> None:
    with writing(db):
        _set_retired(db, "agents", "agent", agent_id, None, by, at)


def _end_assignment(db: sqlite_utils.Database, a: Assignment, at: float, by: str) -> None:
    db.execute("UPDATE assignments SET until = ? WHERE id = ?", [max(at, a.since), a.id])
    _log(db, at, "assignment", a.id, "unassigned",
         {"account_id": a.account_id, "agent_id": a.agent_id}, by)


def _assign(db: sqlite_utils.Database, account_id: int, agent_id: int, at: float,
            by: str) -> bool:
    if db.execute("SELECT 1 FROM assignments WHERE account_id = ? AND agent_id = ? "
                  "AND until IS NULL", [account_id, agent_id]).fetchone():
        return False
    for table, what, row_id in (("accounts", "account", account_id),
                                ("agents", "agent", agent_id)):
        row = db.execute(f"SELECT retired_at FROM {table} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise RosterError(f"no {what} with id {row_id}")
        if row[0] is not None:
            raise RosterError(f"that {what} is retired; restore it first")
    cur = db.execute("INSERT INTO assignments (account_id, agent_id, since) VALUES (?, ?, ?)",
                     [account_id, agent_id, at])
    _log(db, at, "assignment", int(cur.lastrowid),
         "assigned", {"account_id": account_id, "agent_id": agent_id}, by)
    return True


def assign(db: sqlite_utils.Database, account_id: int, agent_id: int, *, at: float,
           by: str = "") -> bool:
    """Give an agent a store account; False when they already hold it."""
    with writing(db):
        return _assign(db, account_id, agent_id, at, by)


def unassign(db: sqlite_utils.Database, account_id: int, agent_id: int, *, at: float,
             by: str = "") -> bool:
    """Take a store account from an agent; False when they did not hold it."""
    with writing(db):
        current = _current(db, account_id=account_id, agent_id=agent_id)
        for a in current:
            _end_assignment(db, a, at, by)
        return bool(current)


# -- bulk --------------------------------------------------------------------
def _given(entry: RosterEntry, names: Sequence[str]) -> dict:
    return {n: getattr(entry, n) for n in names if getattr(entry, n) is not None}


def check_entry(entry: RosterEntry) -> None:
    """Raise the RosterError apply_entries would raise for this entry's own values."""
    _clean_store({"platform": entry.platform, "name": entry.store,
                  **_given(entry, _STORE_FIELDS[2:])})
    if entry.agent is not None:
        _clean_agent({"name": entry.agent, **_given(entry, _AGENT_FIELDS[1:])})
    if entry.account is not None:
        _name(entry.account, "account name")


def _upsert(db: sqlite_utils.Database, table: str, entity: str, ids: dict, key: object,
            values: dict, at: float, by: str, summary: RosterSummary) -> int:
    """The id of the row `key` names in `ids`: added, else edited to `values` and restored."""
    if key not in ids:
        ids[key] = _insert(db, table, entity, values, at, by)
        summary.count(summary.added, entity)
    else:
        if _edit(db, table, entity, ids[key], values, at, by):
            summary.count(summary.edited, entity)
        _set_retired(db, table, entity, ids[key], None, by, at)
    return ids[key]


def apply_entries(db: sqlite_utils.Database, entries: Iterable[RosterEntry], *, at: float,
                  by: str = "") -> RosterSummary:
    """Create or update what the entries name, in one transaction (all or nothing).

    Additive: an assignment the entries do not mention is left as it is. A retired store,
    account or agent named again is restored.
    """
    summary = RosterSummary()
    with writing(db):
        store_ids = {(p, n): i for i, p, n in db.execute(
            "SELECT id, platform, name FROM stores")}
        agent_ids = {n: i for i, n in db.execute("SELECT id, name FROM agents")}
        account_ids = {(s, n): i for i, s, n in db.execute(
            "SELECT id, store_id, name FROM accounts")}
        for entry in entries:
            fields = _clean_store({"platform": entry.platform, "name": entry.store,
                                   **_given(entry, _STORE_FIELDS[2:])})
            store_id = _upsert(db, "stores", "store", store_ids,
                               (fields["platform"], fields["name"]), fields, at, by, summary)
            agent_id = None
            if entry.agent is not None:
                values = _clean_agent({"name": entry.agent, **_given(entry, _AGENT_FIELDS[1:])})
                agent_id = _upsert(db, "agents", "agent", agent_ids, values["name"], values,
                                   at, by, summary)
            if entry.account is not None:
                name = _name(entry.account, "account name")
                if (store_id, name) not in account_ids:
                    account_ids[(store_id, name)] = _insert(
                        db, "accounts", "account", {"store_id": store_id, "name": name}, at, by)
                    summary.count(summary.added, "account")
                else:
                    _set_retired(db, "accounts", "account", account_ids[(store_id, name)],
                                 None, by, at)
                if agent_id is not None and _assign(db, account_ids[(store_id, name)],
                                                    agent_id, at, by):
                    summary.assigned += 1
    return summary
