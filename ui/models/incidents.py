"""The incident log as a table: one row per incident, with a live countdown column.

`set_incidents` takes a fresh snapshot; `tick(now)` recomputes the countdown cells only,
so a one-second timer emits dataChanged for those cells and nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.incident_states import STATUSES
from ui.formatting import date_time
from ui.incident_words import (SEVERITY_STATE, STATUS_STATE, countdown, severity_words,
                               status_words)
from ui.models.table import CellValue, SnapshotTableModel

if TYPE_CHECKING:  # the incident workflow is loaded with the panel's first read
    from app.deadlines import Deadline
    from app.incident_search import IncidentSummary
    from app.playbooks import Playbooks

COLUMNS = ("id", "status", "severity", "title", "clock", "type", "stores", "owner", "steps",
           "opened")  # what matters mid-shift first: the dock is often narrow
CLOCK = COLUMNS.index("clock")
WARN_SECONDS = 60.0


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def headers() -> list[str]:
    return [translate("Incidents", "#"), translate("Incidents", "Status"),
            translate("Incidents", "Severity"), translate("Incidents", "Title"),
            translate("Incidents", "Next deadline"), translate("Incidents", "Type"),
            translate("Incidents", "Stores"), translate("Incidents", "Owner"),
            translate("Incidents", "Steps"), translate("Incidents", "Opened")]


def clock_cell(clocks: Sequence[Deadline], now: float, lang: str) -> CellValue:
    """The soonest running clock: time left, or how long overdue and whether escalated."""
    if not clocks:
        return CellValue("", float("inf"))
    d = min(clocks, key=lambda c: c.due_at)
    left = d.remaining(now)
    label = d.label(lang)
    if left > 0 and not d.escalated:
        state = "warning" if left <= WARN_SECONDS else None
        return CellValue(f"{label} {countdown(left)}", left, state, align_right=True)
    text = (translate("Incidents", "%1 overdue %2 · escalated") if d.escalated
            else translate("Incidents", "%1 overdue %2"))
    return CellValue(text.replace("%1", label).replace("%2", countdown(left)), left, "alarm",
                     align_right=True)


class IncidentTableModel(SnapshotTableModel):
    def __init__(self, zone: dt.tzinfo, lang: str, parent=None) -> None:
        super().__init__(headers(), parent)
        self.zone, self.lang = zone, lang
        self.summaries: list[IncidentSummary] = []
        self._fixed: list[tuple[CellValue, ...]] = []
        self._clocks: list[list[Deadline]] = []
        self._status, self._severity = status_words(), severity_words()

    def summary_at(self, row: int) -> IncidentSummary:
        return self.summaries[row]

    def set_incidents(self, summaries: Sequence[IncidentSummary],
                      clocks: dict[int, list[Deadline]], playbooks: Playbooks,
                      now: float) -> None:
        self.summaries = list(summaries)
        self._clocks = [clocks.get(s.incident.id, []) for s in self.summaries]
        self._fixed = [self._cells(s, playbooks) for s in self.summaries]
        self._publish(now)

    def tick(self, now: float) -> bool:
        """Bring the countdown cells up to date: one dataChanged over the clock column's
        changed span. True when a clock changed state (ran late, escalated): its text got
        longer."""
        grew, first, last = False, None, None
        for r, clocks in enumerate(self._clocks):
            if not clocks:
                continue
            old, new = self.cell(r, CLOCK), clock_cell(clocks, now, self.lang)
            if new == old:
                continue
            grew = grew or new.state != old.state
            row = self._rows[r]
            self._rows[r] = row[:CLOCK] + (new,) + row[CLOCK + 1:]
            self.changed_cells += 1
            first = r if first is None else first
            last = r
        if first is not None:
            self.dataChanged.emit(self.index(first, CLOCK), self.index(last, CLOCK))
        return grew

    def _publish(self, now: float) -> None:
        rows = [fixed[:CLOCK] + (clock_cell(c, now, self.lang),) + fixed[CLOCK:]
                for fixed, c in zip(self._fixed, self._clocks)]
        self.update([s.incident.id for s in self.summaries], rows)

    def _cells(self, s: IncidentSummary, playbooks: Playbooks) -> tuple[CellValue, ...]:
        i = s.incident
        t = playbooks.get(i.type)
        type_text = t.name(self.lang) if t else i.type
        if t and i.subtype:
            type_text += " · " + t.subtype_name(i.subtype, self.lang)
        steps = [st.key for st in t.steps_for(i.subtype)] if t else []
        done = sum(1 for k in steps if k in s.steps_done)
        order = ("low", "medium", "high", "critical")
        comma = translate("Incidents", ", ")
        return (  # every column but the clock, in COLUMNS order
            CellValue(str(i.id), i.id, align_right=True),
            CellValue(self._status.get(i.status, i.status), STATUSES.index(i.status),
                      STATUS_STATE.get(i.status)),
            CellValue(self._severity.get(i.severity, i.severity),
                      order.index(i.severity) if i.severity in order else -1,
                      SEVERITY_STATE.get(i.severity)),
            CellValue(i.title),
            CellValue(type_text),
            CellValue(comma.join(s.stores)),
            CellValue(i.owner),
            CellValue(f"{done}/{len(steps)}" if steps else "—", done, align_right=True),
            CellValue(date_time(i.opened_at, self.zone), i.opened_at),
        )
