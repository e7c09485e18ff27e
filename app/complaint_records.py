"""What the serious-complaint form writes besides its six steps: the risk reported to the
manager and operations, each compensation tier offered, and the follow-up feedback."""

from __future__ import annotations

import sqlite_utils

from app import complaint
from app.incident_log import entries, insert_entry
from app.incidents import playbook, require_open
from app.playbooks import IncidentType


def _complaint(db: sqlite_utils.Database, incident_id: int) -> IncidentType:
    t = playbook(require_open(db, incident_id).type)
    complaint.rules_of(t)
    return t


def report_risk(db: sqlite_utils.Database, incident_id: int, to: str, *, at: float, by: str,
                text: str = "") -> int:
    """Record that the risk, worst case and plan were reported to `to` (manager or
    operations); step 3 above the supervisor's range needs both."""
    t = _complaint(db, incident_id)
    rules = complaint.rules_of(t)
    if to not in {c.key for c in rules.escalate_to}:
        raise ValueError(f"report to one of {[c.key for c in rules.escalate_to]}")
    return insert_entry(db, incident_id, at=at, kind="reported", author=by, text=text,
                        data={"to": to})


def record_offer(db: sqlite_utils.Database, incident_id: int, tier: int, *, at: float,
                 by: str, text: str = "") -> int:
    """Record that compensation tier `tier` (1-3) was offered to the customer at `at`."""
    t = _complaint(db, incident_id)
    offered = complaint.check_offer(t, entries(db, incident_id), tier)
    return insert_entry(db, incident_id, at=at, kind="offer", author=by, text=text,
                        data={"tier": tier, "offer": offered})


def add_feedback(db: sqlite_utils.Database, incident_id: int, *, at: float, text: str,
                 by: str = "") -> int:
    """The follow-up owner's report on the agreed solution; collected until closed."""
    t = _complaint(db, incident_id)
    owner = complaint.check_feedback(t, entries(db, incident_id))
    if not text.strip():
        raise ValueError("feedback needs a text")
    return insert_entry(db, incident_id, at=at, kind="follow_up", author=by or owner,
                        text=text, data={"owner": owner})
