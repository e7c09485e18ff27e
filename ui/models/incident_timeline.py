"""An incident's timeline as table rows: when, who, what, and the words of each entry.

An entry that a later one corrects stays as written, greyed, with "corrected by #n";
the correction names the entry it corrects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.incident_log import Entry, superseded
from app.playbooks import IncidentType
from ui.formatting import date_time
from ui.incident_words import field_words, kind_words, severity_words, status_words
from ui.models.table import CellValue, SnapshotTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def headers() -> list[str]:
    return [translate("Incidents", "#"), translate("Incidents", "Time"),
            translate("Incidents", "By"), translate("Incidents", "Entry"),
            translate("Incidents", "Details")]


def _yuan(value) -> str:
    return f"¥{float(value):,.2f}"


class Describer:
    """Turns an entry's kind and data into words in the interface language."""

    def __init__(self, t: IncidentType | None, lang: str, zone: dt.tzinfo) -> None:
        self.t, self.lang, self.zone = t, lang, zone
        self.kinds, self.fields = kind_words(), field_words()
        self.status, self.severity = status_words(), severity_words()

    def step_name(self, key: str | None) -> str:
        step = self.t.step(key) if self.t and key else None
        return step.label.get(self.lang) if step else (key or "")

    def _value(self, field: str, value) -> str:
        if isinstance(value, list):
            return translate("Incidents", ", ").join(value) or "—"
        if field == "severity":
            return self.severity.get(value, value)
        if field == "subtype" and self.t:
            return self.t.subtype_name(value, self.lang) if value else "—"
        return value or "—"

    def _step_data(self, e: Entry) -> str:
        d = e.data
        if "sources" in d and self.t and self.t.complaint:
            return "; ".join(f"{c.label.get(self.lang)}: {d['sources'].get(c.key, '')}"
                             for c in self.t.complaint.sources)
        if "amount" in d:
            return translate("Incidents", "worst case %1").replace("%1", _yuan(d["amount"]))
        if "tiers" in d:
            return " / ".join(f"{n}. {x}" for n, x in enumerate(d["tiers"], 1))
        if "responsibility" in d:
            return translate("Incidents", "responsible: %1").replace("%1", d["responsibility"])
        if "notes" in d:
            return d["notes"]
        if "follow_up_owner" in d:
            return (translate("Incidents", "%1 · follow-up: %2")
                    .replace("%1", d.get("solution", "")).replace("%2", d["follow_up_owner"]))
        return ""

    def what(self, e: Entry) -> str:
        kind = self.kinds.get(e.kind, e.kind)
        if e.kind in ("step_done", "step_undone"):
            return f"{kind}: {self.step_name(e.step)}"
        return kind

    def details(self, e: Entry) -> str:
        d = e.data
        parts: list[str] = []
        if e.kind == "status":
            parts.append(f"{self.status.get(d.get('from'), '')} → "
                         f"{self.status.get(d.get('to'), '')}")
        elif e.kind == "field":
            name = d.get("field", "")
            parts.append(f"{self.fields.get(name, name)}: {self._value(name, d.get('from'))} → "
                         f"{self._value(name, d.get('to'))}")
        elif e.kind == "step_done":
            parts.append(self._step_data(e))
        elif e.kind == "offer":
            parts.append(translate("Incidents", "tier %1: %2").replace("%1", str(d.get("tier")))
                         .replace("%2", d.get("offer", "")))
        elif e.kind == "reported" and self.t and self.t.complaint:
            to = {c.key: c.label.get(self.lang) for c in self.t.complaint.escalate_to}
            parts.append(translate("Incidents", "to %1").replace("%1", to.get(d.get("to"), "")))
        elif e.kind == "escalated" and "due_at" in d:
            parts.append(translate("Incidents", "(was due %1)").replace(
                "%1", date_time(d["due_at"], self.zone)))
        if e.text and not (e.kind in ("deadline_started", "deadline_met",
                                      "deadline_cancelled", "escalated", "field")):
            parts.append(e.text)
        elif e.kind in ("deadline_started", "deadline_met", "deadline_cancelled", "escalated"):
            parts.insert(0, self._pick(e.text))
        return " · ".join(p for p in parts if p)

    def _pick(self, both: str) -> str:
        """The console writes its own entries as "中文 / English": show one side."""
        zh, sep, en = both.partition(" / ")
        return (zh if self.lang.startswith("zh") else en) if sep else both


class TimelineModel(SnapshotTableModel):
    def __init__(self, zone: dt.tzinfo, lang: str, parent=None) -> None:
        super().__init__(headers(), parent)
        self.zone, self.lang = zone, lang
        self.entries: list[Entry] = []

    def set_entries(self, timeline: Sequence[Entry], t: IncidentType | None) -> None:
        self.entries = list(timeline)
        words = Describer(t, self.lang, self.zone)
        later = superseded(self.entries)
        rows = []
        for e in self.entries:
            details = words.details(e)
            if e.kind == "correction":
                details = translate("Incidents", "corrects #%1: %2").replace(
                    "%1", str(e.corrects)).replace("%2", details)
            state = None
            if e.id in later:
                details += " " + translate("Incidents", "(corrected by #%1)").replace(
                    "%1", str(later[e.id].id))
                state = "closed"
            elif e.kind == "escalated":
                state = "alarm"
            rows.append((CellValue(str(e.id), e.id, align_right=True),
                         CellValue(date_time(e.at, self.zone), e.at),
                         CellValue(e.author or "—"),
                         CellValue(words.what(e), state=state),
                         CellValue(details)))
        self.update([e.id for e in self.entries], rows)

    def entry_at(self, row: int) -> Entry:
        return self.entries[row]
