"""Platform KPI exports as supervisors download them (Tmall 生意参谋, Douyin 飞鸽 客服表现,
Kuaishou 客服_考核数据, JD 服务工作量 / 销售绩效): daily figures per store or store account.

One data-driven format per export of resources/data/kpi_exports.json (app/kpi_catalog.py),
with the supervisor's own column names added per import (`bind`). See docs/import.md,
"Platform KPI exports".
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app import roster
from app.importing import values as v
from app.importing.formats import Column, HeaderMatch, TableFormat, normalise_header
from app.importing.kpi_files import read_file_name
from app.importing.kpi_values import Figure, Summary, day_cell, figure_parser, summary
from app.importing.kpi_writer import KpiRow, KpiSkip, KpiWriter, platform_label
from app.importing.problems import CellError, FileRejected, Problem
from app.kpi_catalog import ID_TARGETS, ExportFormat, catalogue, export_formats, kpi_field

MIN_FIELDS = 3  # figure columns a header needs before it is read as this export
SHOWN_STORES = 8  # roster stores named in a "which store?" message


def _name(cell: Any, ctx: v.ParseContext | None = None) -> str | Summary | None:
    """A store, store account or agent name; Summary for 店铺汇总值 / 店铺平均值 rows."""
    text = v.optional_text(cell, ctx)
    return None if text is None else summary(text) or text


_ID_PARSERS = {"day": day_cell, "store": _name, "account": _name}
# Stands for "enough columns of this export" in HeaderMatch.missing.
_ENOUGH = Column("columns", "列", v.optional_text)


@dataclass(frozen=True)
class _FileFacts:
    name: str  # the file's name
    day: dt.date | None  # from the file name: every row's day, or the day of rows without
    store: str | None  # from the file name or the roster when the file has no store column


class KpiFormat(TableFormat):
    """One export format; `bind(db)` gives it with the database's added column names."""

    writer_class = KpiWriter

    def __init__(self, spec: ExportFormat, aliases: dict[str, str] | None = None) -> None:
        self.spec = spec
        self.name = spec.key
        self.aliases = dict(aliases or {})
        self.names = {**spec.builtin_names(), **self.aliases}  # normalised header → target
        # Figure columns only other exports have: a header with more of them than of ours
        # is another export's (a 生意参谋 account table shares three columns with the
        # shop overview).
        self.foreign = {name for other in export_formats() if other.key != spec.key
                        for name, target in other.builtin_names().items()
                        if target not in ID_TARGETS} - set(self.names)
        ids = tuple(Column(target, headers[0], _ID_PARSERS[target],
                           required=target == "account" and spec.level == "account")
                    for target, headers in spec.id_columns.items())
        self.columns = ids + tuple(
            Column(c.field, kpi_field(c.field).name_zh,
                   figure_parser(kpi_field(c.field).unit, c.plain, c.signed), required=False)
            for c in spec.columns)

    # -- recognition -------------------------------------------------------------------
    def bind(self, db: sqlite_utils.Database) -> "KpiFormat":
        from app.kpi_aliases import alias_names  # it imports app.importing

        try:
            names = alias_names(db, self.name)
        except sqlite3.OperationalError:  # a database without the table: built-in names
            return self
        return KpiFormat(self.spec, names) if names else self

    def match(self, headers: Sequence[Any]) -> HeaderMatch:
        if self.spec.layout == "position":
            return self._match_position(headers)
        found = super().match(headers)
        ours = sum(t not in ID_TARGETS for t in found.index)
        theirs = sum(normalise_header(h) in self.foreign for h in found.extra)
        if not ours or theirs > ours:
            return HeaderMatch(self, {}, {}, [_ENOUGH], found.extra)  # not this export at all
        if ours < MIN_FIELDS:
            found.missing.append(_ENOUGH)
        return found

    def header_names(self) -> dict[str, str]:
        """The built-in names and the supervisor's own (normalised header → target)."""
        return self.names

    def _match_position(self, headers: Sequence[Any]) -> HeaderMatch:
        """Column A is the day, the figures follow in the catalogue's order: the names only
        tell the export apart (at least MIN_FIELDS of them, anywhere in the row)."""
        found: dict[str, int] = {}
        theirs = 0
        for i, head in enumerate(headers):
            target = self.names.get(normalise_header(head))
            if target is not None and target not in found:
                found[target] = i
            theirs += target is None and normalise_header(head) in self.foreign
        ours = sum(t not in ID_TARGETS for t in found)
        if not ours or theirs > ours:
            return HeaderMatch(self, {}, {}, [_ENOUGH], [])
        width = 1 + len(self.spec.columns)
        extra = [str(h).strip() for h in headers[width:] if h is not None and str(h).strip()]
        day_first = bool(headers) and self.names.get(normalise_header(headers[0])) == "day"
        if not day_first or ours < MIN_FIELDS:
            unknown = [str(h).strip() for i, h in enumerate(headers) if h is not None
                       and str(h).strip() and i not in found.values()]
            missing = [_ENOUGH] if day_first else [self.columns[0], _ENOUGH]
            return HeaderMatch(self, found, {t: str(headers[i]).strip()
                                             for t, i in found.items()}, missing, unknown)
        index = {"day": 0}
        written = {"day": str(headers[0]).strip()}
        for i, col in enumerate(self.spec.columns, start=1):
            if i < len(headers):
                index[col.field] = i
                head = headers[i]
                written[col.field] = (str(head).strip() if head is not None and str(head).strip()
                                      else kpi_field(col.field).name_zh)
        return HeaderMatch(self, index, written, [], extra)

    def incomplete(self, match: HeaderMatch, row: int) -> FileRejected:
        known = ", ".join(match.written[t] for t in match.index) or "—"
        unknown = ", ".join(match.extra)[:400] or "—"
        if self.spec.layout == "position" and self.columns[0] in match.missing:
            return FileRejected("kpi_day_first", row=row, format=self.name, known=known)
        if _ENOUGH not in match.missing:  # enough figures, no account column
            account = self.spec.id_columns.get("account", ("",))
            return FileRejected("kpi_no_account", row=row, format=self.name,
                                names=" / ".join(account[:3]))
        return FileRejected("kpi_unrecognised", row=row, format=self.name, known=known,
                            unknown=unknown, needed=MIN_FIELDS)

    def describe(self) -> str:
        sample = ", ".join(c.headers[0] for c in self.spec.columns[:3])
        return f"{self.name} (at least {MIN_FIELDS} of its columns, e.g. {sample})"

    # -- one file ----------------------------------------------------------------------
    def begin_file(self, db: sqlite_utils.Database, path: Path, match: HeaderMatch,
                   ctx: v.ParseContext) -> list[Problem]:
        """The store and the day of a file that has no column for them: from its name
        (`<store>_<YYYYMMDD>.xlsx`), the store else from the roster when it has a single
        store of this platform. Refused when the file does not say, with what to do."""
        spec = self.spec
        named = read_file_name(path.name, spec.file_words + catalogue().file_words)
        notes: list[Problem] = []
        if "day" not in match.index:
            if named.day is None:
                raise FileRejected("kpi_no_day", format=self.name, example=_example(path),
                                   several=named.several_days or "—")
            notes.append(Problem("kpi_day_from_name", {"day": named.day.isoformat()}))
        store = None  # a store column names each row's store
        if "store" not in match.index:
            store = named.store
            if store is None:
                store = self._only_store(db, path)
                notes.append(Problem("kpi_store_from_roster", {
                    "store": store, "platform": platform_label(spec.platform)}))
            else:
                notes.append(Problem("kpi_store_from_name", {"store": store}))
        ctx.file_facts["kpi"] = _FileFacts(path.name, named.day, store)
        return notes

    def _only_store(self, db: sqlite_utils.Database, path: Path) -> str:
        platforms = self.spec.platforms
        names = [s.name for s in roster.stores(db) if s.platform in platforms]
        if len(names) == 1:
            return names[0]
        shown = ", ".join(names[:SHOWN_STORES]) + (" …" if len(names) > SHOWN_STORES else "")
        raise FileRejected("kpi_no_store", format=self.name,
                           platform=platform_label(self.spec.platform),
                           stores=shown or "—", example=_example(path))

    def parse_row(self, values: dict[str, Any], ctx: v.ParseContext) -> KpiRow | KpiSkip:
        facts: _FileFacts = ctx.file_facts["kpi"]
        day, store, account = values.get("day"), values.get("store"), values.get("account")
        for cell in (day, store, account):
            if isinstance(cell, Summary) and not (cell is account and cell.kind == "total"):
                return KpiSkip(self.name, facts.name, cell.label)
        total = isinstance(account, Summary)
        day = day or facts.day
        if day is None:
            if total:  # the total of a file of several days: not one day's figure
                return KpiSkip(self.name, facts.name, account.label)
            raise CellError("kpi_no_day_cell", column="day")
        store = store or facts.store
        if store is None:
            raise CellError("empty", column="store")
        if self.spec.level == "account" and account is None:
            raise CellError("empty", column="account")
        figures: dict[str, Figure] = {k: f for k, f in values.items()
                                      if k not in ID_TARGETS and f is not None}
        return KpiRow(self.name, self.spec.platforms, store, None if total else account, day,
                      figures, facts.name)


def _example(path: Path) -> str:
    return f"<店铺>_20261121{path.suffix or '.xlsx'}"


FORMATS: list[KpiFormat] = [KpiFormat(spec) for spec in export_formats()]
