"""Cell values of import files → Python values, or a CellError saying why not."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.catalog import platform_key
from app.importing.problems import CellError

MAX_TEXT = 200  # characters in a name, customer or id; a longer cell is a broken export
MAX_COUNT = 1_000_000  # messages or replies in one conversation
MAX_SECONDS = 1e9  # about 31 years
MAX_MONEY = 1e10  # yuan in one conversation
FIRST_YEAR, LAST_YEAR = 2000, 2099
SHOWN_CHARS = 40  # of a bad value quoted back in a message

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TIME = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?", re.I)
_MONEY_DECOR = re.compile(r"[¥￥,，\s]|元$|^RMB|^CNY", re.I)

TRUE_WORDS = frozenset({"1", "是", "true", "yes", "y", "t"})
FALSE_WORDS = frozenset({"0", "否", "false", "no", "n", "f"})
RATING_WORDS = {"很满意": 5, "非常满意": 5, "满意": 4, "一般": 3, "不满意": 2, "很不满意": 1,
                "非常不满意": 1}
STATUS_WORDS = {"online": "online", "在线": "online", "away": "away", "挂起": "away",
                "offline": "offline", "离线": "offline"}


@dataclass
class ParseContext:
    """What parsing needs besides the cell: the zone of offset-less times; what it noticed."""

    zone: dt.tzinfo
    unknown_platforms: dict[str, int] = field(default_factory=dict)
    # What the format learnt about the file being read (TableFormat.begin_file sets it):
    # formats are shared instances, so per-file facts live here, not on them.
    file_facts: dict[str, Any] = field(default_factory=dict)


def shown(value: Any) -> str:
    """A cell quoted back to the user: one line, at most SHOWN_CHARS characters."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def _text_of(cell: Any) -> str:
    """Any cell as stripped text; whole floats from a workbook lose their ".0"."""
    if type(cell) is str:
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e18:
        return str(int(cell))
    if isinstance(cell, bool):
        return "1" if cell else "0"
    return str(cell).strip()


def optional_text(cell: Any, ctx: ParseContext | None = None) -> str | None:
    """A name or id; empty → None. Formula-looking text stays text (never evaluated)."""
    text = _text_of(cell)
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise CellError("too_long", max=MAX_TEXT, length=len(text))
    if _CONTROL.search(text):
        raise CellError("control_chars")
    return text


def text(cell: Any, ctx: ParseContext | None = None) -> str:
    value = optional_text(cell, ctx)
    if value is None:
        raise CellError("empty")
    return value


@lru_cache(maxsize=256)
def _platform(written: str) -> tuple[str, bool]:
    key = platform_key(written)
    return (key, True) if key else (written, False)


def platform(cell: Any, ctx: ParseContext) -> str:
    """A platform key ("jd") from a key or display name (京东, JD); unknown names kept."""
    value, known = _platform(text(cell, ctx))
    if not known:
        ctx.unknown_platforms[value] = ctx.unknown_platforms.get(value, 0) + 1
    return value


def _number_text(cell: Any) -> str:
    value = _text_of(cell)
    if not value:
        raise CellError("empty")
    return unicodedata.normalize("NFKC", value) if not value.isascii() else value


def _bounded(number: float, written: Any, maximum: float) -> None:
    if math.isnan(number) or math.isinf(number):
        raise CellError("not_number", value=shown(written))
    if number < 0:
        raise CellError("negative", value=shown(written))
    if number > maximum:
        raise CellError("too_big", value=shown(written), max=f"{maximum:,.0f}")


def count(cell: Any, ctx: ParseContext | None = None) -> int:
    """A whole number ≥ 0 ("3", 3, 3.0)."""
    if type(cell) is str:  # the usual case, fast
        plain = cell.strip()
        if plain.isdigit() and plain.isascii() and len(plain) < 7:
            return int(plain)
    if isinstance(cell, bool):
        raise CellError("not_whole", value=shown(cell))
    if isinstance(cell, int):
        number: float = cell
    else:
        written = _number_text(cell)
        try:
            number = float(written)
        except (ValueError, OverflowError):
            raise CellError("not_number", value=shown(written)) from None
    _bounded(number, cell, MAX_COUNT)
    if not float(number).is_integer():
        raise CellError("not_whole", value=shown(cell))
    return int(number)


def seconds(cell: Any, ctx: ParseContext | None = None) -> float:
    """A duration in seconds ≥ 0."""
    return _real(cell, MAX_SECONDS)


def money(cell: Any, ctx: ParseContext | None = None) -> float:
    """An amount in yuan ≥ 0; "¥1,299.00", "1299元" are read as 1299.0."""
    return _real(cell, MAX_MONEY, decorated=True)


def _real(cell: Any, maximum: float, decorated: bool = False) -> float:
    if type(cell) is str:  # the usual case, fast
        try:
            number = float(cell)
        except ValueError:
            pass
        else:
            if 0.0 <= number <= maximum:  # False for NaN
                return number
    if isinstance(cell, bool):
        raise CellError("not_number", value=shown(cell))
    if isinstance(cell, (int, float)):
        number = float(cell)
    else:
        written = _number_text(cell)
        plain = _MONEY_DECOR.sub("", written) if decorated else written
        try:
            number = float(plain)
        except ValueError:
            raise CellError("not_number", value=shown(written)) from None
    _bounded(number, cell, maximum)
    return number


def flag(cell: Any, ctx: ParseContext | None = None) -> bool:
    """0/1, 是/否, true/false, yes/no."""
    word = _text_of(cell).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    if not word:
        raise CellError("empty")
    raise CellError("not_flag", value=shown(cell))


def rating(cell: Any, ctx: ParseContext | None = None) -> int | None:
    """Empty, 1-5, or 很满意/满意/一般/不满意/很不满意 (5 … 1)."""
    word = _text_of(cell)
    if not word:
        return None
    if word in RATING_WORDS:
        return RATING_WORDS[word]
    if word in {"1", "2", "3", "4", "5"}:
        return int(word)
    raise CellError("not_rating", value=shown(cell))


def status(cell: Any, ctx: ParseContext | None = None) -> str:
    """online/away/offline or 在线/挂起/离线."""
    word = _text_of(cell)
    if not word:
        raise CellError("empty")
    found = STATUS_WORDS.get(word.lower())
    if found is None:
        raise CellError("not_status", value=shown(cell))
    return found


def in_range(value: dt.date, written: Any) -> None:
    """CellError("time_range") unless `value` (a date or date-time) is in FIRST_YEAR–LAST_YEAR."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise CellError("time_range", value=shown(written), first=FIRST_YEAR, last=LAST_YEAR)


def _from_text(written: str, zone: dt.tzinfo) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(written)
    except ValueError:
        value = None
    else:
        if len(written) <= 10:  # a date alone ("2026-11-21" or "20261121")
            raise CellError("no_time_of_day", value=shown(written))
    if value is None:
        value = _loose_time(written)
    in_range(value, written)
    return value if value.tzinfo else value.replace(tzinfo=zone)


def _loose_time(written: str) -> dt.datetime:
    """"2026/11/21 9:05:00" and friends: what a spreadsheet writes for a date-time."""
    m = _TIME.fullmatch(written)
    if m is None:
        raise CellError("not_time", value=shown(written))
    y, mo, d, h, mi, s, frac, off = m.groups()
    if h is None:
        raise CellError("no_time_of_day", value=shown(written))
    tz = None
    if off:
        if off.upper() == "Z":
            tz = dt.timezone.utc
        else:
            digits = off[1:].replace(":", "")
            minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
            if minutes >= 24 * 60:
                raise CellError("not_time", value=shown(written))
            tz = dt.timezone(dt.timedelta(minutes=minutes if off[0] == "+" else -minutes))
    try:
        return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0),
                           int((frac or "0").ljust(6, "0")), tzinfo=tz)
    except ValueError:
        raise CellError("not_time", value=shown(written)) from None


def optional_time(cell: Any, ctx: ParseContext) -> float | None:
    """ISO 8601 (or a workbook date-time) → unix seconds; no offset = ctx.zone; empty → None."""
    if type(cell) is str:  # the usual case, fast: ISO 8601 text
        written = cell.strip()
        if not written:
            return None
        if len(written) > 10:
            try:
                value = dt.datetime.fromisoformat(written)
            except ValueError:
                pass
            else:
                if FIRST_YEAR <= value.year <= LAST_YEAR:
                    return (value if value.tzinfo else value.replace(tzinfo=ctx.zone)).timestamp()
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        in_range(cell, cell)
        return (cell if cell.tzinfo else cell.replace(tzinfo=ctx.zone)).timestamp()
    if isinstance(cell, (dt.date, dt.time)):
        raise CellError("no_time_of_day", value=shown(cell))
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        raise CellError("number_not_time", value=shown(cell))
    written = str(cell).strip()
    if not written:
        return None
    return _from_text(unicodedata.normalize("NFKC", written), ctx.zone).timestamp()


def time(cell: Any, ctx: ParseContext) -> float:
    value = optional_time(cell, ctx)
    if value is None:
        raise CellError("empty")
    return value
