"""The care log: care actions, one-to-ones and recognitions (service role models on several
dimensions, seed 002). The kind is plain (for anonymous counts); what was said is sealed."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.wellbeing import audit
from app.wellbeing.content import CARE_KINDS, content
from app.wellbeing.vault import FieldCipher

SEALED = "wb_care.sealed"
MAX_TEXT = 4000


@dataclass(frozen=True)
class CareEntry:
    id: int
    agent_id: int | None  # None: the whole team
    at: float
    kind: str  # care, one_to_one, recognition
    by: str
    note: str
    dimensions: tuple[str, ...] = ()  # recognitions: the dimensions they are a role model on


def add_care(db: sqlite_utils.Database, cipher: FieldCipher, kind: str, *,
             agent_id: int | None, at: float, by: str, note: str = "",
             dimensions: tuple[str, ...] = ()) -> int:
    """Log a care action (agent optional), a one-to-one or a recognition (agent needed)."""
    if kind not in CARE_KINDS:
        raise ValueError(f"unknown care kind {kind!r}")
    note = note.strip()
    if len(note) > MAX_TEXT:
        raise ValueError(f"the note is longer than {MAX_TEXT} characters")
    if kind != "care" and agent_id is None:
        raise ValueError("a one-to-one or a recognition is about one agent")
    known = {d.key for d in content().recognition_dimensions}
    dimensions = tuple(d for d in dimensions if d in known)
    if kind == "recognition" and not dimensions:
        raise ValueError("a recognition names at least one dimension")
    if kind != "recognition":
        dimensions = ()
    if kind == "care" and not note:
        raise ValueError("say what the care action was")
    with db.atomic():
        if agent_id is not None and db.execute(
                "SELECT 1 FROM agents WHERE id = ?", [agent_id]).fetchone() is None:
            raise ValueError(f"there is no agent {agent_id}")
        cur = db.execute(
            "INSERT INTO wb_care (agent_id, at, kind, by, sealed) VALUES (?, ?, ?, ?, ?)",
            [agent_id, at, kind, by,
             cipher.seal({"note": note, "dimensions": list(dimensions)}, SEALED)])
        new_id = int(cur.lastrowid)
        audit.record(db, "care_added", at=at, by=by, subject="care", subject_id=new_id,
                     detail={"kind": kind})
    return new_id


def _read(cipher: FieldCipher, rows) -> list[CareEntry]:
    out = []
    for r in rows:
        v = cipher.open(r[5], SEALED)
        out.append(CareEntry(r[0], r[1], r[2], r[3], r[4], v.get("note", ""),
                             tuple(v.get("dimensions", ()))))
    return out


def entries_between(db: sqlite_utils.Database, cipher: FieldCipher, start: float,
                    end: float) -> list[CareEntry]:
    """Entries in [start, end), oldest first (the caller audits the view)."""
    return _read(cipher, db.execute(
        "SELECT id, agent_id, at, kind, by, sealed FROM wb_care WHERE at >= ? AND at < ? "
        "ORDER BY at, id", [start, end]))


def care_log(db: sqlite_utils.Database, cipher: FieldCipher, *, at: float, by: str,
             agent_id: int | None = None, limit: int = 500) -> list[CareEntry]:
    """The newest entries (one agent's, or all); the view is written to the audit log."""
    sql = "SELECT id, agent_id, at, kind, by, sealed FROM wb_care"
    params: list = []
    if agent_id is not None:
        sql += " WHERE agent_id = ?"
        params.append(agent_id)
    found = _read(cipher, db.execute(sql + " ORDER BY at DESC, id DESC LIMIT ?",
                                     [*params, limit]))
    with db.atomic():
        audit.record(db, "view_care", at=at, by=by, subject="agent" if agent_id else "",
                     subject_id=agent_id, detail={"shown": len(found)})
    return found


def counts_between(db: sqlite_utils.Database, start: float, end: float) -> dict[str, int]:
    """kind → entries in [start, end) (needs no key)."""
    found = dict(db.execute("SELECT kind, count(*) FROM wb_care WHERE at >= ? AND at < ? "
                            "GROUP BY kind", [start, end]).fetchall())
    return {k: int(found.get(k, 0)) for k in CARE_KINDS}
