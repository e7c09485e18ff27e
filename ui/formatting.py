"""Display formatting shared by the panels: durations, times, ratios, money — in the
conventions of the chosen language's QLocale (ui/i18n.py makes it the default locale)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


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


def _chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Chinese


def date_format(locale: QLocale | None = None) -> str:
    """Chinese: 2025-11-22 (the numeric date of GB/T 7408); otherwise the locale's short date."""
    locale = locale or QLocale()
    return "yyyy-MM-dd" if _chinese(locale) else locale.dateFormat(QLocale.ShortFormat)


def time_format(locale: QLocale | None = None, seconds: bool = False) -> str:
    """The locale's short time (24-hour in Chinese, "2:03 PM" in US English)."""
    locale = locale or QLocale()
    fmt = "HH:mm" if _chinese(locale) else locale.timeFormat(QLocale.ShortFormat)
    return fmt.replace("mm", "mm:ss", 1) if seconds else fmt


def _local(t: float, zone: dt.tzinfo) -> tuple[QDate, QTime]:
    moment = dt.datetime.fromtimestamp(t, zone)
    return (QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second))


def clock_time(t: float | None, zone: dt.tzinfo) -> str:
    if t is None:
        return "—"
    return QLocale().toString(_local(t, zone)[1], time_format(seconds=True))


def date_time(t: float | None, zone: dt.tzinfo) -> str:
    if t is None:
        return "—"
    locale = QLocale()
    day, time = _local(t, zone)
    return (f"{locale.toString(day, date_format(locale))} "
            f"{locale.toString(time, time_format(locale))}")


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal point."""
    return QLocale().toString(float(value), "f", decimals) if decimals else \
        QLocale().toString(int(round(value)))


def money(value: float) -> str:
    """Yuan: whole yuan from ¥1,000 up, else with fen; a minus sign, never brackets."""
    decimals = 0 if abs(value) >= 1000 else 2
    text = QLocale().toCurrencyString(abs(float(value)), "¥", decimals)
    return f"-{text}" if value < 0 else text


def metric_value(value: float | int | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ratio":
        return number(value * 100, 1) + QLocale().percent()
    if unit == "seconds":
        if value < 100:
            return QCoreApplication.translate("Format", "%1 s").replace("%1", number(value, 1))
        return ago(value)
    if unit == "yuan":
        return money(value)
    if unit == "count":
        return number(value)
    return number(value, 2)
