"""Clocks the app reads time from: the wall clock, a simulated demo clock, a test clock."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Unix seconds (UTC)."""


class SystemClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 0.0) -> None:
        self._t = float(start)

    def now(self) -> float:
        return self._t

    def set(self, t: float) -> None:
        self._t = float(t)

    def advance(self, seconds: float) -> None:
        self._t += seconds


class SimClock:
    """Simulated time that runs `speed` simulated seconds per real second; can pause."""

    def __init__(self, start: float, speed: float = 1.0, real: Clock | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._real = real or SystemClock()
        self._lock = threading.Lock()
        self._anchor_sim = float(start)
        self._anchor_real = self._real.now()
        self._speed = float(speed)
        self._paused = False

    def now(self) -> float:
        with self._lock:
            if self._paused:
                return self._anchor_sim
            return self._anchor_sim + (self._real.now() - self._anchor_real) * self._speed

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def paused(self) -> bool:
        return self._paused

    def _rebase(self) -> None:
        t = self.now()
        with self._lock:
            self._anchor_sim = t
            self._anchor_real = self._real.now()

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._rebase()
        self._speed = float(speed)

    def pause(self) -> None:
        self._rebase()
        self._paused = True

    def resume(self) -> None:
        self._anchor_real = self._real.now()
        self._paused = False
