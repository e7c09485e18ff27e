"""Cells of platform KPI exports → figures: `2分30秒`, `12.5%`, `¥1,234.50`, `1.2万`, `-`.

Each figure parser gives None for a cell that holds no figure (empty, `-`, `--` …; never
zero), a Figure (the value in the field's unit: seconds, a fraction, yuan) otherwise, or
raises CellError saying why the cell is not one.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

from app.importing.problems import CellError
from app.importing.values import ParseContext, in_range, shown
from app.kpi_catalog import PLAIN_SECONDS, catalogue

MAX_FIGURE = 1e12  # yuan of one store and day; counts and seconds stop far below
MAX_RATE = 10.0  # 1000 %: beyond that a "rate" is a broken cell
RAW_CHARS = 100  # of the cell as written, kept beside the figure

_SEPARATORS = re.compile(r"(?<=\d)[,，'\s](?=\d{3}(?!\d))")
_MONEY = re.compile(r"^(?:RMB|CNY)|[¥￥]|元$", re.I)
_COUNT_WORDS = re.compile(r"(?:人次|人|次|个|单|件|天|条)$")
_DURATION = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s*(?:天|d))?\s*(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h))?\s*"
    r"(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|min|m))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s))?", re.I)
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)")
DAY_TEXT = r"\d{4}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?|\d{8}"
_DAY = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?"
                  r"|(\d{4})(\d{2})(\d{2})")
_TIME_OF_DAY = r"(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
RANGE_JOINERS = r"\s*(?:~|～|至|到|—|–|-|_to_|_|to)\s*"
_DAY_RANGE = re.compile(rf"({DAY_TEXT}){_TIME_OF_DAY}(?:{RANGE_JOINERS}({DAY_TEXT}){_TIME_OF_DAY})?",
                        re.I)


class Figure(NamedTuple):
    value: float
    raw: str  # the cell as written (at most RAW_CHARS characters)


class Summary(NamedTuple):
    """A row that is not one store's or account's: the store's total or average."""

    kind: str  # "total" | "average"
    label: str  # as written (店铺汇总值, 合计 …)


def _plain(cell: Any) -> str | None:
    """The cell as normalised text (NFKC: full-width digits and signs become ASCII);
    None when it holds no figure."""
    if cell is None:
        return None
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    return None if text.lower() in catalogue().empty_cells else text


def _raw(cell: Any) -> str:
    text = str(cell).strip()
    return text[:RAW_CHARS]


def _number(text: str, written: Any) -> float:
    """"1,234.5", "1.2万", "-3" → float; CellError("not_number") otherwise."""
    plain = _SEPARATORS.sub("", text).strip()
    scale = 1.0
    if plain.endswith("万"):
        plain, scale = plain[:-1], 1e4
    elif plain.endswith("亿"):
        plain, scale = plain[:-1], 1e8
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", plain):
        raise CellError("not_number", value=shown(written))
    return float(plain) * scale


def _bounded(value: float, written: Any, signed: bool, maximum: float = MAX_FIGURE) -> float:
    if math.isnan(value) or math.isinf(value):
        raise CellError("not_number", value=shown(written))
    if value < 0 and not signed:
        raise CellError("negative", value=shown(written))
    if abs(value) > maximum:
        raise CellError("too_big", value=shown(written), max=f"{maximum:,.0f}")
    return value


def _numeric(cell: Any) -> float | None:
    """A workbook number as float (None for text; bools are not numbers)."""
    if isinstance(cell, bool):
        raise CellError("not_number", value=shown(cell))
    if isinstance(cell, (int, float)):
        return float(cell)
    return None


def _decorated(cell: Any, decoration: re.Pattern, signed: bool) -> Figure | None:
    """A number written with units or signs around it (`decoration` is taken out)."""
    text = _plain(cell)
    if text is None:
        return None
    value = _numeric(cell)
    if value is None:
        value = _number(decoration.sub("", text).strip(), cell)
    return Figure(_bounded(value, cell, signed), _raw(cell))


def count(cell: Any, signed: bool = False) -> Figure | None:
    """People, conversations, orders: "1,234", "12人", "1.2万"; an average may have decimals
    (a plain number, such as average reply messages, is read the same way)."""
    return _decorated(cell, _COUNT_WORDS, signed)


def money(cell: Any, signed: bool = False) -> Figure | None:
    """Yuan: "1,234.50元", "¥1,234", "￥12", "RMB 30", "1.2万元"."""
    return _decorated(cell, _MONEY, signed)


def rate(cell: Any, signed: bool = False) -> Figure | None:
    """A rate as a fraction: "12.5%" → 0.125, "3‰" → 0.003; a bare number is a fraction
    already ("0.125", or a workbook cell formatted as a percentage) and may not exceed 1."""
    text = _plain(cell)
    if text is None:
        return None
    value = _numeric(cell)
    if value is None:
        if text.endswith("%"):
            value = _number(text[:-1].strip(), cell) / 100
        elif text.endswith("‰"):
            value = _number(text[:-1].strip(), cell) / 1000
        else:
            value = _number(text, cell)
            if abs(value) > 1:
                raise CellError("kpi_not_rate", value=shown(cell))
    elif abs(value) > 1:
        raise CellError("kpi_not_rate", value=shown(cell))
    return Figure(_bounded(value, cell, signed, MAX_RATE), _raw(cell))


def duration(cell: Any, plain_unit: str = "seconds", signed: bool = False) -> Figure | None:
    """Seconds from "11秒", "2分30秒", "7小时41分52秒", "1天2小时", "02:30", "1:02:30", a
    workbook time or duration, or a bare number in the column's plain unit."""
    text = _plain(cell)
    if text is None:
        return None
    factor = PLAIN_SECONDS[plain_unit]
    if isinstance(cell, dt.timedelta):
        value = cell.total_seconds()
    elif isinstance(cell, dt.time):
        value = cell.hour * 3600 + cell.minute * 60 + cell.second + cell.microsecond / 1e6
    elif isinstance(cell, (dt.datetime, dt.date)):
        raise CellError("kpi_not_duration", value=shown(cell))
    else:
        numeric = _numeric(cell)
        value = numeric * factor if numeric is not None else _duration_text(text, cell, factor)
    return Figure(_bounded(value, cell, signed), _raw(cell))


def _duration_text(text: str, written: Any, factor: float) -> float:
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
        return float(text) * factor
    clock = _CLOCK.fullmatch(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    parts = _DURATION.fullmatch(text)
    if parts is None or not any(parts.groups()):
        raise CellError("kpi_not_duration", value=shown(written))
    days, hours, minutes, seconds = (float(p) if p else 0.0 for p in parts.groups())
    return days * 86400 + hours * 3600 + minutes * 60 + seconds


PARSERS: dict[str, Callable[..., Figure | None]] = {
    "count": count, "number": count, "yuan": money, "ratio": rate}


def figure_parser(unit: str, plain_unit: str = "seconds",
                  signed: bool = False) -> Callable[[Any, ParseContext], Figure | None]:
    """The cell parser of a column whose field has `unit`."""
    if unit == "seconds":
        return lambda cell, ctx=None: duration(cell, plain_unit, signed)
    parse = PARSERS[unit]
    return lambda cell, ctx=None: parse(cell, signed)


# -- rows that are not one store's or account's ------------------------------------------------

def summary(text: str) -> Summary | None:
    """Summary("total" | "average") when `text` names a summary row (店铺汇总值, 合计 …)."""
    cat = catalogue()
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain in cat.total_words:
        return Summary("total", plain)
    if plain in cat.average_words:
        return Summary("average", plain)
    return None


# -- days --------------------------------------------------------------------------------------

def one_day(text: str) -> dt.date | None:
    """The date of one day's text (2026-11-21, 2026/11/21, 2026年11月21日, 20261121);
    None when it is not one or no such day exists."""
    m = _DAY.fullmatch(text.strip())
    if m is None:
        return None
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def day_range(first: str, last: str | None, written: Any) -> dt.date | None:
    """The day of a one-day range (or of `first` alone); CellError for several days."""
    start = one_day(first)
    end = one_day(last) if last else start
    if start is None or end is None:
        return None
    if start != end:
        raise CellError("kpi_day_range", value=shown(written))
    in_range(start, written)
    return start


def day_of(text: str, written: Any) -> dt.date | None:
    """The day a text names: 2026-11-21, 2026/11/21, 2026.11.21, 20261121, 2026年11月21日
    (a time of day after it is ignored), or a range of one day ("2026-11-21 ~ 2026-11-21").
    None when the text is not a day; CellError for a range of several days or a day
    outside the years 2000–2099."""
    m = _DAY_RANGE.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return None if m is None else day_range(m.group(1), m.group(2), written)


def day_cell(cell: Any, ctx: ParseContext | None = None) -> dt.date | Summary | None:
    """A day column's cell: a date, Summary for 合计/平均 rows, None when empty."""
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    if isinstance(cell, dt.date):
        in_range(cell, cell)
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if float(cell).is_integer() and 20000101 <= cell <= 20991231:
            cell = str(int(cell))
        else:
            raise CellError("kpi_not_day", value=shown(cell))
    text = _plain(cell)
    if text is None:
        return None
    found = summary(text)
    if found is not None:
        return found
    day = day_of(text, cell)
    if day is None:
        raise CellError("kpi_not_day", value=shown(cell))
    return day
