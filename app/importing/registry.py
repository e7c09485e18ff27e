"""The import formats Floorwatch knows, and which of them a file's header is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.importing import conversations, kpi, roster, sessions
from app.importing.formats import HeaderMatch, TableFormat

# One entry per format module; add yours here (docs/import.md, "Adding a format").
FORMATS: list[TableFormat] = [conversations.FORMAT, sessions.FORMAT, roster.FORMAT,
                              *kpi.FORMATS]


def register(fmt: TableFormat) -> None:
    """Add a format (a module may also be listed in FORMATS above)."""
    if any(f.name == fmt.name for f in FORMATS):
        raise ValueError(f"an import format named {fmt.name!r} is already registered")
    FORMATS.append(fmt)


def best_match(headers: Sequence[Any],
               formats: Sequence[TableFormat] | None = None) -> HeaderMatch | None:
    """The format whose columns this header fits best: a complete match first, then the
    most columns found, then the largest share of its columns; None when the header has
    no column of any format. `formats`: as bound to a database (default: FORMATS)."""
    matches = [f.match(headers) for f in (FORMATS if formats is None else formats)]
    matches = [m for m in matches if m.index]
    if not matches:
        return None
    return max(matches, key=lambda m: (m.complete, len(m.index), m.score))
