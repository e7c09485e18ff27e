"""Store coverage over a past window, rebuilt from session events: who was online, and the gaps.

A store is covered while at least one agent is online (not away) on one of its accounts.
Coverage is judged inside each store's service hours; uncovered periods shorter than
MIN_LISTED_S are counted in the totals but not listed one by one.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

from app.shifts import local_instant, minutes_of

MIN_LISTED_S = 60.0


@dataclass(frozen=True)
class StoreCoverage:
    store_id: int
    platform: str
    name: str
    min_agents: int
    service_s: float  # service time inside the window
    uncovered_s: float  # nobody online, in service hours
    below_s: float  # some but fewer than min_agents online, in service hours
    uncovered: tuple[tuple[float, float], ...]  # periods of at least MIN_LISTED_S

    @property
    def covered_ratio(self) -> float | None:
        if self.service_s <= 0:
            return None
        return (self.service_s - self.uncovered_s) / self.service_s


@dataclass(frozen=True)
class OnlineSteps:
    """Agents online per store as a step function: at times[i] the count became counts[i]."""

    times: list[float]
    counts: list[int]

    def at(self, t: float) -> int:
        i = bisect.bisect_right(self.times, t) - 1
        return self.counts[i] if i >= 0 else 0


def online_steps(db: sqlite_utils.Database, start: float, end: float) -> dict[int, OnlineSteps]:
    """For every store, how many distinct agents were online, from `start` until `end`."""
    store_of = dict(db.execute("SELECT id, store_id FROM accounts").fetchall())
    online: dict[tuple[int, int], bool] = {}
    for account_id, agent_id, status in db.execute(
            "SELECT p.account_id, p.agent_id, (SELECT e.status FROM session_events e "
            "WHERE e.account_id = p.account_id AND e.agent_id = p.agent_id AND e.at < ? "
            "ORDER BY e.at DESC, e.id DESC LIMIT 1) FROM account_status p", [start]):
        online[(account_id, agent_id)] = status == "online"
    per_store: dict[int, Counter] = {}
    for (account_id, agent_id), is_online in online.items():
        if is_online:
            per_store.setdefault(store_of[account_id], Counter())[agent_id] += 1
    steps = {sid: OnlineSteps([start], [len(+c)]) for sid, c in per_store.items()}
    for at, account_id, agent_id, status in db.execute(
            "SELECT at, account_id, agent_id, status FROM session_events "
            "WHERE at >= ? AND at < ? ORDER BY at, id", [start, end]):
        now_online = status == "online"
        if online.get((account_id, agent_id), False) == now_online:
            continue
        online[(account_id, agent_id)] = now_online
        sid = store_of[account_id]
        agents = per_store.setdefault(sid, Counter())
        agents[agent_id] += 1 if now_online else -1
        count = len(+agents)
        step = steps.setdefault(sid, OnlineSteps([start], [0]))
        if step.counts[-1] == count:
            continue
        if step.times[-1] == at:
            step.counts[-1] = count
        else:
            step.times.append(at)
            step.counts.append(count)
    return steps


def service_windows(service_start: str, service_end: str, start: float, end: float,
                    zone: dt.tzinfo) -> list[tuple[float, float]]:
    """The store's service hours inside [start, end), as unix-second intervals."""
    s, e = minutes_of(service_start), minutes_of(service_end)
    if s == e:
        return [(start, end)]
    if e < s:
        e += 24 * 60
    first = dt.datetime.fromtimestamp(start, zone).date() - dt.timedelta(days=1)
    last = dt.datetime.fromtimestamp(end, zone).date()
    out = []
    day = first
    while day <= last:
        lo, hi = max(start, local_instant(day, s, zone)), min(end, local_instant(day, e, zone))
        if lo < hi:
            out.append((lo, hi))
        day += dt.timedelta(days=1)
    return out


def _segments(steps: OnlineSteps | None, lo: float, hi: float):
    """(from, to, agents online) pieces of [lo, hi)."""
    if steps is None:
        yield lo, hi, 0
        return
    i = max(bisect.bisect_right(steps.times, lo) - 1, 0)
    t = lo
    while t < hi:
        count = steps.counts[i] if steps.times[i] <= t else 0
        nxt = steps.times[i + 1] if i + 1 < len(steps.times) else hi
        stop = min(nxt, hi)
        if stop > t:
            yield t, stop, count
        t = stop
        i += 1


def store_coverage(db: sqlite_utils.Database, start: float, end: float,
                   zone: dt.tzinfo) -> list[StoreCoverage]:
    """Coverage of every store in service during [start, end), by platform and name."""
    steps = online_steps(db, start, end)
    out = []
    for sid, platform, name, min_agents, s_start, s_end in db.execute(
            "SELECT id, platform, name, min_agents, service_start, service_end FROM stores "
            "WHERE retired_at IS NULL OR retired_at > ? ORDER BY platform, name", [start]):
        service = uncovered_s = below_s = 0.0
        gaps: list[list[float]] = []
        for lo, hi in service_windows(s_start, s_end, start, end, zone):
            service += hi - lo
            for a, b, count in _segments(steps.get(sid), lo, hi):
                if count == 0:
                    uncovered_s += b - a
                    if gaps and gaps[-1][1] == a:
                        gaps[-1][1] = b
                    else:
                        gaps.append([a, b])
                elif count < min_agents:
                    below_s += b - a
        listed = tuple((a, b) for a, b in gaps if b - a >= MIN_LISTED_S)
        out.append(StoreCoverage(sid, platform, name, min_agents, service, uncovered_s,
                                 below_s, listed))
    return out
