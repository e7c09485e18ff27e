"""The canonical conversations file: one row per conversation (docs/import.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import sqlite_utils

from app.importing import values as v
from app.importing.formats import Column, IngestWriter, TableFormat
from app.importing.problems import CellError, Problem
from app.records import ChangeSet, Conversation


def _when(t: float, zone: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(t, zone).isoformat(sep=" ", timespec="seconds")


class ConversationWriter(IngestWriter):
    """Writes conversations through the Ingestor (rollups kept in step) and counts them."""

    def __init__(self, db: sqlite_utils.Database, source: str) -> None:
        super().__init__(db, source)
        self.added = self.updated = self.unchanged = 0
        self._hashes: list[np.ndarray] = []  # of every row's key, to count repeated rows

    def write(self, records: list[Conversation]) -> ChangeSet:
        keys = [c.key() for c in records]
        self._hashes.append(np.fromiter((hash(k) for k in keys), dtype=np.int64,
                                        count=len(keys)))
        changes = self.ingestor.ingest(records)
        self.added += changes.conversations_added
        self.updated += changes.conversations_updated
        self.unchanged += max(0, len(set(keys)) - changes.conversations_added
                              - changes.conversations_updated)
        return changes

    def _repeated(self) -> int:
        if not self._hashes:
            return 0
        every = np.concatenate(self._hashes)
        return int(every.size - np.unique(every).size)

    def counts(self) -> dict[str, int]:
        return {"conversations_added": self.added, "conversations_updated": self.updated,
                "conversations_unchanged": self.unchanged}

    def notes(self) -> list[Problem]:
        repeated = self._repeated()
        return [Problem("repeated_rows", {"rows": repeated})] if repeated else []


class ConversationsFormat(TableFormat):
    writer_class = ConversationWriter
    name = "conversations"
    columns = (
        Column("conversation_id", "会话ID", v.optional_text, required=False),
        Column("platform", "平台", v.platform),
        Column("store", "店铺", v.text),
        Column("account", "子账号", v.optional_text, required=False),
        Column("agent", "客服", v.optional_text),  # empty: nobody picked it up
        Column("customer", "买家", v.text),
        Column("started_at", "开始时间", v.time),
        Column("first_reply_at", "首次回复时间", v.optional_time),  # empty: never replied
        Column("ended_at", "结束时间", v.time),
        Column("customer_messages", "买家消息数", v.count),
        Column("agent_messages", "客服消息数", v.count),
        Column("replies", "回复次数", v.count),
        Column("reply_seconds_total", "回复总时长", v.seconds),
        Column("inquiry", "是否询单", v.flag),
        Column("paid_amount", "付款金额", v.money),
        Column("refund_amount", "退款金额", v.money),
        Column("rating", "评价", v.rating),
    )

    def parse_row(self, values: dict[str, Any], ctx: v.ParseContext) -> Conversation:
        start = values["started_at"]
        for later in ("first_reply_at", "ended_at"):
            t = values[later]
            if t is not None and t < start:
                raise CellError("before_start", column=later, start=_when(start, ctx.zone))
        return Conversation(**values)


FORMAT = ConversationsFormat()
