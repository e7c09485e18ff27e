"""The wellbeing panel's bilingual content (resources/data/wellbeing.json) as records."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.playbooks import Choice, Label
from app.resources import load_json

STEP_TYPES = ("cover", "prompt", "listen", "outcome", "confirm", "check", "contacts", "close")
CLOSING_TYPES = ("confirm", "close")  # the last step of a case; it hands accounts back


def _text(d: dict, prefix: str = "") -> Label:
    return Label(str(d.get(prefix + "zh_CN", "")), str(d.get(prefix + "en", "")))


@dataclass(frozen=True)
class Level:
    level: int
    meaning: Label  # the full sentence of the scale
    short: Label  # a few words for a table cell


@dataclass(frozen=True)
class StepSpec:
    key: str
    type: str
    title: Label
    guide: Label
    script: Label  # what the supervisor may say (empty when none)
    check: Label  # the statement a "check" step confirms


@dataclass(frozen=True)
class CaseKind:
    key: str
    title: Label
    incident_type: str
    causes: tuple[Choice, ...]
    steps: tuple[StepSpec, ...]

    def step(self, key: str) -> StepSpec:
        for s in self.steps:
            if s.key == key:
                return s
        raise KeyError(f"{self.key} has no step {key!r}")

    def index(self, key: str) -> int:
        return [s.key for s in self.steps].index(key)


@dataclass(frozen=True)
class Content:
    scale: tuple[Level, ...]
    kinds: tuple[CaseKind, ...]
    outcomes: tuple[Choice, ...]
    contact_slots: tuple[Choice, ...]
    attempt_results: tuple[Choice, ...]
    care_kinds: tuple[Choice, ...]
    care_suggestions: tuple[Label, ...]
    recognition_dimensions: tuple[Choice, ...]
    report_counts: tuple[Choice, ...]
    report_phrases: dict[str, Label]
    incident_title: Label

    def level(self, level: int) -> Level:
        for item in self.scale:
            if item.level == level:
                return item
        raise ValueError(f"the emotion scale has levels 1-{len(self.scale)}, not {level!r}")

    def kind(self, key: str) -> CaseKind:
        for k in self.kinds:
            if k.key == key:
                return k
        raise ValueError(f"unknown wellbeing case kind {key!r}")

    @staticmethod
    def label(choices: tuple[Choice, ...], key: str, lang: str) -> str:
        for c in choices:
            if c.key == key:
                return c.label.get(lang)
        return key


def _choices(items: list[dict]) -> tuple[Choice, ...]:
    return tuple(Choice(str(i["key"]), _text(i)) for i in items)


def parse_content(data: dict) -> Content:
    """Content from the JSON document; ValueError names what is wrong."""
    if data.get("format") != 1:
        raise ValueError("wellbeing.json: unknown format")
    scale = tuple(Level(int(i["level"]), _text(i), _text(i, "short_"))
                  for i in data["emotion_scale"])
    if [lv.level for lv in scale] != [1, 2, 3, 4]:
        raise ValueError("wellbeing.json: the emotion scale must have levels 1, 2, 3, 4")
    kinds = []
    for k in data["case_kinds"]:
        steps = tuple(StepSpec(str(s["key"]), str(s["type"]), _text(s), _text(s, "guide_"),
                               _text(s, "script_"), _text(s, "check_")) for s in k["steps"])
        for s in steps:
            if s.type not in STEP_TYPES:
                raise ValueError(f"wellbeing.json: step {s.key}: unknown type {s.type!r}")
        if not steps or steps[-1].type not in CLOSING_TYPES:
            raise ValueError(f"wellbeing.json: {k['key']} must end with a confirm or close step")
        if len({s.key for s in steps}) != len(steps):
            raise ValueError(f"wellbeing.json: {k['key']} repeats a step key")
        kinds.append(CaseKind(str(k["key"]), _text(k), str(k["incident_type"]),
                              _choices(k.get("causes", [])), steps))
    return Content(
        scale=scale, kinds=tuple(kinds), outcomes=_choices(data["outcomes"]),
        contact_slots=_choices(data["contact_slots"]),
        attempt_results=_choices(data["attempt_results"]),
        care_kinds=_choices(data["care_kinds"]),
        care_suggestions=tuple(_text(i) for i in data["care_suggestions"]),
        recognition_dimensions=_choices(data["recognition_dimensions"]),
        report_counts=_choices(data["report_counts"]),
        report_phrases={k: _text(v) for k, v in data["report_phrases"].items()},
        incident_title=_text(data["incident_title"]))


@lru_cache(maxsize=1)
def content() -> Content:
    """The shipped content (read once)."""
    return parse_content(load_json("data", "wellbeing.json"))


CONTACT_SLOTS = ("relative1", "relative2", "friend")
CARE_KINDS = ("care", "one_to_one", "recognition")
