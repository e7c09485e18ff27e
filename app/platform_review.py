"""The yesterday review's platform part: the figures the platforms' exports gave for the day,
each beside the console's own figure where a console metric corresponds (store level)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from app.kpi_catalog import catalogue
from app.metrics import Value
from app.platform_kpis import KpiFigure, figures_for_day


@dataclass(frozen=True)
class PlatformReviewRow:
    figure: KpiFigure  # as imported, with its source export format and file
    metric: str | None  # the console metric the field corresponds to (metrics.json key)
    console: Value  # the console's figure for the same store and day; None: none to set
    #                 beside it (no such metric, an account's figure, or no conversations)


def platform_review(db: sqlite_utils.Database, day: dt.date,
                    console: dict[tuple[str, str], dict[str, Value]]) -> list[PlatformReviewRow]:
    """Every platform figure of `day`. `console`: the review's store rows, (store name,
    platform) → the metrics computed from events for that day."""
    fields = catalogue().fields
    rows = []
    for figure in figures_for_day(db, day):
        known = fields.get(figure.field)
        metric = known.metric if known else None
        ours = console.get((figure.store, figure.platform), {})
        value = ours.get(metric) if metric and figure.account is None else None
        rows.append(PlatformReviewRow(figure, metric, value))
    return rows

