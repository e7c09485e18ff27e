"""The daily store patrol: the checklist, one record per day and shift, answers, reminders.

The ten built-in items live in resources/data/patrol_items.json; the supervisor's changes
(order, added items, retirements) are rows of patrol_items, never deleted. Each answer is
stored with the item text it was given for, so a past record reads as it was answered.
Answers are append-only: answering again adds a row and the latest one counts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import sqlite_utils

from app.alerts import AlertChange, active_alerts, clear_alert, raise_alert
from app.coverage import online_steps
from app.resources import load_json
from app.settings import SETTINGS, Setting, SettingError, get_setting
from app.shifts import Shift, local_instant, minutes_of, shift_at, shift_by_key, shifts

RESULTS = ("ok", "problem", "na")
EVIDENCE_ACTIONS = ("login_check", "offline_messages", "yesterday_review")
ALERT_KIND = "patrol"


def _due_ok(value: str) -> None:
    if value:
        try:
            minutes_of(value)
        except ValueError as exc:
            raise SettingError(str(exc)) from exc


DUE_SETTING = Setting("patrol_due", str, "10:00",
                      "Patrol reminder time (HH:MM; empty: no reminder)",
                      "巡店提醒时间（HH:MM，留空则不提醒）", _due_ok)
SETTINGS.setdefault(DUE_SETTING.key, DUE_SETTING)  # declared here, read through app.settings


@dataclass(frozen=True)
class PatrolItem:
    key: str
    title_zh: str
    title_en: str
    detail_zh: str
    detail_en: str
    evidence: str | None
    incident_type: str
    builtin: bool
    added_at: float | None = None
    retired_at: float | None = None

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en

    def detail(self, lang: str) -> str:
        return self.detail_zh if lang.startswith("zh") else self.detail_en

    def active_at(self, t: float) -> bool:
        """On the checklist at `t`: added before it and not retired by then."""
        return (self.added_at is None or self.added_at < t) and (
            self.retired_at is None or self.retired_at >= t)


@dataclass(frozen=True)
class Answer:
    id: int
    day: str
    shift: str
    item_key: str
    title_zh: str
    title_en: str
    result: str
    note: str
    by: str
    at: float
    detail: dict[str, Any]
    incident_id: int | None

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en


@dataclass(frozen=True)
class RoundLine:
    """One line of a day's patrol: the item (as answered, if it was) and its latest answer."""

    number: int
    key: str
    title_zh: str
    title_en: str
    item: PatrolItem | None  # None: the item has since left the checklist
    answer: Answer | None

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en


@dataclass(frozen=True)
class PatrolRound:
    day: dt.date
    shift: Shift
    lines: list[RoundLine] = field(default_factory=list)
    started_at: float | None = None

    @property
    def total(self) -> int:
        return len(self.lines)

    @property
    def answered(self) -> int:
        return sum(1 for line in self.lines if line.answer is not None)

    @property
    def problems(self) -> int:
        return sum(1 for line in self.lines if line.answer and line.answer.result == "problem")

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered == self.total

    @property
    def completed_at(self) -> float | None:
        if not self.complete:
            return None
        return max(line.answer.at for line in self.lines if line.answer)

    @property
    def progress(self) -> str:
        """"7/10": items answered of the items on the checklist."""
        return f"{self.answered}/{self.total}"


# -- the checklist ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _items_file() -> dict[str, Any]:
    """resources/data/patrol_items.json, read once (it ships with the app, read-only)."""
    return load_json("data", "patrol_items.json")


def _builtin_items() -> list[PatrolItem]:
    from app.incidents import incident_types  # the incident workflow: not needed to show a round

    type_keys = {t.key for t in incident_types()}
    items = []
    for raw in _items_file()["items"]:
        if raw["evidence"] is not None and raw["evidence"] not in EVIDENCE_ACTIONS:
            raise ValueError(f"patrol_items.json: {raw['key']}: unknown evidence "
                             f"{raw['evidence']!r}")
        if raw["incident_type"] not in type_keys:
            raise ValueError(f"patrol_items.json: {raw['key']}: unknown incident type "
                             f"{raw['incident_type']!r}")
        items.append(PatrolItem(raw["key"], raw["zh_CN"], raw["en"], raw["detail_zh_CN"],
                                raw["detail_en"], raw["evidence"], raw["incident_type"], True))
    return items


def offline_window() -> tuple[str, str]:
    """The night window of item 2 (no agent online): ("00:00", "08:00") by default."""
    window = _items_file()["offline_window"]
    minutes_of(window["from"]), minutes_of(window["to"])
    return window["from"], window["to"]


def checklist(db: sqlite_utils.Database, *, include_retired: bool = False) -> list[PatrolItem]:
    """The patrol items in the supervisor's order (retired ones only when asked)."""
    rows = {r["key"]: r for r in db.query("SELECT * FROM patrol_items")}
    merged: list[tuple[tuple, PatrolItem]] = []
    for n, item in enumerate(_builtin_items()):
        row = rows.pop(item.key, None)
        position = row["position"] if row else None
        if row:
            item = PatrolItem(**{**item.__dict__, "retired_at": row["retired_at"]})
        merged.append(((position is None, position or 0, 0, n), item))
    for n, row in enumerate(sorted(rows.values(), key=lambda r: (r["added_at"] or 0, r["key"]))):
        item = PatrolItem(row["key"], row["title_zh"] or "", row["title_en"] or "",
                          row["detail_zh"] or "", row["detail_en"] or "", row["evidence"],
                          row["incident_type"] or "store_anomaly", bool(row["builtin"]),
                          row["added_at"], row["retired_at"])
        position = row["position"]
        merged.append(((position is None, position or 0, 1, n), item))
    merged.sort(key=lambda pair: pair[0])
    return [item for _, item in merged if include_retired or item.retired_at is None]


def _item(db: sqlite_utils.Database, key: str) -> PatrolItem:
    for item in checklist(db, include_retired=True):
        if item.key == key:
            return item
    raise ValueError(f"unknown patrol item {key!r}")


def _ensure_row(db: sqlite_utils.Database, key: str) -> None:
    db.execute("INSERT OR IGNORE INTO patrol_items (key, builtin) VALUES (?, 1)", [key])


def add_item(db: sqlite_utils.Database, title_zh: str, title_en: str, *, at: float,
             by: str = "", detail_zh: str = "", detail_en: str = "",
             incident_type: str = "store_anomaly") -> PatrolItem:
    """Add an item of the supervisor's own at the end of the checklist."""
    title_zh, title_en = title_zh.strip(), title_en.strip()
    if not title_zh and not title_en:
        raise ValueError("a patrol item needs a title")
    from app.incidents import incident_types

    if incident_type not in {t.key for t in incident_types()}:
        raise ValueError(f"unknown incident type {incident_type!r}")
    title_zh, title_en = title_zh or title_en, title_en or title_zh
    existing = {i.key for i in checklist(db, include_retired=True)}
    base = "custom_" + (re.sub(r"[^a-z0-9]+", "_", title_en.lower()).strip("_")[:30] or "item")
    key, n = base, 2
    while key in existing:
        key, n = f"{base}_{n}", n + 1
    with db.atomic():
        last = db.execute("SELECT max(position) FROM patrol_items").fetchone()[0]
        db.execute(
            "INSERT INTO patrol_items (key, builtin, title_zh, title_en, detail_zh, detail_en, "
            "evidence, incident_type, position, added_at, added_by) "
            "VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            [key, title_zh, title_en, detail_zh.strip(), detail_en.strip(), incident_type,
             None if last is None else last + 1, at, by])
    return _item(db, key)


def retire_item(db: sqlite_utils.Database, key: str, *, at: float) -> None:
    """Take an item off the checklist from `at` on; its past answers stay."""
    _item(db, key)
    with db.atomic():
        _ensure_row(db, key)
        db.execute("UPDATE patrol_items SET retired_at = ? WHERE key = ? AND retired_at IS NULL",
                   [at, key])


def restore_item(db: sqlite_utils.Database, key: str) -> None:
    """Put a retired item back on the checklist."""
    _item(db, key)
    with db.atomic():
        db.execute("UPDATE patrol_items SET retired_at = NULL WHERE key = ?", [key])


def reorder_items(db: sqlite_utils.Database, keys: list[str]) -> None:
    """Set the checklist order: `keys` first, in this order; any others keep their turn after."""
    known = [i.key for i in checklist(db, include_retired=True)]
    unknown = [k for k in keys if k not in known]
    if unknown or len(set(keys)) != len(keys):
        raise ValueError(f"unknown or repeated patrol items: {unknown or keys}")
    order = list(keys) + [k for k in known if k not in keys]
    with db.atomic():
        for position, key in enumerate(order):
            _ensure_row(db, key)
            db.execute("UPDATE patrol_items SET position = ? WHERE key = ?", [position, key])


# -- records ------------------------------------------------------------------------------

def _day_text(day: dt.date | str) -> str:
    if isinstance(day, str):
        return dt.date.fromisoformat(day).isoformat()
    return day.isoformat()


def _answer(row: dict) -> Answer:
    return Answer(row["id"], row["day"], row["shift"], row["item_key"], row["title_zh"],
                  row["title_en"], row["result"], row["note"], row["by"], row["at"],
                  json.loads(row["detail"] or "{}"), row["incident_id"])


def record_item(db: sqlite_utils.Database, day: dt.date | str, shift: str, item_key: str,
                result: str, note: str, by: str, at: float,
                detail: dict[str, Any] | None = None, incident_id: int | None = None) -> Answer:
    """Answer one item of the (day, shift) patrol: ok / problem / na, a note, who and when.

    detail holds structured evidence (JSON-serialisable), e.g. the login check's status per
    store account. The record of the day and shift is created by its first answer.
    """
    if result not in RESULTS:
        raise ValueError(f"result must be one of {RESULTS}, not {result!r}")
    shift_by_key(shift)
    item = _item(db, item_key)
    day_text = _day_text(day)
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO patrol_rounds (day, shift, started_at, started_by) "
                   "VALUES (?, ?, ?, ?)", [day_text, shift, at, by])
        cur = db.execute(
            "INSERT INTO patrol_answers (day, shift, item_key, title_zh, title_en, result, note, "
            "by, at, detail, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [day_text, shift, item_key, item.title_zh, item.title_en, result, note.strip(), by,
             at, detail_text, incident_id])
        answer_id = cur.lastrowid
    return _answer(next(db.query("SELECT * FROM patrol_answers WHERE id = ?", [answer_id])))


def answer_history(db: sqlite_utils.Database, day: dt.date | str, shift: str,
                   item_key: str) -> list[Answer]:
    """Every answer given to one item of one record, oldest first."""
    return [_answer(r) for r in db.query(
        "SELECT * FROM patrol_answers WHERE day = ? AND shift = ? AND item_key = ? ORDER BY id",
        [_day_text(day), shift, item_key])]


def patrol_round(db: sqlite_utils.Database, day: dt.date | str, shift: str,
                 zone: dt.tzinfo) -> PatrolRound:
    """The (day, shift) patrol: the items on the checklist during that shift plus any
    answered then (even if retired since), each with its latest answer."""
    the_shift = shift_by_key(shift)
    day_text = _day_text(day)
    the_day = dt.date.fromisoformat(day_text)
    _, shift_end = the_shift.window(the_day, zone)
    latest: dict[str, Answer] = {}
    for row in db.query("SELECT * FROM patrol_answers WHERE day = ? AND shift = ? ORDER BY id",
                        [day_text, shift]):
        latest[row["item_key"]] = _answer(row)
    lines = []
    items = checklist(db, include_retired=True)
    for item in items:
        answer = latest.get(item.key)
        if answer is None and not item.active_at(shift_end):
            continue
        title_zh, title_en = (answer.title_zh, answer.title_en) if answer else (
            item.title_zh, item.title_en)
        lines.append(RoundLine(len(lines) + 1, item.key, title_zh, title_en, item, answer))
    known = {i.key for i in items}
    for key, answer in latest.items():  # answered items the checklist no longer knows
        if key not in known:
            lines.append(RoundLine(len(lines) + 1, key, answer.title_zh, answer.title_en,
                                   None, answer))
    started = db.execute("SELECT started_at FROM patrol_rounds WHERE day = ? AND shift = ?",
                         [day_text, shift]).fetchone()
    return PatrolRound(the_day, the_shift, lines, started[0] if started else None)


def rounds_between(db: sqlite_utils.Database, start: float, end: float,
                   zone: dt.tzinfo) -> list[PatrolRound]:
    """The patrol of every shift that overlaps [start, end), in time order."""
    out = []
    day = dt.datetime.fromtimestamp(start, zone).date() - dt.timedelta(days=1)
    last = dt.datetime.fromtimestamp(end, zone).date()
    while day <= last:
        for shift in shifts():
            lo, hi = shift.window(day, zone)
            if lo < end and hi > start:
                out.append((lo, patrol_round(db, day, shift.key, zone)))
        day += dt.timedelta(days=1)
    return [r for _, r in sorted(out, key=lambda pair: pair[0])]


def open_incident_for_item(db: sqlite_utils.Database, day: dt.date | str, shift: str,
                           item_key: str, *, at: float, by: str = "", lang: str = "zh_CN",
                           title: str | None = None, severity: str | None = None,
                           note: str | None = None) -> int:
    """A problem found on patrol becomes an incident in one step.

    Opens an incident of the item's incident type, adds a timeline entry naming the patrol
    record and item, and records the item as a problem that points at the incident
    (keeping the note already given unless a new one is passed). Returns the incident id.
    """
    item = _item(db, item_key)
    history = answer_history(db, day, shift, item_key)
    previous = history[-1] if history else None
    note = (note if note is not None else (previous.note if previous else "")).strip()
    the_shift = shift_by_key(shift)
    day_text = _day_text(day)
    heading = title or (f"巡店发现问题：{item.title_zh}" if lang.startswith("zh")
                        else f"Patrol problem: {item.title_en}")
    active = [i.key for i in checklist(db)]
    number = active.index(item_key) + 1 if item_key in active else "—"
    reference = (f"巡店记录 {day_text} {the_shift.name_zh} 第 {number} 项「{item.title_zh}」"
                 f" / Patrol {day_text} {the_shift.name_en}, item {number} "
                 f"\u201c{item.title_en}\u201d [patrol:{day_text}:{shift}:{item_key}]")
    from app.incidents import add_entry, open_incident

    with db.atomic():
        incident_id = open_incident(db, at=at, type=item.incident_type, title=heading,
                                    severity=severity, owner=by)
        add_entry(db, incident_id, at=at, author=by,
                  text=reference + (f"\n{note}" if note else ""))
        record_item(db, day_text, shift, item_key, "problem", note, by, at,
                    previous.detail if previous else None, incident_id)
    return incident_id


# -- handover notes ----------------------------------------------------------------------

def save_handover_note(db: sqlite_utils.Database, day: dt.date | str, shift: str, text: str,
                       *, by: str, at: float) -> None:
    """Keep the note for the next shift (every version is kept; the latest counts)."""
    shift_by_key(shift)
    with db.atomic():
        db.execute("INSERT INTO handover_notes (day, shift, at, by, text) VALUES (?, ?, ?, ?, ?)",
                   [_day_text(day), shift, at, by, text.strip()])


def handover_note(db: sqlite_utils.Database, day: dt.date | str, shift: str) -> str:
    row = db.execute("SELECT text FROM handover_notes WHERE day = ? AND shift = ? "
                     "ORDER BY id DESC LIMIT 1", [_day_text(day), shift]).fetchone()
    return row[0] if row else ""


# -- evidence: item 2 ----------------------------------------------------------------------

@dataclass(frozen=True)
class OfflineArrival:
    """A conversation that started in the night window while nobody was online on its store."""

    conversation_id: int
    store_id: int
    platform: str
    store: str
    customer: str
    started_at: float
    first_reply_at: float | None


def offline_arrivals(db: sqlite_utils.Database, day: dt.date | str,
                     zone: dt.tzinfo) -> list[OfflineArrival]:
    """Conversations started in the night window of `day` (00:00-08:00 floor time) at a
    moment when no agent was online on that store, oldest first."""
    the_day = dt.date.fromisoformat(_day_text(day))
    frm, to = offline_window()
    start = local_instant(the_day, minutes_of(frm), zone)
    end = local_instant(the_day, minutes_of(to), zone)
    steps = online_steps(db, start, end)
    out = []
    for row in db.execute(
            "SELECT c.id, c.store_id, s.platform, s.name, c.customer, c.started_at, "
            "c.first_reply_at FROM conversations c JOIN stores s ON s.id = c.store_id "
            "WHERE c.started_at >= ? AND c.started_at < ? ORDER BY c.started_at, c.id",
            [start, end]):
        step = steps.get(row[1])
        if step is None or step.at(row[5]) == 0:
            out.append(OfflineArrival(*row))
    return out


# -- reminder ------------------------------------------------------------------------------

def reminder_key(day: dt.date) -> str:
    return f"patrol:{day.isoformat()}"


def check_reminder(db: sqlite_utils.Database, now: float,
                   zone: dt.tzinfo) -> list[AlertChange]:
    """Raise the patrol reminder when the due time has passed and the patrol of the shift
    running at that time is unfinished; clear it when that patrol is done, and clear
    reminders of other days. Writes nothing when nothing changes."""
    due_text = get_setting(db, DUE_SETTING.key)
    today = dt.datetime.fromtimestamp(now, zone).date()
    key = reminder_key(today)
    active = {a.key for a in active_alerts(db, kind=ALERT_KIND)}
    wanted = False
    shift = None
    if due_text and now >= local_instant(today, minutes_of(due_text), zone):
        found = shift_at(local_instant(today, minutes_of(due_text), zone), zone)
        if found is not None:
            shift = found[1]
            wanted = not patrol_round(db, found[0], shift.key, zone).complete
    changes = []
    for stale in sorted(active - ({key} if wanted else set())):
        cleared = clear_alert(db, stale, now)
        if cleared:
            changes.append(AlertChange("cleared", cleared))
    if wanted and key not in active and shift is not None:
        zh = f"巡店未完成：{shift.name_zh}巡店应在 {due_text} 前完成（见巡店面板）"
        en = f"Patrol unfinished: the {shift.name_en} patrol was due by {due_text} (see Patrol)"
        alert = raise_alert(db, key, ALERT_KIND, "warning", zh, en, now)
        if alert is not None:
            changes.append(AlertChange.of(alert))
    return changes
