"""Taking an agent off the floor without leaving a store uncovered, and handing back.

The move is a roster change (unassign from the agent, assign to the replacement; history is
kept in roster_changes) plus session events written through the one ingest path with
source "wellbeing": the replacement comes online on each moved account and then the agent
goes offline on every account they were live on, in that order and at the same instant, so
the stores view and the coverage timeline never see a store drop to nobody in between.
Coverage before and after comes from app.floor.store_statuses; a move that would leave a
store in service hours with nobody online is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlite_utils

from app import roster
from app.floor import agent_statuses, store_statuses
from app.ingest import Ingestor
from app.records import ChangeSet, SessionEvent

SOURCE = "wellbeing"


class HandoverError(ValueError):
    """A move that cannot be made, worded for the supervisor."""


@dataclass(frozen=True)
class HeldAccount:
    account_id: int
    account: str
    store_id: int
    store: str
    platform: str
    status: str  # the agent's session on it: online, away, offline


@dataclass(frozen=True)
class Candidate:
    agent_id: int
    name: str
    team: str
    accounts_held: int
    active_now: int
    adds_cover: int  # affected stores where they are not online yet
    same_team: bool


@dataclass(frozen=True)
class StoreCover:
    store_id: int
    platform: str
    store: str
    in_service: bool
    min_agents: int
    before: int  # agents online now
    after: int  # agents online once the move is made

    @property
    def state_after(self) -> str:
        if not self.in_service:
            return "closed"
        if self.after == 0 and self.min_agents > 0:
            return "uncovered"
        return "below" if self.after < self.min_agents else "ok"

    @property
    def blocking(self) -> bool:
        """The move itself would leave this store with nobody online in service hours."""
        return self.state_after == "uncovered" and self.before > 0


@dataclass(frozen=True)
class Move:
    account_id: int
    to_agent: int | None  # None: the account is left without a holder for now
    to_held_before: bool = False  # the replacement already held it (nothing to hand back)

    def as_dict(self) -> dict:
        return {"account_id": self.account_id, "to_agent": self.to_agent,
                "to_held_before": self.to_held_before}


@dataclass(frozen=True)
class HandoverPlan:
    agent_id: int
    moves: tuple[Move, ...]
    live_accounts: tuple[int, ...]  # accounts the agent is online or away on now
    stores: tuple[StoreCover, ...] = field(default=())

    @property
    def blocked(self) -> tuple[StoreCover, ...]:
        return tuple(s for s in self.stores if s.blocking)

    @property
    def warnings(self) -> tuple[StoreCover, ...]:
        return tuple(s for s in self.stores if not s.blocking
                     and s.state_after in ("uncovered", "below"))

    def as_dict(self) -> dict:
        """What the case records about the move (ids and counts only)."""
        return {"agent_id": self.agent_id, "moves": [m.as_dict() for m in self.moves],
                "live_accounts": list(self.live_accounts),
                "stores": [{"store_id": s.store_id, "before": s.before, "after": s.after,
                            "in_service": s.in_service, "min_agents": s.min_agents}
                           for s in self.stores]}


def held_accounts(db: sqlite_utils.Database, agent_id: int) -> list[HeldAccount]:
    """The store accounts the agent holds now, with the agent's session status on each."""
    return [HeldAccount(*r) for r in db.execute(
        "SELECT a.id, a.name, s.id, s.name, s.platform, coalesce(st.status, 'offline') "
        "FROM assignments x JOIN accounts a ON a.id = x.account_id "
        "JOIN stores s ON s.id = a.store_id LEFT JOIN account_status st "
        "ON st.account_id = a.id AND st.agent_id = x.agent_id "
        "WHERE x.agent_id = ? AND x.until IS NULL AND a.retired_at IS NULL "
        "ORDER BY s.platform, s.name, a.name", [agent_id])]


def _live_accounts(db: sqlite_utils.Database, agent_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT account_id FROM account_status WHERE agent_id = ? AND status != 'offline' "
        "ORDER BY account_id", [agent_id])]


def _online_sets(db: sqlite_utils.Database) -> dict[int, set[int]]:
    """store_id → agents online on one of its (active) accounts; as store_statuses counts."""
    out: dict[int, set[int]] = {}
    for store_id, agent_id in db.execute(
            "SELECT a.store_id, s.agent_id FROM account_status s "
            "JOIN accounts a ON a.id = s.account_id JOIN agents g ON g.id = s.agent_id "
            "WHERE s.status = 'online' AND a.retired_at IS NULL"):
        out.setdefault(store_id, set()).add(agent_id)
    return out


def _store_of(db: sqlite_utils.Database, account_ids: list[int]) -> dict[int, int]:
    if not account_ids:
        return {}
    marks = ", ".join("?" * len(account_ids))
    return dict(db.execute(f"SELECT id, store_id FROM accounts WHERE id IN ({marks})",
                           account_ids).fetchall())


def affected_stores(db: sqlite_utils.Database, agent_id: int) -> set[int]:
    held = [h.store_id for h in held_accounts(db, agent_id)]
    return set(held) | set(_store_of(db, _live_accounts(db, agent_id)).values())


def candidates(db: sqlite_utils.Database, agent_id: int, now: float, zone: dt.tzinfo,
               exclude: set[int] = frozenset()) -> list[Candidate]:
    """Online agents who could take the accounts, best first: those who add cover to the
    affected stores, then the same team, then the fewest active chats and accounts."""
    statuses = agent_statuses(db, now, zone)
    me = next((a for a in statuses if a.agent_id == agent_id), None)
    stores = affected_stores(db, agent_id)
    online = _online_sets(db)
    out = []
    for a in statuses:
        if a.agent_id == agent_id or a.agent_id in exclude or a.status != "online":
            continue
        adds = sum(1 for s in stores if a.agent_id not in online.get(s, set()))
        out.append(Candidate(a.agent_id, a.name, a.team, a.stores_held, a.active_now, adds,
                             bool(me and me.team and me.team == a.team)))
    out.sort(key=lambda c: (-c.adds_cover, not c.same_team, c.active_now, c.accounts_held,
                            c.name))
    return out


def plan_handover(db: sqlite_utils.Database, agent_id: int,
                  choices: Mapping[int, int | None], now: float,
                  zone: dt.tzinfo) -> HandoverPlan:
    """What moving the agent's accounts as `choices` says (account → replacement or None)
    would do to every affected store. Accounts not in `choices` stay unassigned too."""
    held = held_accounts(db, agent_id)
    held_ids = {h.account_id for h in held}
    unknown = set(choices) - held_ids
    if unknown:
        raise HandoverError(f"the agent does not hold account(s) {sorted(unknown)}")
    holders = roster.holders(db)
    status_of = {a.agent_id: a.status for a in agent_statuses(db, now, zone)}
    moves = []
    for h in held:
        to = choices.get(h.account_id)
        if to == agent_id:
            raise HandoverError("the replacement must be another agent")
        if to is not None and to not in status_of:
            raise HandoverError(f"there is no active agent {to}")
        moves.append(Move(h.account_id, to, to is not None and to in holders.get(h.account_id,
                                                                                  set())))
    live = _live_accounts(db, agent_id)
    store_of = {h.account_id: h.store_id for h in held} | _store_of(db, live)
    online = _online_sets(db)
    after_sets = {sid: set(agents) - {agent_id} for sid, agents in online.items()}
    for m in moves:
        if m.to_agent is not None and status_of.get(m.to_agent) == "online":
            after_sets.setdefault(store_of[m.account_id], set()).add(m.to_agent)
    affected = set(store_of.values())
    stores = tuple(
        StoreCover(s.store_id, s.platform, s.name, s.in_service, s.min_agents, s.agents_online,
                   len(after_sets.get(s.store_id, set())))
        for s in store_statuses(db, now, zone) if s.store_id in affected)
    return HandoverPlan(agent_id, tuple(moves), tuple(live), stores)


def _names(db: sqlite_utils.Database, account_id: int) -> tuple[str, str, str]:
    return tuple(db.execute(
        "SELECT s.platform, s.name, a.name FROM accounts a JOIN stores s ON s.id = a.store_id "
        "WHERE a.id = ?", [account_id]).fetchone())


def _agent_name(db: sqlite_utils.Database, agent_id: int) -> str:
    return db.execute("SELECT name FROM agents WHERE id = ?", [agent_id]).fetchone()[0]


def _event(db: sqlite_utils.Database, at: float, account_id: int, agent_id: int,
           status: str) -> SessionEvent:
    platform, store, account = _names(db, account_id)
    return SessionEvent(at, platform, store, account, _agent_name(db, agent_id), status)


def apply_handover(db: sqlite_utils.Database, agent_id: int,
                   choices: Mapping[int, int | None], *, now: float, zone: dt.tzinfo,
                   by: str) -> tuple[HandoverPlan, ChangeSet]:
    """Make the move in one transaction; HandoverError (nothing written) if it would leave a
    store in service hours with nobody online. Returns the plan as made."""
    with db.atomic():
        plan = plan_handover(db, agent_id, choices, now, zone)
        if plan.blocked:
            names = "、".join(s.store for s in plan.blocked)
            raise HandoverError(f"this move would leave {names} with nobody online; "
                                "choose a replacement who is online for those accounts")
        events = []
        for m in plan.moves:
            roster.unassign(db, m.account_id, agent_id, at=now, by=by)
            if m.to_agent is not None:
                roster.assign(db, m.account_id, m.to_agent, at=now, by=by)
                events.append(_event(db, now, m.account_id, m.to_agent, "online"))
        events += [_event(db, now, account_id, agent_id, "offline")
                   for account_id in plan.live_accounts]
        changes = Ingestor(db, source=SOURCE).ingest(events) if events else ChangeSet()
    changes.roster = True
    return plan, changes


def hand_back(db: sqlite_utils.Database, moved: dict, *, now: float, by: str) -> ChangeSet:
    """Undo a recorded move: each account goes back to the agent, who comes back online on
    the accounts they were live on; a replacement who did not hold an account before gives
    it up and goes offline on it. The agent is online again before anyone leaves."""
    agent_id = int(moved["agent_id"])
    events = []
    leaving = []
    with db.atomic():
        for m in moved["moves"]:
            account_id = int(m["account_id"])
            roster.assign(db, account_id, agent_id, at=now, by=by)
            to = m.get("to_agent")
            if to is not None and not m.get("to_held_before"):
                roster.unassign(db, account_id, int(to), at=now, by=by)
                leaving.append(_event(db, now, account_id, int(to), "offline"))
        back = {int(a) for a in moved.get("live_accounts", [])} | {
            int(m["account_id"]) for m in moved["moves"]}
        events += [_event(db, now, a, agent_id, "online") for a in sorted(back)]
        changes = Ingestor(db, source=SOURCE).ingest(events + leaving)
    changes.roster = True
    return changes
