"""Wellbeing settings, declared once like app/settings.py and kept in the meta table."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from app.db import get_meta, set_meta
from app.settings import Setting, SettingError


def _minutes_ok(value: int) -> None:
    if not 1 <= value <= 240:
        raise SettingError("the idle time before the wellbeing data locks must be 1-240 minutes")


LOCK_MINUTES = Setting("wellbeing_lock_minutes", int, 5,
                       "Lock wellbeing data after this many idle minutes",
                       "员工关怀数据空闲多少分钟后自动锁定", _minutes_ok)
SETTINGS: dict[str, Setting] = {s.key: s for s in (LOCK_MINUTES,)}


def get_value(db: sqlite_utils.Database, spec: Setting = LOCK_MINUTES) -> Any:
    stored = get_meta(db, "setting." + spec.key)
    if stored is None:
        return spec.default
    try:
        value = spec.type(stored)
        if spec.check:
            spec.check(value)
        return value
    except (TypeError, ValueError):
        return spec.default


def set_value(db: sqlite_utils.Database, value: Any, spec: Setting = LOCK_MINUTES) -> None:
    try:
        value = spec.type(value)
    except (TypeError, ValueError) as exc:
        raise SettingError(f"{spec.key}: expected {spec.type.__name__}, got {value!r}") from exc
    if spec.check:
        spec.check(value)
    set_meta(db, "setting." + spec.key, str(value))
