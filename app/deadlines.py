"""Escalation clocks on incidents: started by a step, met by another, escalated when missed.

Every clock is stored with absolute times (`due_at`, unix seconds), so a restart loses
nothing: `due_escalations(db, now)` finds the clocks that ran out, whenever `now` is (a
clock that ran out while the console was closed is found at the first check after start).
`fire_escalations` raises the "escalation" alert through app/alerts.py and logs it on the
incident's timeline. Nothing here reads the clock: the caller passes the time.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.alerts import Alert, clear_alert, raise_alert
from app.db import writing
from app.incident_log import insert_entry
from app.playbooks import MAX_DEADLINE_MINUTES, DeadlineRule

ALERT_KIND = "escalation"
SYSTEM = "Floorwatch"  # the author of entries the console writes by itself
PROMISE = "promise"  # the rule of a clock the supervisor set by hand


@dataclass(frozen=True)
class Deadline:
    id: int
    incident_id: int
    rule: str
    label_zh: str
    label_en: str
    escalation_zh: str
    escalation_en: str
    until_step: str | None
    started_at: float
    due_at: float
    start_entry_id: int | None
    ended_at: float | None
    ended_how: str | None
    escalated_at: float | None
    alert_id: int | None

    def label(self, lang: str) -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en

    def escalation(self, lang: str) -> str:
        return self.escalation_zh if lang.startswith("zh") else self.escalation_en

    @property
    def running(self) -> bool:
        return self.ended_at is None

    @property
    def escalated(self) -> bool:
        return self.escalated_at is not None

    def remaining(self, now: float) -> float:
        """Seconds left (negative: overdue by that much)."""
        return self.due_at - now


@dataclass(frozen=True)
class Escalation:
    deadline: Deadline
    alert: Alert | None


_COLUMNS = ("id, incident_id, rule, label_zh, label_en, escalation_zh, escalation_en, "
            "until_step, started_at, due_at, start_entry_id, ended_at, ended_how, "
            "escalated_at, alert_id")


def both(zh: str, en: str) -> str:
    """The text of an entry the console writes: Chinese / English (one when they agree)."""
    return zh if zh == en else f"{zh} / {en}"


def alert_key(deadline_id: int) -> str:
    return f"escalation:deadline:{deadline_id}"


def _select(db: sqlite_utils.Database, where: str, params: list) -> list[Deadline]:
    return [Deadline(*r) for r in db.execute(
        f"SELECT {_COLUMNS} FROM incident_deadlines WHERE {where} ORDER BY due_at, id", params)]


def get_deadline(db: sqlite_utils.Database, deadline_id: int) -> Deadline | None:
    found = _select(db, "id = ?", [deadline_id])
    return found[0] if found else None


def deadlines(db: sqlite_utils.Database, incident_id: int) -> list[Deadline]:
    """Every clock of one incident, soonest due first."""
    return _select(db, "incident_id = ?", [incident_id])


def running_deadlines(db: sqlite_utils.Database) -> dict[int, list[Deadline]]:
    """Incident id → its clocks still running (escalated ones included), soonest first."""
    out: dict[int, list[Deadline]] = {}
    for d in _select(db, "ended_at IS NULL", []):
        out.setdefault(d.incident_id, []).append(d)
    return out


def _start(db: sqlite_utils.Database, incident_id: int, *, rule: str, label: tuple[str, str],
           escalation: tuple[str, str], until_step: str | None, at: float, seconds: float,
           start_entry_id: int, by: str) -> int:
    cur = db.execute(
        "INSERT INTO incident_deadlines (incident_id, rule, label_zh, label_en, escalation_zh, "
        "escalation_en, until_step, started_at, due_at, start_entry_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [incident_id, rule, *label, *escalation, until_step, at, at + seconds, start_entry_id])
    deadline_id = int(cur.lastrowid)
    insert_entry(db, incident_id, at=at, kind="deadline_started", author=by, text=both(*label),
                 data={"deadline": deadline_id, "due_at": at + seconds})
    return deadline_id


def start_deadlines(db: sqlite_utils.Database, incident_id: int, rules: tuple[DeadlineRule, ...],
                    started_by: str, *, at: float, entry_id: int, by: str) -> list[int]:
    """Start the clocks whose rule starts at `started_by` (a step key or "opened")."""
    return [_start(db, incident_id, rule=r.key, label=(r.label.zh, r.label.en),
                   escalation=(r.escalation.zh, r.escalation.en), until_step=r.until, at=at,
                   seconds=r.minutes * 60, start_entry_id=entry_id, by=by)
            for r in rules if r.starts == started_by]


def _end(db: sqlite_utils.Database, d: Deadline, how: str, at: float, by: str,
         entry_kind: str | None) -> None:
    db.execute("UPDATE incident_deadlines SET ended_at = ?, ended_how = ? WHERE id = ?",
               [at, how, d.id])
    if entry_kind:
        insert_entry(db, d.incident_id, at=at, kind=entry_kind, author=by,
                     text=both(d.label_zh, d.label_en),
                     data={"deadline": d.id})
    if d.escalated:
        clear_alert(db, alert_key(d.id), at)


def meet_deadlines(db: sqlite_utils.Database, incident_id: int, step: str, *, at: float,
                   by: str) -> list[Deadline]:
    """Stop the running clocks that `step` answers; returns them."""
    met = _select(db, "incident_id = ? AND until_step = ? AND ended_at IS NULL",
                  [incident_id, step])
    for d in met:
        _end(db, d, "met", at, by, "deadline_met")
    return met


def cancel_started_by(db: sqlite_utils.Database, incident_id: int, start_entry_id: int, *,
                      at: float, by: str) -> list[Deadline]:
    """Stop the running clocks a withdrawn entry had started."""
    found = _select(db, "incident_id = ? AND start_entry_id = ? AND ended_at IS NULL",
                    [incident_id, start_entry_id])
    for d in found:
        _end(db, d, "cancelled", at, by, "deadline_cancelled")
    return found


def end_all(db: sqlite_utils.Database, incident_id: int, *, at: float, by: str) -> None:
    """The incident is resolved: its clocks stop (and their escalation alerts clear)."""
    for d in _select(db, "incident_id = ? AND ended_at IS NULL", [incident_id]):
        _end(db, d, "incident_ended", at, by, None)


def add_promise(db: sqlite_utils.Database, incident_id: int, *, text: str, minutes: float,
                at: float, by: str) -> int:
    """A promise with its own clock ("call the customer back in 30 min"); returns its id."""
    text = text.strip()
    if not text:
        raise ValueError("a promise needs a text")
    if not 0 < minutes <= MAX_DEADLINE_MINUTES:
        raise ValueError("a promise's clock runs between 1 minute and 7 days")
    with writing(db):
        entry = insert_entry(db, incident_id, at=at, kind="promise", author=by, text=text,
                             data={"minutes": minutes})
        return _start(db, incident_id, rule=PROMISE, label=(text, text),
                      escalation=(f"承诺到期：{text}", f"Promise due: {text}"), until_step=None,
                      at=at, seconds=minutes * 60, start_entry_id=entry, by=by)


def keep_promise(db: sqlite_utils.Database, deadline_id: int, *, at: float, by: str) -> None:
    """Mark a promise kept (its clock stops)."""
    d = get_deadline(db, deadline_id)
    if d is None or d.rule != PROMISE:
        raise ValueError(f"there is no promise {deadline_id}")
    if d.running:
        with writing(db):
            _end(db, d, "met", at, by, "deadline_met")


def due_escalations(db: sqlite_utils.Database, now: float) -> list[Deadline]:
    """Clocks that ran out by `now`, unmet and not yet escalated; oldest due first."""
    return _select(db, "ended_at IS NULL AND escalated_at IS NULL AND due_at <= ?", [now])


def _incident_heading(db: sqlite_utils.Database, incident_id: int) -> tuple[str, int | None]:
    title, = db.execute("SELECT title FROM incidents WHERE id = ?", [incident_id]).fetchone()
    store = db.execute("SELECT min(store_id) FROM incident_stores WHERE incident_id = ?",
                       [incident_id]).fetchone()[0]
    return title, store


def fire_escalations(db: sqlite_utils.Database, now: float) -> list[Escalation]:
    """Escalate every clock due by `now`: one alarm alert and one timeline entry each.

    Safe to call from several connections: a clock is escalated once.
    """
    fired = []
    for d in due_escalations(db, now):
        with writing(db):
            claimed = db.execute(
                "UPDATE incident_deadlines SET escalated_at = ? "
                "WHERE id = ? AND escalated_at IS NULL AND ended_at IS NULL", [now, d.id])
            if claimed.rowcount != 1:
                continue
            title, store = _incident_heading(db, d.incident_id)
            alert = raise_alert(
                db, alert_key(d.id), ALERT_KIND, "alarm",
                f"事件 #{d.incident_id}「{title}」：{d.escalation_zh}",
                f"Incident #{d.incident_id} “{title}”: {d.escalation_en}", now, store_id=store)
            if alert is not None:
                db.execute("UPDATE incident_deadlines SET alert_id = ? WHERE id = ?",
                           [alert.id, d.id])
            insert_entry(db, d.incident_id, at=now, kind="escalated", author=SYSTEM,
                         text=both(d.escalation_zh, d.escalation_en),
                         data={"deadline": d.id, "due_at": d.due_at,
                               "alert": alert.id if alert else None})
        fired.append(Escalation(get_deadline(db, d.id) or d, alert))
    return fired


def deadline_for_alert(db: sqlite_utils.Database, alert_id: int) -> Deadline | None:
    found = _select(db, "alert_id = ?", [alert_id])
    return found[0] if found else None
