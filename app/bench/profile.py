"""`floorwatch bench --profile DIR`: each bench process writes a pyinstrument profile there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROFILE_ENV = "FLOORWATCH_BENCH_PROFILE"  # set by the runner for every child process


def profiler_missing() -> str | None:
    """Why profiles cannot be written here, or None when they can."""
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return "--profile needs pyinstrument (pip install pyinstrument)"
    return None


@contextmanager
def profiled(label: str) -> Iterator[None]:
    """Profile the block (this thread) into $FLOORWATCH_BENCH_PROFILE/<label>-<pid>.txt if set."""
    folder = os.environ.get(PROFILE_ENV)
    if not folder:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in label)
        (out / f"{safe}-{os.getpid()}.txt").write_text(
            profiler.output_text(unicode=True, color=False), encoding="utf-8")
