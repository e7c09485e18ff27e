"""Import files in one transaction: every row checked, all written or nothing, a report."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from app.catalog import platform_keys, platform_name
from app.importing.formats import HeaderMatch, TableFormat, Writer, letters
from app.importing.problems import CellError, FileRejected, Problem, column_letter
from app.importing.reading import Table, open_table
from app.importing.registry import FORMATS, best_match
from app.importing.report import FileResult, ImportReport
from app.importing.values import ParseContext
from app.records import ChangeSet

BATCH_ROWS = 5000  # rows parsed, then written, at a time (memory stays flat for any size)
MAX_LISTED = 10_000  # problems kept in the report; the rest are counted
HEADER_SEARCH = 5  # non-blank rows looked at for the header (title rows may come first)
_CHECK_EVERY = 1000  # rows between two looks at the cancel flag while only checking

Progress = Callable[[int, int, int, int], None]  # file index, files, done, total (units)


class _Cancelled(Exception):
    pass


def _blank(cells: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


class _Run:
    """One import: the open transaction, the writers per format, the report being built."""

    def __init__(self, db: sqlite_utils.Database, zone: dt.tzinfo, commit: bool,
                 progress: Progress | None, cancelled: Callable[[], bool] | None,
                 batch_rows: int, source: str) -> None:
        self.db = db
        self.ctx = ParseContext(zone)
        self.commit = commit
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        self.batch_rows = batch_rows
        self.source = source
        self.report = ImportReport()
        self.writers: dict[str, Writer] = {}
        self.formats = [f.bind(db) for f in FORMATS]  # with this database's column names
        self.in_transaction = False

    # -- problems --------------------------------------------------------------------
    @property
    def writing(self) -> bool:
        """False once any problem is found: from then on rows are only checked."""
        return self.report.problem_count == 0

    def problem(self, problem: Problem) -> None:
        first = self.writing
        self.report.problem_count += 1
        if len(self.report.problems) < MAX_LISTED:
            self.report.problems.append(problem)
        if first:
            self.rollback()  # release the write lock now; the rest is only checked

    # -- the transaction -------------------------------------------------------------
    def begin(self) -> None:
        if not self.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self.in_transaction = True

    def rollback(self) -> None:
        if self.in_transaction:
            self.in_transaction = False
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")

    def finish(self) -> None:
        """Commit when asked to and all was well (a file with no rows commits nothing)."""
        if self.cancelled():
            raise _Cancelled
        if self.commit and self.writing:
            if self.in_transaction:
                self.db.execute("COMMIT")
                self.in_transaction = False
            self.report.committed = True
        else:
            self.rollback()

    # -- one file ----------------------------------------------------------------------
    def run_file(self, index: int, files: int, path: Path) -> None:
        result = FileResult(str(path))
        self.report.files.append(result)
        name = path.name
        try:
            with open_table(path) as table:
                result.encoding = table.encoding
                result.notes.extend(self._named(table.notes, name))
                self._rows(index, files, table, result, name)
        except FileRejected as exc:
            self.problem(Problem(exc.code, exc.params, name, exc.row))

    def _named(self, notes: list[Problem], name: str) -> list[Problem]:
        return [Problem(n.code, n.params, name, n.row, n.column, n.letter) for n in notes]

    def _header(self, table: Table) -> tuple[int, list[Any], HeaderMatch, list[int]]:
        """The header row, its cells, its match and the non-blank rows above it: the first
        non-blank row, or, when a format fits that row only in part, one of the next
        non-blank rows that a format fits completely (an export may put a title or a date
        range above its column names)."""
        looked: list[tuple[int, list[Any], HeaderMatch | None]] = []
        try:
            for number, cells in table.rows:
                if _blank(cells):
                    continue
                match = best_match(cells, self.formats)
                if match is not None and match.complete:
                    return number, cells, match, [n for n, _, _ in looked]
                looked.append((number, cells, match))
                if len(looked) >= HEADER_SEARCH:
                    break
        except FileRejected:
            if not looked:
                raise
        if not looked:
            raise FileRejected("empty_file")
        number, cells, match = looked[0]  # what the first row lacks is what to tell
        if match is None:
            shown_header = ", ".join(str(c) for c in cells if c is not None)[:200]
            raise FileRejected("unrecognised", row=number, header=shown_header,
                               formats="; ".join(f.describe() for f in self.formats))
        if match.duplicates:
            written, where = match.duplicates[0]
            raise FileRejected("duplicate_column", row=number, column=written,
                               letters=letters(where))
        raise match.fmt.incomplete(match, number)

    def _rows(self, index: int, files: int, table: Table, result: FileResult,
              name: str) -> None:
        header_row, header, match, above = self._header(table)
        fmt = match.fmt
        result.format = fmt.name
        if above:
            result.notes.append(Problem("rows_above_header", {
                "rows": ", ".join(map(str, above)), "header_row": header_row}, name))
        self.ctx.file_facts = {}
        result.notes.extend(self._named(fmt.begin_file(self.db, Path(result.path), match,
                                                       self.ctx), name))
        if match.extra:
            result.notes.append(Problem("extra_columns", {
                "format": fmt.name, "columns": ", ".join(match.extra)}, name, header_row))
        columns = sorted(((c, match.index.get(c.name)) for c in fmt.columns),  # file order:
                         key=lambda ci: (ci[1] is None, ci[1] or 0))  # a row's problems too
        width = len(header)
        while width and (header[width - 1] is None or not str(header[width - 1]).strip()):
            width -= 1
        batch: list[Any] = []
        before = dict(self.ctx.unknown_platforms)
        for number, cells in table.rows:
            if _blank(cells):
                continue  # a blank row
            result.rows += 1
            record = self._record(fmt, columns, match, number, cells, width, name)
            if record is not None and self.writing:
                batch.append(record)
            if len(batch) >= self.batch_rows or result.rows % _CHECK_EVERY == 0:
                if self.cancelled():
                    raise _Cancelled
                if len(batch) >= self.batch_rows:
                    self._write(fmt, batch)
                    batch = []
                    self._progress(index, files, table)
        if batch and self.writing:
            self._write(fmt, batch)
        self._progress(index, files, table)
        if result.rows == 0:
            result.notes.append(Problem("no_rows", {}, name))
        for platform, rows in self.ctx.unknown_platforms.items():
            if rows - before.get(platform, 0):
                result.notes.append(Problem("unknown_platform", {
                    "value": platform, "rows": rows - before.get(platform, 0),
                    "known": ", ".join(f"{k} {platform_name(k)}" for k in platform_keys())},
                    name))

    def _record(self, fmt: TableFormat, columns, match: HeaderMatch, number: int,
                cells: list[Any], width: int, name: str) -> Any:
        values: dict[str, Any] = {}
        bad = False
        if len(cells) > width and not _blank(cells[width:]):
            self.problem(Problem("extra_cells", {"cells": len(cells), "columns": width},
                                 name, number))
            return None
        for col, i in columns:
            cell = cells[i] if i is not None and i < len(cells) else None
            try:
                values[col.name] = col.parse(cell, self.ctx)
            except CellError as exc:
                bad = True
                self._cell_problem(exc, match, number, name, col.name)
        if bad:
            return None
        try:
            return fmt.parse_row(values, self.ctx)
        except CellError as exc:
            self._cell_problem(exc, match, number, name, exc.column)
        except ValueError as exc:  # a record's own check the format did not foresee
            self.problem(Problem("bad_row", {"detail": str(exc)}, name, number))
        return None

    def _cell_problem(self, exc: CellError, match: HeaderMatch, number: int, name: str,
                      column: str | None) -> None:
        i = match.index.get(column) if column else None
        written = match.written.get(column, column) if column else None
        self.problem(Problem(exc.code, exc.params, name, number, written,
                             column_letter(i) if i is not None else None))

    def _write(self, fmt: TableFormat, batch: list[Any]) -> None:
        self.begin()
        writer = self.writers.get(fmt.name)
        if writer is None:
            writer = self.writers[fmt.name] = fmt.writer(self.db, self.source)
        self.report.changes.merge(writer.write(batch))

    def _progress(self, index: int, files: int, table: Table) -> None:
        if self.progress is not None:
            self.progress(index, files, table.position(), table.size)


def import_files(db: sqlite_utils.Database, paths: Sequence[str | Path], zone: dt.tzinfo, *,
                 commit: bool = True, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 batch_rows: int = BATCH_ROWS, source: str = "import") -> ImportReport:
    """Check every row of every file and write them all in one transaction, or nothing.

    Timestamps without an offset are read in `zone`. With commit=False everything is
    checked and counted, then rolled back. `progress(file_index, files, done, total)` is
    called after each batch; `cancelled()` is polled between batches (True: roll back).
    Bad input never raises: it ends up in the report's problems.
    """
    started = time.perf_counter()
    run = _Run(db, zone, commit, progress, cancelled, batch_rows, source)
    try:
        for i, path in enumerate(paths):
            run.run_file(i, len(paths), Path(path))
        _finish_counts(run)
        run.finish()
    except _Cancelled:
        run.rollback()
        run.report.cancelled = True
    except sqlite3.OperationalError as exc:
        run.rollback()
        busy = "locked" in str(exc) or "busy" in str(exc)
        run.problem(Problem("db_busy" if busy else "db_error", {"detail": str(exc)}))
    except sqlite3.Error as exc:
        run.rollback()
        run.problem(Problem("db_error", {"detail": str(exc)}))
    except BaseException:
        run.rollback()
        raise
    if not run.report.committed:
        run.report.changes = ChangeSet()
    run.report.seconds = time.perf_counter() - started
    return run.report


def _finish_counts(run: _Run) -> None:
    """Counts and notes of every format written, on the report."""
    for writer in run.writers.values():
        for key, value in writer.counts().items():
            run.report.counts[key] = run.report.counts.get(key, 0) + value
        run.report.notes.extend(writer.notes())
