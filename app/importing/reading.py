"""Open an import file as rows of cells: CSV (UTF-8, UTF-8 BOM, GB18030/GBK) or XLSX."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.importing.problems import FileRejected, Problem

ENCODINGS = ("utf-8", "gb18030")  # tried in this order; GBK is a subset of GB18030
_CHUNK = 1 << 20
_SNIFF = 1 << 16


@dataclass
class Table:
    """The rows of one file, each with its spreadsheet row number (the first row is 1)."""

    kind: str  # "csv" | "xlsx"
    encoding: str  # "utf-8", "utf-8-sig", "gb18030" or "xlsx"
    rows: Iterator[tuple[int, list[Any]]]
    size: int  # units of work for progress: bytes (CSV) or rows (XLSX); 0 = unknown
    position: Any  # () -> int, in the same units
    notes: list[Problem] = field(default_factory=list)
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for close in self._closers:
            close()
        self._closers.clear()

    def __enter__(self) -> "Table":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: Path) -> Table:
    """The file's rows; raises FileRejected with the reason when it is not a table we read."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
        size = path.stat().st_size
    except OSError as exc:
        raise FileRejected("file_unreadable", detail=exc.strerror or str(exc)) from None
    if not head:
        raise FileRejected("empty_file")
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRejected("xls")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileRejected("utf16")
    if b"\x00" in head:
        raise FileRejected("not_table", detail="NUL bytes: a binary file, or UTF-16 text")
    encoding = detect_encoding(path, head.startswith(codecs.BOM_UTF8))
    return _open_csv(path, encoding, size)


def detect_encoding(path: Path, bom: bool = False) -> str:
    """"utf-8-sig", "utf-8" or "gb18030": the first that decodes the whole file.

    Raises FileRejected("encoding") naming the first byte that fits none of them.
    """
    candidates = ("utf-8-sig",) if bom else ENCODINGS
    failure = (0, 0)
    for encoding in candidates:
        bad = _first_bad_byte(path, encoding)
        if bad is None:
            return encoding
        failure = max(failure, bad)
    offset, byte = failure
    raise FileRejected("encoding", offset=offset, byte=f"{byte:02X}")


def _first_bad_byte(path: Path, encoding: str) -> tuple[int, int] | None:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    done = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                data = pending + chunk
                offset = done - len(pending) + exc.start
                return offset, data[exc.start] if exc.start < len(data) else 0
            if not chunk:
                return None
            done += len(chunk)


class _Counting(io.RawIOBase):
    """A binary file that counts what has been read from it (progress for CSV)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.fh.readinto(buffer)
        self.done += n or 0
        return n

    def close(self) -> None:
        self.fh.close()
        super().close()


def _delimiter(path: Path, encoding: str) -> str:
    """"," unless the header line has tabs and no commas (a tab-separated export)."""
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        first = fh.readline()
    return "\t" if "\t" in first and "," not in first else ","


def _open_csv(path: Path, encoding: str, size: int) -> Table:
    delimiter = _delimiter(path, encoding)
    raw = _Counting(path.open("rb", buffering=0))
    text = io.TextIOWrapper(io.BufferedReader(raw, _CHUNK), encoding=encoding, newline="")

    def rows() -> Iterator[tuple[int, list[Any]]]:
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise FileRejected("field_too_large", row=number + 1,
                                       max=f"{csv.field_size_limit():,}") from None
                raise FileRejected("csv_syntax", row=number + 1, detail=str(exc)) from None
            number += 1
            yield number, cells

    return Table("csv", encoding, rows(), size, lambda: raw.done, _closers=[text.close])


def _open_xlsx(path: Path) -> Table:
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        sheets = book.worksheets
        if not sheets:
            raise FileRejected("bad_xlsx", detail="the workbook has no worksheet")
        sheet = sheets[0]
        expected = sheet.max_row or 0
        sheet.reset_dimensions()  # some writers record a wrong size; read every row there is
    except FileRejected:
        raise
    except Exception as exc:  # a damaged workbook can fail anywhere in openpyxl
        raise FileRejected("bad_xlsx", detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    notes = []
    if len(book.sheetnames) > 1:
        notes.append(Problem("other_sheets", {"sheet": book.sheetnames[0],
                                              "others": ", ".join(book.sheetnames[1:])}))
    state = {"row": 0}

    def rows() -> Iterator[tuple[int, list[Any]]]:
        cells_of = sheet.iter_rows(values_only=True)
        while True:
            try:
                cells = next(cells_of)
            except StopIteration:
                return
            except Exception as exc:  # damaged sheet XML
                raise FileRejected("bad_xlsx", row=state["row"] + 1,
                                   detail=f"{type(exc).__name__}: {exc}"[:200]) from None
            state["row"] += 1
            yield state["row"], list(cells)

    return Table("xlsx", "xlsx", rows(), expected, lambda: state["row"], notes,
                 _closers=[book.close])
