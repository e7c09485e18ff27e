"""Helpers the durability tests share: a demo floor writing through the app, damaged files,
a small full disk, a read-only file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.demo import DemoFloor
from app.ingest import Ingestor
from app.roster import apply_entries

ZONE = ZoneInfo("Asia/Shanghai")
START = dt.datetime(2026, 11, 22, 8, 0, tzinfo=ZONE).timestamp()


def floor_writer(db, *, n_stores: int = 4, n_agents: int = 8):
    """A demo floor on `db`: returns step(minutes) that writes the next minutes' events
    through the app's Ingestor (one transaction each)."""
    floor = DemoFloor(7, START, ZONE, n_stores, n_agents)
    apply_entries(db, floor.roster(), at=floor.now, by="demo")
    ingestor = Ingestor(db, source="demo")
    clock = [START]

    def step(minutes: float = 10.0) -> int:
        clock[0] += minutes * 60
        events = floor.advance(clock[0])
        ingestor.ingest(events)
        return len(events)

    return step


def consistent(path: Path) -> bool:
    """Every conversation is counted once in the rollup: true of any committed state."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conversations = conn.execute("SELECT count(*) FROM conversations").fetchone()[0]
        hours = conn.execute("SELECT coalesce(sum(n), 0) FROM rollup_hour").fetchone()[0]
    finally:
        conn.close()
    return conversations == hours


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def damage(path: Path, *, seed: int = 1, pages: int = 3) -> None:
    """Overwrite a few data pages in the middle of a (checkpointed, closed) database with
    noise. The schema's pages are spared, so the file still opens, as a big file whose damage
    only a check or a read finds."""
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        data = [n for (n,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY pageno")]
    finally:
        conn.close()
    rnd = random.Random(seed)
    middle = len(data) // 2
    with open(path, "r+b") as fh:
        for n in data[middle:middle + pages]:
            fh.seek((n - 1) * page)  # pages count from 1
            fh.write(bytes(rnd.getrandbits(8) for _ in range(page)))


def checkpointed(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextlib.contextmanager
def small_disk(kilobytes: int) -> Iterator[Path]:
    """A folder on a tmpfs of that size (needs root and mount); skips the test otherwise."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small disk needs root and mount")
    where = Path(tempfile.mkdtemp(prefix="fw-small-disk-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs",
                           str(where)], capture_output=True)
    if done.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)
        where.rmdir()


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`path` cannot be written, even by root (chattr +i); skips the test when unsupported."""
    if os.name != "posix":
        pytest.skip("needs POSIX permissions")
    if os.geteuid() != 0:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        return
    if not shutil.which("chattr"):
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
