"""One page of the HTTP feed (docs/http-feed.md): JSON → records and the next cursor.

Events carry the canonical import columns (docs/import.md) and are read by the import's own
cell parsers, so a feed and a file accept the same values. A page with one bad event is
refused whole (FeedOffline "bad_event"): storing the rest would move the cursor past data
that was never read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.http_fetch import FeedOffline
from app.importing import conversations, sessions
from app.importing.formats import TableFormat
from app.importing.messages import message
from app.importing.problems import CellError
from app.importing import values as v
from app.importing.values import ParseContext, shown
from app.records import Conversation, SessionEvent

MAX_CURSOR_CHARS = 1000
EVENT_TYPES: dict[str, TableFormat] = {
    "session": sessions.FORMAT,
    "conversation": conversations.FORMAT,
}
# A file holds finished conversations; a live feed also sends open ones, and again later.
OPEN_WHILE_LIVE = {"ended_at": v.optional_time}


@dataclass(frozen=True)
class FeedPage:
    events: list[SessionEvent | Conversation]
    cursor: str | None  # None: the page had no events and no cursor (nothing to move past)
    more: bool


def _shape(problem: str) -> FeedOffline:
    return FeedOffline("shape", f"the feed's answer is not a feed page: {problem}")


def parse_page(body: bytes, zone: dt.tzinfo) -> FeedPage:
    """The page in `body`, every event checked; FeedOffline for anything else."""
    try:
        doc = json.loads(body)
    except json.JSONDecodeError as exc:
        raise FeedOffline("malformed", f"the feed's answer is not valid JSON ({exc.msg}, "
                                       f"line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError):  # not UTF-8/16/32; nested deeper than Python recurses
        raise FeedOffline("malformed", "the feed's answer is not valid JSON") from None
    if not isinstance(doc, dict):
        raise _shape(f"a JSON object is expected, not {_json_type(doc)}")
    events = doc.get("events")
    if not isinstance(events, list):
        raise _shape("\"events\" is missing or not a list")
    more = doc.get("more", False)
    if not isinstance(more, bool):
        raise _shape("\"more\" is not true or false")
    cursor = doc.get("cursor")
    if cursor is None and (events or more):
        raise _shape("a page with events needs a \"cursor\"")
    if cursor is not None and not _good_cursor(cursor):
        raise _shape(f"\"cursor\" must be text of 1 to {MAX_CURSOR_CHARS} printable characters")
    ctx = ParseContext(zone)
    records = [parse_event(event, n, ctx) for n, event in enumerate(events, 1)]
    return FeedPage(records, cursor, more)


def _good_cursor(cursor: Any) -> bool:
    return (isinstance(cursor, str) and 0 < len(cursor) <= MAX_CURSOR_CHARS
            and cursor.isprintable())


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "true/false"), (dict, "an object"), (list, "a list"),
                       (str, "text"), (int, "a number"), (float, "a number")):
        if isinstance(value, kind):
            return name
    return "null"


def parse_event(event: Any, n: int, ctx: ParseContext) -> SessionEvent | Conversation:
    """Event number `n` of a page → its record, or FeedOffline naming the event and field."""
    if not isinstance(event, dict):
        raise _bad(n, None, f"is {_json_type(event)}, not an object")
    kind = event.get("type")
    fmt = EVENT_TYPES.get(kind) if isinstance(kind, str) else None
    if fmt is None:
        raise _bad(n, None, f"has the unknown type {shown(kind)!r} "
                            f"(known: {', '.join(EVENT_TYPES)})")
    values: dict[str, Any] = {}
    for col in fmt.columns:
        cell = event.get(col.name)
        if isinstance(cell, (dict, list)):
            raise _bad(n, event, f"{col.name} is {_json_type(cell)}, not a value")
        parse = OPEN_WHILE_LIVE.get(col.name, col.parse)
        try:
            values[col.name] = parse(cell, ctx)
        except CellError as err:
            raise _bad(n, event, f"{col.name} {_why(err)}") from None
    try:
        return fmt.parse_row(values, ctx)
    except CellError as err:
        raise _bad(n, event, f"{err.column or 'the event'} {_why(err)}") from None
    except ValueError as err:  # the record's own checks (records.py)
        raise _bad(n, event, str(err)) from None


def _why(err: CellError) -> str:
    if err.code == "number_not_time":  # the import's wording speaks of spreadsheet columns
        return f"is a number ({err.params.get('value')}); write times as ISO 8601 text"
    return message(err.code, "en", **err.params)


def _bad(n: int, event: dict | None, why: str) -> FeedOffline:
    what = f"event {n}"
    if event is not None:
        ident = event.get("conversation_id")
        what += f" ({event['type']}{' ' + shown(ident) if ident else ''})"
    return FeedOffline("bad_event", f"the feed sent a bad {what}: {why}; the page was not "
                                    "stored")
