"""The roster editor's tables: stores, store accounts, agents and one row's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app import roster
from app.catalog import platform_name
from app.roster import RosterAccount, RosterAgent, RosterChange, RosterStore
from ui.formatting import date_time
from ui.models.table import CellValue, SnapshotTableModel
from ui.roster_words import Names, action_words, change_text

translate = QCoreApplication.translate
_GREY_ROLES = frozenset({int(Qt.ForegroundRole), int(Qt.ToolTipRole)})  # as ints: fast to test
Rows = tuple[list[Hashable], list[tuple[CellValue, ...]]]


def store_headers() -> list[str]:
    return [translate("Roster", "Platform"), translate("Roster", "Store"),
            translate("Roster", "Min. online"), translate("Roster", "Service hours"),
            translate("Roster", "Quiet alert"), translate("Roster", "Active accounts"),
            translate("Roster", "Retired on")]


def account_headers() -> list[str]:
    return [translate("Roster", "Platform"), translate("Roster", "Store"),
            translate("Roster", "Store account"), translate("Roster", "Held by"),
            translate("Roster", "Retired on")]


def agent_headers() -> list[str]:
    return [translate("Roster", "Agent"), translate("Roster", "Team"),
            translate("Roster", "Skill group"), translate("Roster", "Shift"),
            translate("Roster", "Accounts held"), translate("Roster", "Retired on")]


def history_headers() -> list[str]:
    return [translate("Roster", "When"), translate("Roster", "Changed by"),
            translate("Roster", "Action"), translate("Roster", "What changed")]


@dataclass(frozen=True)
class RosterSnapshot:
    """The whole roster, retired rows included, as read at one moment."""

    stores: dict[int, RosterStore]
    accounts: dict[int, RosterAccount]
    agents: dict[int, RosterAgent]
    holders: dict[int, set[int]]  # account id → the agents who hold it now

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> "RosterSnapshot":
        return cls({s.id: s for s in roster.stores(db, include_retired=True)},
                   {a.id: a for a in roster.accounts(db, include_retired=True)},
                   {a.id: a for a in roster.agents(db, include_retired=True)},
                   roster.holders(db))

    def names(self) -> Names:
        return Names({i: s.name for i, s in self.stores.items()},
                     {i: a.name for i, a in self.accounts.items()},
                     {i: a.name for i, a in self.agents.items()})

    def held_by(self, agent_id: int) -> list[RosterAccount]:
        return [self.accounts[i] for i, who in self.holders.items() if agent_id in who]

    def accounts_of(self, store_id: int) -> list[RosterAccount]:
        return [a for a in self.accounts.values()
                if a.store_id == store_id and a.retired_at is None]


def _count(n: int) -> CellValue:
    return CellValue(str(n), n, align_right=True)


def _span(start: str, end: str) -> str:
    return f"{start}–{end}" if start or end else "—"


def _retired(t: float | None, zone: dt.tzinfo) -> CellValue:
    return CellValue("" if t is None else date_time(t, zone), t or 0.0)


def _shown(records: dict, retired: bool) -> list:
    return [r for r in records.values() if retired or r.retired_at is None]


def store_rows(snap: RosterSnapshot, lang: str, zone: dt.tzinfo, retired: bool) -> Rows:
    keys, rows = [], []
    for s in _shown(snap.stores, retired):
        keys.append(s.id)
        rows.append((CellValue(platform_name(s.platform, lang)), CellValue(s.name),
                     _count(s.min_agents), CellValue(_span(s.service_start, s.service_end)),
                     CellValue(translate("Format", "%1 min").replace("%1", str(s.quiet_minutes)),
                               s.quiet_minutes, align_right=True),
                     _count(len(snap.accounts_of(s.id))), _retired(s.retired_at, zone)))
    return keys, rows


def account_rows(snap: RosterSnapshot, lang: str, zone: dt.tzinfo, retired: bool) -> Rows:
    keys, rows = [], []
    for a in _shown(snap.accounts, retired):
        store = snap.stores[a.store_id]
        holders = sorted(snap.agents[i].name for i in snap.holders.get(a.id, ()))
        keys.append(a.id)
        rows.append((CellValue(platform_name(store.platform, lang)), CellValue(store.name),
                     CellValue(a.name), CellValue(translate("Roster", ", ").join(holders)),
                     _retired(a.retired_at, zone)))
    return keys, rows


def agent_rows(snap: RosterSnapshot, lang: str, zone: dt.tzinfo, retired: bool) -> Rows:
    keys, rows = [], []
    for a in _shown(snap.agents, retired):
        keys.append(a.id)
        rows.append((CellValue(a.name), CellValue(a.team), CellValue(a.skill_group),
                     CellValue(_span(a.shift_start, a.shift_end)),
                     _count(len(snap.held_by(a.id))), _retired(a.retired_at, zone)))
    return keys, rows


def history_rows(changes: Sequence[RosterChange], snap: RosterSnapshot, lang: str,
                 zone: dt.tzinfo) -> Rows:
    names, actions = snap.names(), action_words()
    return ([c.id for c in changes],
            [(CellValue(date_time(c.at, zone), c.at), CellValue(c.by or "—"),
              CellValue(actions.get(c.action, c.action)), CellValue(change_text(c, names, lang)))
             for c in changes])


class RosterTableModel(SnapshotTableModel):
    """A SnapshotTableModel whose retired rows are drawn grey, with the date as a tooltip."""

    def __init__(self, headers: Sequence[str], retired_column: int | None = None,
                 parent=None) -> None:
        super().__init__(headers, parent)
        self.retired_column = retired_column

    def is_retired(self, row: int) -> bool:
        return self.retired_column is not None and bool(self.cell(row, self.retired_column).text)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role in _GREY_ROLES and index.isValid() and self.is_retired(index.row()):
            if role == Qt.ForegroundRole:  # greyed like disabled text, in either theme
                return QGuiApplication.palette().color(QPalette.Disabled, QPalette.Text)
            return translate("Roster", "Retired on %1").replace(
                "%1", self.cell(index.row(), self.retired_column).text)
        return super().data(index, role)
