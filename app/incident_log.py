"""An incident's timeline: append-only entries; a correction is a new entry pointing back."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils


# What an entry records. The storage refuses UPDATE and DELETE on entries (migration 2).
KINDS = (
    "opened",  # the incident was logged (text: its title)
    "note",  # free text
    "correction",  # corrects the entry in `corrects`
    "status",  # data: {"from", "to", "reason"}
    "field",  # data: {"field", "from", "to"}: severity, owner, title, subtype, stores, agents
    "step_done",  # a checklist step ticked (step; data: the step's form, if any)
    "step_undone",  # the tick in `corrects` withdrawn
    "deadline_started",  # data: {"deadline", "due_at"}
    "deadline_met",  # data: {"deadline"}
    "deadline_cancelled",  # data: {"deadline"}
    "escalated",  # a deadline passed unmet; data: {"deadline", "due_at", "alert"}
    "promise",  # a promise with its own clock; data: {"deadline", "minutes"}
    "reported",  # serious complaint: risk reported; data: {"to": manager|operations}
    "offer",  # serious complaint: a compensation tier offered; data: {"tier"}
    "follow_up",  # serious complaint: feedback from the follow-up owner
    "alert",  # an alert concerning this incident
)


class WorkflowError(ValueError):
    """A step the workflow does not allow now, worded for the supervisor in both languages."""

    def __init__(self, en: str, zh: str = "") -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh or en

    def message(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Entry:
    id: int
    incident_id: int
    at: float
    author: str
    kind: str
    text: str
    corrects: int | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


_COLUMNS = "id, incident_id, at, author, kind, text, corrects, step, data"


def _entry(row: tuple) -> Entry:
    *head, data = row
    return Entry(*head, data=json.loads(data) if data else {})


def insert_entry(db: sqlite_utils.Database, incident_id: int, *, at: float, kind: str,
                 text: str = "", author: str = "", corrects: int | None = None,
                 step: str | None = None, data: dict[str, Any] | None = None) -> int:
    """Append one entry (the caller holds the transaction); returns its id."""
    if kind not in KINDS:
        raise ValueError(f"unknown entry kind {kind!r}")
    cur = db.execute(
        "INSERT INTO incident_entries (incident_id, at, author, kind, text, corrects, step, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [incident_id, at, author.strip(), kind, text.strip(), corrects, step,
         json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None])
    return int(cur.lastrowid)


def entries(db: sqlite_utils.Database, incident_id: int) -> list[Entry]:
    """The whole timeline of one incident, oldest first."""
    return [_entry(r) for r in db.execute(
        f"SELECT {_COLUMNS} FROM incident_entries WHERE incident_id = ? ORDER BY at, id",
        [incident_id])]


def get_entry(db: sqlite_utils.Database, entry_id: int) -> Entry | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM incident_entries WHERE id = ?",
                     [entry_id]).fetchone()
    return None if row is None else _entry(row)


def superseded(timeline: list[Entry]) -> dict[int, Entry]:
    """Entry id → the later entry that corrects it (a correction, an undo, a redo)."""
    return {e.corrects: e for e in timeline if e.corrects is not None}


def steps_done(timeline: list[Entry]) -> dict[str, Entry]:
    """Step key → the tick that stands (not withdrawn, not replaced)."""
    later = superseded(timeline)
    return {e.step: e for e in timeline
            if e.kind == "step_done" and e.step and e.id not in later}


def standing(timeline: list[Entry], kind: str) -> list[Entry]:
    """The entries of `kind` that no later entry corrects, oldest first."""
    later = superseded(timeline)
    return [e for e in timeline if e.kind == kind and e.id not in later]
