"""Synthetic canonical import files (deterministic per seed) and the import benchmark.

Used by the tests, by `floorwatch bench` (measure_import) and for docs/import.md's figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.importing.conversations import FORMAT as CONVERSATIONS
from app.importing.sessions import FORMAT as SESSIONS

ZONE = dt.timezone(dt.timedelta(hours=8))
START = dt.datetime(2026, 11, 20, 8, 0)  # offset-less: read in the zone given to the import
_PLATFORMS = ("jd", "tmall", "taobao", "pinduoduo", "douyin")
_RATINGS = ("", "", "", "5", "4", "3", "2", "1", "很满意", "满意", "一般")


def headers(kind: str, chinese: bool = False) -> list[str]:
    fmt = CONVERSATIONS if kind == "conversations" else SESSIONS
    return [c.alias if chinese else c.name for c in fmt.columns]


def conversation_rows(rows: int, seed: int = 1, stores: int = 20,
                      agents: int = 60) -> Iterator[list[str]]:
    """Rows in canonical column order, values as text (empty agent / first reply sometimes)."""
    rnd = random.Random(seed)
    t = START
    for i in range(rows):
        t += dt.timedelta(seconds=rnd.randint(0, 3))
        store = rnd.randrange(stores)
        platform = _PLATFORMS[store % len(_PLATFORMS)]
        picked = rnd.random() > 0.03
        wait = rnd.randint(2, 90)
        length = rnd.randint(60, 1800)
        cm = rnd.randint(1, 12)
        replies = rnd.randint(1, cm) if picked else 0
        paid = round(rnd.choice((0, 0, 0, rnd.uniform(9, 2000))), 2)
        yield [
            f"{platform[:2].upper()}{seed}-{i:08d}", platform, f"店铺{store:02d}",
            f"店铺{store:02d}:{rnd.randint(1, 4)}" if picked else "",
            f"客服{rnd.randrange(agents):03d}" if picked else "", f"买家{rnd.randrange(10**6)}",
            t.isoformat(sep=" "),
            (t + dt.timedelta(seconds=wait)).isoformat(sep=" ") if picked else "",
            (t + dt.timedelta(seconds=length)).isoformat(sep=" "),
            str(cm), str(replies + rnd.randint(0, 2) if picked else 0), str(replies),
            str(replies * rnd.randint(5, 60)), "1" if paid or rnd.random() < 0.2 else "0",
            f"{paid:.2f}", "0.00" if rnd.random() > 0.02 else f"{paid:.2f}",
            rnd.choice(_RATINGS) if picked else "",
        ]


def session_rows(rows: int, seed: int = 1, stores: int = 20,
                 agents: int = 60) -> Iterator[list[str]]:
    rnd = random.Random(seed)
    t = START
    statuses = ("online", "away", "offline", "在线", "挂起", "离线")
    for _ in range(rows):
        t += dt.timedelta(seconds=rnd.randint(1, 30))
        store = rnd.randrange(stores)
        yield [_PLATFORMS[store % len(_PLATFORMS)], f"店铺{store:02d}",
               f"店铺{store:02d}:{rnd.randint(1, 4)}", f"客服{rnd.randrange(agents):03d}",
               rnd.choice(statuses), t.isoformat(timespec="seconds")]


_NUMBERS = ("customer_messages", "agent_messages", "replies", "reply_seconds_total", "inquiry",
            "paid_amount", "refund_amount")


def _typed(name: str, value: str):
    """A workbook cell as Excel would hold it: None, a number, a date-time or text."""
    if value == "":
        return None
    if name in _NUMBERS:
        return float(value) if "." in value else int(value)
    if name.endswith("_at") or name == "at":
        return dt.datetime.fromisoformat(value)
    return value


def write_sample(path: Path, kind: str = "conversations", rows: int = 100, seed: int = 1,
                 encoding: str = "utf-8", chinese: bool = False) -> Path:
    """A canonical file: CSV in `encoding` ("utf-8", "utf-8-sig", "gb18030"), or XLSX when
    `path` ends in .xlsx."""
    make = conversation_rows if kind == "conversations" else session_rows
    head = headers(kind, chinese)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        # As Excel saves: shared strings, numbers as numbers, times as date-time cells.
        # (openpyxl's write-only mode writes inline strings, which read ~5 times slower.)
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = kind
        sheet.append(head)
        canonical = headers(kind)
        for row in make(rows, seed):
            sheet.append([_typed(name, value) for name, value in zip(canonical, row)])
        book.save(path)
        return path
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(head)
        writer.writerows(make(rows, seed))
    return path


@dataclass(frozen=True)
class ImportTiming:
    rows: int
    file_bytes: int
    seconds: float  # import_files on a fresh database, one transaction, committed

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def measure_import(rows: int = 1_000_000, kind: str = "conversations", suffix: str = ".csv",
                   folder: Path | None = None, seed: int = 1) -> ImportTiming:
    """Write a synthetic file of `rows` rows and time its import into a fresh database."""
    from app.db import open_database
    from app.importing.run import import_files

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = write_sample(Path(tmp) / f"{kind}{suffix}", kind, rows, seed)
        db = open_database(Path(tmp) / "bench.db")
        try:
            started = time.perf_counter()
            report = import_files(db, [path], ZONE)
            seconds = time.perf_counter() - started
        finally:
            db.close()
        if not report.ok:
            raise RuntimeError(report.text())
        return ImportTiming(rows, path.stat().st_size, seconds)
