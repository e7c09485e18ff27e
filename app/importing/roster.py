"""The roster file: stores, store accounts, agents and who holds which account (docs/import.md)."""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from app import roster
from app.catalog import platform_key, platform_keys, platform_name
from app.importing import values as v
from app.importing.formats import Column, HeaderMatch, TableFormat, normalise_header
from app.importing.problems import CellError, FileRejected, Problem
from app.records import ChangeSet
from app.roster import RosterEntry, RosterError, RosterSummary
from app.settings import get_setting

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_AGENT_COLUMNS = ("team", "skill_group", "shift_start", "shift_end")


def known_platform(cell: Any, ctx: v.ParseContext) -> str:
    """A platform the roster knows, by key or display name (tmall, 天猫, Tmall)."""
    written = v.text(cell, ctx)
    key = platform_key(unicodedata.normalize("NFKC", written))
    if key is None:
        raise CellError("roster_unknown_platform", value=v.shown(written), known=", ".join(
            f"{k} {platform_name(k)}" for k in platform_keys()))
    return key


def optional_count(cell: Any, ctx: v.ParseContext | None = None) -> int | None:
    """A whole number ≥ 0; empty → None (keep what the roster has)."""
    return None if v.optional_text(cell) is None else v.count(cell)


def clock(cell: Any, ctx: v.ParseContext | None = None) -> str | None:
    """A time of day → "HH:MM" (8:00, 08:00, 08:00:00, 24:00 or a workbook time); empty → None."""
    if isinstance(cell, dt.time):
        if cell.second or cell.microsecond:
            raise CellError("not_clock_time", value=v.shown(cell))
        return f"{cell.hour:02d}:{cell.minute:02d}"
    if isinstance(cell, (dt.datetime, dt.date, int, float)) and not isinstance(cell, bool):
        raise CellError("not_clock_time", value=v.shown(cell))
    written = v.optional_text(cell)
    if written is None:
        return None
    m = _CLOCK.fullmatch(unicodedata.normalize("NFKC", written))
    if m is None:
        raise CellError("not_clock_time", value=v.shown(written))
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if minute > 59 or second or hour > 24 or (hour == 24 and minute):
        raise CellError("not_clock_time", value=v.shown(written))
    return f"{hour:02d}:{minute:02d}"


class RosterWriter:
    """Applies roster rows with roster.apply_entries, inside the import's transaction.

    Every change is logged in the roster history at the moment of the import, by the
    floor's supervisor (the "supervisor" setting), else by the import's source name.
    """

    def __init__(self, db: sqlite_utils.Database, source: str) -> None:
        self.db = db
        self.at = time.time()
        self.by = get_setting(db, "supervisor") or source
        self.summary = RosterSummary()

    def write(self, records: list[RosterEntry]) -> ChangeSet:
        try:
            done = roster.apply_entries(self.db, records, at=self.at, by=self.by)
        except RosterError as exc:  # the rows were checked one by one; this is the database
            raise FileRejected("roster_refused", detail=str(exc)) from None
        for bucket, counts in ((self.summary.added, done.added),
                               (self.summary.edited, done.edited)):
            for entity, n in counts.items():
                bucket[entity] = bucket.get(entity, 0) + n
        self.summary.assigned += done.assigned
        return ChangeSet(roster=done.changed)

    def counts(self) -> dict[str, int]:
        s = self.summary
        return {"roster_stores_added": s.added.get("store", 0),
                "roster_stores_edited": s.edited.get("store", 0),
                "roster_accounts_added": s.added.get("account", 0),
                "roster_agents_added": s.added.get("agent", 0),
                "roster_agents_edited": s.edited.get("agent", 0),
                "roster_assigned": s.assigned}

    def notes(self) -> list[Problem]:
        return []


class RosterFormat(TableFormat):
    writer_class = RosterWriter
    name = "roster"
    columns = (
        Column("platform", "平台", known_platform),
        Column("store", "店铺", v.text),
        Column("account", "子账号", v.optional_text, required=False),
        Column("agent", "客服", v.optional_text, required=False),
        Column("team", "组别", v.optional_text, required=False),
        Column("skill_group", "技能组", v.optional_text, required=False),
        Column("min_agents", "最少在线", optional_count, required=False),
        Column("service_start", "服务开始", clock, required=False),
        Column("service_end", "服务结束", clock, required=False),
        Column("quiet_minutes", "无消息告警分钟", optional_count, required=False),
        Column("shift_start", "班次开始", clock, required=False),
        Column("shift_end", "班次结束", clock, required=False),
    )

    def match(self, headers: Sequence[Any]) -> HeaderMatch:
        """Not a roster when the header has a column only another format has (status, at,
        customer …): a sessions file missing a column must not pass for a roster."""
        found = super().match(headers)
        if set(map(normalise_header, found.extra)) & _foreign_columns():
            return HeaderMatch(self, {}, {}, list(self.columns), found.extra)
        return found

    def parse_row(self, values: dict[str, Any], ctx: v.ParseContext) -> RosterEntry:
        if values["agent"] is None:
            for name in _AGENT_COLUMNS:
                if values[name] is not None:
                    raise CellError("roster_needs_agent", column=name)
        entry = RosterEntry(**values)
        roster.check_entry(entry)  # a RosterError here is reported as this row's problem
        return entry


def _foreign_columns() -> set[str]:
    from app.importing.registry import FORMATS  # the registry imports this module

    ours = {n for c in FORMAT.columns for n in c.names()}
    return {n for f in FORMATS if f is not FORMAT for c in f.columns for n in c.names()} - ours


FORMAT = RosterFormat()
