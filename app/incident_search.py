"""Finding incidents: filter by type, status, store, agent and date; search their text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from app.incident_states import ACTIVE, ACTIVE_FILTER  # noqa: F401 (ACTIVE_FILTER: API)
from app.incidents import Incident


@dataclass(frozen=True)
class IncidentFilter:
    text: str = ""  # every word must appear in the title, the owner, a timeline entry or
    #                 its author, a store or an agent name (case-insensitive for Latin letters)
    type: str | None = None
    status: str | None = None  # a status, or ACTIVE_FILTER
    store_id: int | None = None
    agent_id: int | None = None
    since: float | None = None  # opened at or after
    until: float | None = None  # opened before
    limit: int = 500


@dataclass(frozen=True)
class IncidentSummary:
    incident: Incident
    stores: tuple[str, ...]
    agents: tuple[str, ...]
    steps_done: frozenset[str]
    last_entry_at: float


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_TEXT_MATCH = """(i.title LIKE :w ESCAPE '\\' OR i.owner LIKE :w ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM incident_entries e WHERE e.incident_id = i.id
               AND (e.text LIKE :w ESCAPE '\\' OR e.author LIKE :w ESCAPE '\\'))
    OR EXISTS (SELECT 1 FROM incident_stores l JOIN stores s ON s.id = l.store_id
               WHERE l.incident_id = i.id AND s.name LIKE :w ESCAPE '\\')
    OR EXISTS (SELECT 1 FROM incident_agents l JOIN agents a ON a.id = l.agent_id
               WHERE l.incident_id = i.id AND a.name LIKE :w ESCAPE '\\'))"""


def _where(flt: IncidentFilter) -> tuple[str, dict]:
    clauses, params = ["1"], {}
    if flt.type:
        clauses.append("i.type = :type")
        params["type"] = flt.type
    if flt.status == ACTIVE_FILTER:
        clauses.append("i.status IN (%s)" % ", ".join(f"'{s}'" for s in ACTIVE))
    elif flt.status:
        clauses.append("i.status = :status")
        params["status"] = flt.status
    if flt.store_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM incident_stores l WHERE l.incident_id = i.id "
                       "AND l.store_id = :store)")
        params["store"] = flt.store_id
    if flt.agent_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM incident_agents l WHERE l.incident_id = i.id "
                       "AND l.agent_id = :agent)")
        params["agent"] = flt.agent_id
    if flt.since is not None:
        clauses.append("i.opened_at >= :since")
        params["since"] = flt.since
    if flt.until is not None:
        clauses.append("i.opened_at < :until")
        params["until"] = flt.until
    for n, word in enumerate(flt.text.split()):
        clauses.append(_TEXT_MATCH.replace(":w", f":w{n}"))
        params[f"w{n}"] = _like(word)
    return " AND ".join(clauses), params


def _grouped(db: sqlite_utils.Database, sql: str, ids: Sequence[int]) -> dict[int, list]:
    out: dict[int, list] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        for incident_id, value in db.execute(sql.format(marks=marks), chunk):
            out.setdefault(incident_id, []).append(value)
    return out


def find_incidents(db: sqlite_utils.Database, flt: IncidentFilter = IncidentFilter()
                   ) -> list[IncidentSummary]:
    """The incidents matching `flt`, newest first, with their stores, agents and ticks."""
    where, params = _where(flt)
    params["limit"] = flt.limit
    rows = db.execute(
        "SELECT i.id, i.opened_at, i.type, i.subtype, i.severity, i.title, i.status, i.owner, "
        f"i.source_alert_id FROM incidents i WHERE {where} "
        "ORDER BY i.opened_at DESC, i.id DESC LIMIT :limit", params).fetchall()
    ids = [r[0] for r in rows]
    stores = _grouped(db, "SELECT l.incident_id, s.name FROM incident_stores l "
                          "JOIN stores s ON s.id = l.store_id WHERE l.incident_id IN ({marks}) "
                          "ORDER BY s.name", ids)
    store_ids = _grouped(db, "SELECT incident_id, store_id FROM incident_stores "
                             "WHERE incident_id IN ({marks})", ids)
    agents = _grouped(db, "SELECT l.incident_id, a.name FROM incident_agents l "
                          "JOIN agents a ON a.id = l.agent_id WHERE l.incident_id IN ({marks}) "
                          "ORDER BY a.name", ids)
    agent_ids = _grouped(db, "SELECT incident_id, agent_id FROM incident_agents "
                             "WHERE incident_id IN ({marks})", ids)
    ticks = _grouped(db, "SELECT e.incident_id, e.step FROM incident_entries e "
                         "WHERE e.incident_id IN ({marks}) AND e.kind = 'step_done' "
                         "AND NOT EXISTS (SELECT 1 FROM incident_entries c "
                         "WHERE c.corrects = e.id)", ids)
    last = {k: v[0] for k, v in _grouped(
        db, "SELECT incident_id, max(at) FROM incident_entries WHERE incident_id IN ({marks}) "
            "GROUP BY incident_id", ids).items()}
    return [IncidentSummary(
        Incident(*r, store_ids=tuple(sorted(store_ids.get(r[0], ()))),
                 agent_ids=tuple(sorted(agent_ids.get(r[0], ())))),
        tuple(stores.get(r[0], ())), tuple(agents.get(r[0], ())),
        frozenset(ticks.get(r[0], ())), last.get(r[0], r[1])) for r in rows]

