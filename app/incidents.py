"""Incidents: typed records with stores, agents, an owner, a status that moves only along
TRANSITIONS, the playbook's checklist and an append-only timeline (the storage refuses
edits). Every change is a timeline entry with who and when."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from app import complaint, deadlines
from app.db import writing
from app.incident_log import (Entry, WorkflowError, entries, get_entry, insert_entry,
                              steps_done)
from app.playbooks import OPENED, SEVERITIES, IncidentType, Step, playbooks

from app.incident_states import ACTIVE, STATUSES  # noqa: E402,F401 (part of this module's API)
# For messages and exports written by app/ (the console's screens translate their own).
STATUS_NAMES = {"open": ("未处理", "open"), "acknowledged": ("已确认", "acknowledged"),
                "mitigated": ("已缓解", "mitigated"), "resolved": ("已解决", "resolved"),
                "closed": ("已关闭", "closed")}
# Legal moves (also enforced by a trigger, migration 6). Forward moves may skip a status
# (a small incident goes open → resolved); "closed" only follows "resolved" and is final.
# Going back to "acknowledged" reopens: from "mitigated" (the workaround did not hold) or
# "resolved" (it came back); a reopen needs a reason.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("acknowledged", "mitigated", "resolved"),
    "acknowledged": ("mitigated", "resolved"),
    "mitigated": ("acknowledged", "resolved"),
    "resolved": ("closed", "acknowledged"),
    "closed": (),
}
REOPENS = {("mitigated", "acknowledged"), ("resolved", "acknowledged")}
EDITABLE = ("severity", "owner", "title", "subtype")


@dataclass(frozen=True)
class Incident:
    id: int
    opened_at: float
    type: str
    subtype: str
    severity: str
    title: str
    status: str
    owner: str
    source_alert_id: int | None = None
    store_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


@dataclass(frozen=True)
class ChecklistItem:
    step: Step
    done_by: str | None = None  # who ticked it (None: not done)
    done_at: float | None = None
    entry_id: int | None = None

    @property
    def done(self) -> bool:
        return self.entry_id is not None


def incident_types() -> list[IncidentType]:
    """The types of the playbooks in use, in their file order (keys 1-8 in the dialog)."""
    return list(playbooks().types)


def playbook(type_key: str) -> IncidentType:
    found = playbooks().get(type_key)
    if found is None:
        raise WorkflowError(f"the playbooks in use have no type \"{type_key}\"",
                            f"当前预案中没有类型“{type_key}”")
    return found


_COLUMNS = "id, opened_at, type, subtype, severity, title, status, owner, source_alert_id"


def _links(db: sqlite_utils.Database, table: str, column: str, incident_id: int) -> tuple[int, ...]:
    return tuple(r[0] for r in db.execute(
        f"SELECT {column} FROM {table} WHERE incident_id = ? ORDER BY {column}", [incident_id]))


def get_incident(db: sqlite_utils.Database, incident_id: int) -> Incident | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", [incident_id]).fetchone()
    if row is None:
        return None
    return Incident(*row, store_ids=_links(db, "incident_stores", "store_id", incident_id),
                    agent_ids=_links(db, "incident_agents", "agent_id", incident_id))


def list_incidents(db: sqlite_utils.Database, limit: int = 500) -> list[Incident]:
    """The newest incidents, unfiltered (app.incident_search filters and searches)."""
    ids = [r[0] for r in db.execute(
        "SELECT id FROM incidents ORDER BY opened_at DESC, id DESC LIMIT ?", [limit])]
    return [i for i in (get_incident(db, n) for n in ids) if i is not None]


def _require(db: sqlite_utils.Database, incident_id: int) -> Incident:
    found = get_incident(db, incident_id)
    if found is None:
        raise ValueError(f"there is no incident {incident_id}")
    return found


def require_open(db: sqlite_utils.Database, incident_id: int) -> Incident:
    """The incident, unless it is missing (ValueError) or closed (WorkflowError)."""
    incident = _require(db, incident_id)
    if incident.status == "closed":
        raise WorkflowError("the incident is closed", "事件已关闭")
    return incident


def _names(db: sqlite_utils.Database, table: str, ids: Iterable[int]) -> list[str]:
    ids = sorted(set(ids))
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    found = dict(db.execute(f"SELECT id, name FROM {table} WHERE id IN ({marks})", ids))
    unknown = [i for i in ids if i not in found]
    if unknown:
        raise ValueError(f"unknown {table[:-1]} id(s): {unknown}")
    return [found[i] for i in ids]


def open_incident(db: sqlite_utils.Database, *, at: float, type: str, title: str,
                  severity: str | None = None, subtype: str = "", owner: str = "",
                  store_ids: Iterable[int] = (), agent_ids: Iterable[int] = (),
                  source_alert_id: int | None = None, author: str | None = None) -> int:
    """Log a new incident (status "open"); returns its id.

    severity None: the type's default from the playbook. The "opened" entry records every
    field; clocks whose rule starts at "opened" start now.
    """
    t = playbooks().get(type)
    if t is None:
        raise ValueError(f"unknown incident type {type!r}")
    severity = severity or t.severity
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}")
    if subtype and subtype not in {s.key for s in t.subtypes}:
        raise ValueError(f"{type} has no subtype {subtype!r}")
    title = title.strip()
    if not title:
        raise ValueError("an incident needs a title")
    store_ids, agent_ids = sorted(set(store_ids)), sorted(set(agent_ids))
    author = owner if author is None else author
    with writing(db):
        stores = _names(db, "stores", store_ids)
        agents = _names(db, "agents", agent_ids)
        cur = db.execute(
            "INSERT INTO incidents (opened_at, type, subtype, severity, title, owner, "
            "source_alert_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, type, subtype, severity, title, owner.strip(), source_alert_id])
        incident_id = int(cur.lastrowid)
        _link(db, incident_id, "incident_stores", "store_id", store_ids)
        _link(db, incident_id, "incident_agents", "agent_id", agent_ids)
        entry = insert_entry(db, incident_id, at=at, kind="opened", author=author, text=title,
                             data={"type": type, "subtype": subtype, "severity": severity,
                                   "owner": owner.strip(), "stores": stores, "agents": agents,
                                   "alert": source_alert_id})
        deadlines.start_deadlines(db, incident_id, t.deadlines, OPENED, at=at, entry_id=entry,
                                  by=author)
    return incident_id


def _link(db: sqlite_utils.Database, incident_id: int, table: str, column: str,
          ids: Iterable[int]) -> None:
    for i in ids:
        db.execute(f"INSERT OR IGNORE INTO {table} (incident_id, {column}) VALUES (?, ?)",
                   [incident_id, i])


def add_entry(db: sqlite_utils.Database, incident_id: int, *, at: float, text: str,
              author: str = "", kind: str = "note", corrects: int | None = None) -> int:
    """Append a note (or, with `corrects`, a correction) to the timeline."""
    if kind not in ("note", "correction"):
        raise ValueError("add_entry writes notes and corrections; the workflow writes the rest")
    if not text.strip():
        raise ValueError("an entry needs a text")
    if kind == "correction" and corrects is None:
        raise ValueError("a correction names the entry it corrects")
    with writing(db):
        if corrects is not None:
            target = get_entry(db, corrects)
            if target is None or target.incident_id != incident_id:
                raise ValueError(f"entry {corrects} is not on incident {incident_id}")
        return insert_entry(db, incident_id, at=at, kind=kind, text=text, author=author,
                            corrects=corrects)


def correct_entry(db: sqlite_utils.Database, incident_id: int, entry_id: int, *, at: float,
                  text: str, author: str) -> int:
    """A correction: a new entry that says what was wrong in `entry_id` (kept as written)."""
    return add_entry(db, incident_id, at=at, text=text, author=author, kind="correction",
                     corrects=entry_id)


def next_statuses(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def change_status(db: sqlite_utils.Database, incident_id: int, to: str, *, at: float, by: str,
                  reason: str = "") -> None:
    """Move the incident to status `to`; WorkflowError for an illegal move.

    A reopen needs a reason. Resolving stops the incident's clocks (and clears their
    escalation alerts); a serious complaint is resolved only after its six steps.
    """
    incident = _require(db, incident_id)
    if to not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    if to not in next_statuses(incident.status):
        (old_zh, old_en), (new_zh, new_en) = STATUS_NAMES[incident.status], STATUS_NAMES[to]
        raise WorkflowError(f"an incident cannot go from {old_en} to {new_en}",
                            f"事件不能从“{old_zh}”变为“{new_zh}”")
    if (incident.status, to) in REOPENS and not reason.strip():
        raise WorkflowError("reopening needs a reason", "重新打开需要说明原因")
    t = playbooks().get(incident.type)
    if to == "resolved" and t is not None and t.complaint is not None:
        complaint.check_resolve(t, entries(db, incident_id))
    with writing(db):
        insert_entry(db, incident_id, at=at, kind="status", author=by, text=reason,
                     data={"from": incident.status, "to": to})
        db.execute("UPDATE incidents SET status = ? WHERE id = ?", [to, incident_id])
        if to == "resolved":
            deadlines.end_all(db, incident_id, at=at, by=by)


def update_fields(db: sqlite_utils.Database, incident_id: int, *, at: float, by: str,
                  **changes: str) -> list[str]:
    """Change severity, owner, title or subtype; one "field" entry per change. Returns the
    fields that changed."""
    incident = _require(db, incident_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}; editable: {EDITABLE}")
    t = playbooks().get(incident.type)
    changed = []
    with writing(db):
        for name, value in changes.items():
            value = (value or "").strip()
            old = getattr(incident, name)
            if value == old:
                continue
            if name == "severity" and value not in SEVERITIES:
                raise ValueError(f"severity must be one of {SEVERITIES}")
            if name == "title" and not value:
                raise ValueError("an incident needs a title")
            if name == "subtype" and value and (t is None or
                                                value not in {s.key for s in t.subtypes}):
                raise ValueError(f"{incident.type} has no subtype {value!r}")
            insert_entry(db, incident_id, at=at, kind="field", author=by,
                         text=f"{name}: {old} → {value}",
                         data={"field": name, "from": old, "to": value})
            db.execute(f"UPDATE incidents SET {name} = ? WHERE id = ?", [value, incident_id])
            changed.append(name)
    return changed


def _set_links(db: sqlite_utils.Database, incident_id: int, ids: Iterable[int], *, at: float,
               by: str, table: str, column: str, name_table: str, field: str) -> bool:
    _require(db, incident_id)
    old_ids = set(_links(db, table, column, incident_id))
    new_ids = set(ids)
    if new_ids == old_ids:
        return False
    with writing(db):
        old, new = _names(db, name_table, old_ids), _names(db, name_table, new_ids)
        insert_entry(db, incident_id, at=at, kind="field", author=by,
                     text=f"{field}: {', '.join(old) or '—'} → {', '.join(new) or '—'}",
                     data={"field": field, "from": old, "to": new})
        db.execute(f"DELETE FROM {table} WHERE incident_id = ?", [incident_id])
        _link(db, incident_id, table, column, sorted(new_ids))
    return True


def set_stores(db: sqlite_utils.Database, incident_id: int, store_ids: Iterable[int], *,
               at: float, by: str) -> bool:
    """Replace the stores involved (logged with their names); False when unchanged."""
    return _set_links(db, incident_id, store_ids, at=at, by=by, table="incident_stores",
                      column="store_id", name_table="stores", field="stores")


def set_agents(db: sqlite_utils.Database, incident_id: int, agent_ids: Iterable[int], *,
               at: float, by: str) -> bool:
    """Replace the agents involved (logged with their names); False when unchanged."""
    return _set_links(db, incident_id, agent_ids, at=at, by=by, table="incident_agents",
                      column="agent_id", name_table="agents", field="agents")


def edit_incident(db: sqlite_utils.Database, incident_id: int, *, at: float, by: str,
                  fields: dict[str, str], store_ids: Iterable[int],
                  agent_ids: Iterable[int]) -> None:
    """update_fields, set_stores and set_agents in one transaction (all or nothing)."""
    with writing(db):
        update_fields(db, incident_id, at=at, by=by, **fields)
        set_stores(db, incident_id, store_ids, at=at, by=by)
        set_agents(db, incident_id, agent_ids, at=at, by=by)


def checklist(db: sqlite_utils.Database, incident: Incident) -> list[ChecklistItem]:
    """The playbook's steps for the incident's subtype, each with who ticked it and when."""
    t = playbooks().get(incident.type)
    if t is None:
        return []
    done = steps_done(entries(db, incident.id))
    items = []
    for step in t.steps_for(incident.subtype):
        e = done.get(step.key)
        items.append(ChecklistItem(step, e.author, e.at, e.id) if e else ChecklistItem(step))
    return items


def _step_of(incident: Incident, step: str) -> tuple[IncidentType, Step]:
    t = playbook(incident.type)
    found = t.step(step)
    if found is None or not found.applies(incident.subtype):
        raise WorkflowError(f"\"{step}\" is not a step of this incident's playbook",
                            f"“{step}”不是该事件预案中的步骤")
    return t, found


def tick_step(db: sqlite_utils.Database, incident_id: int, step: str, *, at: float, by: str,
              data: dict | None = None, note: str = "") -> int:
    """Tick a checklist step (again: the new record replaces the old one); returns the entry.

    Ticking starts the clocks the step starts and meets those it answers. In an ordered
    playbook (the serious complaint) the earlier steps come first, and the complaint form's
    rules decide what the step must record (WorkflowError says what is missing).
    """
    incident = require_open(db, incident_id)
    t, found = _step_of(incident, step)
    timeline = entries(db, incident_id)
    done = steps_done(timeline)
    if t.ordered:
        before = list(t.steps_for(incident.subtype))
        waiting = [s for s in before[:before.index(found)] if s.key not in done]
        if waiting:
            raise WorkflowError("do the steps in order; first: " + waiting[0].label.en,
                                "请按顺序完成步骤；先完成：" + waiting[0].label.zh)
    if t.complaint is not None:
        data = complaint.check_step(t, timeline, step, data)
    previous = done.get(step)
    with writing(db):
        entry = insert_entry(db, incident_id, at=at, kind="step_done", author=by, step=step,
                             text=note, data=data,
                             corrects=previous.id if previous else None)
        if previous is None:
            deadlines.start_deadlines(db, incident_id, t.deadlines, step, at=at,
                                      entry_id=entry, by=by)
        deadlines.meet_deadlines(db, incident_id, step, at=at, by=by)
    return entry


def untick_step(db: sqlite_utils.Database, incident_id: int, step: str, *, at: float, by: str,
                reason: str = "") -> int:
    """Withdraw a tick (a new entry that corrects it); the clocks it started stop."""
    incident = require_open(db, incident_id)
    t, _ = _step_of(incident, step)
    timeline = entries(db, incident_id)
    done = steps_done(timeline)
    tick = done.get(step)
    if tick is None:
        raise WorkflowError("that step is not ticked", "该步骤尚未完成")
    if t.ordered:
        steps = [s.key for s in t.steps_for(incident.subtype)]
        later = [k for k in steps[steps.index(step) + 1:] if k in done]
        if later:
            raise WorkflowError("withdraw the later steps first", "请先撤销后面的步骤")
    with writing(db):
        entry = insert_entry(db, incident_id, at=at, kind="step_undone", author=by, step=step,
                             text=reason, corrects=tick.id)
        first = _first_tick(timeline, step, tick)
        deadlines.cancel_started_by(db, incident_id, first, at=at, by=by)
    return entry


def _first_tick(timeline: list[Entry], step: str, tick: Entry) -> int:
    """The tick a chain of re-ticks began with (the one that started the clocks)."""
    by_id = {e.id: e for e in timeline}
    current = tick
    while current.corrects is not None:
        earlier = by_id.get(current.corrects)
        if earlier is None or earlier.kind != "step_done" or earlier.step != step:
            break
        current = earlier
    return current.id


def incident_for_alert(db: sqlite_utils.Database, alert_id: int) -> int | None:
    """The incident an alert belongs to: the one it escalated, or the one opened from it."""
    d = deadlines.deadline_for_alert(db, alert_id)
    if d is not None:
        return d.incident_id
    row = db.execute("SELECT id FROM incidents WHERE source_alert_id = ? ORDER BY id DESC "
                     "LIMIT 1", [alert_id]).fetchone()
    return row[0] if row else None
