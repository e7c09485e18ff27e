"""Reads of the imported platform KPI figures (platform_kpis): one day's, and daily series.

These are the platforms' own figures as their exports gave them, never mixed with what the
console computes from events (app/metrics.py); each carries its source export format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.kpi_catalog import catalogue

_COLUMNS = ("k.source_format, k.platform, k.store_id, s.name, k.account, k.day, k.field, "
            "k.value, k.unit, k.raw, k.imported_at, k.import_file")


@dataclass(frozen=True)
class KpiFigure:
    source_format: str  # the export format it came from (tmall_shop, douyin_cs …)
    platform: str
    store_id: int
    store: str
    account: str | None  # None: the whole store
    day: dt.date
    field: str  # a field key of resources/data/kpi_exports.json
    value: float  # seconds, a fraction, yuan, a count
    unit: str
    raw: str  # the cell as the export wrote it
    imported_at: float
    import_file: str


@dataclass(frozen=True)
class SeriesKey:
    """One line of a chart: a store's store-level figure from one export format."""

    store_id: int
    store: str
    platform: str
    source_format: str


def _figure(row: tuple) -> KpiFigure:
    fmt, platform, store_id, store, account, day, field, value, unit, raw, at, file = row
    return KpiFigure(fmt, platform, store_id, store, account or None,
                     dt.date.fromisoformat(day), field, value, unit, raw, at, file)


def _rank() -> dict[str, int]:
    """Catalogue order of formats and fields, for stable, readable listings."""
    cat = catalogue()
    return {k: i for i, k in enumerate([*cat.formats, *cat.fields])}


def figures_for_day(db: sqlite_utils.Database, day: dt.date) -> list[KpiFigure]:
    """Every figure imported for `day`: by store, source, whole store first, account, and
    the fields in catalogue order."""
    found = [_figure(r) for r in db.execute(
        f"SELECT {_COLUMNS} FROM platform_kpis k JOIN stores s ON s.id = k.store_id "
        "WHERE k.day = ?", [day.isoformat()])]
    rank = _rank()
    return sorted(found, key=lambda f: (f.store, f.platform, rank.get(f.source_format, -1),
                                        f.account is not None, f.account or "",
                                        rank.get(f.field, len(rank)), f.field))


def fields_with_figures(db: sqlite_utils.Database) -> list[str]:
    """Fields that have at least one store-level figure, in catalogue order."""
    return [key for key in catalogue().fields if db.execute(  # one index probe per field
        "SELECT 1 FROM platform_kpis WHERE field = ? AND account = '' LIMIT 1",
        [key]).fetchone()]


def series_keys(db: sqlite_utils.Database, field: str) -> list[SeriesKey]:
    """The stores (and export formats) that have store-level figures of `field`."""
    rows = db.execute(
        "SELECT DISTINCT k.store_id, s.name, s.platform, k.source_format FROM platform_kpis k "
        "JOIN stores s ON s.id = k.store_id WHERE k.field = ? AND k.account = '' "
        "ORDER BY s.name, s.platform, k.source_format", [field])
    return [SeriesKey(*r) for r in rows]


def daily_series(db: sqlite_utils.Database, field: str, keys: list[SeriesKey],
                 first: dt.date, last: dt.date) -> dict[SeriesKey, list[tuple[dt.date, float]]]:
    """Per series key: (day, value) of `field`'s store-level figures from `first` to `last`
    (inclusive), by day; days without a figure are absent (a gap, never zero)."""
    out: dict[SeriesKey, list[tuple[dt.date, float]]] = {k: [] for k in keys}
    by_id = {(k.store_id, k.source_format): k for k in keys}
    if not keys:
        return out
    marks = ", ".join("?" * len({k.store_id for k in keys}))
    rows = db.execute(
        "SELECT store_id, source_format, day, value FROM platform_kpis "
        f"WHERE field = ? AND account = '' AND store_id IN ({marks}) AND day BETWEEN ? AND ? "
        "ORDER BY day", [field, *sorted({k.store_id for k in keys}), first.isoformat(),
                         last.isoformat()])
    for store_id, fmt, day, value in rows:
        key = by_id.get((store_id, fmt))
        if key is not None:
            out[key].append((dt.date.fromisoformat(day), value))
    return out
