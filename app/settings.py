"""Floor settings, declared once (name, type, default, validation) and kept in the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from app.tz import floor_zone


class SettingError(ValueError):
    pass


def _zone_ok(value: str) -> None:
    if value:
        try:
            floor_zone(value)
        except ValueError as exc:
            raise SettingError(str(exc)) from exc


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title_en: str
    title_zh: str
    check: Callable[[Any], None] | None = None


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("floor_name", str, "Floorwatch 示例客服部", "Floor name", "客服部名称"),
    Setting("floor_tz", str, "", "Time zone (empty: the system's)", "时区（留空则跟随系统）",
            _zone_ok),
    Setting("supervisor", str, "", "Supervisor", "值班主管"),
)}


def get_setting(db: sqlite_utils.Database, key: str) -> Any:
    spec = SETTINGS[key]
    row = db.execute("SELECT value FROM meta WHERE key = ?", ["setting." + key]).fetchone()
    if row is None:
        return spec.default
    try:
        return spec.type(row[0])
    except (TypeError, ValueError):
        return spec.default


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    spec = SETTINGS.get(key)
    if spec is None:
        raise SettingError(f"unknown setting {key!r}")
    try:
        value = spec.type(value)
    except (TypeError, ValueError) as exc:
        raise SettingError(f"{key}: expected {spec.type.__name__}, got {value!r}") from exc
    if spec.check:
        spec.check(value)
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   ["setting." + key, str(value)])


def zone_of(db: sqlite_utils.Database, override: str | None = None):
    """The floor's zone: an explicit override, else the setting, else the system zone."""
    return floor_zone(override or get_setting(db, "floor_tz") or None)
