"""What a KPI export's file name says: its day and its store (`花语旗舰店_20261121.xlsx`)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from app.importing.kpi_values import DAY_TEXT, RANGE_JOINERS, day_range
from app.importing.problems import CellError

# A date (or a range of dates) not glued to other digits.
_DATES = re.compile(rf"(?<!\d)({DAY_TEXT})(?:{RANGE_JOINERS}({DAY_TEXT}))?(?!\d)", re.I)
_COPY = re.compile(r"\s*[(（]\d{1,3}[)）]$")  # "export (1)": a browser's second download
_TRIM = " _-—–.·~()（）[]【】"


@dataclass(frozen=True)
class FileName:
    day: dt.date | None  # the one day the name gives
    store: str | None  # the rest of the name once dates and export words are taken out
    several_days: str | None = None  # the name's range of several days, as written


def read_file_name(name: str, words: tuple[str, ...]) -> FileName:
    """The day and store a file name gives. `words` are parts that name the export, not
    the store (客服表现, 生意参谋, 导出 …): dropped when they stand between underscores."""
    stem = unicodedata.normalize("NFKC", name.rsplit(".", 1)[0] if "." in name else name)
    stem = _COPY.sub("", stem.strip())
    day = None
    several = None
    rest = stem
    for m in _DATES.finditer(stem):
        try:
            found = day_range(m.group(1), m.group(2), m.group(0))
        except CellError as exc:
            if exc.code != "kpi_day_range":
                continue  # a year outside 2000–2099: not a date of this file
            several = several or m.group(0)
            rest = rest.replace(m.group(0), "_", 1)
            continue
        if found is None:
            continue  # eight digits that are no date (an order number)
        if day is None:
            day = found
        rest = rest.replace(m.group(0), "_", 1)
    skip = {w.lower() for w in words}
    parts = [p.strip(_TRIM) for p in rest.split("_")]
    kept = [p for p in parts if p and p.lower() not in skip]
    store = "_".join(kept).strip(_TRIM) or None
    return FileName(day, store, several if day is None else None)
