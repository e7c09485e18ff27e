"""Floor settings: each one validated where it is declared, shift times that the shift
logic honours, and the Settings dialog's changes applied all or nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

import pytest

from app import roster
from app.metric_alerts import Levels, levels_for
from app.settings import (SETTINGS, SettingError, apply_shift_times, backup_folder,
                          check_setting, get_setting, set_setting, shift_times)
from app.settings_change import (SettingsApplyError, SettingsChanges, apply_settings_changes,
                                 floor_level_overrides)
from app.shifts import ShiftTimesError, check_shift_times, shift_at, shifts, use_shift_times

ZONE = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def file_shift_times():
    """Shift overrides are process-wide: every test starts and ends with shifts.json's."""
    use_shift_times({})
    yield
    use_shift_times({})


def refused(key, value) -> SettingError:
    with pytest.raises(SettingError) as info:
        check_setting(key, value)
    return info.value


def at(day: int, hhmm: str) -> float:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2025, 11, day, h, m, tzinfo=ZONE).timestamp()


def test_every_setting_has_a_default_that_passes_its_own_check():
    for spec in SETTINGS.values():
        assert check_setting(spec.key, spec.default) == spec.default


def test_the_floor_name_may_not_be_empty_or_a_paragraph():
    assert refused("floor_name", "  ").code == "empty"
    assert refused("floor_name", "x" * 101).params == {"limit": 100}


def test_an_unknown_time_zone_is_refused_with_the_name_given():
    error = refused("floor_tz", "Asia/Shangai")
    assert (error.key, error.code, error.params["value"]) == ("floor_tz", "zone", "Asia/Shangai")
    assert check_setting("floor_tz", "Europe/Berlin") == "Europe/Berlin"


def test_backups_are_kept_one_to_365_days():
    assert check_setting("backup_retention_days", "30") == 30
    for bad in (0, 366, -5):
        error = refused("backup_retention_days", bad)
        assert (error.code, error.params["low"], error.params["high"]) == ("range", 1, 365)
    assert refused("backup_retention_days", "a month").code == "type"
    assert refused("backup_retention_days", 7.5).code == "type"


def test_the_backup_folder_must_be_a_full_path_to_a_writable_folder(tmp_path):
    assert check_setting("backup_folder", str(tmp_path)) == str(tmp_path)
    assert check_setting("backup_folder", str(tmp_path / "new" / "deeper")), \
        "a folder the backup job can create is fine"
    assert check_setting("backup_folder", "") == "", "empty: the default folder"
    assert refused("backup_folder", "backups").code == "not_absolute"
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert refused("backup_folder", str(a_file)).code == "not_a_folder"
    assert refused("backup_folder", str(a_file / "inside")).code == "not_a_folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root may write anywhere, so no folder is read-only to it")
def test_a_read_only_backup_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert refused("backup_folder", str(locked)).code == "not_writable"
    finally:
        locked.chmod(0o700)


def test_the_backup_folder_defaults_to_backups_in_the_data_folder(db, tmp_path):
    from app.paths import data_dir

    assert backup_folder(db) == data_dir() / "backups"
    set_setting(db, "backup_folder", str(tmp_path))
    assert backup_folder(db) == tmp_path
    assert get_setting(db, "backup_retention_days") == 30


def test_shift_times_override_the_file_and_the_shift_logic_uses_them(db):
    assert shift_at(at(22, "07:30"), ZONE)[1].key == "night"
    check_setting("shift_times", json.dumps({"night": ["22:00", "06:00"],
                                             "early": ["06:00", "14:00"],
                                             "late": ["14:00", "22:00"]}))
    from app.settings import set_shift_times

    set_shift_times(db, {"night": ("22:00", "06:00"), "early": ("06:00", "14:00"),
                         "late": ("14:00", "22:00")})
    assert shift_at(at(22, "07:30"), ZONE)[1].key == "night", "stored, not yet applied"
    apply_shift_times(db)
    day, shift = shift_at(at(22, "07:30"), ZONE)
    assert shift.key == "early" and (shift.start, shift.end) == ("06:00", "14:00")
    day, shift = shift_at(at(23, "03:00"), ZONE)
    assert (shift.key, day) == ("night", dt.date(2025, 11, 22)), "past midnight: its start day"
    assert shift_times(db)["late"] == ("14:00", "22:00")
    assert [s.name("zh_CN") for s in shifts()] == ["夜班", "早班", "晚班"], "names stay"


def test_overlapping_or_malformed_shift_times_are_refused():
    with pytest.raises(ShiftTimesError) as info:
        check_shift_times({"early": ["07:00", "16:00"]})  # night runs to 08:00
    assert (info.value.code, info.value.params) == ("overlap", {"shift": "night",
                                                                "other": "early"})
    with pytest.raises(ShiftTimesError) as info:
        check_shift_times({"late": ["16:00", "25:00"]})
    assert info.value.params == {"shift": "late", "which": "end", "value": "25:00"}
    with pytest.raises(ShiftTimesError) as info:
        check_shift_times({"brunch": ["10:00", "11:00"]})
    assert info.value.code == "unknown_shift"
    assert refused("shift_times", "{not json").code == "shape"
    assert refused("shift_times", json.dumps({"night": ["22:00", "08:00"]})).code == "overlap"


def test_a_night_shift_across_midnight_fits_between_two_day_shifts():
    check_shift_times({"night": ["22:00", "06:00"], "early": ["06:00", "14:00"],
                       "late": ["14:00", "22:00"]})


def test_all_changes_are_applied_in_one_go(db):
    store = roster.add_store(db, "tmall", "花语美妆旗舰店", at=0.0)
    written = apply_settings_changes(db, SettingsChanges(
        settings={"floor_name": "华东客服部", "backup_retention_days": 90},
        shift_times={"night": ("22:00", "06:00"), "early": ("06:00", "14:00"),
                     "late": ("14:00", "22:00")},
        stores={store: {"service_start": "09:00", "min_agents": "3"}},
        levels={"reply_rate": Levels(0.99, 0.96, 0.92)}), at=100.0, by="张主管")
    assert written.roster and written.alerts
    assert get_setting(db, "floor_name") == "华东客服部"
    assert get_setting(db, "backup_retention_days") == 90
    saved = roster.stores(db)[0]
    assert (saved.service_start, saved.min_agents) == ("09:00", 3)
    assert roster.history(db, "store", store)[-1].by == "张主管"
    assert levels_for(db, "reply_rate") == Levels(0.99, 0.96, 0.92)
    assert shift_at(at(22, "07:30"), ZONE)[1].key == "early", "committed: in use"


def test_one_refused_value_leaves_everything_as_it_was(db):
    store = roster.add_store(db, "tmall", "花语美妆旗舰店", at=0.0)
    with pytest.raises(SettingsApplyError) as info:
        apply_settings_changes(db, SettingsChanges(
            settings={"floor_name": "华东客服部"},
            shift_times={"night": ("22:00", "06:00"), "early": ("06:00", "14:00"),
                         "late": ("14:00", "22:00")},
            stores={store: {"service_start": "9 o'clock"}},
            levels={"reply_rate": Levels(0.99, 0.96, 0.92)}), at=100.0)
    assert (info.value.part, info.value.item) == ("stores", store)
    assert isinstance(info.value.cause, roster.RosterError)
    assert get_setting(db, "floor_name") == SETTINGS["floor_name"].default
    assert shift_times(db) == {}
    assert shift_at(at(22, "07:30"), ZONE)[1].key == "night", "nothing applied"
    assert roster.stores(db)[0].service_start == "08:00"
    assert floor_level_overrides(db) == {}


def test_levels_in_the_wrong_order_name_the_metric(db):
    with pytest.raises(SettingsApplyError) as info:
        apply_settings_changes(db, SettingsChanges(
            levels={"first_response_s": Levels(60.0, 30.0, 15.0)}), at=0.0)
    assert (info.value.part, info.value.item) == ("levels", "first_response_s")
    assert "lower is better" in str(info.value.cause)


def test_levels_back_to_the_default_remove_the_floor_override(db):
    apply_settings_changes(db, SettingsChanges(levels={"reply_rate": Levels(0.99, 0.96, 0.92)}),
                           at=0.0)
    apply_settings_changes(db, SettingsChanges(levels={"reply_rate": None}), at=1.0)
    assert floor_level_overrides(db) == {}
    assert levels_for(db, "reply_rate") == Levels(0.98, 0.95, 0.90)
