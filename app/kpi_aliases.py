"""The supervisor's own column names for platform KPI exports (a platform renamed a column).

An alias maps a header as written in an export to one of its format's fields (or to its
day / store / account column); recognition and reading use it like a built-in name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from app.db import writing
from app.importing.formats import normalise_header
from app.kpi_catalog import catalogue

MAX_HEADER = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class KpiMappingError(ValueError):
    """An alias that cannot be added; `code` and `params` let the UI word it itself."""

    def __init__(self, message: str, code: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class HeaderAlias:
    format: str
    header: str  # as the supervisor typed it
    header_key: str  # normalised: what recognition compares
    field: str  # a field key, or "day" / "store" / "account"
    added_at: float
    added_by: str = ""


def header_aliases(db: sqlite_utils.Database, format_key: str | None = None) -> list[HeaderAlias]:
    """Every alias (of one format when given), by format and header."""
    where, params = ("WHERE format = ?", [format_key]) if format_key else ("", [])
    return [HeaderAlias(*r) for r in db.execute(
        "SELECT format, header, header_key, field, added_at, added_by FROM kpi_header_aliases "
        f"{where} ORDER BY format, header", params)]


def alias_names(db: sqlite_utils.Database, format_key: str) -> dict[str, str]:
    """Normalised header → target, for recognising `format_key`'s files."""
    return {a.header_key: a.field for a in header_aliases(db, format_key)}


def check_alias(format_key: str, header: str, field: str) -> str:
    """The normalised header when `header` may be added as a name of `field`; else raises
    KpiMappingError (unknown format or field, empty, too long, a built-in name)."""
    fmt = catalogue().formats.get(format_key)
    if fmt is None:
        raise KpiMappingError(f"no export format {format_key!r}", "unknown_format",
                              format=format_key)
    if field not in fmt.targets():
        raise KpiMappingError(f"{format_key} has no column {field!r}", "unknown_field",
                              field=field)
    header = header.strip()
    if not header:
        raise KpiMappingError("the column name is empty", "empty")
    if len(header) > MAX_HEADER:
        raise KpiMappingError(f"the column name is longer than {MAX_HEADER} characters",
                              "too_long", max=str(MAX_HEADER))
    if _CONTROL.search(header):
        raise KpiMappingError("the column name contains control characters", "control_chars")
    key = normalise_header(header)
    builtin = fmt.builtin_names().get(key)
    if builtin is not None:
        raise KpiMappingError(f"{header!r} is already a built-in name of {builtin}", "builtin",
                              header=header, field=builtin)
    return key


def add_header_alias(db: sqlite_utils.Database, format_key: str, header: str, field: str, *,
                     at: float, by: str = "") -> HeaderAlias:
    """Add `header` as a name of `field` in `format_key`'s exports.

    Refused (KpiMappingError) when the format already knows that name, built in or added.
    """
    key = check_alias(format_key, header, field)
    header = header.strip()
    with writing(db):
        taken = db.execute("SELECT field FROM kpi_header_aliases WHERE format = ? AND "
                           "header_key = ?", [format_key, key]).fetchone()
        if taken is not None:
            raise KpiMappingError(f"{header!r} already stands for {taken[0]}", "taken",
                                  header=header, field=taken[0])
        db.execute("INSERT INTO kpi_header_aliases (format, header_key, header, field, "
                   "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                   [format_key, key, header, field, at, by])
    return HeaderAlias(format_key, header, key, field, at, by)


def remove_header_alias(db: sqlite_utils.Database, format_key: str, header: str) -> bool:
    """Forget an added name (as typed or in any spelling recognition treats as the same);
    False when there was none. Figures already imported through it are kept."""
    with writing(db):
        cur = db.execute("DELETE FROM kpi_header_aliases WHERE format = ? AND header_key = ?",
                         [format_key, normalise_header(header)])
    return cur.rowcount > 0
