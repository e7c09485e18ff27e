"""What every panel needs from the running app, passed in rather than reached globally."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from app.clock import Clock


@dataclass
class AppContext:
    db: sqlite_utils.Database  # the GUI thread's connection (reads, local records)
    db_path: Path
    clock: Clock
    zone: dt.tzinfo
    lang: str = "zh_CN"
    demo: bool = True
    source_label: str = ""

    def now(self) -> float:
        return self.clock.now()
