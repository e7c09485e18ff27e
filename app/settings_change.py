"""Apply what the Settings dialog changed (floor settings, shift times, store thresholds,
metric levels) in one transaction: all of it, or — on the first refused value — none."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from app import roster
from app.metric_alerts import Levels, level_overrides, reset_levels, set_levels
from app.records import ChangeSet
from app.settings import apply_shift_times, set_setting, set_shift_times


@dataclass
class SettingsChanges:
    """Only what changed. levels: metric → the floor's levels, None = back to the default."""

    settings: dict[str, Any] = field(default_factory=dict)
    shift_times: dict[str, tuple[str, str]] | None = None  # None: unchanged; {}: the file's
    stores: dict[int, dict[str, object]] = field(default_factory=dict)
    levels: dict[str, Levels | None] = field(default_factory=dict)
    # A store's or a team's own levels: (metric, store_id, team) → levels, None = removed.
    scoped_levels: dict[tuple[str, int | None, str | None], Levels | None] = field(
        default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.settings or self.shift_times is not None or self.stores or self.levels
                    or self.scoped_levels)


class SettingsApplyError(ValueError):
    """The change that was refused (nothing was written): where it is and the cause."""

    def __init__(self, part: str, item: object, cause: Exception) -> None:
        super().__init__(str(cause))
        self.part = part  # "settings", "shift_times", "stores" or "levels"
        self.item = item  # the setting key, store id or metric key
        self.cause = cause


def floor_level_overrides(db: sqlite_utils.Database) -> dict[str, Levels]:
    """Metric → the levels set for the whole floor (metrics not listed use the default)."""
    return {o.metric: o.levels for o in level_overrides(db) if o.scope == "floor"}


def apply_settings_changes(db: sqlite_utils.Database, changes: SettingsChanges, *, at: float,
                           by: str = "") -> ChangeSet:
    """Write every change in one transaction; SettingsApplyError (and nothing written) when
    a value is refused. Shift times take effect in this process once committed."""
    step: tuple[str, object] = ("settings", None)
    try:
        with db.atomic():
            for key, value in changes.settings.items():
                step = ("settings", key)
                set_setting(db, key, value)
            if changes.shift_times is not None:
                step = ("shift_times", None)
                set_shift_times(db, changes.shift_times)
            for store_id, fields in changes.stores.items():
                step = ("stores", store_id)
                roster.edit_store(db, store_id, at=at, by=by, **fields)
            overrides = floor_level_overrides(db)
            for metric_key, levels in changes.levels.items():
                step = ("levels", metric_key)
                if levels is None:
                    reset_levels(db, metric_key)
                elif overrides.get(metric_key) != levels:
                    set_levels(db, metric_key, *levels)
            for (metric_key, store_id, team), levels in changes.scoped_levels.items():
                step = ("levels", metric_key)
                if levels is None:
                    reset_levels(db, metric_key, store_id=store_id, team=team)
                else:
                    set_levels(db, metric_key, *levels, store_id=store_id, team=team)
    except ValueError as exc:  # SettingError, RosterError, the levels' ValueError
        raise SettingsApplyError(step[0], step[1], exc) from exc
    if changes.shift_times is not None:
        apply_shift_times(db)
    return ChangeSet(roster=bool(changes.stores),
                     alerts=bool(changes.levels or changes.scoped_levels))
