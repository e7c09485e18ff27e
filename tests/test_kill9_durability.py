"""kill -9 at any moment loses no committed record and leaves a sound database: a child
writes through the app's real write paths (ingest, incidents and notes, patrol, wellbeing,
hand-over notes) and prints each id after its commit returned; the parent kills it with
SIGKILL at random points, again and again, then checks the file and every printed id."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db import open_database

CHILD = Path(__file__).with_name("kill9_writer.py")
KILLS = 24
SEED = 20261122

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# kind printed by the child → the query that finds that record
FOUND = {
    "conv": "SELECT 1 FROM conversations WHERE conversation_id = ?",
    "incident": "SELECT 1 FROM incidents WHERE id = ?",
    "entry": "SELECT 1 FROM incident_entries WHERE id = ?",
    "patrol": "SELECT 1 FROM patrol_answers WHERE id = ?",
    "checkin": "SELECT 1 FROM wb_checkins WHERE id = ?",
    "care": "SELECT 1 FROM wb_care WHERE id = ?",
    "handover": "SELECT 1 FROM handover_notes WHERE text = ?",
}


def run_and_kill(db_path: Path, run: int, lines_before_kill: int) -> list[str]:
    """Start the writer, kill it with SIGKILL once it has printed that many lines, and
    return every complete line it printed (each one a committed record)."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), str(run)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    printed: list[bytes] = []
    try:
        while len(printed) < lines_before_kill:
            line = child.stdout.readline()  # blocks until the child commits and prints
            if not line:
                raise AssertionError(f"the writer stopped: {child.stderr.read().decode()}")
            printed.append(line)
        os.kill(child.pid, signal.SIGKILL)  # the child is mid-write: its loop never pauses
        rest = child.stdout.read()  # what it printed before dying: also committed
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    complete = b"".join(printed) + rest
    return [ln.decode() for ln in complete.split(b"\n")[:-1]]  # a torn last line is not one


def test_kill_9_loses_no_committed_record_and_leaves_a_sound_file(tmp_path):
    db_path = tmp_path / "floorwatch.db"
    open_database(db_path).close()  # migrated once; every kill lands in ordinary writes
    rng = random.Random(SEED)
    committed: list[tuple[str, str]] = []
    for run in range(KILLS):
        lines = run_and_kill(db_path, run, rng.randint(1, 60))
        committed += [tuple(line.split(" ", 1)) for line in lines]
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", run
        finally:
            conn.close()
    kinds = {kind for kind, _ in committed}
    assert kinds == set(FOUND)  # every write path was exercised
    conn = sqlite3.connect(db_path)
    try:
        missing = [(kind, key) for kind, key in committed
                   if conn.execute(FOUND[kind], [key]).fetchone() is None]
        rollups = conn.execute(
            "SELECT (SELECT count(*) FROM conversations), "
            "(SELECT sum(n) FROM rollup_hour)").fetchone()
    finally:
        conn.close()
    assert missing == []
    assert rollups[0] == rollups[1]  # no ingest was half applied
