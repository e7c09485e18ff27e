"""The wellbeing roster: each agent's status, time since their last break, conversations
handled this shift, and (only with the key) their latest check-in and open case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.floor import RANK, agent_statuses
from app.shifts import shift_at
from app.tz import local_midnight
from app.wellbeing.cases import open_cases
from app.wellbeing.checkins import CheckIn, latest_checkins
from app.wellbeing.vault import FieldCipher

BREAK_LOOKBACK_S = 16 * 3600


@dataclass(frozen=True)
class BreakInfo:
    """From session events: an agent's last 'away' period and their current stretch online."""

    on_break_since: float | None  # away now, since then
    last_break_end: float | None  # when they last came back from 'away'
    online_since: float | None  # start of the current stretch online (after a break or a
    #                             login); None when it began before the look-back window


@dataclass(frozen=True)
class AgentLine:
    agent_id: int
    name: str
    team: str
    status: str  # online, away, offline (best over their accounts)
    breaks: BreakInfo
    handled_shift: int
    checkin: CheckIn | None = None  # None: none recorded, or locked
    open_case: int | None = None  # case id; None: none, or locked


def shift_start(now: float, zone: dt.tzinfo) -> float:
    """Start of the shift running at `now` (local midnight when no shift covers it)."""
    found = shift_at(now, zone)
    if found is None:
        return local_midnight(now, zone)
    day, shift = found
    return shift.window(day, zone)[0]


def last_breaks(db: sqlite_utils.Database, now: float,
                lookback: float = BREAK_LOOKBACK_S) -> dict[int, BreakInfo]:
    """agent_id → BreakInfo, replaying their session events of the last `lookback` seconds.

    An agent's status is their best over all their accounts (as on the Stores panel): a
    break is a stretch where that status is 'away'.
    """
    out: dict[int, BreakInfo] = {}
    current: int | None = None
    accounts: dict[int, str] = {}
    level = "offline"
    away_since = back_at = online_since = None

    def close() -> None:
        if current is not None:
            out[current] = BreakInfo(away_since if level == "away" else None, back_at,
                                     online_since if level == "online" else None)

    for agent_id, account_id, at, status in db.execute(
            "SELECT agent_id, account_id, at, status FROM session_events "
            "WHERE at > ? AND at <= ? ORDER BY agent_id, at, id", [now - lookback, now]):
        if agent_id != current:
            close()
            current, accounts, level = agent_id, {}, "offline"
            away_since = back_at = online_since = None
        accounts[account_id] = status
        new = max(accounts.values(), key=RANK.__getitem__)
        if new == level:
            continue
        if new == "away":
            away_since = at
        elif new == "online":
            online_since = at
            if level == "away":
                back_at = at
        level = new
    close()
    return out


def handled_since(db: sqlite_utils.Database, start: float, now: float) -> dict[int, int]:
    """agent_id → conversations they took that started in [start, now]."""
    return dict(db.execute(
        "SELECT agent_id, count(*) FROM conversations WHERE agent_id IS NOT NULL "
        "AND started_at >= ? AND started_at <= ? GROUP BY agent_id", [start, now]).fetchall())


def agent_lines(db: sqlite_utils.Database, now: float, zone: dt.tzinfo,
                cipher: FieldCipher | None = None,
                breaks: dict[int, BreakInfo] | None = None) -> list[AgentLine]:
    """Every active agent; check-ins and open cases only when `cipher` is given.
    `breaks`: last_breaks() if already read (they change only with session events)."""
    breaks = last_breaks(db, now) if breaks is None else breaks
    handled = handled_since(db, shift_start(now, zone), now)
    checkins = latest_checkins(db, cipher) if cipher else {}
    cases = {c.agent_id: c.id for c in open_cases(db, cipher)} if cipher else {}
    none = BreakInfo(None, None, None)
    return [AgentLine(a.agent_id, a.name, a.team, a.status, breaks.get(a.agent_id, none),
                      handled.get(a.agent_id, 0), checkins.get(a.agent_id),
                      cases.get(a.agent_id))
            for a in agent_statuses(db, now, zone, counts=False)]
