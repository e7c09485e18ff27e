"""Writes platform KPI rows into platform_kpis: the newest import of a figure wins."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import sqlite_utils

from app import roster
from app.catalog import platform_name
from app.importing.kpi_values import Figure
from app.importing.problems import FileRejected, Problem
from app.kpi_catalog import kpi_field
from app.records import ChangeSet
from app.settings import get_setting


@dataclass(frozen=True)
class KpiRow:
    """One row of an export: one store's (account None) or account's figures of one day."""

    format: str
    platforms: tuple[str, ...]  # where its store is looked up; a new one goes on the first
    store: str
    account: str | None
    day: dt.date
    figures: dict[str, Figure]  # field key → figure; fields without a figure are absent
    file: str  # the file's name


@dataclass(frozen=True)
class KpiSkip:
    """A row that is no store's or account's own figures (店铺平均值, a 合计 row)."""

    format: str
    file: str
    label: str  # as written


class KpiWriter:
    """Upserts figures keyed by (format, store, account, day, field), inside the import's
    transaction; creates missing stores through the roster (logged as the supervisor)."""

    def __init__(self, db: sqlite_utils.Database, source: str) -> None:
        self.db = db
        self.at = time.time()
        self.by = get_setting(db, "supervisor") or source
        self.added = self.updated = self.unchanged = 0
        self._stores: dict[tuple[tuple[str, ...], str], tuple[int, str]] = {}
        self._new_stores: list[tuple[str, str]] = []  # (platform, name)
        self._skipped: dict[tuple[str, str], int] = {}  # (file, label) → rows
        self._written: dict[tuple, str] = {}  # figure key → "added" | "updated" | "unchanged"
        self._rows: set[tuple] = set()
        self._repeated = 0

    def write(self, records: list[KpiRow | KpiSkip]) -> ChangeSet:
        new_stores = len(self._new_stores)
        before = self.added + self.updated
        for record in records:
            if isinstance(record, KpiSkip):
                key = (record.file, record.label)
                self._skipped[key] = self._skipped.get(key, 0) + 1
                continue
            store_id, platform = self._store(record)
            account, day = record.account or "", record.day.isoformat()
            row_key = (record.format, store_id, account, day)
            if row_key in self._rows:
                self._repeated += 1
            self._rows.add(row_key)
            for field, figure in record.figures.items():
                self._put((record.format, store_id, account, day, field), platform, figure,
                          record.file)
        return ChangeSet(roster=len(self._new_stores) > new_stores,
                         platform_kpis=self.added + self.updated > before)

    def _store(self, record: KpiRow) -> tuple[int, str]:
        key = (record.platforms, record.store)
        if key not in self._stores:
            marks = ", ".join("?" * len(record.platforms))
            found = self.db.execute(
                f"SELECT id, platform FROM stores WHERE name = ? AND platform IN ({marks}) "
                "ORDER BY retired_at IS NOT NULL", [record.store, *record.platforms]).fetchall()
            found.sort(key=lambda r: record.platforms.index(r[1]))
            if found:
                self._stores[key] = (found[0][0], found[0][1])
            else:
                platform = record.platforms[0]
                try:
                    store_id = roster.add_store(self.db, platform, record.store, at=self.at,
                                                by=self.by)
                except roster.RosterError as exc:
                    raise FileRejected("roster_refused", detail=str(exc)) from None
                self._new_stores.append((platform, record.store))
                self._stores[key] = (store_id, platform)
        return self._stores[key]

    def _put(self, key: tuple, platform: str, figure: Figure, file: str) -> None:
        where = ("source_format = ? AND store_id = ? AND account = ? AND day = ? "
                 "AND field = ?")
        old = self.db.execute(f"SELECT value FROM platform_kpis WHERE {where}",
                              list(key)).fetchone()
        unit = kpi_field(key[4]).unit
        if old is None:
            self.db.execute(
                "INSERT INTO platform_kpis (source_format, platform, store_id, account, day, "
                "field, value, unit, raw, imported_at, import_file) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [key[0], platform, key[1], key[2], key[3], key[4], figure.value, unit,
                 figure.raw, self.at, file])
            status = "added"
        elif old[0] == figure.value:
            status = "unchanged"
        else:
            self.db.execute(
                "UPDATE platform_kpis SET value = ?, unit = ?, raw = ?, imported_at = ?, "
                f"import_file = ? WHERE {where}",
                [figure.value, unit, figure.raw, self.at, file, *key])
            status = "updated"
        before = self._written.get(key)
        if before is None:
            self._written[key] = status
            setattr(self, status, getattr(self, status) + 1)
        elif before == "unchanged" and status == "updated":  # a later row of this import
            self._written[key] = "updated"
            self.unchanged -= 1
            self.updated += 1

    def counts(self) -> dict[str, int]:
        return {"kpi_added": self.added, "kpi_updated": self.updated,
                "kpi_unchanged": self.unchanged, "kpi_stores_added": len(self._new_stores)}

    def notes(self) -> list[Problem]:
        notes = [Problem("kpi_store_added", {"store": name, "platform": platform_label(p)})
                 for p, name in self._new_stores]
        notes += [Problem("kpi_rows_skipped", {"rows": rows, "label": label}, file)
                  for (file, label), rows in self._skipped.items()]
        if self._repeated:
            notes.append(Problem("kpi_repeated", {"rows": self._repeated}))
        return notes


def platform_label(key: str) -> str:
    """A platform as the report names it in either language: "douyin 抖音"."""
    return f"{key} {platform_name(key)}"
