"""The roster editor: stores, store accounts and agents — add, edit, retire, restore, assign.

Every change is saved at once through app/roster.py (history kept, nothing deleted) and
announced with `changed` (a ChangeSet with roster=True) so the panels can refresh.
Keys in the tables: Enter edits, Ins adds, Del retires (after a confirmation); Ctrl+F filters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from app import roster
from app.records import ChangeSet
from app.roster import RosterChange, RosterError
from app.settings import get_setting
from ui.context import AppContext
from ui.storage_words import error_text
from ui.dialogs.roster_forms import AccountForm, AgentForm, PickAgentDialog, StoreForm
from ui.models.roster import (RosterSnapshot, RosterTableModel, account_headers, account_rows,
                              agent_headers, agent_rows, history_headers, history_rows,
                              store_headers, store_rows)
from ui.models.table import SnapshotTableModel
from ui.roster_words import roster_error
from ui.theme import mark_error
from ui.views import data_table

ENTITIES = ("store", "account", "agent")
_ROWS = {"store": store_rows, "account": account_rows, "agent": agent_rows}
_RETIRE = {"store": (roster.retire_store, roster.restore_store),
           "account": (roster.retire_account, roster.restore_account),
           "agent": (roster.retire_agent, roster.restore_agent)}
_EDIT_KEYS = (Qt.Key_Return, Qt.Key_Enter)


def _table(model, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    return data_table(model, parent, single=True)


class RosterDialog(QDialog):
    changed = Signal(object)  # ChangeSet(roster=True), after every saved change

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snap = RosterSnapshot.load(ctx.db)
        self.setObjectName("dialog.roster")
        self.setWindowTitle(self.tr("Roster"))
        self.resize(1040, 700)

        self.filter = QLineEdit()
        self.filter.setObjectName("rosterFilter")
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.setToolTip(self.tr("Also list retired stores, accounts and agents "
                                             "(grey, with the date they were retired)"))
        self.show_retired.toggled.connect(lambda _on: self.fill())
        QShortcut(QKeySequence.Find, self).activated.connect(self._focus_filter)

        self.models: dict[str, RosterTableModel] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        self.views: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        for entity, headers in (("store", store_headers()), ("account", account_headers()),
                                ("agent", agent_headers())):
            model = RosterTableModel(headers, len(headers) - 1, self)
            view, proxy = _table(model, self)
            view.setObjectName(f"roster.{entity}s")
            view.installEventFilter(self)
            view.doubleClicked.connect(lambda _index: self.edit())
            view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
            self.models[entity], self.proxies[entity], self.views[entity] = model, proxy, view
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(lambda _i: self._selected())

        self.add_button = self._button(self.tr("Add…"), self.tr("Add (Ins)"), self.add)
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit the selected row (Enter)"),
                                        self.edit)
        self.retire_button = self._button(
            self.tr("Retire…"), self.tr("Retire the selected row (Del); its history is kept"),
            self.retire)
        self.restore_button = self._button(self.tr("Restore"),
                                           self.tr("Bring a retired row back"), self.restore)
        self.assign_button = self._button(self.tr("Assign agent…"),
                                          self.tr("Give this store account to an agent"),
                                          self.assign)
        self.unassign_button = self._button(self.tr("Unassign…"),
                                            self.tr("Take this store account back from an agent"),
                                            self.unassign)

        self.history_title = QLabel()
        self.history_model = SnapshotTableModel(history_headers(), self)
        self.history_view, _ = _table(self.history_model, self)
        self.history_view.setObjectName("roster.history")
        self.history_view.setAccessibleName(self.tr("History of the selected row"))
        self.history_view.setSortingEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("rosterMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.Close).setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_retired)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button,
                       self.restore_button, self.assign_button, self.unassign_button):
            actions.addWidget(button)
        actions.addStretch(1)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.tabs, 1)
        upper_layout.addLayout(actions)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.fill()
        for view in self.views.values():
            view.sortByColumn(0 if view is not self.views["account"] else 1, Qt.AscendingOrder)

    def _button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt virtual)
        """In a table: Enter edits, Ins adds, Del retires."""
        if watched in self.views.values() and event.type() == QEvent.KeyPress \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            key = event.key()
            action = (self.edit if key in _EDIT_KEYS else self.add if key == Qt.Key_Insert
                      else self.retire if key == Qt.Key_Delete else None)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.ShortcutFocusReason)
        self.filter.selectAll()

    def _filter(self, text: str) -> None:
        for proxy in self.proxies.values():
            proxy.setFilterFixedString(text)
        self._selected()

    # -- what is shown ---------------------------------------------------------------------
    def entity(self) -> str:
        return ENTITIES[self.tabs.currentIndex()]

    def selected_id(self, entity: str | None = None) -> int | None:
        entity = entity or self.entity()
        index = self.views[entity].currentIndex()
        if not index.isValid():
            return None
        return int(self.models[entity].key_at(self.proxies[entity].mapToSource(index).row()))

    def select(self, entity: str, row_id: int) -> None:
        """Show `entity`'s tab with `row_id` as its current row."""
        self.tabs.setCurrentIndex(ENTITIES.index(entity))
        self._make_current(entity, row_id)

    def _make_current(self, entity: str, row_id: int | None) -> None:
        model, proxy, view = self.models[entity], self.proxies[entity], self.views[entity]
        rows = [r for r in range(model.rowCount()) if model.key_at(r) == row_id]
        index = proxy.mapFromSource(model.index(rows[0], 0)) if rows else proxy.index(0, 0)
        if index.isValid():
            view.setCurrentIndex(index)
            view.scrollTo(index)

    def fill(self) -> None:
        """Read the roster again and update the three tables, keeping the selections."""
        chosen = {e: self.selected_id(e) for e in ENTITIES}
        self.snap = RosterSnapshot.load(self.ctx.db)
        retired = self.show_retired.isChecked()
        titles = {"store": self.tr("Stores (%1)"), "account": self.tr("Store accounts (%1)"),
                  "agent": self.tr("Agents (%1)")}
        for i, entity in enumerate(ENTITIES):
            keys, rows = _ROWS[entity](self.snap, self.ctx.lang, self.ctx.zone, retired)
            self.models[entity].update(keys, rows)
            active = sum(1 for r in self._records(entity).values() if r.retired_at is None)
            self.tabs.setTabText(i, titles[entity].replace("%1", str(active)))
            if self.selected_id(entity) != chosen[entity] or chosen[entity] is None:
                self._make_current(entity, chosen[entity])
        self._selected()

    def _records(self, entity: str) -> dict[int, Any]:
        return {"store": self.snap.stores, "account": self.snap.accounts,
                "agent": self.snap.agents}[entity]

    def selected(self) -> Any:
        row_id = self.selected_id()
        return None if row_id is None else self._records(self.entity()).get(row_id)

    def _selected(self) -> None:
        """Buttons and the history pane follow the selected row."""
        entity, record = self.entity(), self.selected()
        active = record is not None and record.retired_at is None
        self.edit_button.setEnabled(active)
        self.retire_button.setEnabled(active)
        self.restore_button.setEnabled(record is not None and not active)
        self.add_button.setEnabled(entity != "account" or any(
            s.retired_at is None for s in self.snap.stores.values()))
        on_accounts = entity == "account"
        self.assign_button.setVisible(on_accounts)
        self.unassign_button.setVisible(on_accounts)
        self.assign_button.setEnabled(on_accounts and active)
        self.unassign_button.setEnabled(
            on_accounts and record is not None and bool(self.snap.holders.get(record.id)))
        changes = self.history_of(entity, record.id) if record is not None else []
        keys, rows = history_rows(changes, self.snap, self.ctx.lang, self.ctx.zone)
        self.history_model.update(keys, rows)
        self.history_title.setText(
            self.tr("History of %1").replace("%1", record.name) if record is not None
            else self.tr("History: select a row"))

    def history_of(self, entity: str, row_id: int) -> list[RosterChange]:
        """The row's own changes and, for accounts and agents, who held what; newest first."""
        changes = roster.history(self.ctx.db, entity, row_id)
        if entity in ("account", "agent"):
            changes += [c for c in roster.history(self.ctx.db, "assignment")
                        if c.detail.get(f"{entity}_id") == row_id]
        return sorted(changes, key=lambda c: (c.at, c.id), reverse=True)

    # -- changes -----------------------------------------------------------------------------
    def _by(self) -> str:
        return str(get_setting(self.ctx.db, "supervisor"))

    def _saved(self, text: str, select: tuple[str, int] | None = None) -> None:
        self.fill()
        if select is not None:
            self.select(*select)
        self._say(text, error=False)
        self.changed.emit(ChangeSet(roster=True))

    def _write(self, write: Callable[[], object], done: str) -> bool:
        """Run one roster change; a refusal or a storage problem is said, never raised."""
        try:
            write()
        except RosterError as exc:
            self._say(roster_error(str(exc))[0])
            return False
        except Exception as exc:  # disk full, database locked …
            self._say(self.tr("Not saved: %1").replace("%1", error_text(exc, self.ctx.lang)))
            return False
        self._saved(done)
        return True

    def _say(self, text: str, error: bool = True) -> None:
        """The line under the tables: what was just done, or why it was not."""
        mark_error(self.message, error)
        self.message.setText(text)

    def _form(self, form, entity: str, added: list[int], done: str) -> None:
        if form.exec() == QDialog.Accepted:
            self._saved(done, (entity, added[0]) if added else None)

    def add(self) -> None:
        entity, db, at, by, added = self.entity(), self.ctx.db, self.ctx.now(), self._by(), []
        if entity == "store":
            form = StoreForm(lambda v: added.append(roster.add_store(
                db, v.pop("platform"), v.pop("name"), at=at, by=by, **v)), None,
                self.ctx.lang, self)
        elif entity == "account":
            stores = [s for s in self.snap.stores.values() if s.retired_at is None]
            if not stores:
                self._say(self.tr("Add a store first: every store account belongs to one."))
                return
            current = self.selected()
            form = AccountForm(lambda v: added.append(roster.add_account(
                db, v["store_id"], v["name"], at=at, by=by)), None, stores, self.ctx.lang, self)
            if current is not None:
                combo = form.fields["store_id"]
                combo.setCurrentIndex(max(0, combo.findData(current.store_id)))
        else:
            form = AgentForm(lambda v: added.append(roster.add_agent(
                db, v.pop("name"), at=at, by=by, **v)), None, *self._groups(), self)
        self._form(form, entity, added, self.tr("✔ Added."))

    def edit(self) -> None:
        entity, record = self.entity(), self.selected()
        if record is None or record.retired_at is not None:
            return
        db, at, by = self.ctx.db, self.ctx.now(), self._by()
        if entity == "store":
            form = StoreForm(lambda v: roster.edit_store(db, record.id, at=at, by=by, **v),
                             record, self.ctx.lang, self)
        elif entity == "account":
            form = AccountForm(lambda v: roster.edit_account(db, record.id, at=at, by=by, **v),
                               record, list(self.snap.stores.values()), self.ctx.lang, self)
        else:
            form = AgentForm(lambda v: roster.edit_agent(db, record.id, at=at, by=by, **v),
                             record, *self._groups(), self)
        self._form(form, entity, [], self.tr("✔ Saved."))

    def _groups(self) -> tuple[list[str], list[str]]:
        agents = self.snap.agents.values()
        return (sorted({a.team for a in agents if a.team}),
                sorted({a.skill_group for a in agents if a.skill_group}))

    def consequence(self, entity: str, row_id: int) -> str:
        """What retiring this row also does, in a sentence for the confirmation."""
        snap = self.snap
        if entity == "store":
            accounts = snap.accounts_of(row_id)
            held = sum(len(snap.holders.get(a.id, ())) for a in accounts)
            return (self.tr("Its %1 store accounts are retired with it and %2 assignments "
                            "end. Restoring the store later does not restore its accounts.")
                    .replace("%1", str(len(accounts))).replace("%2", str(held)))
        if entity == "account":
            holders = sorted(snap.agents[i].name for i in snap.holders.get(row_id, ()))
            if not holders:
                return self.tr("Nobody holds it.")
            return (self.tr("%1 agents hand it back: %2.").replace("%1", str(len(holders)))
                    .replace("%2", self.tr(", ").join(holders)))
        accounts = sorted(a.name for a in snap.held_by(row_id))
        if not accounts:
            return self.tr("They hold no store accounts.")
        return (self.tr("They hand back %1 store accounts: %2.").replace("%1", str(len(accounts)))
                .replace("%2", self.tr(", ").join(accounts)))

    def retire(self) -> None:
        entity, record = self.entity(), self.selected()
        if record is None or record.retired_at is not None:
            return
        question = {"store": self.tr("Retire the store %1?"),
                    "account": self.tr("Retire the store account %1?"),
                    "agent": self.tr("Retire the agent %1?")}[entity].replace("%1", record.name)
        text = "\n\n".join((question, self.consequence(entity, record.id),
                             self.tr("The history is kept; a retired row can be restored.")))
        answer = QMessageBox.question(self, self.tr("Retire"), text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self._retire_or_restore(entity, record, 0,
                                    self.tr("✔ Retired %1.").replace("%1", record.name))

    def restore(self) -> None:
        entity, record = self.entity(), self.selected()
        if record is not None and record.retired_at is not None:
            self._retire_or_restore(entity, record, 1,
                                    self.tr("✔ Restored %1.").replace("%1", record.name))

    def _retire_or_restore(self, entity: str, record: Any, which: int, done: str) -> None:
        change = _RETIRE[entity][which]
        self._write(lambda: change(self.ctx.db, record.id, at=self.ctx.now(), by=self._by()),
                    done)

    def assign(self) -> None:
        record = self.selected() if self.entity() == "account" else None
        if record is None or record.retired_at is not None:
            return
        holders = self.snap.holders.get(record.id, set())
        agents = sorted((a for a in self.snap.agents.values()
                         if a.retired_at is None and a.id not in holders),
                        key=lambda a: (a.team, a.name))
        if not agents:
            self._say(self.tr("No other active agent to give it to; add an agent first."))
            return
        db, at, by = self.ctx.db, self.ctx.now(), self._by()
        form = PickAgentDialog(
            self.tr("Assign agent"),
            self.tr("Who takes the store account %1?").replace("%1", record.name), agents,
            lambda v: roster.assign(db, record.id, v["agent"], at=at, by=by), self)
        self._form(form, "account", [], self.tr("✔ Assigned %1.").replace("%1", record.name))

    def unassign(self) -> None:
        record = self.selected() if self.entity() == "account" else None
        if record is None:
            return
        holders = sorted((self.snap.agents[i] for i in self.snap.holders.get(record.id, ())),
                         key=lambda a: a.name)
        if not holders:
            return
        db, at, by = self.ctx.db, self.ctx.now(), self._by()
        done = self.tr("✔ %1 handed back.").replace("%1", record.name)
        if len(holders) == 1:  # nothing to choose; the history keeps the period
            self._write(lambda: roster.unassign(db, record.id, holders[0].id, at=at, by=by), done)
            return
        form = PickAgentDialog(
            self.tr("Unassign"),
            self.tr("Who hands back the store account %1?").replace("%1", record.name), holders,
            lambda v: roster.unassign(db, record.id, v["agent"], at=at, by=by), self)
        self._form(form, "account", [], done)
