"""What an import format is: its columns, how its header is recognised, how rows are written.

A format is one module that defines a `TableFormat` subclass instance (see
conversations.py); registry.py lists the formats the importer knows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from app.importing.problems import FileRejected, Problem, column_letter
from app.importing.values import ParseContext
from app.ingest import Ingestor
from app.records import ChangeSet


def normalise_header(text: Any) -> str:
    """A header cell as compared: NFKC (full-width → half-width), no BOM, case or spacing."""
    plain = unicodedata.normalize("NFKC", "" if text is None else str(text))
    plain = plain.replace("\ufeff", "").strip().lower()
    return "_".join(plain.replace("-", " ").split())


@dataclass(frozen=True)
class Column:
    """One column: its canonical English name, its Chinese alias, how its cells are read."""

    name: str
    alias: str
    parse: Callable[[Any, ParseContext], Any]  # cell (None when absent) → value | CellError
    required: bool = True  # the column must be in the header (its cells may still be empty)

    def names(self) -> tuple[str, str]:
        return normalise_header(self.name), normalise_header(self.alias)

    def label(self) -> str:
        return f"{self.name} ({self.alias})"


@dataclass
class HeaderMatch:
    """How a header fits one format: which cell holds which column, what is missing or extra."""

    fmt: "TableFormat"
    index: dict[str, int]  # canonical column name → position in the row
    written: dict[str, str]  # canonical column name → the header as written
    missing: list[Column]  # required columns not found
    extra: list[str]  # headers as written that the format does not know
    duplicates: list[tuple[str, list[int]]] = field(default_factory=list)

    @property
    def score(self) -> float:
        """Share of the format's columns found: 0 = not this format, 1 = every column."""
        return len(self.index) / len(self.fmt.columns)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.duplicates


class Writer(Protocol):
    """Writes one import's records of one format; created per import, used across batches."""

    def write(self, records: list[Any]) -> ChangeSet:
        """Write a batch inside the caller's transaction (never commit here)."""

    def counts(self) -> dict[str, int]:
        """What was written so far, keys from the "counts" section of import_messages.json."""

    def notes(self) -> list[Problem]:
        """Anything worth telling the user once the import is done."""


class IngestWriter:
    """Base of writers that go through the Ingestor (one per import: its name → id caches
    live across batches). Subclasses count what each batch changed."""

    def __init__(self, db: sqlite_utils.Database, source: str) -> None:
        self.ingestor = Ingestor(db, source)

    def notes(self) -> list[Problem]:
        return []


class TableFormat:
    """Base of every import format. Subclasses set `name`, `columns` and `writer_class`
    and implement `parse_row`; `match` is generic (override it for unusual headers)."""

    name: str = ""
    columns: tuple[Column, ...] = ()
    writer_class: Callable[[sqlite_utils.Database, str], Writer] | None = None

    def header_names(self) -> dict[str, str]:
        """Normalised header → the canonical name of the column it stands for."""
        return {key: col.name for col in self.columns for key in col.names()}

    def match(self, headers: Sequence[Any]) -> HeaderMatch:
        wanted = self.header_names()
        index: dict[str, int] = {}
        written: dict[str, str] = {}
        seen: dict[str, list[int]] = {}
        extra: list[str] = []
        for i, head in enumerate(headers):
            name = wanted.get(normalise_header(head))
            if name is None:
                if head is not None and str(head).strip():
                    extra.append(str(head).strip())
                continue
            seen.setdefault(name, []).append(i)
            if name not in index:
                index[name] = i
                written[name] = str(head).strip()
        missing = [c for c in self.columns if c.required and c.name not in index]
        duplicates = [(written[name], where) for name, where in seen.items() if len(where) > 1]
        return HeaderMatch(self, index, written, missing, extra, duplicates)

    def bind(self, db: sqlite_utils.Database) -> "TableFormat":
        """This format as `db` configures it, for one import (a KPI export format adds the
        supervisor's own column names); most formats are the same everywhere: themselves."""
        return self

    def incomplete(self, match: HeaderMatch, row: int) -> FileRejected:
        """Why a header this format fits best cannot be read (`match` is not complete)."""
        return FileRejected("missing_columns", row=row, format=self.name,
                            columns=", ".join(c.label() for c in match.missing))

    def begin_file(self, db: sqlite_utils.Database, path: Path, match: HeaderMatch,
                   ctx: ParseContext) -> list[Problem]:
        """Called once a file's header is recognised as this format, before its rows: may
        note facts about the file on `ctx.file_facts` (a KPI export's store and day from its
        name), returns notes for the report, raises FileRejected when the file cannot be
        read as this format. Nothing by default."""
        return []

    def parse_row(self, values: dict[str, Any], ctx: ParseContext) -> Any:
        """The record of one row from its parsed cells (every column's name is a key;
        an absent optional column holds what its parser gives for None). Raise
        CellError(code, column=name, …) for a problem that involves several cells."""
        raise NotImplementedError

    def writer(self, db: sqlite_utils.Database, source: str) -> Writer:
        """A new writer for one import (records of this format, batch after batch)."""
        if self.writer_class is None:
            raise NotImplementedError(f"{type(self).__name__} has no writer_class")
        return self.writer_class(db, source)

    def describe(self) -> str:
        """The format and its required columns, for the "not recognised" message."""
        required = ", ".join(c.name for c in self.columns if c.required)
        return f"{self.name} ({required})"


def letters(positions: list[int]) -> str:
    return ", ".join(column_letter(i) for i in positions)
