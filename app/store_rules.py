"""Stores-panel rules: coverage, dropped sessions, silent stores and unassigned accounts.

Each rule looks at stored state at `now` and raises or clears alerts through app.alerts,
one alert per condition key. Thresholds are per store (min_agents, service hours,
quiet_minutes in the roster); the rest are documented constants in StoreRules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.db import get_meta, set_meta
from app.alerts import AlertChange, active_alerts, clear_alert, raise_alert, store_labels
from app.floor import StoreStatus, in_service_hours, service_began, store_statuses

COVERAGE, DROP, QUIET, UNASSIGNED = "coverage", "drop", "quiet", "unassigned"
KINDS = (COVERAGE, DROP, QUIET, UNASSIGNED)
_CURSOR = "store_rules.session_cursor"


@dataclass(frozen=True)
class Condition:
    """A condition that holds now: the alert it should have."""

    key: str
    kind: str
    severity: str
    message_zh: str
    message_en: str
    store_id: int | None = None
    agent_id: int | None = None
    value: float | None = None


def _minutes_text(seconds: float) -> str:
    return str(max(0, round(seconds / 60)))


@dataclass
class StoreRules:
    """The four rules. `drop_lookback_s`: session events older than this when first seen
    (a backfill, a restart) are history, not news; `end_of_shift_s`: going offline this
    close to the end of one's shift is signing off, not a drop."""

    drop_lookback_s: float = 600.0
    end_of_shift_s: float = 900.0

    def evaluate(self, db: sqlite_utils.Database, now: float,
                 zone: dt.tzinfo) -> list[AlertChange]:
        """Raise what holds, clear what no longer does; returns what changed."""
        statuses = store_statuses(db, now, zone)
        labels = store_labels(db)
        held = {c.key: c for c in self.coverage(statuses, labels)
                + self.quiet(statuses, labels, now, zone) + self.unassigned(db, labels)}
        changes: list[AlertChange] = []
        for c in held.values():
            alert = raise_alert(db, c.key, c.kind, c.severity, c.message_zh, c.message_en,
                                now, store_id=c.store_id, agent_id=c.agent_id, value=c.value)
            if alert is not None:
                changes.append(AlertChange.of(alert))
        for c in self.new_drops(db, now, zone):
            alert = raise_alert(db, c.key, c.kind, c.severity, c.message_zh, c.message_en,
                                now, store_id=c.store_id, agent_id=c.agent_id, value=c.value)
            if alert is not None:
                changes.append(AlertChange.of(alert))
        ended_drops = set(self.ended_drops(db, now, zone))
        for alert in active_alerts(db):
            if alert.kind not in KINDS:
                continue
            gone = (alert.key in ended_drops if alert.kind == DROP
                    else alert.key not in held)
            if gone:
                cleared = clear_alert(db, alert.key, now)
                if cleared:
                    changes.append(AlertChange("cleared", cleared))
        return changes

    # -- coverage: fewer agents online than the store's minimum, in service hours ------
    @staticmethod
    def coverage(statuses: list[StoreStatus], labels: dict[int, tuple[str, str]]
                 ) -> list[Condition]:
        out = []
        for s in statuses:
            if s.state not in ("uncovered", "below"):
                continue
            zh, en = labels[s.store_id]
            if s.state == "uncovered":
                out.append(Condition(
                    f"coverage:store:{s.store_id}", COVERAGE, "alarm",
                    f"无人在线：{zh} 服务时间内没有客服在线（至少需要 {s.min_agents} 人）",
                    f"Nobody online: {en} has no agent online in its service hours "
                    f"(needs {s.min_agents})", s.store_id, value=0.0))
            else:
                out.append(Condition(
                    f"coverage:store:{s.store_id}", COVERAGE, "warning",
                    f"人手不足：{zh} 在线 {s.agents_online} 人，低于最少 {s.min_agents} 人",
                    f"Below minimum: {en} has {s.agents_online} agent(s) online, "
                    f"needs {s.min_agents}", s.store_id, value=float(s.agents_online)))
        return out

    # -- quiet: no new customer conversation for quiet_minutes in service hours --------
    @staticmethod
    def quiet(statuses: list[StoreStatus], labels: dict[int, tuple[str, str]], now: float,
              zone: dt.tzinfo) -> list[Condition]:
        out = []
        for s in statuses:
            began = service_began(s.service_start, s.service_end, now, zone)
            if s.quiet_minutes <= 0 or began is None:
                continue
            since = max(began, s.last_customer_at or began)
            silent = now - since
            if silent < s.quiet_minutes * 60:
                continue
            zh, en = labels[s.store_id]
            minutes = _minutes_text(silent)
            out.append(Condition(
                f"quiet:store:{s.store_id}", QUIET, "warning",
                f"没有顾客消息：{zh} 已 {minutes} 分钟没有新会话，请检查流量是否正常进入店铺",
                f"No customer messages: {en} has had no new conversation for {minutes} min; "
                "check that traffic is reaching the store", s.store_id, value=silent / 60))
        return out

    # -- unassigned: a store account with a live session that nobody holds -------------
    @staticmethod
    def unassigned(db: sqlite_utils.Database, labels: dict[int, tuple[str, str]]
                   ) -> list[Condition]:
        out = []
        for account_id, account, store_id, agents in db.execute(
                "SELECT a.id, a.name, a.store_id, group_concat(DISTINCT g.name) "
                "FROM account_status s JOIN accounts a ON a.id = s.account_id "
                "JOIN agents g ON g.id = s.agent_id "
                "WHERE s.status != 'offline' AND a.retired_at IS NULL AND NOT EXISTS ("
                "  SELECT 1 FROM assignments x WHERE x.account_id = a.id AND x.until IS NULL) "
                "GROUP BY a.id ORDER BY a.id"):
            zh, en = labels[store_id]
            out.append(Condition(
                f"unassigned:account:{account_id}", UNASSIGNED, "warning",
                f"子账号无人分配：{zh} 的 {account} 在线（{agents}），但名单上没有分配给任何客服",
                f"Unassigned account online: {account} of {en} is online ({agents}) but "
                "the roster assigns it to nobody", store_id))
        return out

    # -- drop: an assigned account going offline while its agent is on shift -----------
    def new_drops(self, db: sqlite_utils.Database, now: float,
                  zone: dt.tzinfo) -> list[Condition]:
        """Session events since the last call that are drops (the cursor is kept in meta)."""
        stored = get_meta(db, _CURSOR)
        cursor = int(stored) if stored is not None else 0
        top = db.execute("SELECT coalesce(max(id), 0) FROM session_events").fetchone()[0]
        if top == cursor:
            return []
        labels = store_labels(db)
        out = []
        for event_id, at, account_id, account, store_id, agent_id, agent, start, end in \
                db.execute(
                    "SELECT e.id, e.at, e.account_id, a.name, a.store_id, e.agent_id, g.name, "
                    "g.shift_start, g.shift_end FROM session_events e "
                    "JOIN accounts a ON a.id = e.account_id JOIN agents g ON g.id = e.agent_id "
                    "WHERE e.id > ? AND e.id <= ? AND e.status = 'offline' AND e.at >= ? "
                    "AND e.at <= ? AND g.retired_at IS NULL AND EXISTS ("
                    "  SELECT 1 FROM assignments x WHERE x.account_id = e.account_id "
                    "  AND x.agent_id = e.agent_id AND x.until IS NULL) ORDER BY e.id",
                    [cursor, top, now - self.drop_lookback_s, now]).fetchall():
            if not self._was_live_before(db, event_id, account_id, agent_id):
                continue
            if not (self._still_on_other_accounts(db, agent_id, account_id)
                    or self._inside_shift(start, end, at, zone)):
                continue
            if self._status(db, account_id, agent_id) != "offline":
                continue  # already back
            zh, en = labels[store_id]
            out.append(Condition(
                f"drop:{agent_id}:{account_id}", DROP, "warning",
                f"掉线：{agent} 在 {zh} 的子账号 {account} 上班时间离线",
                f"Session dropped: {agent} went offline on {account} of {en} while on shift",
                store_id, agent_id, value=at))
        set_meta(db, _CURSOR, str(top))
        return out

    def ended_drops(self, db: sqlite_utils.Database, now: float, zone: dt.tzinfo) -> list[str]:
        """Keys of active drop alerts whose account is back, or whose agent's shift is over."""
        ended = []
        for alert in active_alerts(db, kind=DROP):
            _, agent_id, account_id = alert.key.split(":")
            status = self._status(db, int(account_id), int(agent_id))
            row = db.execute("SELECT shift_start, shift_end, retired_at FROM agents "
                             "WHERE id = ?", [int(agent_id)]).fetchone()
            off_shift = (row is None or row[2] is not None or (
                not self._still_on_other_accounts(db, int(agent_id), int(account_id))
                and not self._inside_shift(row[0], row[1], now, zone, margin=0.0)))
            if status != "offline" or off_shift:
                ended.append(alert.key)
        return ended

    @staticmethod
    def _status(db: sqlite_utils.Database, account_id: int, agent_id: int) -> str | None:
        row = db.execute("SELECT status FROM account_status WHERE account_id = ? "
                         "AND agent_id = ?", [account_id, agent_id]).fetchone()
        return row[0] if row else None

    @staticmethod
    def _was_live_before(db: sqlite_utils.Database, event_id: int, account_id: int,
                         agent_id: int) -> bool:
        row = db.execute("SELECT status FROM session_events WHERE account_id = ? "
                         "AND agent_id = ? AND id < ? ORDER BY at DESC, id DESC LIMIT 1",
                         [account_id, agent_id, event_id]).fetchone()
        return row is not None and row[0] != "offline"

    @staticmethod
    def _still_on_other_accounts(db: sqlite_utils.Database, agent_id: int,
                                 account_id: int) -> bool:
        return db.execute("SELECT 1 FROM account_status WHERE agent_id = ? AND account_id != ? "
                          "AND status != 'offline' LIMIT 1",
                          [agent_id, account_id]).fetchone() is not None

    def _inside_shift(self, start: str, end: str, at: float, zone: dt.tzinfo,
                      margin: float | None = None) -> bool:
        """Whether `at` is inside the shift and not within `margin` seconds of its end."""
        if not start or not end:
            return False
        margin = self.end_of_shift_s if margin is None else margin
        return (in_service_hours(start, end, at, zone)
                and in_service_hours(start, end, at + margin, zone))
