"""Floor settings, declared once (name, type, default, validation) and kept in the database."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from app.db import get_meta, set_meta
from app.paths import data_dir
from app.shifts import ShiftTimesError, check_shift_times, use_shift_times
from app.tz import floor_zone

RETENTION_DAYS = (1, 365)


class SettingError(ValueError):
    """A value a setting refuses; `key`, `code` and `params` let the UI word it itself."""

    def __init__(self, message: str, *, key: str = "", code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.key = key
        self.code = code
        self.params = params


def _zone_ok(value: str) -> None:
    if value:
        try:
            floor_zone(value)
        except ValueError as exc:
            raise SettingError(str(exc), key="floor_tz", code="zone", value=value) from exc


def _floor_name_ok(value: str) -> None:
    if not value.strip():
        raise SettingError("the floor name must not be empty", key="floor_name", code="empty")
    if len(value) > 100:
        raise SettingError("the floor name is longer than 100 characters", key="floor_name",
                           code="too_long", limit=100)


def _shift_times_ok(value: str) -> None:
    if not value:
        return
    try:
        times = json.loads(value)
        check_shift_times(times)
    except json.JSONDecodeError as exc:
        raise SettingError(f"shift times are not JSON: {exc}", key="shift_times",
                           code="shape") from exc
    except ShiftTimesError as exc:
        raise SettingError(str(exc), key="shift_times", code=exc.code, **exc.params) from exc


def folder_problem(path: Path) -> str | None:
    """Why `path` cannot hold backups (None: it can): absolute, a folder, writable.

    A folder that does not exist yet is fine when its nearest existing parent is writable
    (the backup job creates it)."""
    if not path.is_absolute():
        return "not_absolute"
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            return "missing"
        existing = existing.parent
    if not existing.is_dir():
        return "not_a_folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return "not_writable"
    if existing == path:  # os.access can be wrong (network drives, Windows ACLs): try it
        try:
            with tempfile.TemporaryFile(dir=path):
                pass
        except OSError:
            return "not_writable"
    return None


def _folder_ok(value: str) -> None:
    if value:
        problem = folder_problem(Path(value).expanduser())
        if problem:
            raise SettingError(f"backup folder {value!r}: {problem.replace('_', ' ')}",
                               key="backup_folder", code=problem, value=value)


def _retention_ok(value: int) -> None:
    low, high = RETENTION_DAYS
    if not low <= value <= high:
        raise SettingError(f"backups are kept {low} to {high} days (got {value})",
                           key="backup_retention_days", code="range", low=low, high=high,
                           value=value)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title_en: str
    title_zh: str
    check: Callable[[Any], None] | None = None


DEMO_MODES = ("auto", "off")  # auto: the demo floor runs while no data source is enabled


def _demo_ok(value: str) -> None:
    if value not in DEMO_MODES:
        raise SettingError(f"demo must be one of {', '.join(DEMO_MODES)} (got {value!r})",
                           key="demo", code="choice", value=value)


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("floor_name", str, "Floorwatch 示例客服部", "Floor name", "客服部名称",
            _floor_name_ok),
    Setting("floor_tz", str, "", "Time zone (empty: the system's)", "时区（留空则跟随系统）",
            _zone_ok),
    Setting("supervisor", str, "", "Supervisor", "值班主管"),
    Setting("shift_times", str, "",
            'Shift times, JSON {"shift key": ["HH:MM", "HH:MM"]} (empty: shifts.json)',
            "班次时间（留空则用 shifts.json）", _shift_times_ok),
    Setting("backup_folder", str, "", "Backup folder (empty: backups/ in the data folder)",
            "备份文件夹（留空则为数据目录下的 backups）", _folder_ok),
    Setting("backup_retention_days", int, 30, "Keep backups for (days, 1-365)",
            "备份保留天数（1-365）", _retention_ok),
    Setting("demo", str, "auto", "Demo floor: auto (while no source is enabled) or off",
            "演示现场：auto（未启用数据源时运行）或 off", _demo_ok),
)}


def get_setting(db: sqlite_utils.Database, key: str) -> Any:
    spec = SETTINGS[key]
    value = get_meta(db, "setting." + key)
    if value is None:
        return spec.default
    try:
        return spec.type(value)
    except (TypeError, ValueError):
        return spec.default


def check_setting(key: str, value: Any) -> Any:
    """`value` converted to the setting's type, or SettingError saying what is wrong."""
    spec = SETTINGS.get(key)
    if spec is None:
        raise SettingError(f"unknown setting {key!r}", key=key, code="unknown")
    if spec.type is int and isinstance(value, str):
        value = value.strip()
    try:
        if spec.type is int and (isinstance(value, bool) or isinstance(value, float)):
            raise TypeError(value)
        value = spec.type(value)
    except (TypeError, ValueError) as exc:
        raise SettingError(f"{key}: expected {spec.type.__name__}, got {value!r}", key=key,
                           code="type", expected=spec.type.__name__, value=value) from exc
    if spec.check:
        spec.check(value)
    return value


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    value = check_setting(key, value)
    set_meta(db, "setting." + key, str(value))


def zone_of(db: sqlite_utils.Database, override: str | None = None):
    """The floor's zone: an explicit override, else the setting, else the system zone."""
    return floor_zone(override or get_setting(db, "floor_tz") or None)


def shift_times(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """The floor's shift-time overrides: shift key → (start, end); {} when none are set."""
    text = get_setting(db, "shift_times")
    try:
        times = json.loads(text) if text else {}
        check_shift_times(times)
    except ValueError:  # a value written around set_setting: fall back to shifts.json
        return {}
    return {key: (start, end) for key, (start, end) in times.items()}


def set_shift_times(db: sqlite_utils.Database, times: dict[str, tuple[str, str]]) -> None:
    """Store shift-time overrides ({}: back to shifts.json). This process uses them after
    apply_shift_times(db), called once the transaction that stores them has committed."""
    set_setting(db, "shift_times", json.dumps(
        {key: list(pair) for key, pair in times.items()}) if times else "")


def apply_shift_times(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Make app.shifts use this database's shift times (call once the database is open)."""
    times = shift_times(db)
    use_shift_times(times)
    return times


def backup_folder(db: sqlite_utils.Database) -> Path:
    """Where backups go: the setting, else backups/ in the user data folder."""
    value = get_setting(db, "backup_folder")
    return Path(value).expanduser() if value else data_dir() / "backups"
