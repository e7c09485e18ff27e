"""The built-in demo floor: a seeded, deterministic discrete-event simulator.

Same seed and same start → the same events, however `advance` is chunked. Agents work
shifts with breaks, lunch, dropped sessions and absences; arrivals follow a daily curve
with random bursts; a thin store is sometimes left with nobody online.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
from collections import deque
from dataclasses import dataclass, field, replace

from app.records import Conversation, SessionEvent
from app.roster import RosterEntry
from app.resources import load_json
from app.tz import local_midnight

DAY = 86400.0
MAX_ACTIVE = 6  # conversations one agent serves at once


@dataclass
class DemoStore:
    index: int
    platform: str
    name: str
    team: str
    peak_per_hour: float
    aov: float
    min_agents: int
    holders: list[int] = field(default_factory=list)
    queue: deque = field(default_factory=deque)


@dataclass
class DemoAgent:
    index: int
    name: str
    team: str
    shift: tuple[float, float]  # hours from midnight
    speed: float  # mean seconds to first reply
    ratio: float  # agent messages per customer message
    conversion: float
    quality: float  # 0..1, drives ratings
    stores: list[int] = field(default_factory=list)
    status: str = "offline"
    active: int = 0


@dataclass
class _Conv:
    record: Conversation
    store: int
    agent: int | None = None
    done: bool = False


def _hours(text: str) -> float:
    h, m = text.split(":")
    return int(h) + int(m) / 60.0


class DemoFloor:
    """Simulate a floor from `start` (unix seconds); `advance(t)` returns the events up to t."""

    def __init__(self, seed: int = 7, start: float = 0.0, zone: dt.tzinfo = dt.timezone.utc,
                 n_stores: int | None = None, n_agents: int | None = None) -> None:
        self.seed = seed
        self.zone = zone
        self.now = float(start)
        spec = load_json("data", "demo_floor.json")
        self.curve: list[float] = spec["hourly_curve"]
        self.team_names = {t["key"]: t for t in spec["teams"]}
        roster_rng = random.Random(f"roster:{seed}")
        self.stores = self._make_stores(spec, n_stores or len(spec["stores"]))
        self.agents = self._make_agents(spec, n_agents or 24, roster_rng)
        self._assign_stores(roster_rng)
        self.rng = random.Random(f"events:{seed}")
        self._heap: list[tuple[float, int, str, tuple]] = []
        self._seq = 0
        self._conv_seq = 0
        self._convs: dict[str, _Conv] = {}
        self._burst: dict[int, tuple[float, float]] = {}  # store → (until, factor)
        self._out: list[SessionEvent | Conversation] = []
        self.quiet_until = float("-inf")
        self._push(local_midnight(self.now, zone), "day", ())
        self._max_rate = [s.peak_per_hour * 5.0 / 3600.0 for s in self.stores]
        for s in self.stores:
            self._next_arrival(s.index, self.now)

    # -- roster ------------------------------------------------------------
    def _make_stores(self, spec: dict, n: int) -> list[DemoStore]:
        base = spec["stores"]
        out = []
        for i in range(n):
            b = base[i % len(base)]
            name = b["name"] if i < len(base) else f"{b['name']}{i // len(base) + 1}号"
            out.append(DemoStore(i, b["platform"], name, b["team"], float(b["peak_per_hour"]),
                                 float(b["aov"]), int(b["min_agents"])))
        self._thin = {i for i in range(n) if base[i % len(base)].get("thin")}
        return out

    def _make_agents(self, spec: dict, n: int, rng: random.Random) -> list[DemoAgent]:
        names = spec["agents"]
        teams = [t["key"] for t in spec["teams"]]
        shifts = [(_hours(s["start"]), _hours(s["end"])) for s in spec["shifts"]]
        out = []
        for i in range(n):
            name = names[i % len(names)] if i < len(names) else f"{names[i % len(names)]}{i // len(names) + 1}"
            out.append(DemoAgent(
                i, name, teams[i % len(teams)], shifts[(i // len(teams)) % len(shifts)],
                speed=rng.uniform(4.0, 20.0), ratio=rng.uniform(0.8, 1.6),
                conversion=rng.uniform(0.3, 0.65), quality=rng.uniform(0.72, 0.99)))
        return out

    def _assign_stores(self, rng: random.Random) -> None:
        by_team: dict[str, list[int]] = {}
        for s in self.stores:
            if s.index not in self._thin:
                by_team.setdefault(s.team, []).append(s.index)
        normal = [s.index for s in self.stores if s.index not in self._thin]
        for a in self.agents:
            k = rng.randint(3, min(10, len(normal)))
            own = list(by_team.get(a.team, []))
            rng.shuffle(own)
            others = [i for i in normal if i not in own]
            rng.shuffle(others)
            a.stores = sorted((own + others)[:k])
        # A thin store is held by few agents, so breaks sometimes leave it uncovered.
        for idx in sorted(self._thin):
            team_agents = [a for a in self.agents if a.team == self.stores[idx].team]
            for a in team_agents[:3]:
                a.stores = sorted(set(a.stores) | {idx})
        for a in self.agents:
            for idx in a.stores:
                self.stores[idx].holders.append(a.index)

    def account_name(self, store: int, agent: int) -> str:
        return f"{self.stores[store].name}:{self.agents[agent].name}"

    # -- event queue -------------------------------------------------------
    def _push(self, at: float, kind: str, payload: tuple) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (at, self._seq, kind, payload))

    def advance(self, to: float) -> list[SessionEvent | Conversation]:
        """Run the simulation up to `to` and return the events that happened."""
        while self._heap and self._heap[0][0] <= to:
            at, _, kind, payload = heapq.heappop(self._heap)
            self.now = at
            mark = len(self._out)
            getattr(self, "_on_" + kind)(at, *payload)
            if at <= self.quiet_until:  # already delivered in an earlier run
                del self._out[mark:]
        self.now = max(self.now, to)
        out, self._out = self._out, []
        return out

    # -- day plan ------------------------------------------------------------
    def _on_day(self, at: float) -> None:
        rng = self.rng
        for a in self.agents:
            if rng.random() < 0.03:  # absent today
                continue
            start = at + a.shift[0] * 3600 + rng.uniform(-600, 600)
            end = at + a.shift[1] * 3600 + rng.uniform(-900, 300)
            self._push(start, "status", (a.index, "online", None))
            self._push(end, "status", (a.index, "offline", None))
            length = end - start
            lunch = start + length * rng.uniform(0.4, 0.55)
            self._push(lunch, "status", (a.index, "away", None))
            self._push(lunch + rng.uniform(1800, 2700), "status", (a.index, "online", None))
            for frac in (rng.uniform(0.15, 0.3), rng.uniform(0.65, 0.85)):
                t = start + length * frac
                self._push(t, "status", (a.index, "away", None))
                self._push(t + rng.uniform(480, 1000), "status", (a.index, "online", None))
            if rng.random() < 0.15 and a.stores:  # one store session drops, comes back
                t = start + length * rng.uniform(0.1, 0.9)
                store = rng.choice(a.stores)
                self._push(t, "status", (a.index, "offline", store))
                self._push(t + rng.uniform(120, 900), "status", (a.index, "online", store))
        for _ in range(rng.randint(2, 4)):
            store = rng.randrange(len(self.stores))
            t = at + rng.uniform(9, 22) * 3600
            self._push(t, "burst", (store, rng.uniform(3.0, 5.0), rng.uniform(600, 1500)))
        self._push(at + DAY, "day", ())

    def _on_burst(self, at: float, store: int, factor: float, length: float) -> None:
        self._burst[store] = (at + length, factor)

    def _on_status(self, at: float, agent: int, status: str, store: int | None) -> None:
        a = self.agents[agent]
        stores = a.stores if store is None else [store]
        if store is None:
            if a.status == status:
                return
            a.status = status
        for idx in stores:
            s = self.stores[idx]
            self._out.append(SessionEvent(at, s.platform, s.name, self.account_name(idx, agent),
                                          a.name, status))
        if status == "online":
            for idx in stores:
                self._drain(idx, at)

    # -- conversations -------------------------------------------------------
    def rate(self, store: int, at: float) -> float:
        """Arrivals per second at `at`: daily curve × store peak × any burst."""
        hour = dt.datetime.fromtimestamp(at, self.zone).hour
        s = self.stores[store]
        r = s.peak_per_hour / 3600.0 * self.curve[hour]
        until, factor = self._burst.get(store, (0.0, 1.0))
        return r * factor if at < until else r

    def _next_arrival(self, store: int, after: float) -> None:
        gap = self.rng.expovariate(self._max_rate[store])
        self._push(after + gap, "arrival", (store,))

    def _on_arrival(self, at: float, store: int) -> None:
        self._next_arrival(store, at)
        if self.rng.random() * self._max_rate[store] > self.rate(store, at):
            return  # thinning: a non-homogeneous Poisson process
        self._conv_seq += 1
        s = self.stores[store]
        cid = f"demo-{self.seed}-{self._conv_seq}"
        pool = max(50, int(s.peak_per_hour * 30))
        customer = f"{s.platform[:2]}_buyer{self.rng.randrange(pool):05d}"
        rec = Conversation(platform=s.platform, store=s.name, customer=customer,
                           started_at=at, conversation_id=cid, customer_messages=1,
                           inquiry=self.rng.random() < 0.55)
        conv = _Conv(rec, store)
        self._convs[cid] = conv
        self._out.append(rec)
        if not self._assign(conv, at):
            s.queue.append(cid)
            self._push(at + self.rng.uniform(300, 900), "abandon", (cid,))

    def _assign(self, conv: _Conv, at: float) -> bool:
        s = self.stores[conv.store]
        free = [self.agents[i] for i in s.holders
                if self.agents[i].status == "online" and self.agents[i].active < MAX_ACTIVE]
        if not free:
            return False
        least = min(a.active for a in free)
        agent = self.rng.choice([a for a in free if a.active == least])
        agent.active += 1
        conv.agent = agent.index
        conv.record = replace(conv.record, agent=agent.name,
                              account=self.account_name(conv.store, agent.index))
        delay = agent.speed * math.exp(self.rng.gauss(0, 0.5)) * (1 + 0.15 * agent.active)
        # a customer who waited in the queue gets the first reply counted from arrival
        self._push(at + delay, "reply", (conv.record.conversation_id,))
        return True

    def _drain(self, store: int, at: float) -> None:
        s = self.stores[store]
        while s.queue:
            conv = self._convs.get(s.queue[0])
            if conv is None or conv.done:
                s.queue.popleft()
                continue
            if not self._assign(conv, at):
                return
            s.queue.popleft()

    def _on_abandon(self, at: float, cid: str) -> None:
        conv = self._convs.get(cid)
        if conv is None or conv.agent is not None or conv.done:
            return
        conv.done = True
        conv.record = replace(conv.record, ended_at=at)
        self._out.append(conv.record)
        del self._convs[cid]

    def _on_reply(self, at: float, cid: str) -> None:
        conv = self._convs[cid]
        conv.record = replace(conv.record, first_reply_at=at, agent_messages=1, replies=1,
                              reply_seconds_total=round(at - conv.record.started_at, 3))
        self._out.append(conv.record)
        self._push(at + self.rng.uniform(120, 900), "end", (cid,))

    def _on_end(self, at: float, cid: str) -> None:
        conv = self._convs.pop(cid)
        conv.done = True
        rng = self.rng
        a = self.agents[conv.agent]
        s = self.stores[conv.store]
        rec = conv.record
        customer_msgs = 1 + min(int(rng.expovariate(1 / 4.0)), 20)
        agent_msgs = max(1, round(customer_msgs * a.ratio * rng.uniform(0.8, 1.2)))
        replies = max(1, min(agent_msgs, customer_msgs))
        first_wait = rec.first_reply_at - rec.started_at
        later = sum(a.speed * 0.6 * math.exp(rng.gauss(0, 0.4)) for _ in range(replies - 1))
        paid = refund = 0.0
        if rec.inquiry and rng.random() < a.conversion:
            paid = round(s.aov * math.exp(rng.gauss(0, 0.45)), 2)
            if rng.random() < 0.07:
                refund = paid if rng.random() < 0.6 else round(paid / 2, 2)
        rating = None
        if rng.random() < 0.35:
            mood = a.quality - min(first_wait, 120) / 400 + rng.gauss(0, 0.15)
            rating = 5 if mood > 0.8 else 4 if mood > 0.6 else 3 if mood > 0.45 else 2 if mood > 0.3 else 1
        conv.record = replace(
            rec, ended_at=at, customer_messages=customer_msgs, agent_messages=agent_msgs,
            replies=replies, reply_seconds_total=round(first_wait + later, 3),
            paid_amount=paid, refund_amount=refund, rating=rating)
        self._out.append(conv.record)
        a.active -= 1
        for idx in a.stores:
            if a.status == "online" and a.active < MAX_ACTIVE:
                self._drain(idx, at)

    def roster(self) -> list[RosterEntry]:
        """The floor's roster: every store account with the agent who holds it."""
        shifts = {a.index: tuple(f"{int(h):02d}:{round(h % 1 * 60):02d}" for h in a.shift)
                  for a in self.agents}
        entries = []
        for s in self.stores:
            for agent in s.holders:
                a = self.agents[agent]
                entries.append(RosterEntry(
                    platform=s.platform, store=s.name, account=self.account_name(s.index, agent),
                    agent=a.name, team=self.team_names[a.team]["zh_CN"],
                    min_agents=s.min_agents, shift_start=shifts[agent][0],
                    shift_end=shifts[agent][1]))
        return entries
