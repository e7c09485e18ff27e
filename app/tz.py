"""The floor's time zone: a setting, else the system zone."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def system_zone_name() -> str | None:
    """The IANA name of the system zone where it can be found."""
    if os.environ.get("TZ"):
        return os.environ["TZ"].lstrip(":")
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        return name or None
    except OSError:
        return None


def floor_zone(name: str | None = None) -> dt.tzinfo:
    """ZoneInfo for `name` (or the system zone); raises ValueError for an unknown name."""
    name = name or system_zone_name()
    if not name:
        return dt.datetime.now().astimezone().tzinfo or dt.timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def parse_instant(text: str, zone: dt.tzinfo) -> float:
    """ISO 8601 → unix seconds; a timestamp without offset is read in `zone`."""
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.timestamp()


def local_midnight(t: float, zone: dt.tzinfo) -> float:
    day = dt.datetime.fromtimestamp(t, zone).date()
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone).timestamp()
