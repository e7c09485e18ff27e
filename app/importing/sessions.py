"""The canonical sessions file: one row per status change of an agent on a store account."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from app.importing import values as v
from app.importing.formats import Column, IngestWriter, TableFormat
from app.records import ChangeSet, SessionEvent


class SessionWriter(IngestWriter):
    """Writes session events through the Ingestor; an event already stored adds nothing."""

    def __init__(self, db: sqlite_utils.Database, source: str) -> None:
        super().__init__(db, source)
        self.added = self.unchanged = 0

    def write(self, records: list[SessionEvent]) -> ChangeSet:
        changes = self.ingestor.ingest(records)
        self.added += changes.sessions
        self.unchanged += len(records) - changes.sessions
        return changes

    def counts(self) -> dict[str, int]:
        return {"sessions_added": self.added, "sessions_unchanged": self.unchanged}


class SessionsFormat(TableFormat):
    writer_class = SessionWriter
    name = "sessions"
    columns = (
        Column("platform", "平台", v.platform),
        Column("store", "店铺", v.text),
        Column("account", "子账号", v.text),
        Column("agent", "客服", v.text),
        Column("status", "状态", v.status),
        Column("at", "时间", v.time),
    )

    def parse_row(self, values: dict[str, Any], ctx: v.ParseContext) -> SessionEvent:
        return SessionEvent(**values)


FORMAT = SessionsFormat()
