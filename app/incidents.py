"""Incidents: typed records with an append-only timeline (the storage refuses edits)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.resources import load_json

SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("open", "acknowledged", "mitigated", "resolved", "closed")


@dataclass(frozen=True)
class IncidentType:
    key: str
    name_zh: str
    name_en: str
    subtypes: tuple[tuple[str, str, str], ...]  # (key, zh, en)

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


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


def incident_types() -> list[IncidentType]:
    data = load_json("data", "incident_types.json")
    return [IncidentType(t["key"], t["zh_CN"], t["en"],
                         tuple((s["key"], s["zh_CN"], s["en"]) for s in t["subtypes"]))
            for t in data["types"]]


def open_incident(db: sqlite_utils.Database, *, at: float, type: str, title: str,
                  severity: str = "medium", subtype: str = "", owner: str = "") -> int:
    if type not in {t.key for t in incident_types()}:
        raise ValueError(f"unknown incident type {type!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}")
    if not title.strip():
        raise ValueError("an incident needs a title")
    with db.atomic():
        cur = db.execute(
            "INSERT INTO incidents (opened_at, type, subtype, severity, title, owner) "
            "VALUES (?, ?, ?, ?, ?, ?)", [at, type, subtype, severity, title.strip(), owner])
        incident_id = cur.lastrowid
        db.execute("INSERT INTO incident_entries (incident_id, at, author, kind, text) "
                   "VALUES (?, ?, ?, 'opened', ?)", [incident_id, at, owner, title.strip()])
    return int(incident_id)


def add_entry(db: sqlite_utils.Database, incident_id: int, *, at: float, text: str,
              author: str = "", kind: str = "note", corrects: int | None = None) -> int:
    with db.atomic():
        cur = db.execute(
            "INSERT INTO incident_entries (incident_id, at, author, kind, text, corrects) "
            "VALUES (?, ?, ?, ?, ?, ?)", [incident_id, at, author, kind, text, corrects])
    return int(cur.lastrowid)


def list_incidents(db: sqlite_utils.Database, limit: int = 500) -> list[Incident]:
    return [Incident(*row) for row in db.execute(
        "SELECT id, opened_at, type, subtype, severity, title, status, owner FROM incidents "
        "ORDER BY opened_at DESC, id DESC LIMIT ?", [limit])]
