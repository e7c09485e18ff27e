"""The bench's registry: each workload is one function registered with the figures it reports.

A workload declares its figures (name, unit, target, what its floor is) once, in its
registration; the function returns a Measure per figure. The runner turns those into result
rows, so a skipped or crashed workload still shows every row it owns, with the reason.
"""

from __future__ import annotations

import json
import operator
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODES = ("full", "quick", "tiny")
MARK = "FWBENCH "  # prefixes the one JSON line a bench child prints on stdout
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


@dataclass(frozen=True)
class Target:
    """A pass mark on the figure's value, or on its ratio to the floor (`on="ratio"`)."""

    op: str
    limit: float
    on: str = "value"

    def __post_init__(self) -> None:
        if self.op not in _OPS:
            raise ValueError(f"target operator must be one of {tuple(_OPS)}, not {self.op!r}")
        if self.on not in ("value", "ratio"):
            raise ValueError("a target is on 'value' or 'ratio'")

    def check(self, value: float | None, ratio: float | None) -> bool | None:
        subject = ratio if self.on == "ratio" else value
        return None if subject is None else _OPS[self.op](subject, self.limit)

    def describe(self, unit: str) -> str:
        if self.on == "ratio":
            return f"ratio {self.op} {self.limit:g}"
        return f"{self.op} {self.limit:g} {unit}".rstrip()


@dataclass(frozen=True)
class Figure:
    """One row a workload reports: its name, unit, target and what its floor is (if any)."""

    name: str
    unit: str
    target: Target | None = None
    floor: str = ""  # what the floor measured in the same run is; empty: no floor


@dataclass
class Measure:
    """What a workload measured for one figure; `floor` in the same unit as `value`."""

    value: float | None
    floor: float | None = None
    note: str = ""


@dataclass
class Result:
    """A result row as printed and written to JSON."""

    name: str
    value: float | None
    unit: str
    floor: float | None
    ratio: float | None
    target: str | None
    ok: bool | None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "unit": self.unit, "floor": self.floor,
                "ratio": self.ratio, "target": self.target, "ok": self.ok, "note": self.note}


class Skip(Exception):
    """Raised by a workload that cannot run here or yet; the message says why."""


@dataclass
class BenchRun:
    """What a workload gets: the mode, a scratch folder, and a way to measure in a fresh process."""

    mode: str
    workdir: Path
    child_module: str = ""  # `python -m <this> call module:function` runs a measurement
    env: Mapping[str, str] | None = None
    cwd: Path | None = None
    timeout: float = 1800.0

    @property
    def quick(self) -> bool:
        return self.mode != "full"

    def pick(self, full: Any, quick: Any, tiny: Any = None) -> Any:
        """The size or duration for this mode (tiny falls back to quick)."""
        if self.mode == "full":
            return full
        if self.mode == "tiny" and tiny is not None:
            return tiny
        return quick

    def log(self, message: str) -> None:
        print(f"  · {message}", file=sys.stderr, flush=True)

    def call(self, target: str, **kwargs: Any) -> Any:
        """Run `module:function(**kwargs)` in a fresh Python process and return its JSON result."""
        if not self.child_module:
            raise RuntimeError("this run cannot start measurement processes")
        cmd = [sys.executable, "-m", self.child_module, "call", target,
               "--kwargs", json.dumps(kwargs)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=self.timeout,
                              env=dict(self.env) if self.env is not None else None, cwd=self.cwd)
        return read_child_output(done, target)["value"]


def read_child_output(done: subprocess.CompletedProcess, what: str) -> dict[str, Any]:
    """The JSON a bench child printed; raises RuntimeError with its stderr tail if it failed."""
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(MARK):
            payload = json.loads(line[len(MARK):])
            if "error" in payload:
                raise RuntimeError(f"{what}: {payload['error']}")
            return payload
    tail = "\n".join((done.stderr or "").strip().splitlines()[-12:])
    raise RuntimeError(f"{what} exited with code {done.returncode} without a result:\n{tail}")


@dataclass(frozen=True)
class Workload:
    name: str
    about: str
    figures: tuple[Figure, ...]
    func: Callable[[BenchRun], Mapping[str, Measure]] = field(compare=False)

    def results(self, measures: Mapping[str, Measure]) -> list[Result]:
        rows = []
        for fig in self.figures:
            m = measures.get(fig.name)
            if m is None:
                rows.append(self.unmeasured(fig, "not measured"))
                continue
            ratio = (m.value / m.floor) if (m.value is not None and m.floor) else None
            rows.append(Result(
                fig.name, _round(m.value), fig.unit, _round(m.floor), _round(ratio, 3),
                fig.target.describe(fig.unit) if fig.target else None,
                fig.target.check(m.value, ratio) if fig.target else None, m.note))
        return rows

    def unmeasured(self, fig: Figure, note: str) -> Result:
        return Result(fig.name, None, fig.unit, None, None,
                      fig.target.describe(fig.unit) if fig.target else None, None, note)

    def skipped(self, reason: str) -> list[Result]:
        return [self.unmeasured(fig, f"skipped: {reason}") for fig in self.figures]


WORKLOADS: dict[str, Workload] = {}


def workload(name: str, about: str, *figures: Figure
             ) -> Callable[[Callable[[BenchRun], Mapping[str, Measure]]],
                           Callable[[BenchRun], Mapping[str, Measure]]]:
    """Register the decorated function as the workload `name` reporting `figures`."""
    if not figures:
        raise ValueError(f"workload {name!r} reports no figures")

    def register(func: Callable[[BenchRun], Mapping[str, Measure]]
                 ) -> Callable[[BenchRun], Mapping[str, Measure]]:
        if name in WORKLOADS and WORKLOADS[name].func is not func:
            raise ValueError(f"workload {name!r} is registered twice")
        WORKLOADS[name] = Workload(name, about, tuple(figures), func)
        return func

    return register


def _round(value: float | None, digits: int = 4) -> float | None:
    if value is None:
        return None
    return float(f"{value:.{digits}g}") if abs(value) < 1e4 else round(value, 1)
