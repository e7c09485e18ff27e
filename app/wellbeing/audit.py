"""The wellbeing audit log: every view, export and change of wellbeing data, append-only.

An entry says who did what to which record and when; it never holds the data itself (no
level, note, contact or case kind), so the log can be read without the passphrase.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

# What an entry can say. Views: the data was shown decrypted. Changes: a record was written.
ACTIONS = (
    "setup", "unlock", "unlock_failed", "lock", "idle_lock", "passphrase_changed",
    "view_roster", "view_case", "view_contacts", "view_care", "view_audit",
    "checkin_added", "case_opened", "case_step", "case_paused", "case_resumed", "case_closed",
    "accounts_moved", "accounts_returned", "contact_attempt", "contacts_changed", "care_added",
    "report_included",
)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: float
    by: str
    action: str
    subject: str  # "agent", "case", "care", "vault", "report" or ""
    subject_id: int | None
    detail: dict


def record(db: sqlite_utils.Database, action: str, *, at: float, by: str = "",
           subject: str = "", subject_id: int | None = None, detail: dict | None = None) -> int:
    """Append one entry; `detail` must hold no sensitive value (ids, counts, step keys)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    cur = db.execute(
        "INSERT INTO wb_audit (at, by, action, subject, subject_id, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [at, by, action, subject, subject_id,
         json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)])
    return int(cur.lastrowid)


def entries(db: sqlite_utils.Database, *, since: float | None = None,
            limit: int = 1000) -> list[AuditEntry]:
    """The newest entries first."""
    sql = "SELECT id, at, by, action, subject, subject_id, detail FROM wb_audit"
    params: list = []
    if since is not None:
        sql += " WHERE at >= ?"
        params.append(since)
    rows = db.execute(sql + " ORDER BY at DESC, id DESC LIMIT ?", [*params, limit])
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]
