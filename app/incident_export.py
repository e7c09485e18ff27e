"""Incidents to CSV: one row per incident, or one row per timeline entry.

UTF-8 with BOM (Excel opens the Chinese correctly), CRLF lines, times in the floor's zone.
Every text cell that a spreadsheet would run as a formula (= + - @, tab, CR at the start)
gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from app.incident_log import entries
from app.incident_search import IncidentFilter, IncidentSummary, find_incidents
from app.incidents import STATUS_NAMES
from app.playbooks import playbooks
from app.review import safe_text

_WORDS = {
    "zh": {
        "columns": ["编号", "开始时间", "类型", "子类型", "级别", "状态", "标题", "负责人",
                    "涉及店铺", "涉及客服", "已完成步骤", "步骤总数", "最近记录时间", "来源告警"],
        "timeline": ["事件编号", "记录编号", "时间", "记录人", "类别", "步骤", "内容", "更正记录",
                     "详情"],
        "status": {k: zh for k, (zh, _) in STATUS_NAMES.items()},
        "severity": {"low": "低", "medium": "中", "high": "高", "critical": "紧急"},
    },
    "en": {
        "columns": ["id", "opened", "type", "subtype", "severity", "status", "title", "owner",
                    "stores", "agents", "steps done", "steps", "last entry", "source alert"],
        "timeline": ["incident", "entry", "at", "author", "kind", "step", "text", "corrects",
                     "details"],
        "status": {k: en for k, (_, en) in STATUS_NAMES.items()},
        "severity": {s: s for s in ("low", "medium", "high", "critical")},
    },
}


def _words(lang: str) -> dict[str, Any]:
    return _WORDS["zh" if lang.startswith("zh") else "en"]


def _time(t: float, zone: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(t, zone).strftime("%Y-%m-%d %H:%M:%S")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return safe_text(value) if isinstance(value, str) else value


def incident_rows(found: Sequence[IncidentSummary], zone: dt.tzinfo,
                  lang: str = "zh_CN") -> list[list[Any]]:
    """The header and one row per incident."""
    w = _words(lang)
    pb = playbooks()
    rows: list[list[Any]] = [w["columns"]]
    for s in found:
        i = s.incident
        t = pb.get(i.type)
        steps = [st.key for st in t.steps_for(i.subtype)] if t else []
        rows.append([_cell(x) for x in (
            i.id, _time(i.opened_at, zone), t.name(lang) if t else i.type,
            t.subtype_name(i.subtype, lang) if t and i.subtype else i.subtype,
            w["severity"].get(i.severity, i.severity), w["status"].get(i.status, i.status),
            i.title, i.owner, "; ".join(s.stores), "; ".join(s.agents),
            sum(1 for k in steps if k in s.steps_done), len(steps),
            _time(s.last_entry_at, zone), i.source_alert_id)])
    return rows


def timeline_rows(db: sqlite_utils.Database, incident_ids: Iterable[int], zone: dt.tzinfo,
                  lang: str = "zh_CN") -> list[list[Any]]:
    """The header and one row per timeline entry of the given incidents, oldest first."""
    rows: list[list[Any]] = [_words(lang)["timeline"]]
    for incident_id in sorted(incident_ids):
        for e in entries(db, incident_id):
            rows.append([_cell(x) for x in (
                e.incident_id, e.id, _time(e.at, zone), e.author, e.kind, e.step, e.text,
                e.corrects,
                json.dumps(e.data, ensure_ascii=False, sort_keys=True) if e.data else "")])
    return rows


def write_csv(rows: list[list[Any]], path: str | os.PathLike) -> None:
    """Write rows as CSV (UTF-8 with BOM, CRLF); OSError is the caller's to report."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


def export_incidents(db: sqlite_utils.Database, path: str | os.PathLike, zone: dt.tzinfo,
                     flt: IncidentFilter = IncidentFilter(limit=1_000_000),
                     lang: str = "zh_CN", timeline: bool = False) -> int:
    """Write the incidents matching `flt` (or, with timeline=True, their entries) to `path`;
    returns the number of data rows written."""
    found = find_incidents(db, flt)
    rows = (timeline_rows(db, [s.incident.id for s in found], zone, lang) if timeline
            else incident_rows(found, zone, lang))
    write_csv(rows, path)
    return len(rows) - 1
