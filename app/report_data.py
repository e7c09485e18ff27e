"""The shift report's content as plain data: KPIs against targets, charts, coverage, incidents,
patrol, wellbeing and the hand-over note, for a shift or any [start, end) window.

KPIs come from app.metrics.compute over the same window, so they equal `floorwatch metrics
--from START --to END`; targets are the floor levels of app.metric_alerts.levels_for.

Incident history is read from each incident's append-only timeline (app.incident_log):
"status" entries move the status, "escalated" entries are the playbook's missed deadlines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.coverage import StoreCoverage, store_coverage
from app.incident_log import entries
from app.incidents import STATUSES, incident_types
from app.metric_alerts import Levels, level_status, levels_for
from app.metrics import METRICS, STEPS, Value, compute, series
from app.patrol import PatrolRound, handover_note, rounds_between
from app.settings import get_setting
from app.shifts import Shift, shift_matching
from app.wellbeing_report import WellbeingAccess, WellbeingSection, wellbeing_section

HEADLINE_METRICS = ("reception_volume", "reply_rate", "first_response_s", "avg_response_s",
                    "first_reply_30s_rate", "answer_question_ratio", "satisfaction",
                    "inquiry_conversion", "avg_order_value", "sales", "refund_rate")
CHART_METRICS = ("reception_volume", "first_response_s", "first_reply_30s_rate",
                 "satisfaction")
DONE_STATUSES = ("resolved", "closed")
ESCALATION_KINDS = ("escalated",)
FINE_STEP_UP_TO_S = 12 * 3600  # charts use 10-minute buckets up to 12 h, hours beyond


@dataclass(frozen=True)
class KpiLine:
    key: str
    name_zh: str
    name_en: str
    unit: str
    higher_is_better: bool
    value: Value
    levels: Levels
    status: str | None  # "ok", "warning", "alarm"; None: no value or no levels

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class ChartSeries:
    key: str
    name_zh: str
    name_en: str
    unit: str
    step_s: int
    points: tuple[tuple[float, Value], ...]  # every bucket of the window, None: no data
    levels: Levels

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class IncidentLine:
    id: int
    opened_at: float
    type_zh: str
    type_en: str
    severity: str
    title: str
    status: str  # at the end of the window
    done_at: float | None  # resolved or closed, if that happened in the window

    def type_name(self, lang: str) -> str:
        return self.type_zh if lang.startswith("zh") else self.type_en


@dataclass(frozen=True)
class Escalation:
    at: float
    incident_id: int
    title: str
    text: str


@dataclass(frozen=True)
class IncidentSection:
    opened: tuple[IncidentLine, ...]  # opened in the window
    resolved: tuple[IncidentLine, ...]  # resolved or closed in the window
    still_open: tuple[IncidentLine, ...]  # not resolved or closed at the end of the window
    escalations: tuple[Escalation, ...]  # in the window


@dataclass(frozen=True)
class ShiftReport:
    floor_name: str
    supervisor: str
    start: float
    end: float
    zone: dt.tzinfo
    printed_at: float
    day: dt.date | None  # set when the window is exactly one shift
    shift: Shift | None
    kpis: tuple[KpiLine, ...]
    charts: tuple[ChartSeries, ...]
    coverage: tuple[StoreCoverage, ...]
    incidents: IncidentSection
    patrol: tuple[PatrolRound, ...]
    wellbeing: WellbeingSection
    handover_note: str

    @property
    def conversations(self) -> int:
        return int(next(k.value for k in self.kpis if k.key == "reception_volume") or 0)


def _status(metric_key: str, value: Value, levels: Levels) -> str | None:
    if value is None or (levels.warning is None and levels.alarm is None):
        return None
    return level_status(float(value), levels, METRICS[metric_key].higher_is_better) or "ok"


def headline_kpis(db: sqlite_utils.Database, start: float, end: float) -> list[KpiLine]:
    """The floor KPIs of [start, end) (exactly `floorwatch metrics`) with the floor levels."""
    values = compute(db, start, end)[0].metrics
    out = []
    for key in HEADLINE_METRICS:
        m = METRICS[key]
        levels = levels_for(db, key)
        out.append(KpiLine(key, m.name_zh, m.name_en, m.unit, m.higher_is_better,
                           values[key], levels, _status(key, values[key], levels)))
    return out


def chart_series(db: sqlite_utils.Database, start: float, end: float) -> list[ChartSeries]:
    """The main metrics per 10-minute (or hourly, beyond 12 h) bucket across the window."""
    step = "10min" if end - start <= FINE_STEP_UP_TO_S else "hour"
    size = STEPS[step]
    first = int(start // size) * size
    buckets = list(range(first, int(end), size)) or [first]
    out = []
    for key in CHART_METRICS:
        m = METRICS[key]
        got = dict(series(db, key, start, end, step))
        empty: Value = 0 if m.unit == "count" else None
        points = tuple((float(b), got.get(float(b), empty)) for b in buckets)
        out.append(ChartSeries(key, m.name_zh, m.name_en, m.unit, size, points,
                               levels_for(db, key)))
    return out


def _relevant_incidents(db: sqlite_utils.Database, start: float, end: float) -> list[tuple]:
    """Incidents opened before `end` that were active at some point of [start, end)."""
    done = ", ".join(f"'{s}'" for s in DONE_STATUSES)
    return db.execute(
        f"SELECT id, opened_at, type, severity, title, status FROM incidents "
        f"WHERE opened_at < ? AND (opened_at >= ? OR status NOT IN ({done}) OR id IN ("
        f"SELECT incident_id FROM incident_entries WHERE at >= ? AND kind IN ('status', "
        f"'escalated'))) ORDER BY opened_at, id", [end, start, start]).fetchall()


def incident_section(db: sqlite_utils.Database, start: float, end: float) -> IncidentSection:
    """Incidents opened, resolved, still open and escalated, as they stood in [start, end).

    Read from each incident's timeline: "status" entries move the status, "escalated"
    entries are escalations (a missed deadline of the playbook).
    """
    names = {t.key: (t.name("zh_CN"), t.name("en")) for t in incident_types()}
    opened, resolved, still_open, escalations = [], [], [], []
    for incident_id, opened_at, type_key, severity, title, _current in \
            _relevant_incidents(db, start, end):
        status, done_at = "open", None
        for entry in entries(db, incident_id):
            if entry.at >= end:
                break
            if entry.kind == "status" and entry.data.get("to") in STATUSES:
                status = entry.data["to"]
                if status not in DONE_STATUSES:
                    done_at = None
                elif done_at is None:
                    done_at = entry.at  # resolved, then closed: resolved when first done
            elif entry.kind in ESCALATION_KINDS and entry.at >= start:
                escalations.append(Escalation(entry.at, incident_id, title, entry.text))
        if done_at is not None and done_at < start:
            continue  # finished before the window began
        zh, en = names.get(type_key, (type_key, type_key))
        line = IncidentLine(incident_id, opened_at, zh, en, severity, title, status, done_at)
        if opened_at >= start:
            opened.append(line)
        if done_at is not None:
            resolved.append(line)
        else:
            still_open.append(line)
    escalations.sort(key=lambda e: (e.at, e.incident_id))
    return IncidentSection(tuple(opened), tuple(resolved), tuple(still_open),
                           tuple(escalations))


def build_report(db: sqlite_utils.Database, start: float, end: float, zone: dt.tzinfo, *,
                 now: float, supervisor: str | None = None, note: str | None = None,
                 include_wellbeing_names: bool = False,
                 wellbeing_access: WellbeingAccess | None = None) -> ShiftReport:
    """Everything the printed report shows for [start, end).

    supervisor: the name in the header (default: the supervisor setting); note: the
    hand-over note (default: the one saved for the shift, when the window is one shift).
    Wellbeing names agents only with include_wellbeing_names and an unlocked wellbeing_access.
    """
    if start >= end:
        raise ValueError("the report window must end after it starts")
    matched = shift_matching(start, end, zone)
    day, shift = matched if matched else (None, None)
    if note is None:
        note = handover_note(db, day, shift.key) if shift else ""
    return ShiftReport(
        floor_name=get_setting(db, "floor_name"),
        supervisor=get_setting(db, "supervisor") if supervisor is None else supervisor,
        start=start, end=end, zone=zone, printed_at=now, day=day, shift=shift,
        kpis=tuple(headline_kpis(db, start, end)),
        charts=tuple(chart_series(db, start, end)),
        coverage=tuple(store_coverage(db, start, end, zone)),
        incidents=incident_section(db, start, end),
        patrol=tuple(rounds_between(db, start, end, zone)),
        wellbeing=wellbeing_section(db, start, end, include_names=include_wellbeing_names,
                                    access=wellbeing_access),
        handover_note=note.strip())
