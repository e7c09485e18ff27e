"""Display formatting shared by the panels: durations, times, ratios, money."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication


def plain(action_text: str) -> str:
    """An action's text for a button: without the & accelerator or a trailing "(&X)"."""
    return re.sub(r"\(&\w\)|&", "", action_text)


def ago(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0, int(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Format", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("Format", "%1 min").replace("%1", str(seconds // 60))
    h, m = divmod(seconds // 60, 60)
    return (QCoreApplication.translate("Format", "%1 h %2 min")
            .replace("%1", str(h)).replace("%2", str(m)))


def clock_time(t: float | None, zone: dt.tzinfo) -> str:
    if t is None:
        return "—"
    return dt.datetime.fromtimestamp(t, zone).strftime("%H:%M:%S")


def date_time(t: float | None, zone: dt.tzinfo) -> str:
    if t is None:
        return "—"
    return dt.datetime.fromtimestamp(t, zone).strftime("%Y-%m-%d %H:%M")


def metric_value(value: float | int | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ratio":
        return f"{value * 100:.1f}%"
    if unit == "seconds":
        if value < 100:
            return QCoreApplication.translate("Format", "%1 s").replace("%1", f"{value:.1f}")
        return ago(value)
    if unit == "yuan":
        return f"¥{value:,.0f}" if abs(value) >= 1000 else f"¥{value:,.2f}"
    if unit == "count":
        return f"{int(value):,}"
    return f"{value:.2f}"
