"""Read services for the live floor: store coverage, agent × store status, the agent roster.

Every figure comes from stored events: session events (via account_status) and
conversations. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.db import get_meta
from app.shifts import minutes_of
from app.tz import local_midnight

RANK = {"online": 2, "away": 1, "offline": 0}
WAITING_HORIZON_S = 86400.0  # an unanswered conversation older than a day is not "waiting"


@dataclass(frozen=True)
class StoreStatus:
    store_id: int
    platform: str
    name: str
    min_agents: int
    agents_online: int
    agents_away: int
    waiting: int
    arrived_15m: int
    last_customer_at: float | None
    in_service: bool
    service_start: str = "08:00"
    service_end: str = "24:00"
    quiet_minutes: int = 30
    accounts: int = 0
    accounts_online: int = 0
    unassigned_online: int = 0  # accounts with a live session that nobody is assigned to

    @property
    def state(self) -> str:
        """ok, below (fewer than the minimum online), uncovered (nobody online) or closed."""
        if not self.in_service:
            return "closed"
        if self.agents_online == 0 and self.min_agents > 0:
            return "uncovered"
        if self.agents_online < self.min_agents:
            return "below"
        return "ok"


@dataclass(frozen=True)
class AgentStatus:
    agent_id: int
    name: str
    team: str
    status: str  # best status over the agent's accounts
    since: float | None
    stores_online: int
    stores_held: int
    handled_today: int
    active_now: int


@dataclass(frozen=True)
class Cell:
    status: str
    since: float


def in_service_hours(start: str, end: str, at: float, zone: dt.tzinfo) -> bool:
    """Whether local time `at` falls in [start, end); an end at or before start crosses midnight."""
    local = dt.datetime.fromtimestamp(at, zone)
    minute = local.hour * 60 + local.minute
    s, e = minutes_of(start), minutes_of(end)
    if s == e:
        return True
    if s < e:
        return s <= minute < e
    return minute >= s or minute < e


def service_began(start: str, end: str, at: float, zone: dt.tzinfo) -> float | None:
    """When the service period holding local time `at` began, or None outside service hours."""
    if not in_service_hours(start, end, at, zone):
        return None
    local = dt.datetime.fromtimestamp(at, zone)
    s = minutes_of(start)
    begin = local.replace(hour=s // 60 % 24, minute=s % 60, second=0, microsecond=0)
    if begin > local:  # a period that crosses midnight began yesterday
        begin = (local - dt.timedelta(days=1)).replace(hour=s // 60 % 24, minute=s % 60,
                                                       second=0, microsecond=0)
    return begin.timestamp()


def last_conversations(db: sqlite_utils.Database, now: float) -> dict[int, float | None]:
    """Each store in service: when its last conversation up to `now` started (None: never).

    One seek per store in the store-hour rollup (its latest bucket and that bucket's
    last_started); only a bucket holding a start after `now` is read from the conversations.
    """
    out: dict[int, float | None] = {}
    for sid, bucket, last in db.execute(
            "SELECT s.id, r.bucket, r.last_started FROM stores s LEFT JOIN rollup_hour r "
            "ON r.store_id = s.id AND r.bucket = (SELECT max(bucket) FROM rollup_hour "
            "WHERE store_id = s.id AND bucket <= ? AND last_started IS NOT NULL) "
            "WHERE s.retired_at IS NULL", [now]).fetchall():
        while last is not None and last > now:  # the clock is behind some data
            last = db.execute(
                "SELECT max(started_at) FROM conversations WHERE store_id = ? "
                "AND started_at >= ? AND started_at <= ?", [sid, bucket, now]).fetchone()[0]
            if last is None:
                bucket, last = db.execute(
                    "SELECT bucket, last_started FROM rollup_hour WHERE store_id = ? "
                    "AND bucket < ? AND last_started IS NOT NULL ORDER BY bucket DESC LIMIT 1",
                    [sid, bucket]).fetchone() or (None, None)
        out[sid] = last
    return out


def store_statuses(db: sqlite_utils.Database, now: float, zone: dt.tzinfo) -> list[StoreStatus]:
    """Coverage and traffic of every active store at `now`."""
    online: dict[int, set[int]] = {}
    away: dict[int, set[int]] = {}
    live_accounts: dict[int, set[int]] = {}
    for store_id, account_id, agent_id, status in db.execute(
            "SELECT a.store_id, s.account_id, s.agent_id, s.status FROM account_status s "
            "JOIN accounts a ON a.id = s.account_id JOIN agents g ON g.id = s.agent_id "
            "WHERE s.status != 'offline' AND a.retired_at IS NULL"):
        (online if status == "online" else away).setdefault(store_id, set()).add(agent_id)
        if status == "online":
            live_accounts.setdefault(store_id, set()).add(account_id)
    held = {r[0] for r in db.execute("SELECT DISTINCT account_id FROM assignments "
                                     "WHERE until IS NULL")}
    n_accounts = dict(db.execute("SELECT store_id, count(*) FROM accounts "
                                 "WHERE retired_at IS NULL GROUP BY store_id").fetchall())
    # Waiting = no first reply, not ended, started in the last WAITING_HORIZON_S: bounded so
    # the query reads a day of conversations through the started_at index, not all history.
    waiting = dict(db.execute(
        "SELECT store_id, count(*) FROM conversations WHERE started_at > ? AND started_at <= ? "
        "AND first_reply_at IS NULL AND ended_at IS NULL GROUP BY store_id",
        [now - WAITING_HORIZON_S, now]).fetchall())
    recent = dict(db.execute(
        "SELECT store_id, count(*) FROM conversations WHERE started_at > ? AND started_at <= ? "
        "GROUP BY store_id", [now - 900, now]).fetchall())
    last = last_conversations(db, now)
    out = []
    for sid, platform, name, min_agents, s_start, s_end, quiet in db.execute(
            "SELECT id, platform, name, min_agents, service_start, service_end, quiet_minutes "
            "FROM stores WHERE retired_at IS NULL ORDER BY platform, name"):
        on = online.get(sid, set())
        live = live_accounts.get(sid, set())
        out.append(StoreStatus(
            sid, platform, name, min_agents, len(on), len(away.get(sid, set()) - on),
            waiting.get(sid, 0), recent.get(sid, 0), last.get(sid),
            in_service_hours(s_start, s_end, now, zone), s_start, s_end, quiet,
            n_accounts.get(sid, 0), len(live), len(live - held)))
    return out


@dataclass(frozen=True)
class AccountStatus:
    """One store account: who holds it, who is on it, and its best status."""

    account_id: int
    store_id: int
    name: str
    holders: tuple[str, ...]
    status: str  # best over the agents on it; offline when nobody ever was
    since: float | None
    agents_on: tuple[str, ...]  # online or away on it now


def account_statuses(db: sqlite_utils.Database) -> list[AccountStatus]:
    """Every active store account, by store and name."""
    names = dict(db.execute("SELECT id, name FROM agents").fetchall())
    holders: dict[int, list[str]] = {}
    for account_id, agent_id in db.execute(
            "SELECT account_id, agent_id FROM assignments WHERE until IS NULL"):
        holders.setdefault(account_id, []).append(names[agent_id])
    sessions: dict[int, list[tuple[str, float, int]]] = {}
    for account_id, agent_id, status, since in db.execute(
            "SELECT account_id, agent_id, status, since FROM account_status"):
        sessions.setdefault(account_id, []).append((status, since, agent_id))
    out = []
    for account_id, store_id, name in db.execute(
            "SELECT id, store_id, name FROM accounts WHERE retired_at IS NULL "
            "ORDER BY store_id, name"):
        mine = sessions.get(account_id, [])
        best = max(mine, key=lambda c: (RANK[c[0]], -c[1]), default=None)
        out.append(AccountStatus(
            account_id, store_id, name, tuple(sorted(holders.get(account_id, []))),
            best[0] if best else "offline", best[1] if best else None,
            tuple(sorted(names[a] for st, _, a in mine if st != "offline"))))
    return out


def agent_store_cells(db: sqlite_utils.Database) -> dict[tuple[int, int], Cell]:
    """(agent_id, store_id) → the agent's best status on that store's accounts, and since."""
    cells: dict[tuple[int, int], Cell] = {}
    for agent_id, store_id, status, since in db.execute(
            "SELECT s.agent_id, a.store_id, s.status, s.since FROM account_status s "
            "JOIN accounts a ON a.id = s.account_id"):
        key = (agent_id, store_id)
        old = cells.get(key)
        if old is None or RANK[status] > RANK[old.status] or (
                status == old.status and since < old.since):
            cells[key] = Cell(status, since)
    return cells


def agent_statuses(db: sqlite_utils.Database, now: float, zone: dt.tzinfo,
                   cells: dict[tuple[int, int], Cell] | None = None, *,
                   counts: bool = True) -> list[AgentStatus]:
    """Every active agent's best status; `cells`: agent_store_cells() if already read.
    counts=False leaves handled_today and active_now at 0: "active now" counts every open
    conversation in the history, the costliest read here."""
    cells = agent_store_cells(db) if cells is None else cells
    per_agent: dict[int, list[Cell]] = {}
    for (agent_id, _), cell in cells.items():
        per_agent.setdefault(agent_id, []).append(cell)
    handled: dict[int, int] = {}
    active: dict[int, int] = {}
    if counts:
        midnight = local_midnight(now, zone)
        handled = dict(db.execute(
            "SELECT agent_id, count(*) FROM conversations WHERE agent_id IS NOT NULL "
            "AND started_at >= ? AND started_at <= ? GROUP BY agent_id",
            [midnight, now]).fetchall())
        active = dict(db.execute(
            "SELECT agent_id, count(*) FROM conversations WHERE agent_id IS NOT NULL "
            "AND ended_at IS NULL AND started_at <= ? GROUP BY agent_id", [now]).fetchall())
    out = []
    for agent_id, name, team in db.execute(
            "SELECT id, name, team FROM agents WHERE retired_at IS NULL ORDER BY name"):
        mine = per_agent.get(agent_id, [])
        best = max(mine, key=lambda c: (RANK[c.status], -c.since), default=None)
        out.append(AgentStatus(
            agent_id, name, team, best.status if best else "offline",
            best.since if best else None,
            sum(1 for c in mine if c.status == "online"), len(mine),
            handled.get(agent_id, 0), active.get(agent_id, 0)))
    return out


def last_event_at(db: sqlite_utils.Database) -> float | None:
    stored = get_meta(db, "last_event_at")
    return float(stored) if stored is not None else None


def store_names(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    """(id, platform, name) of every store, by platform and name."""
    return [tuple(r) for r in db.execute(
        "SELECT id, platform, name FROM stores WHERE retired_at IS NULL ORDER BY platform, name")]


def agent_names(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    """(id, name, team) of every agent, by team and name."""
    return [tuple(r) for r in db.execute(
        "SELECT id, name, team FROM agents WHERE retired_at IS NULL ORDER BY team, name")]
