"""Alerts: one active alert per condition key, raised, escalated, cleared and acknowledged.

Generic over `kind` ("metric", "surge", "coverage", …): the watchers decide when a
condition holds, this module keeps the record. Every raise, severity change, clear and
acknowledgement is stored with its time in the append-only `alert_events` table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

import sqlite_utils

from app.catalog import platform_name

SEVERITIES = ("info", "warning", "alarm")  # mildest first
ACTIONS = ("raised", "escalated", "eased", "cleared", "acknowledged")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_COLUMNS = ("id, key, kind, severity, scope_store_id, scope_agent_id, metric, value, "
            "message_zh, message_en, raised_at, cleared_at, acknowledged_at, acknowledged_by")


def severity_rank(severity: str | None) -> int:
    """-1 for no alert, then info < warning < alarm."""
    return -1 if severity is None else _RANK[severity]


@dataclass(frozen=True)
class Alert:
    """One stored alert. previous_severity is set only on what raise_alert returns after
    it changed the severity of an already active alert (see escalated / eased)."""

    id: int
    key: str
    kind: str
    severity: str
    store_id: int | None
    agent_id: int | None
    metric: str | None
    value: float | None
    message_zh: str
    message_en: str
    raised_at: float
    cleared_at: float | None
    acknowledged_at: float | None
    acknowledged_by: str
    previous_severity: str | None = None

    @property
    def active(self) -> bool:
        return self.cleared_at is None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def escalated(self) -> bool:
        """True when this raise made an active alert more severe."""
        return (self.previous_severity is not None
                and severity_rank(self.severity) > severity_rank(self.previous_severity))

    @property
    def eased(self) -> bool:
        """True when this raise made an active alert less severe."""
        return (self.previous_severity is not None
                and severity_rank(self.severity) < severity_rank(self.previous_severity))

    def message(self, lang: str) -> str:
        return self.message_zh if lang.startswith("zh") else self.message_en


@dataclass(frozen=True)
class AlertChange:
    """What a watcher did to one alert: raised, escalated, eased or cleared."""

    action: str
    alert: Alert

    @classmethod
    def of(cls, alert: Alert) -> "AlertChange":
        """The change raise_alert made: escalated, eased or (new) raised."""
        return cls("escalated" if alert.escalated else "eased" if alert.eased else "raised",
                   alert)


@dataclass(frozen=True)
class AlertEvent:
    """One entry of an alert's history."""

    alert_id: int
    at: float
    action: str
    severity: str
    value: float | None
    by: str


def _returned(cur: sqlite3.Cursor) -> tuple | None:
    """The one row an UPDATE … RETURNING gave, statement run to completion."""
    rows = cur.fetchall()
    return rows[0] if rows else None


def _log(db: sqlite_utils.Database, alert_id: int, at: float, action: str, severity: str,
         value: float | None, by: str = "") -> None:
    db.execute("INSERT INTO alert_events (alert_id, at, action, severity, value, by) "
               "VALUES (?, ?, ?, ?, ?, ?)", [alert_id, at, action, severity, value, by])


def get_alert(db: sqlite_utils.Database, alert_id: int) -> Alert | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", [alert_id]).fetchone()
    return None if row is None else Alert(*row)


def active_alert(db: sqlite_utils.Database, key: str) -> Alert | None:
    """The alert currently active for `key`, if any."""
    row = db.execute(f"SELECT {_COLUMNS} FROM alerts WHERE key = ? AND cleared_at IS NULL",
                     [key]).fetchone()
    return None if row is None else Alert(*row)


def raise_alert(db: sqlite_utils.Database, key: str, kind: str, severity: str,
                message_zh: str, message_en: str, at: float, store_id: int | None = None,
                agent_id: int | None = None, metric: str | None = None,
                value: float | None = None) -> Alert | None:
    """Raise the alert for condition `key`; None when it is already active as it is.

    When an alert for `key` is active with another severity, that alert is updated in
    place (severity, value and both messages; raised_at is kept) and returned with
    previous_severity set, so `.escalated` or `.eased` tells which way it moved. An
    escalation withdraws the acknowledgement (the worse condition has not been seen);
    the earlier acknowledgement stays in the history. Same severity: nothing changes.
    """
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}, not {severity!r}")
    if not key or not kind:
        raise ValueError("an alert needs a key and a kind")
    with db.atomic():
        # Writing first takes the write lock before anything is read: no race between
        # two watchers on separate connections.
        cur = db.execute(
            "INSERT INTO alerts (key, kind, severity, scope_store_id, scope_agent_id, metric, "
            "value, message_zh, message_en, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (key) WHERE cleared_at IS NULL DO NOTHING",
            [key, kind, severity, store_id, agent_id, metric, value, message_zh, message_en,
             at])
        if cur.rowcount == 1:
            alert_id = int(cur.lastrowid)
            _log(db, alert_id, at, "raised", severity, value)
            return get_alert(db, alert_id)
        current = active_alert(db, key)
        assert current is not None
        if current.severity == severity:
            return None
        worse = severity_rank(severity) > severity_rank(current.severity)
        db.execute(
            "UPDATE alerts SET severity = ?, value = ?, message_zh = ?, message_en = ?"
            + (", acknowledged_at = NULL, acknowledged_by = ''" if worse else "")
            + " WHERE id = ?", [severity, value, message_zh, message_en, current.id])
        _log(db, current.id, at, "escalated" if worse else "eased", severity, value)
        updated = get_alert(db, current.id)
    assert updated is not None
    return replace(updated, previous_severity=current.severity)


def clear_alert(db: sqlite_utils.Database, key: str, at: float) -> Alert | None:
    """Clear the active alert for `key` at `at`; None when nothing was active."""
    with db.atomic():
        row = _returned(db.execute(
            f"UPDATE alerts SET cleared_at = ? WHERE key = ? AND cleared_at IS NULL "
            f"RETURNING {_COLUMNS}", [at, key]))
        if row is None:
            return None
        alert = Alert(*row)
        _log(db, alert.id, at, "cleared", alert.severity, alert.value)
    return alert


def acknowledge(db: sqlite_utils.Database, alert_id: int, at: float, by: str) -> Alert:
    """Record that `by` has seen the alert (active or already cleared).

    The first acknowledgement stands: acknowledging again changes nothing. Raises
    ValueError for an unknown alert id.
    """
    with db.atomic():
        row = _returned(db.execute(
            f"UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? "
            f"WHERE id = ? AND acknowledged_at IS NULL RETURNING {_COLUMNS}",
            [at, by, alert_id]))
        if row is not None:
            alert = Alert(*row)
            _log(db, alert.id, at, "acknowledged", alert.severity, alert.value, by)
            return alert
    existing = get_alert(db, alert_id)
    if existing is None:
        raise ValueError(f"there is no alert {alert_id}")
    return existing


def active_alerts(db: sqlite_utils.Database, kind: str | None = None) -> list[Alert]:
    """Alerts not yet cleared (optionally of one kind): most severe first, then newest."""
    where, params = "cleared_at IS NULL", []
    if kind is not None:
        where += " AND kind = ?"
        params.append(kind)
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE {where} "
        "ORDER BY CASE severity WHEN 'alarm' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
        "raised_at DESC, id DESC", params).fetchall()
    return [Alert(*r) for r in rows]


def alert_history(db: sqlite_utils.Database, since: float,
                  until: float | None = None) -> list[Alert]:
    """Alerts that were active at some time in [since, until] (until: now), newest first."""
    where, params = "(cleared_at IS NULL OR cleared_at >= ?)", [since]
    if until is not None:
        where += " AND raised_at <= ?"
        params.append(until)
    rows = db.execute(f"SELECT {_COLUMNS} FROM alerts WHERE {where} "
                      "ORDER BY raised_at DESC, id DESC", params).fetchall()
    return [Alert(*r) for r in rows]


def alert_events(db: sqlite_utils.Database, alert_id: int) -> list[AlertEvent]:
    """The timeline of one alert, oldest first."""
    return [AlertEvent(*r) for r in db.execute(
        "SELECT alert_id, at, action, severity, value, by FROM alert_events "
        "WHERE alert_id = ? ORDER BY at, id", [alert_id])]


def store_labels(db: sqlite_utils.Database) -> dict[int, tuple[str, str]]:
    """Store id → (Chinese, English) label for alert messages, e.g. 花语美妆旗舰店（天猫）."""
    return {sid: (f"{name}（{platform_name(platform, 'zh_CN')}）",
                  f"{name} ({platform_name(platform, 'en')})")
            for sid, platform, name in db.execute("SELECT id, platform, name FROM stores")}
