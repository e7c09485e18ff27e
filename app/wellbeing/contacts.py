"""Emergency contacts: two relatives and one friend per agent, each with the date it was
verified by phone. Everything but the agent and the slot is sealed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

from app.wellbeing import audit
from app.wellbeing.content import CONTACT_SLOTS
from app.wellbeing.vault import FieldCipher

SEALED = "wb_contacts.sealed"
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{3,24}$")


class ContactError(ValueError):
    """A contact that cannot be saved; `field` names what is wrong (slot, name, relation,
    phone, verified_on, agent) so the UI can say it in its language."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Contact:
    slot: str  # relative1, relative2, friend
    name: str
    relation: str
    phone: str
    verified_on: str  # ISO date the number was confirmed by phone; "" = not yet
    updated_at: float

    @property
    def verified(self) -> bool:
        return bool(self.verified_on)


def check_contact(slot: str, name: str, relation: str, phone: str, verified_on: str) -> dict:
    """The cleaned values; ContactError says what is wrong."""
    if slot not in CONTACT_SLOTS:
        raise ContactError("slot", f"unknown contact slot {slot!r}")
    name, relation, phone = name.strip(), relation.strip(), phone.strip()
    if not name:
        raise ContactError("name", "a contact needs a name")
    if len(name) > 100 or len(relation) > 100:
        raise ContactError("relation", "name and relation are at most 100 characters")
    digits = re.sub(r"\D", "", phone)
    if not _PHONE.match(phone) or not 5 <= len(digits) <= 20:
        raise ContactError("phone", f"{phone!r} is not a phone number "
                           "(digits, spaces, + - ( ) only)")
    verified_on = verified_on.strip()
    if verified_on:
        try:
            dt.date.fromisoformat(verified_on)
        except ValueError:
            raise ContactError("verified_on", f"the verified date must look like 2026-03-15 "
                               f"(got {verified_on!r})") from None
    return {"name": name, "relation": relation, "phone": phone, "verified_on": verified_on}


def set_contact(db: sqlite_utils.Database, cipher: FieldCipher, agent_id: int, slot: str, *,
                name: str, relation: str, phone: str, verified_on: str, at: float,
                by: str) -> None:
    """Save (or replace) one contact of an agent; the old values are not kept."""
    values = check_contact(slot, name, relation, phone, verified_on)
    with db.atomic():
        if db.execute("SELECT 1 FROM agents WHERE id = ?", [agent_id]).fetchone() is None:
            raise ContactError("agent", f"there is no agent {agent_id}")
        db.execute("INSERT INTO wb_contacts (agent_id, slot, updated_at, sealed) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT(agent_id, slot) DO UPDATE SET "
                   "updated_at = excluded.updated_at, sealed = excluded.sealed",
                   [agent_id, slot, at, cipher.seal(values, SEALED)])
        audit.record(db, "contacts_changed", at=at, by=by, subject="agent", subject_id=agent_id,
                     detail={"slot": slot, "change": "saved"})


def clear_contact(db: sqlite_utils.Database, agent_id: int, slot: str, *, at: float,
                  by: str) -> bool:
    """Remove one contact; False when there was none."""
    with db.atomic():
        cur = db.execute("DELETE FROM wb_contacts WHERE agent_id = ? AND slot = ?",
                         [agent_id, slot])
        if cur.rowcount:
            audit.record(db, "contacts_changed", at=at, by=by, subject="agent",
                         subject_id=agent_id, detail={"slot": slot, "change": "removed"})
        return bool(cur.rowcount)


def read_contacts(db: sqlite_utils.Database, cipher: FieldCipher, agent_id: int, *, at: float,
                  by: str, case_id: int | None = None) -> dict[str, Contact]:
    """slot → contact, decrypted; the view is written to the audit log. Seen from a case
    (`case_id`), the entry names the case only: an agent id next to "during a case" would
    tell a reader of the log who had a health event."""
    out = {}
    for slot, updated, sealed in db.execute(
            "SELECT slot, updated_at, sealed FROM wb_contacts WHERE agent_id = ?", [agent_id]):
        v = cipher.open(sealed, SEALED)
        out[slot] = Contact(slot, v["name"], v["relation"], v["phone"], v["verified_on"], updated)
    with db.atomic():
        if case_id is None:
            audit.record(db, "view_contacts", at=at, by=by, subject="agent",
                         subject_id=agent_id, detail={"shown": len(out)})
        else:
            audit.record(db, "view_contacts", at=at, by=by, subject="case", subject_id=case_id,
                         detail={"shown": len(out)})
    return out


def contact_counts(db: sqlite_utils.Database) -> dict[int, int]:
    """agent_id → how many of the three contacts are on file (needs no key)."""
    return dict(db.execute("SELECT agent_id, count(*) FROM wb_contacts GROUP BY agent_id"))
