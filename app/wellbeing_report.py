"""The wellbeing section of the shift report: anonymous counts unless names are asked for.

Counts come from plain columns only (how many check-ins, cases, care entries), so they need
no passphrase. Names and what happened (levels, case kinds and outcomes, care kinds) are
added only when the supervisor ticks the option in the report dialog while the wellbeing
data is unlocked: the dialog then passes a WellbeingAccess holding the key. Notes and
emergency contacts never go into a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlite_utils

from app.wellbeing import care, cases, checkins
from app.wellbeing.content import Content, content
from app.wellbeing.vault import FieldCipher


@dataclass(frozen=True)
class WellbeingCount:
    label_zh: str
    label_en: str
    count: int

    def label(self, lang: str) -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


@dataclass(frozen=True)
class WellbeingSection:
    counts: tuple[WellbeingCount, ...] = ()
    named: tuple[tuple[str, str], ...] = field(default=())  # (agent, what): only when included

    @property
    def empty(self) -> bool:
        return not self.counts and not self.named


@dataclass(frozen=True)
class WellbeingAccess:
    """What naming agents in the report needs: the unlocked key, the language, the zone."""

    cipher: FieldCipher
    lang: str
    zone: dt.tzinfo


def anonymous_counts(db: sqlite_utils.Database, start: float, end: float) -> dict[str, int]:
    """Count key (resources/data/wellbeing.json report_counts) → number, for [start, end)."""
    found = {"checkins": checkins.count_between(db, start, end)}
    found.update(cases.cases_between(db, start, end))
    found.update(care.counts_between(db, start, end))
    return found


def _named(db: sqlite_utils.Database, start: float, end: float,
           access: WellbeingAccess) -> list[tuple[float, str, str]]:
    c: Content = content()
    lang, cipher = access.lang, access.cipher
    names = dict(db.execute("SELECT id, name FROM agents").fetchall())
    phrase = {k: v.get(lang) for k, v in c.report_phrases.items()}

    def hhmm(t: float) -> str:
        return dt.datetime.fromtimestamp(t, access.zone).strftime("%m-%d %H:%M")

    out = []
    for ci in checkins.checkins_between(db, cipher, start, end, None):
        level = c.level(ci.level)
        out.append((ci.at, names.get(ci.agent_id, "?"), phrase["checkin"]
                    .replace("%1", hhmm(ci.at))
                    .replace("%2", f"{ci.level} · {level.short.get(lang)}")))
    for state in cases.cases_touching(db, cipher, start, end):
        case, kind = state.case, state.kind
        title = kind.title.get(lang)
        if case.closed_at is not None and case.closed_at < end:
            text = (phrase["case_closed"].replace("%1", hhmm(case.closed_at))
                    .replace("%2", str(case.id)).replace("%3", title))
        else:
            text = (phrase["case"].replace("%1", hhmm(case.opened_at))
                    .replace("%2", str(case.id)).replace("%3", title)
                    .replace("%4", str(min(state.step_number, len(kind.steps))))
                    .replace("%5", str(len(kind.steps))))
        chosen = [o for e in state.done.values() for o in e.data.get("outcomes", [])]
        if chosen:
            text += "；" if lang.startswith("zh") else "; "
            text += phrase["outcome"].replace("%1", "、".join(
                Content.label(c.outcomes, k, lang) for k in chosen))
        out.append((case.opened_at, names.get(case.agent_id, "?"), text))
    for entry in care.entries_between(db, cipher, start, end):
        what = Content.label(c.care_kinds, entry.kind, lang)
        if entry.dimensions:
            what += ": " + "、".join(Content.label(c.recognition_dimensions, d, lang)
                                     for d in entry.dimensions)
        who = names.get(entry.agent_id, "?") if entry.agent_id else phrase["team"]
        out.append((entry.at, who, phrase["care"].replace("%1", hhmm(entry.at))
                    .replace("%2", what)))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def wellbeing_section(db: sqlite_utils.Database, start: float, end: float, *,
                      include_names: bool = False,
                      access: WellbeingAccess | None = None) -> WellbeingSection:
    """What the wellbeing records of [start, end) add to the report.

    Always anonymous counts (none when there is nothing to count); with include_names and
    an unlocked `access`, also one line per check-in, case and care entry naming the agent.
    """
    found = anonymous_counts(db, start, end)
    counts = tuple(WellbeingCount(item.label.zh, item.label.en, found.get(item.key, 0))
                   for item in content().report_counts)
    if not any(c.count for c in counts):
        counts = ()
    named: tuple[tuple[str, str], ...] = ()
    if include_names and access is not None:
        named = tuple((who, what) for _, who, what in _named(db, start, end, access))
    return WellbeingSection(counts, named)
