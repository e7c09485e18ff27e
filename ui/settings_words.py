"""The Settings dialog's words for what app/ refuses: setting, shift-time and level errors."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.metrics import METRICS
from app.settings import SettingError
from app.shifts import shift_by_key

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def setting_titles() -> dict[str, str]:
    return {
        "floor_name": translate("Settings", "Floor name"),
        "floor_tz": translate("Settings", "Time zone"),
        "supervisor": translate("Settings", "Supervisor"),
        "shift_times": translate("Settings", "Shift times"),
        "patrol_due": translate("Settings", "Patrol reminder"),
        "backup_folder": translate("Settings", "Backup folder"),
        "backup_retention_days": translate("Settings", "Keep backups for"),
        "demo": translate("Settings", "Demo floor"),
    }


def level_words() -> dict[str, str]:
    return {"target": translate("Settings", "target"),
            "warning": translate("Settings", "warning level"),
            "alarm": translate("Settings", "alarm level")}


def _shift_name(key: str, lang: str) -> str:
    try:
        return shift_by_key(key).name(lang)
    except ValueError:
        return key


def _templates() -> dict[str, str]:
    return {
        "empty": translate("Settings", "%1 must not be empty."),
        "too_long": translate("Settings", "%1 is longer than %2 characters."),
        "zone": translate("Settings", "Unknown time zone '%1': pick one from the list, "
                                      "for example Asia/Shanghai, or leave it empty."),
        "type": translate("Settings", "%1 must be a whole number."),
        "range": translate("Settings", "%1 must be between %2 and %3 days."),
        "not_absolute": translate("Settings", "%1: give the full path, for example "
                                              "D:\\Floorwatch\\backups or /home/you/backups."),
        "missing": translate("Settings", "%1: that drive or location does not exist."),
        "not_a_folder": translate("Settings", "%1: '%2' is a file, not a folder."),
        "not_writable": translate("Settings", "%1: Floorwatch may not write to '%2'; "
                                              "pick a folder of your own."),
        "time": translate("Settings", "%1: '%2' is not a time of day HH:MM "
                                      "(00:00 to 24:00)."),
        "overlap": translate("Settings", "%1 and %2 overlap: every moment may belong to "
                                         "one shift only."),
        "unknown_shift": translate("Settings", "There is no shift '%1'."),
        "shape": translate("Settings", "The shift times could not be read."),
    }


def setting_error_text(exc: SettingError, lang: str) -> str:
    """A SettingError in the UI language (its English text when the code is unknown)."""
    p = exc.params
    title = setting_titles().get(exc.key, exc.key)
    shift, other = _shift_name(p.get("shift", ""), lang), _shift_name(p.get("other", ""), lang)
    fills = {
        "empty": (title,), "too_long": (title, p.get("limit")), "zone": (p.get("value"),),
        "type": (title,), "range": (title, p.get("low"), p.get("high")),
        "not_absolute": (title,), "missing": (title,), "not_a_folder": (title, p.get("value")),
        "not_writable": (title, p.get("value")), "time": (shift, p.get("value")),
        "overlap": (shift, other), "unknown_shift": (p.get("shift"),), "shape": (),
    }
    template = _templates().get(exc.code)
    if template is None or exc.code not in fills:
        return str(exc)
    for n, value in enumerate(fills[exc.code], start=1):
        template = template.replace(f"%{n}", str(value))
    return template


_ORDER = re.compile(r".*?: (higher|lower) is better, so levels must satisfy .*?; "
                    r"(target|warning|alarm) \S+ is (?:above|below) (target|warning|alarm) \S+")
_NEGATIVE = re.compile(r".*?: (target|warning|alarm) cannot be negative .*")


def level_error_text(metric_key: str, message: str, lang: str) -> str:
    """validate_levels' ValueError for one metric, in the UI language."""
    metric = METRICS.get(metric_key)
    name = metric.name(lang) if metric else metric_key
    words = level_words()
    m = _ORDER.fullmatch(message)
    if m:
        template = (translate("Settings", "%1: higher is better, so the alarm level must not "
                                          "be above the warning level and the warning level "
                                          "not above the target (%2 is above %3).")
                    if m.group(1) == "higher" else
                    translate("Settings", "%1: lower is better, so the alarm level must not "
                                          "be below the warning level and the warning level "
                                          "not below the target (%2 is below %3)."))
        return (template.replace("%1", name).replace("%2", words[m.group(2)])
                .replace("%3", words[m.group(3)]))
    m = _NEGATIVE.fullmatch(message)
    if m:
        return (translate("Settings", "%1: the %2 cannot be negative.")
                .replace("%1", name).replace("%2", words[m.group(1)]))
    return message
