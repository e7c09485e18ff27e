"""The bench's output: an aligned table for people, JSON for tools."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.bench.registry import Result

_HEADERS = ("name", "value", "unit", "floor", "ratio", "target", "ok")


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def _verdict(ok: bool | None, note: str) -> str:
    if ok is None:
        return "skipped" if note.startswith("skipped") else "—"
    return "ok" if ok else "MISSED"


def as_json(machine: Mapping[str, Any], results: Sequence[Result]) -> dict[str, Any]:
    return {"machine": dict(machine), "results": [r.to_json() for r in results]}


def as_table(machine: Mapping[str, Any], results: Sequence[Result]) -> str:
    rows = [_HEADERS] + [
        (r.name, _number(r.value), r.unit, _number(r.floor), _number(r.ratio), r.target or "—",
         _verdict(r.ok, r.note)) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    right = {1, 3, 4}
    lines = ["  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                       for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    head = [f"Floorwatch bench — {machine.get('mode', '?')} run"
            + (" (quick: shorter runs, smaller floors)" if machine.get("quick") else "")]
    head.append(", ".join(str(machine[k]) for k in ("cpu", "os") if machine.get(k)))
    head.append(f"{machine.get('cores_logical')} logical cores, {machine.get('ram_gb')} GB RAM, "
                f"Python {machine.get('python')}, PySide6 {machine.get('pyside6')} "
                f"(Qt {machine.get('qt')}), SQLite {machine.get('sqlite')}")
    if machine.get("load_avg_at_start") is not None:
        head.append(f"load average at start: {machine['load_avg_at_start']}")
    notes = [f"  {r.name}: {r.note}" for r in results if r.note]
    tail = ["", "notes:"] + notes if notes else []
    if machine.get("duration_s") is not None:
        tail.append(f"\ntotal {machine['duration_s']:.0f} s")
    return "\n".join(head + [""] + lines + tail)
