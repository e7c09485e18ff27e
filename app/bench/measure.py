"""Measurement helpers: percentiles, timer lateness, CPU share of one core, resident memory."""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by the nearest-rank method; None for no values.

    Nearest rank never invents a value between two samples: the p99 of a lag series is a
    lateness that really happened.
    """
    if not 0 <= q <= 100:
        raise ValueError("q must be between 0 and 100")
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


@dataclass
class LagRecorder:
    """How late each shot of a periodic timer fired, in seconds (early counts as 0)."""

    lateness: list[float] = field(default_factory=list)

    def record(self, due: float, fired: float) -> None:
        self.lateness.append(max(0.0, fired - due))

    def summary_ms(self) -> dict[str, float | int | None]:
        ms = [v * 1000.0 for v in self.lateness]
        return {"n": len(ms), "p50": percentile(ms, 50), "p99": percentile(ms, 99),
                "max": max(ms) if ms else None}


class CpuMeter:
    """CPU time of this process (all threads) as a percentage of one core over wall time."""

    def __init__(self, cpu: Callable[[], float] = time.process_time,
                 wall: Callable[[], float] = time.perf_counter) -> None:
        self._cpu = cpu
        self._wall = wall
        self._cpu0 = cpu()
        self._wall0 = wall()

    def restart(self) -> None:
        self._cpu0 = self._cpu()
        self._wall0 = self._wall()

    def percent(self) -> float:
        elapsed = self._wall() - self._wall0
        if elapsed <= 0:
            raise ValueError("no wall time has passed since the meter started")
        return (self._cpu() - self._cpu0) / elapsed * 100.0


def rss_mb() -> float:
    """Resident set size of this process in MiB."""
    import psutil

    return psutil.Process(os.getpid()).memory_info().rss / 2**20


def growth_percent(before: float, after: float) -> float:
    """How much `after` grew over `before`, in percent (negative: it shrank)."""
    if before <= 0:
        raise ValueError("growth needs a positive starting value")
    return (after - before) / before * 100.0


def value_at(samples: Sequence[tuple[float, float]], x: float) -> float:
    """The value of the first (x, value) sample at or after x (the last one if none is)."""
    if not samples:
        raise ValueError("no samples")
    for sx, value in samples:
        if sx >= x:
            return value
    return samples[-1][1]


def seconds_until_line(cmd: Sequence[str], marker: str, *, env: dict[str, str] | None = None,
                       cwd: str | os.PathLike | None = None, timeout: float = 120.0) -> float:
    """Start `cmd` and time until it prints a line starting with `marker`; then let it exit.

    Raises RuntimeError (with the end of its stderr) if it exits or times out first.
    """
    import subprocess
    import tempfile
    import threading

    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        began = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=err, text=True,
                                env=env, cwd=cwd)
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        elapsed = None
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(marker):
                    elapsed = time.perf_counter() - began
                    proc.stdout.read()
                    break
            if proc.wait() == 0 and elapsed is not None:
                return elapsed
        finally:
            watchdog.cancel()
        err.seek(0)
        tail = "\n".join(err.read().strip().splitlines()[-15:])
        when = "after" if elapsed is not None else "before"
        raise RuntimeError(f"{' '.join(cmd[1:4])} exited with code {proc.returncode} "
                           f"{when} printing {marker!r}:\n{tail}")


def describe_lag(summary: dict) -> str:
    """'p50 0.3 ms, p99 12 ms, max 40 ms (n 5,800)' from LagRecorder.summary_ms()."""
    if not summary.get("n"):
        return "no timer shots"
    return (f"p50 {summary['p50']:.1f} ms, p99 {summary['p99']:.1f} ms, "
            f"max {summary['max']:.0f} ms (n {summary['n']:,})")
