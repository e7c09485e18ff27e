"""Emotion check-ins: a level on the 4-level scale that a person recorded for an agent.

Nothing here (or anywhere in Floorwatch) infers a level from data: a check-in always
has the name of who recorded it. Level and note are sealed; agent and time are plain.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.wellbeing import audit
from app.wellbeing.content import content
from app.wellbeing.vault import FieldCipher

SEALED = "wb_checkins.sealed"
MAX_NOTE = 2000


@dataclass(frozen=True)
class CheckIn:
    id: int
    agent_id: int
    at: float
    by: str
    level: int
    note: str


def _agent_exists(db: sqlite_utils.Database, agent_id: int) -> None:
    if db.execute("SELECT 1 FROM agents WHERE id = ?", [agent_id]).fetchone() is None:
        raise ValueError(f"there is no agent {agent_id}")


def record_checkin(db: sqlite_utils.Database, cipher: FieldCipher, agent_id: int, level: int,
                   *, at: float, by: str, note: str = "") -> int:
    """Record that `by` checked in with the agent and saw `level`; returns the id."""
    content().level(level)  # ValueError outside the scale
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValueError(f"the note is longer than {MAX_NOTE} characters")
    with db.atomic():
        _agent_exists(db, agent_id)
        cur = db.execute("INSERT INTO wb_checkins (agent_id, at, by, sealed) VALUES (?, ?, ?, ?)",
                         [agent_id, at, by, cipher.seal({"level": level, "note": note}, SEALED)])
        new_id = int(cur.lastrowid)
        audit.record(db, "checkin_added", at=at, by=by, subject="agent", subject_id=agent_id,
                     detail={"checkin": new_id})
    return new_id


def _open(cipher: FieldCipher, row: tuple) -> CheckIn:
    value = cipher.open(row[4], SEALED)
    return CheckIn(row[0], row[1], row[2], row[3], int(value["level"]), value.get("note", ""))


def latest_checkins(db: sqlite_utils.Database, cipher: FieldCipher) -> dict[int, CheckIn]:
    """agent_id → the agent's latest check-in (decrypted). The caller audits the view."""
    rows = db.execute(
        "SELECT id, agent_id, at, by, sealed FROM (SELECT *, row_number() OVER "
        "(PARTITION BY agent_id ORDER BY at DESC, id DESC) AS n FROM wb_checkins) WHERE n = 1")
    return {r[1]: _open(cipher, r) for r in rows}


def checkins_between(db: sqlite_utils.Database, cipher: FieldCipher, start: float, end: float,
                     agent_id: int | None = None) -> list[CheckIn]:
    """Check-ins in [start, end), oldest first, optionally one agent's."""
    sql = "SELECT id, agent_id, at, by, sealed FROM wb_checkins WHERE at >= ? AND at < ?"
    params: list = [start, end]
    if agent_id is not None:
        sql += " AND agent_id = ?"
        params.append(agent_id)
    return [_open(cipher, r) for r in db.execute(sql + " ORDER BY at, id", params)]


def count_between(db: sqlite_utils.Database, start: float, end: float) -> int:
    """How many check-ins were recorded in [start, end) (needs no key)."""
    return int(db.execute("SELECT count(*) FROM wb_checkins WHERE at >= ? AND at < ?",
                          [start, end]).fetchone()[0])
