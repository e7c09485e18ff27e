"""Incident playbooks: types, subtypes, steps and deadlines, loaded from JSON and validated.

The shipped file is resources/data/playbooks.json. A supervisor's edited copy in the user
data directory (playbooks.json there) overrides it; a copy with problems is not used: the
shipped playbooks are, and `Playbooks.problems` says what is wrong (file, entry, problem).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.paths import data_dir
from app.resources import resource_path

SEVERITIES = ("low", "medium", "high", "critical")
FORMAT = 1
FILE_NAME = "playbooks.json"
OPENED = "opened"  # a deadline that starts when the incident is opened
MAX_DEADLINE_MINUTES = 7 * 24 * 60
# Types the code refers to by key: surge alerts open reception surges; the serious
# complaint form is built on the steps below.
REQUIRED_TYPES = ("reception_surge", "serious_complaint")
COMPLAINT_STEPS = ("locate", "rules", "worst_case", "compensation", "talk", "confirm")
ESCALATE_TO = ("manager", "operations")
KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class PlaybookError(ValueError):
    """A playbooks file that cannot be used; the message names file, entry and problem."""


@dataclass(frozen=True)
class Label:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Choice:
    key: str
    label: Label


@dataclass(frozen=True)
class Step:
    key: str
    label: Label
    subtypes: tuple[str, ...] = ()  # empty: every subtype

    def applies(self, subtype: str) -> bool:
        """True when the step belongs to an incident of `subtype` ("" = not chosen: all)."""
        return not self.subtypes or not subtype or subtype in self.subtypes


@dataclass(frozen=True)
class DeadlineRule:
    key: str
    label: Label
    starts: str  # a step key, or OPENED
    until: str  # the step whose tick meets it
    minutes: float
    escalation: Label


@dataclass(frozen=True)
class ComplaintRules:
    """The serious-complaint authority bands (yuan) and the sources step 1 must check."""

    resolve_max: float
    supervisor_max: float
    sources: tuple[Choice, ...]
    escalate_to: tuple[Choice, ...]

    def band(self, amount: float) -> str:
        """"resolve" (≤ resolve_max), "supervisor" (≤ supervisor_max) or "escalate"."""
        if amount <= self.resolve_max:
            return "resolve"
        if amount <= self.supervisor_max:
            return "supervisor"
        return "escalate"


@dataclass(frozen=True)
class IncidentType:
    key: str
    label: Label
    severity: str
    subtypes: tuple[Choice, ...]
    steps: tuple[Step, ...]
    deadlines: tuple[DeadlineRule, ...] = ()
    ordered: bool = False  # steps are ticked in order (the serious-complaint form)
    complaint: ComplaintRules | None = None

    def name(self, lang: str) -> str:
        return self.label.get(lang)

    def subtype_name(self, key: str, lang: str) -> str:
        for s in self.subtypes:
            if s.key == key:
                return s.label.get(lang)
        return key

    def steps_for(self, subtype: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.applies(subtype))

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


@dataclass(frozen=True)
class Playbooks:
    types: tuple[IncidentType, ...]
    source: Path  # the file in use
    problems: tuple[str, ...] = ()  # why the supervisor's copy was not used
    rejected: Path | None = None  # that copy

    def get(self, key: str) -> IncidentType | None:
        return next((t for t in self.types if t.key == key), None)

    def __getitem__(self, key: str) -> IncidentType:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


@dataclass
class _Checker:
    """Walks the parsed JSON, collecting every problem with its place in the file."""

    file: str
    problems: list[str] = field(default_factory=list)

    def fail(self, where: str, problem: str) -> None:
        self.problems.append(f"{self.file}: {where}: {problem}" if where else
                             f"{self.file}: {problem}")

    def obj(self, value: Any, where: str) -> dict | None:
        if not isinstance(value, dict):
            self.fail(where, f"expected an object {{…}}, found {_kind(value)}")
            return None
        return value

    def items(self, parent: dict, name: str, where: str, required: bool = True) -> list:
        value = parent.get(name, None if required else [])
        if not isinstance(value, list):
            self.fail(where, f"'{name}' must be a list […]"
                      + ("" if name in parent else " and is missing"))
            return []
        return value

    def text(self, parent: dict, name: str, where: str) -> str:
        value = parent.get(name)
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"'{name}' must be a non-empty text"
                      + ("" if name in parent else " and is missing"))
            return ""
        return value.strip()

    def label(self, parent: dict, where: str) -> Label:
        return Label(self.text(parent, "zh_CN", where), self.text(parent, "en", where))

    def key(self, parent: dict, where: str, seen: set[str]) -> str:
        value = parent.get("key")
        if not isinstance(value, str) or not KEY.match(value):
            self.fail(where, "'key' must be lower-case letters, digits and _ "
                      f"(starting with a letter), found {json.dumps(value, ensure_ascii=False)}")
            return str(value)
        if value in seen:
            self.fail(where, f"key \"{value}\" is used twice")
        seen.add(value)
        return value

    def number(self, parent: dict, name: str, where: str, low: float, high: float) -> float:
        value = parent.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not low < value <= high:
            self.fail(where, f"'{name}' must be a number above {low:g} and at most {high:g}, "
                      f"found {json.dumps(value, ensure_ascii=False)}")
            return high
        return float(value)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def _at(where: str, index: int, entry: Any) -> str:
    key = entry.get("key") if isinstance(entry, dict) else None
    return f"{where}[{index}]" + (f" \"{key}\"" if isinstance(key, str) else "")


def _choices(c: _Checker, parent: dict, name: str, where: str) -> tuple[Choice, ...]:
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(c.items(parent, name, where)):
        at = f"{where} → {_at(name, i, raw)}"
        entry = c.obj(raw, at)
        if entry is not None:
            out.append(Choice(c.key(entry, at, seen), c.label(entry, at)))
    return tuple(out)


def _steps(c: _Checker, t: dict, where: str, subtypes: set[str]) -> tuple[Step, ...]:
    seen: set[str] = set()
    steps = []
    raw_steps = c.items(t, "steps", where)
    if "steps" in t and not raw_steps and isinstance(t.get("steps"), list):
        c.fail(where, "'steps' is empty: a playbook needs at least one step")
    for i, raw in enumerate(raw_steps):
        at = f"{where} → {_at('steps', i, raw)}"
        entry = c.obj(raw, at)
        if entry is None:
            continue
        key = c.key(entry, at, seen)
        only = entry.get("subtypes", [])
        if not isinstance(only, list) or not all(isinstance(s, str) for s in only):
            c.fail(at, "'subtypes' must be a list of subtype keys")
            only = []
        for s in only:
            if s not in subtypes:
                c.fail(at, f"subtype \"{s}\" is not one of this type's subtypes")
        steps.append(Step(key, c.label(entry, at), tuple(only)))
    return tuple(steps)


def _deadlines(c: _Checker, t: dict, where: str, steps: set[str]) -> tuple[DeadlineRule, ...]:
    seen: set[str] = set()
    rules = []
    for i, raw in enumerate(c.items(t, "deadlines", where, required=False)):
        at = f"{where} → {_at('deadlines', i, raw)}"
        entry = c.obj(raw, at)
        if entry is None:
            continue
        key = c.key(entry, at, seen)
        starts, until = entry.get("starts"), entry.get("until")
        if starts != OPENED and starts not in steps:
            c.fail(at, f"'starts' must be one of this type's step keys or \"{OPENED}\", "
                   f"found {json.dumps(starts, ensure_ascii=False)}")
        if until not in steps:
            c.fail(at, "'until' must be one of this type's step keys, found "
                   f"{json.dumps(until, ensure_ascii=False)}")
        elif until == starts:
            c.fail(at, "'until' must be another step than 'starts'")
        minutes = c.number(entry, "minutes", at, 0, MAX_DEADLINE_MINUTES)
        escalation = c.obj(entry.get("escalation"), f"{at} → escalation")
        rules.append(DeadlineRule(
            key, c.label(entry, at), str(starts), str(until), minutes,
            c.label(escalation, f"{at} → escalation") if escalation else Label("", "")))
    return tuple(rules)


def _complaint(c: _Checker, t: dict, where: str, steps: tuple[Step, ...]) -> ComplaintRules:
    at = f"{where} → complaint"
    raw = c.obj(t.get("complaint"), at) or {}
    missing = [k for k in COMPLAINT_STEPS if k not in {s.key for s in steps}]
    if missing:
        c.fail(where, "the serious-complaint form needs the steps "
               + ", ".join(COMPLAINT_STEPS) + "; missing: " + ", ".join(missing))
    resolve_max = c.number(raw, "resolve_max", at, 0, 1e9) if raw else 100.0
    supervisor_max = c.number(raw, "supervisor_max", at, 0, 1e9) if raw else 1000.0
    if supervisor_max < resolve_max:
        c.fail(at, "'supervisor_max' must be at least 'resolve_max'")
    sources = _choices(c, raw, "sources", at) if raw else ()
    if raw and not sources and isinstance(raw.get("sources"), list):
        c.fail(at, "'sources' is empty: step 1 needs the sources it must check")
    escalate_to = _choices(c, raw, "escalate_to", at) if raw else ()
    if raw and sorted(ch.key for ch in escalate_to) != sorted(ESCALATE_TO) and \
            isinstance(raw.get("escalate_to"), list):
        c.fail(at, "'escalate_to' must list exactly \"manager\" and \"operations\"")
    return ComplaintRules(resolve_max, supervisor_max, sources, escalate_to)


def parse_playbooks(data: Any, file: str) -> tuple[tuple[IncidentType, ...], list[str]]:
    """The incident types in parsed JSON `data`, and every problem found (empty: usable)."""
    c = _Checker(file)
    top = c.obj(data, "")
    if top is None:
        return (), c.problems
    if top.get("format") != FORMAT:
        c.fail("", f"'format' must be {FORMAT}, found {json.dumps(top.get('format'))}")
    types = []
    seen: set[str] = set()
    raw_types = c.items(top, "types", "")
    for i, raw in enumerate(raw_types):
        where = _at("types", i, raw)
        t = c.obj(raw, where)
        if t is None:
            continue
        key = c.key(t, where, seen)
        label = c.label(t, where)
        severity = t.get("severity", "medium")
        if severity not in SEVERITIES:
            c.fail(where, f"'severity' must be one of {', '.join(SEVERITIES)}, "
                   f"found {json.dumps(severity, ensure_ascii=False)}")
            severity = "medium"
        subtypes = _choices(c, t, "subtypes", where)
        steps = _steps(c, t, where, {s.key for s in subtypes})
        deadlines = _deadlines(c, t, where, {s.key for s in steps})
        ordered = t.get("ordered", False)
        if not isinstance(ordered, bool):
            c.fail(where, "'ordered' must be true or false")
            ordered = False
        complaint = _complaint(c, t, where, steps) if key == "serious_complaint" else None
        if "complaint" in t and key != "serious_complaint":
            c.fail(where, "'complaint' belongs to the \"serious_complaint\" type only")
        types.append(IncidentType(key, label, severity, subtypes, steps, deadlines,
                                  ordered or complaint is not None, complaint))
    if isinstance(top.get("types"), list):
        for needed in REQUIRED_TYPES:
            if needed not in seen:
                c.fail("types", f"type \"{needed}\" is missing (the console relies on it)")
    return tuple(types), c.problems


def read_playbooks(path: Path) -> tuple[IncidentType, ...]:
    """The validated types in the file at `path`; PlaybookError lists every problem."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PlaybookError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise PlaybookError(f"{name}: is not UTF-8 text (save it as UTF-8)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlaybookError(f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}") from None
    types, problems = parse_playbooks(data, name)
    if problems:
        raise PlaybookError("\n".join(problems))
    return types


def shipped_path() -> Path:
    return resource_path("data", FILE_NAME)


def user_path() -> Path:
    """Where the supervisor's edited copy lives (it overrides the shipped file)."""
    return data_dir() / FILE_NAME


def copy_for_editing(user_file: Path | None = None) -> Path:
    """The supervisor's copy, made from the shipped file first if there is none yet."""
    user_file = user_path() if user_file is None else user_file
    if not user_file.exists():
        user_file.parent.mkdir(parents=True, exist_ok=True)
        user_file.write_bytes(shipped_path().read_bytes())
    return user_file


def load_playbooks(user_file: Path | None = None) -> Playbooks:
    """The supervisor's copy when it exists and is valid, else the shipped playbooks.

    A broken copy never stops the console: its problems are in `.problems` (and the file
    in `.rejected`) for the panel to show. A broken shipped file is a bug: PlaybookError.
    """
    user_file = user_path() if user_file is None else user_file
    problems: tuple[str, ...] = ()
    if user_file.exists():
        try:
            return Playbooks(read_playbooks(user_file), user_file)
        except PlaybookError as exc:
            problems = tuple(str(exc).splitlines())
    shipped = shipped_path()
    return Playbooks(read_playbooks(shipped), shipped, problems,
                     user_file if problems else None)


_current: Playbooks | None = None


def playbooks() -> Playbooks:
    """The playbooks in use (loaded once; reload_playbooks() after an edit)."""
    global _current
    if _current is None:
        _current = load_playbooks()
    return _current


def reload_playbooks(user_file: Path | None = None) -> Playbooks:
    global _current
    _current = load_playbooks(user_file)
    return _current


def use_playbooks(value: Playbooks | None) -> None:
    """Put `value` in use (tests); None: load again on next use."""
    global _current
    _current = value
