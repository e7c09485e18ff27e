"""The floor's shifts (resources/data/shifts.json): which shift a moment falls in, and its window."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from app.resources import load_json

_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


def minutes_of(text: str) -> int:
    """"HH:MM" (00:00-24:00) → minutes after midnight; ValueError for anything else."""
    match = _HHMM.match(text.strip()) if isinstance(text, str) else None
    if not match or (match.group(1) == "24" and match.group(2) != "00"):
        raise ValueError(f"{text!r} is not a time of day HH:MM (00:00-24:00)")
    return int(match.group(1)) * 60 + int(match.group(2))


def local_instant(day: dt.date, minutes: int, zone: dt.tzinfo) -> float:
    """Unix seconds of `minutes` after local midnight of `day` (24:00 = the next midnight)."""
    extra, minutes = divmod(minutes, 24 * 60)
    moment = dt.datetime.combine(day + dt.timedelta(days=extra),
                                 dt.time(minutes // 60, minutes % 60), tzinfo=zone)
    return moment.timestamp()


@dataclass(frozen=True)
class Shift:
    key: str
    name_zh: str
    name_en: str
    start: str  # HH:MM local
    end: str  # HH:MM local; at or before start: runs past midnight

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def window(self, day: dt.date, zone: dt.tzinfo) -> tuple[float, float]:
        """[start, end) in unix seconds of this shift on `day` (the day it starts)."""
        s, e = minutes_of(self.start), minutes_of(self.end)
        if e <= s:
            e += 24 * 60
        return local_instant(day, s, zone), local_instant(day, e, zone)


class ShiftTimesError(ValueError):
    """Shift times that cannot be used; `code` and `params` let the UI word it itself."""

    def __init__(self, message: str, code: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


# Shift key → (start, end) set in the floor's settings (app/settings.apply_shift_times);
# shifts not listed keep the times of shifts.json.
_times: dict[str, tuple[str, str]] = {}


def _file_shifts() -> list[dict]:
    return load_json("data", "shifts.json")["shifts"]


def default_shift_times() -> dict[str, tuple[str, str]]:
    """Shift key → (start, end) as shifts.json has them, before any override."""
    return {s["key"]: (s["start"], s["end"]) for s in _file_shifts()}


def check_shift_times(times: object) -> None:
    """ShiftTimesError unless `times` maps known shift keys to two HH:MM times and the
    shifts (with the file's times for the others) do not overlap."""
    if not isinstance(times, dict):
        raise ShiftTimesError("shift times must map shift keys to [start, end]", "shape")
    by_key = {s["key"]: s for s in _file_shifts()}
    windows = []
    for key, spec in by_key.items():
        pair = times.get(key, (spec["start"], spec["end"]))
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise ShiftTimesError(f"{key}: expected [start, end]", "shape", shift=key)
        for which, text in zip(("start", "end"), pair):
            try:
                minutes_of(text)
            except ValueError:
                raise ShiftTimesError(f"{key} {which} {text!r} is not a time HH:MM",
                                      "time", shift=key, which=which, value=str(text)) from None
        start, end = minutes_of(pair[0]), minutes_of(pair[1])
        windows.append((key, start, end + 24 * 60 if end <= start else end))
    unknown = sorted(set(times) - set(by_key))
    if unknown:
        raise ShiftTimesError(f"unknown shift {unknown[0]!r}", "unknown_shift", shift=unknown[0])
    for i, (a, a0, a1) in enumerate(windows):
        for b, b0, b1 in windows[i + 1:]:
            if any(a0 < b1 + d and b0 + d < a1 for d in (-24 * 60, 0, 24 * 60)):
                raise ShiftTimesError(f"shifts {a} and {b} overlap", "overlap", shift=a,
                                      other=b)


def use_shift_times(times: dict[str, tuple[str, str]]) -> None:
    """Use these start/end times (checked) instead of the file's; {}: the file's again."""
    global _times
    check_shift_times(times)
    _times = {key: (start, end) for key, (start, end) in times.items()}  # one swap: the
    shifts.cache_clear()  # feed thread reads the old or the new times, never a mix


@lru_cache(maxsize=1)
def shifts() -> tuple[Shift, ...]:
    """The floor's shifts in the order of the day; ValueError when the file is inconsistent."""
    out = tuple(Shift(s["key"], s["zh_CN"], s["en"],
                      *_times.get(s["key"], (s["start"], s["end"]))) for s in _file_shifts())
    for shift in out:
        minutes_of(shift.start), minutes_of(shift.end)
    if len({s.key for s in out}) != len(out) or not out:
        raise ValueError("shifts.json: shift keys must be unique and there must be one shift")
    return out


def shift_by_key(key: str) -> Shift:
    for shift in shifts():
        if shift.key == key:
            return shift
    raise ValueError(f"unknown shift {key!r} (known: {', '.join(s.key for s in shifts())})")


def shift_at(t: float, zone: dt.tzinfo) -> tuple[dt.date, Shift] | None:
    """(day, shift) of the shift running at `t`; None when no shift covers that moment."""
    today = dt.datetime.fromtimestamp(t, zone).date()
    for day in (today, today - dt.timedelta(days=1)):
        for shift in shifts():
            start, end = shift.window(day, zone)
            if start <= t < end:
                return day, shift
    return None


def shift_matching(start: float, end: float, zone: dt.tzinfo) -> tuple[dt.date, Shift] | None:
    """The (day, shift) whose window is exactly [start, end), if there is one."""
    found = shift_at(start, zone)
    if found and found[1].window(found[0], zone) == (start, end):
        return found
    return None
