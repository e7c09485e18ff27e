"""Private wellbeing cases: the six-step emotion procedure and health events as a guided flow.

A case is a row in wb_cases (who and what kind are sealed) and a timeline of sealed,
timestamped entries: every step recorded, every pause and resume, the listening timer,
each call to an emergency contact, the account move and the hand-back. The state of the
flow (which step is next, whether it is paused, who holds the accounts) is replayed from
that timeline, so a flow interrupted by a restart resumes where it stopped.

An incident opened for a case (type staff_health or floor_emotion) carries only a title
with the case number: no agent, no store, no subtype, no health detail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from app import incidents
from app.records import ChangeSet
from app.wellbeing import audit, handover
from app.wellbeing.content import CLOSING_TYPES, CaseKind, StepSpec, content
from app.wellbeing.vault import FieldCipher

CASE_SEALED = "wb_cases.sealed"
ENTRY_SEALED = "wb_case_entries.sealed"
EVENTS = ("opened", "step", "paused", "resumed", "timer", "attempt", "closed")
MAX_NOTE = 4000


class CaseError(ValueError):
    """A step that cannot be recorded now, worded for the supervisor."""


@dataclass(frozen=True)
class Case:
    id: int
    opened_at: float
    closed_at: float | None
    incident_id: int | None
    agent_id: int
    kind: str

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CaseEntry:
    id: int
    at: float
    by: str
    event: str
    step: str | None
    data: dict


@dataclass
class CaseState:
    """A case replayed from its timeline."""

    case: Case
    kind: CaseKind
    entries: list[CaseEntry]
    done: dict[str, CaseEntry] = field(default_factory=dict)
    paused_at: float | None = None
    draft: dict = field(default_factory=dict)  # what was typed on the current step at a pause
    timers: dict[str, float] = field(default_factory=dict)
    attempts: list[CaseEntry] = field(default_factory=list)

    @property
    def current(self) -> StepSpec | None:
        """The next step to record; None once every step is done."""
        for step in self.kind.steps:
            if step.key not in self.done:
                return step
        return None

    @property
    def step_number(self) -> int:
        """1-based number of the current step (len+1 when all are done)."""
        cur = self.current
        return len(self.kind.steps) + 1 if cur is None else self.kind.index(cur.key) + 1

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def moved(self) -> dict | None:
        """The account move recorded by a cover step that has not been handed back."""
        moved = None
        for entry in self.done.values():
            if entry.data.get("handover") and entry.data["handover"].get("moves"):
                moved = entry.data["handover"]
            if entry.data.get("handed_back"):
                moved = None
        return moved


def _seal_entry(cipher: FieldCipher, event: str, step: str | None, data: dict) -> bytes:
    return cipher.seal({"event": event, "step": step, "data": data}, ENTRY_SEALED)


def _append(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, event: str, *,
            at: float, by: str, step: str | None = None, data: dict | None = None) -> int:
    cur = db.execute("INSERT INTO wb_case_entries (case_id, at, by, sealed) VALUES (?, ?, ?, ?)",
                     [case_id, at, by, _seal_entry(cipher, event, step, data or {})])
    return int(cur.lastrowid)


def _case(cipher: FieldCipher, row: tuple) -> Case:
    subject = cipher.open(row[4], CASE_SEALED)
    return Case(row[0], row[1], row[2], row[3], int(subject["agent_id"]), str(subject["kind"]))


_CASE_COLUMNS = "id, opened_at, closed_at, incident_id, sealed"


def open_cases(db: sqlite_utils.Database, cipher: FieldCipher) -> list[Case]:
    """Cases not closed yet, oldest first (decrypted; the caller audits the view)."""
    return [_case(cipher, r) for r in db.execute(
        f"SELECT {_CASE_COLUMNS} FROM wb_cases WHERE closed_at IS NULL ORDER BY opened_at, id")]


def open_case_count(db: sqlite_utils.Database) -> int:
    """How many cases are open (needs no key: shown on the locked panel)."""
    return int(db.execute("SELECT count(*) FROM wb_cases WHERE closed_at IS NULL").fetchone()[0])


def get_case(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int) -> Case:
    row = db.execute(f"SELECT {_CASE_COLUMNS} FROM wb_cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        raise CaseError(f"there is no wellbeing case {case_id}")
    return _case(cipher, row)


def open_case(db: sqlite_utils.Database, cipher: FieldCipher, agent_id: int, kind: str, *,
              at: float, by: str, lang: str = "zh_CN", log_incident: bool = True) -> int:
    """Start a case about an agent (one open case per agent); returns its id.

    log_incident: also open an incident of the kind's type whose title only names the case.
    """
    spec = content().kind(kind)
    with db.atomic():
        if db.execute("SELECT 1 FROM agents WHERE id = ? AND retired_at IS NULL",
                      [agent_id]).fetchone() is None:
            raise CaseError(f"there is no active agent {agent_id}")
        if any(c.agent_id == agent_id for c in open_cases(db, cipher)):
            raise CaseError("this agent already has an open case: resume it instead")
        cur = db.execute("INSERT INTO wb_cases (opened_at, sealed) VALUES (?, ?)",
                         [at, cipher.seal({"agent_id": agent_id, "kind": kind}, CASE_SEALED)])
        case_id = int(cur.lastrowid)
        _append(db, cipher, case_id, "opened", at=at, by=by)
        if log_incident:
            title = content().incident_title.get(lang).replace("%1", str(case_id))
            incident_id = incidents.open_incident(db, at=at, type=spec.incident_type,
                                                  title=title, owner=by, author=by)
            db.execute("UPDATE wb_cases SET incident_id = ? WHERE id = ?", [incident_id, case_id])
        audit.record(db, "case_opened", at=at, by=by, subject="case", subject_id=case_id,
                     detail={"incident": log_incident})
    return case_id


def _entries(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int) -> list[CaseEntry]:
    out = []
    for entry_id, at, by, sealed in db.execute(
            "SELECT id, at, by, sealed FROM wb_case_entries WHERE case_id = ? ORDER BY id",
            [case_id]):
        v = cipher.open(sealed, ENTRY_SEALED)
        out.append(CaseEntry(entry_id, at, by, v["event"], v.get("step"), v.get("data") or {}))
    return out


def replay(case: Case, entries: list[CaseEntry]) -> CaseState:
    state = CaseState(case, content().kind(case.kind), entries)
    for e in entries:
        if e.event == "step" and e.step:
            state.done[e.step] = e
            state.draft = {}
        elif e.event == "paused":
            state.paused_at = e.at
            state.draft = dict(e.data.get("draft") or {})
        elif e.event == "resumed":
            state.paused_at = None
        elif e.event == "timer" and e.step:
            state.timers[e.step] = e.at
        elif e.event == "attempt":
            state.attempts.append(e)
    return state


def replayed(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int) -> CaseState:
    """The case replayed from its timeline (the caller audits the view)."""
    return replay(get_case(db, cipher, case_id), _entries(db, cipher, case_id))


def case_state(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, *, at: float,
               by: str) -> CaseState:
    """The case replayed from its timeline; the view is written to the audit log."""
    state = replayed(db, cipher, case_id)
    with db.atomic():
        audit.record(db, "view_case", at=at, by=by, subject="case", subject_id=case_id)
    return state


def _current(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int) -> CaseState:
    state = replayed(db, cipher, case_id)
    if not state.case.open:
        raise CaseError(f"case {case_id} is closed")
    return state


def _note(data: Mapping[str, Any]) -> str:
    note = str(data.get("note", "")).strip()
    if len(note) > MAX_NOTE:
        raise CaseError(f"the note is longer than {MAX_NOTE} characters")
    return note


def _clean_step(spec: StepSpec, kind: CaseKind, data: Mapping[str, Any]) -> dict:
    """The data a step records, checked against what the step asks for."""
    out: dict[str, Any] = {"note": _note(data)}
    if spec.type == "check":
        if data.get("confirmed") is not True:
            raise CaseError("confirm the statement before going on")
        out["confirmed"] = True
    elif spec.type == "listen":
        causes = {c.key for c in kind.causes}
        cause = data.get("cause")
        if cause is not None and cause not in causes:
            raise CaseError(f"unknown cause {cause!r}")
        out["cause"] = cause
    elif spec.type == "outcome":
        known = {o.key for o in content().outcomes}
        chosen = [k for k in data.get("outcomes", []) if k in known]
        if not chosen:
            raise CaseError("choose at least one outcome (or \"no change needed\")")
        out["outcomes"] = chosen
        out["shared_experience"] = bool(data.get("shared_experience"))
        out["escalated_to"] = str(data.get("escalated_to", "")).strip()
        if "escalation" in chosen and not out["escalated_to"]:
            raise CaseError("say to whom it was escalated")
    elif spec.type == "confirm":
        if data.get("agent_ok") is not True or data.get("supervisor_ok") is not True:
            raise CaseError("both the agent and you confirm before work resumes")
        out["agent_ok"] = out["supervisor_ok"] = True
        level = data.get("level")
        if level is not None:
            content().level(int(level))
            out["level"] = int(level)
    return out


def record_step(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, step: str,
                data: Mapping[str, Any], *, at: float, by: str) -> int:
    """Record the current step (prompt, listen, check, contacts or outcome) as done."""
    with db.atomic():
        state = _current(db, cipher, case_id)
        spec = _expect(state, step)
        if spec.type in ("cover",) + CLOSING_TYPES:
            raise CaseError(f"step {step} is recorded with its own action")
        entry = _append(db, cipher, case_id, "step", at=at, by=by, step=step,
                        data=_clean_step(spec, state.kind, data))
        audit.record(db, "case_step", at=at, by=by, subject="case", subject_id=case_id)
    return entry


def _expect(state: CaseState, step: str) -> StepSpec:
    cur = state.current
    if cur is None or cur.key != step:
        raise CaseError(f"step {step} is not the next step of case {state.case.id}")
    if state.paused:
        raise CaseError("the case is paused: resume it first")
    return cur


def cover_step(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, step: str,
               choices: Mapping[int, int | None], *, now: float, zone: dt.tzinfo, by: str,
               note: str = "") -> tuple[handover.HandoverPlan, ChangeSet]:
    """Move the agent's accounts to the chosen replacements, take the agent offline and
    record it as the step, all in one transaction (nothing is written if it is refused)."""
    with db.atomic():
        state = _current(db, cipher, case_id)
        spec = _expect(state, step)
        if spec.type != "cover":
            raise CaseError(f"step {step} does not move accounts")
        plan, changes = handover.apply_handover(db, state.case.agent_id, choices, now=now,
                                                zone=zone, by=by)
        _append(db, cipher, case_id, "step", at=now, by=by, step=step,
                data={"note": _note({"note": note}), "handover": plan.as_dict(),
                      "agent_offline_at": now})
        audit.record(db, "accounts_moved", at=now, by=by, subject="case", subject_id=case_id,
                     detail={"accounts": len(plan.moves)})
    return plan, changes


def start_timer(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, step: str, *,
                at: float, by: str) -> float:
    """Start (once) the timer of a listen step; returns when it started."""
    with db.atomic():
        state = _current(db, cipher, case_id)
        spec = _expect(state, step)
        if spec.type != "listen":
            raise CaseError(f"step {step} has no timer")
        if step in state.timers:
            return state.timers[step]
        _append(db, cipher, case_id, "timer", at=at, by=by, step=step)
    return at


def record_attempt(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, step: str,
                   slot: str, result: str, *, at: float, by: str, note: str = "") -> int:
    """One call to an emergency contact during a contacts step, with its result."""
    c = content()
    if slot not in {s.key for s in c.contact_slots}:
        raise CaseError(f"unknown contact {slot!r}")
    if result not in {r.key for r in c.attempt_results}:
        raise CaseError(f"unknown call result {result!r}")
    with db.atomic():
        state = _current(db, cipher, case_id)
        spec = _expect(state, step)
        if spec.type != "contacts":
            raise CaseError(f"step {step} does not call contacts")
        entry = _append(db, cipher, case_id, "attempt", at=at, by=by, step=step,
                        data={"slot": slot, "result": result, "note": _note({"note": note})})
        audit.record(db, "contact_attempt", at=at, by=by, subject="case", subject_id=case_id)
    return entry


def pause_case(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, *, at: float,
               by: str, draft: Mapping[str, Any] | None = None) -> None:
    """Pause the flow; `draft` (what was typed on the current step) is sealed with it and
    offered again on resume."""
    with db.atomic():
        state = _current(db, cipher, case_id)
        if state.paused:
            return
        _append(db, cipher, case_id, "paused", at=at, by=by,
                step=state.current.key if state.current else None,
                data={"draft": dict(draft or {})})
        audit.record(db, "case_paused", at=at, by=by, subject="case", subject_id=case_id)


def resume_case(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, *, at: float,
                by: str) -> None:
    with db.atomic():
        state = _current(db, cipher, case_id)
        if not state.paused:
            return
        _append(db, cipher, case_id, "resumed", at=at, by=by,
                step=state.current.key if state.current else None)
        audit.record(db, "case_resumed", at=at, by=by, subject="case", subject_id=case_id)


def close_case(db: sqlite_utils.Database, cipher: FieldCipher, case_id: int, step: str,
               data: Mapping[str, Any], *, at: float, by: str,
               hand_back: bool = True) -> ChangeSet:
    """Record the closing step (confirm or close), hand the accounts back if asked (and if
    any were moved), close the case and resolve its incident."""
    changes = ChangeSet()
    with db.atomic():
        state = _current(db, cipher, case_id)
        spec = _expect(state, step)
        if spec.type not in CLOSING_TYPES:
            raise CaseError(f"step {step} does not close the case")
        clean = _clean_step(spec, state.kind, data)
        moved = state.moved
        clean["handed_back"] = bool(hand_back and moved)
        if clean["handed_back"]:
            changes = handover.hand_back(db, moved, now=at, by=by)
            audit.record(db, "accounts_returned", at=at, by=by, subject="case",
                         subject_id=case_id, detail={"accounts": len(moved["moves"])})
        _append(db, cipher, case_id, "step", at=at, by=by, step=step, data=clean)
        _append(db, cipher, case_id, "closed", at=at, by=by)
        db.execute("UPDATE wb_cases SET closed_at = ? WHERE id = ?", [at, case_id])
        audit.record(db, "case_closed", at=at, by=by, subject="case", subject_id=case_id)
        incident = (incidents.get_incident(db, state.case.incident_id)
                    if state.case.incident_id else None)
        if incident is not None and incident.active:
            incidents.change_status(db, incident.id, "resolved", at=at, by=by,
                                    reason=f"wellbeing case #{case_id} closed")
            changes.incidents = True
    return changes


def cases_between(db: sqlite_utils.Database, start: float, end: float) -> dict[str, int]:
    """Anonymous counts for [start, end): opened, closed, still open at `end` (no key)."""
    def one(sql: str, params: list) -> int:
        return int(db.execute(sql, params).fetchone()[0])

    return {
        "cases_opened": one("SELECT count(*) FROM wb_cases WHERE opened_at >= ? AND opened_at < ?",
                            [start, end]),
        "cases_closed": one("SELECT count(*) FROM wb_cases WHERE closed_at >= ? AND closed_at < ?",
                            [start, end]),
        "cases_open": one("SELECT count(*) FROM wb_cases WHERE opened_at < ? "
                          "AND (closed_at IS NULL OR closed_at >= ?)", [end, end]),
    }


def cases_touching(db: sqlite_utils.Database, cipher: FieldCipher, start: float,
                   end: float) -> list[CaseState]:
    """Cases open at some point of [start, end), replayed (for a report that names them)."""
    rows = db.execute(f"SELECT {_CASE_COLUMNS} FROM wb_cases WHERE opened_at < ? "
                      "AND (closed_at IS NULL OR closed_at >= ?) ORDER BY opened_at, id",
                      [end, start]).fetchall()
    return [replay(c, _entries(db, cipher, c.id)) for c in (_case(cipher, r) for r in rows)]


def open_states(db: sqlite_utils.Database, cipher: FieldCipher) -> list[CaseState]:
    """Every open case replayed, for the panel's list (the caller audits the view)."""
    return [replay(c, _entries(db, cipher, c.id)) for c in open_cases(db, cipher)]
