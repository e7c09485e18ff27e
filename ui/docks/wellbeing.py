"""Wellbeing panel: the roster with emotion check-ins, time since the last break and load this
shift; open cases; the six-step procedure and health events as guided flows; emergency
contacts and the care log. Levels, cases and contacts stay hidden until unlocked."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlite_utils
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from app.floor import store_names
from app.records import ChangeSet
from ui.context import AppContext
from ui.docks.base import PanelDock
from ui.docks.stores import make_table
from ui.formatting import ago
from ui.models.table import CellValue, SnapshotTableModel

if TYPE_CHECKING:  # the dialogs are imported when first opened: a faster console start
    from app.wellbeing.floor_view import AgentLine, BreakInfo
    from ui.wellbeing.care_dialog import CareDialog
    from ui.wellbeing.case_flow import CaseFlowDialog
    from ui.wellbeing.passphrase import PassphraseDialog
    from ui.wellbeing.records_dialogs import AuditDialog, ContactsDialog

# Imported with the panel's body (_load_body_modules): the console starts with this panel on
# a hidden tab, so `floorwatch` builds it just after the first paint.
cases = checkins = content = agent_lines = last_breaks = VaultError = WellbeingAccess = None
PrivacySession = SAVE_ERRORS = at_time = problem = status_words = who = None


def _load_body_modules() -> None:
    global cases, checkins, content, agent_lines, last_breaks, VaultError, WellbeingAccess
    global PrivacySession, SAVE_ERRORS, at_time, problem, status_words, who
    from app.wellbeing import cases, checkins
    from app.wellbeing.content import content
    from app.wellbeing.floor_view import agent_lines, last_breaks
    from app.wellbeing.vault import VaultError
    from app.wellbeing_report import WellbeingAccess
    from ui.wellbeing.privacy import PrivacySession
    from ui.wellbeing.words import SAVE_ERRORS, at_time, problem, status_words, who

MASK = "••••"
LEVEL_STATE = {1: "alarm", 2: "warning"}
STATUS_RANK = {"online": 2, "away": 1, "offline": 0}
RELEVANT = ("sessions", "conversations_added", "conversations_updated", "roster")
ROSTER_EVERY_S = 5.0


@dataclass(frozen=True)
class RosterSnapshot:
    """What one refresh of the wellbeing roster read."""

    now: float
    breaks: dict[int, BreakInfo] | None
    lines: list[AgentLine]
    states: list[cases.CaseState]
    locked_cases: int  # open cases counted without the key (shown while locked)
    error: str = ""


def _read_roster(db: sqlite_utils.Database, now: float, zone, cipher,
                 breaks: dict[int, BreakInfo] | None) -> RosterSnapshot:
    try:
        breaks = last_breaks(db, now) if breaks is None else breaks
        lines = agent_lines(db, now, zone, cipher, breaks)
        states = cases.open_states(db, cipher) if cipher else []
    except VaultError as exc:
        return RosterSnapshot(now, None, [], [], 0, str(exc))
    return RosterSnapshot(now, breaks, lines, states,
                          0 if cipher else cases.open_case_count(db))


class WellbeingDock(PanelDock):
    object_name = "dock.wellbeing"
    changed = Signal(object)  # ChangeSet: roster moves, sessions, incidents from a case

    def __init__(self, ctx: AppContext, parent=None, build_now: bool = True) -> None:
        """build_now False: the body (widgets, models, the privacy session) is built on first
        use — the first refresh, or any of its attributes asked for (__getattr__) — and reads
        with the refresh that asked for it."""
        super().__init__(ctx, self.tr("Wellbeing"), parent)
        self.__dict__["_built"] = False
        if build_now:
            self._build(read=True)

    def __getattr__(self, name: str):
        # Only called for an attribute not found: before the body is built, build it and look
        # again; anything else (a dunder, or a name the body does not make) stays missing.
        if name.startswith("__") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self._build(read=False)
        return object.__getattribute__(self, name)

    def _build(self, read: bool) -> None:
        self.__dict__["_built"] = True
        _load_body_modules()
        ctx = self.ctx
        self.session = PrivacySession(ctx, self, self)
        self.lines: dict[int, AgentLine] = {}
        self._breaks: dict[int, BreakInfo] | None = None  # replayed only when sessions change
        self._roster_at = float("-inf")  # time.monotonic() of the last roster build
        self.dialogs: list[QDialog] = []
        self.flow: CaseFlowDialog | None = None
        self.states: list[cases.CaseState] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setObjectName("PanelSummary")
        self.summary.setWordWrap(True)
        layout.addLayout(self._lock_bar())
        self.cases_label = QLabel()
        self.cases_label.setObjectName("WellbeingCases")
        self.cases_label.setWordWrap(True)
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Open cases"))
        self.case_list.itemActivated.connect(lambda item: self.open_flow(item.data(Qt.UserRole)))
        layout.addWidget(self.cases_label)
        layout.addWidget(self.case_list)
        self.model = SnapshotTableModel([
            self.tr("Agent"), self.tr("Status"), self.tr("Emotion"), self.tr("Since break"),
            self.tr("Handled this shift"), self.tr("Case")])
        self.view = make_table(self.model, self)
        self.view.setAccessibleName(self.tr("Agent roster"))
        self.view.sortByColumn(1, Qt.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.model.modelReset.connect(self._fit_emotion_column)
        layout.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setObjectName("WellbeingDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addLayout(self._checkin_row(body))
        layout.addLayout(self._actions())
        self.setWidget(body)
        self.session.unlocked.connect(self._lock_state_changed)
        self.session.locked.connect(lambda _reason: self._lock_state_changed())
        self.session.about_to_lock.connect(self._close_dialogs)
        self.session.busy_changed.connect(lambda _busy: self._update_lock_bar())
        self._fitted = False  # columns sized to the first roster shown
        self._lock_state_changed(read=read)

    # -- construction ----------------------------------------------------------------------
    def _lock_bar(self) -> QHBoxLayout:
        self.lock_label = QLabel()
        self.lock_label.setObjectName("WellbeingLock")
        self.lock_label.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.toggle_lock)
        self.more_button = QToolButton()
        self.more_button.setText("⋯")
        self.more_button.setAccessibleName(self.tr("More wellbeing actions"))
        self.more_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.more_button)
        self.change_action = menu.addAction(self.tr("Change the passphrase…"))
        self.change_action.triggered.connect(lambda: self.ask_passphrase("change"))
        self.idle_action = menu.addAction(self.tr("Lock after idle time…"))
        self.idle_action.triggered.connect(self.ask_lock_minutes)
        self.audit_action = menu.addAction(self.tr("Audit log…"))
        self.audit_action.triggered.connect(self.open_audit)
        self.more_button.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.lock_label)
        row.addWidget(self.lock_button)
        row.addWidget(self.more_button)
        return row

    def _checkin_row(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Check-in")))
        self.level_buttons: dict[int, QToolButton] = {}
        for lv in content().scale:
            button = QToolButton()
            button.setText(str(lv.level))
            button.setToolTip(lv.meaning.get(self.ctx.lang) + " (Alt+" + str(lv.level) + ")")
            button.setAccessibleName(lv.meaning.get(self.ctx.lang))
            button.clicked.connect(lambda _=False, n=lv.level: self.check_in(n))
            QShortcut(QKeySequence(f"Alt+{lv.level}"), body, context=Qt.WidgetWithChildrenShortcut,
                      activated=lambda n=lv.level: self.check_in(n))
            self.level_buttons[lv.level] = button
            row.addWidget(button)
        self.checkin_note = QLineEdit()
        self.checkin_note.setAccessibleName(self.tr("Check-in note"))
        self.checkin_note.setPlaceholderText(self.tr("Note (optional)"))
        self.checkin_note.setMinimumWidth(60)
        row.addWidget(self.checkin_note, 1)
        return row

    def _actions(self) -> QHBoxLayout:
        self.procedure_button = QPushButton(self.tr("Six steps…"))
        self.procedure_button.setToolTip(self.tr(
            "Take the selected agent off the floor and follow the six steps (or resume their "
            "open case)"))
        self.procedure_button.clicked.connect(lambda: self.start_case("emotion"))
        self.health_button = QPushButton(self.tr("Health event"))
        menu = QMenu(self.health_button)
        self.health_actions: dict[str, QAction] = {}
        for kind in content().kinds:
            if kind.key == "emotion":
                continue
            action = menu.addAction(kind.title.get(self.ctx.lang) + "…")
            action.triggered.connect(lambda _=False, k=kind.key: self.start_case(k))
            self.health_actions[kind.key] = action
        self.health_button.setMenu(menu)  # a menu button: opens with Space or a click
        self.contacts_button = QPushButton(self.tr("Contacts…"))
        self.contacts_button.setToolTip(self.tr("Emergency contacts of the selected agent"))
        self.contacts_button.clicked.connect(self.open_contacts)
        self.care_button = QPushButton(self.tr("Care log…"))
        self.care_button.clicked.connect(self.open_care)
        row = QHBoxLayout()
        for w in (self.procedure_button, self.health_button, self.contacts_button,
                  self.care_button):
            row.addWidget(w)
        return row

    # -- lock ------------------------------------------------------------------------------
    def _update_lock_bar(self) -> None:
        s = self.session
        if s.busy:
            short, long = self.tr("Checking…"), self.tr("Checking the passphrase…")
        elif s.is_unlocked:
            short = self.tr("Unlocked · %1 min").replace("%1", str(s.lock_minutes()))
            long = self.tr("Unlocked: locks after %1 min without input").replace(
                "%1", str(s.lock_minutes()))
        elif s.is_set_up():
            short = self.tr("Locked")
            long = self.tr("Locked: emotion levels, cases and contacts are hidden")
        else:
            short = self.tr("No passphrase yet")
            long = self.tr("Not set up: protect wellbeing data with a passphrase first")
        self.lock_label.setText(short)
        self.lock_label.setToolTip(long)
        self.lock_label.setProperty("locked", not s.is_unlocked)
        self.lock_button.setText(self.tr("Lock") if s.is_unlocked else
                                 self.tr("Unlock…") if s.is_set_up() else self.tr("Set up…"))
        self.lock_button.setEnabled(not s.busy)
        self.change_action.setEnabled(s.is_unlocked)

    def _lock_state_changed(self, read: bool = True) -> None:
        self._update_lock_bar()
        on = self.session.is_unlocked
        for w in (*self.level_buttons.values(), self.checkin_note, self.procedure_button,
                  self.health_button, self.contacts_button, self.care_button):
            w.setEnabled(on)
        if read:
            self.refresh(None)
            self.view.resizeColumnsToContents()  # masked and shown levels differ in width
            self._fit_emotion_column()

    def toggle_lock(self) -> None:
        if self.session.is_unlocked:
            self.session.lock("lock")
        else:
            self.ask_passphrase("unlock" if self.session.is_set_up() else "setup")

    def ask_passphrase(self, mode: str) -> PassphraseDialog:
        from ui.wellbeing.passphrase import PassphraseDialog

        dialog = PassphraseDialog(self.session, mode, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_lock_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Lock after idle time"),
            self.tr("Lock the wellbeing data after this many minutes without input:"),
            self.session.lock_minutes(), 1, 240)
        if ok:
            self.session.set_lock_minutes(minutes)
            self._update_lock_bar()

    def _close_dialogs(self) -> None:
        for dialog in list(self.dialogs):
            if dialog is not self.flow:
                dialog.reject()
        self.dialogs.clear()

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d)
                                if d in self.dialogs else None)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()  # not modal: the floor stays in view while a case is handled
        return dialog

    def _fit_emotion_column(self) -> None:
        """Wide enough for any level's words, whatever the rows show now."""
        metrics = self.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"✖ {lv.level} · {lv.short.get(self.ctx.lang)}")
                     for lv in content().scale) + 16
        header = self.view.horizontalHeader()
        if self.session.is_unlocked and header.sectionSize(2) < widest:
            header.resizeSection(2, widest)

    # -- the roster ------------------------------------------------------------------------
    reads_in_background = True

    def read_job(self, changes: ChangeSet | None = None):
        """The roster's reads for these changes, None when they change nothing shown."""
        if changes is not None and not any(getattr(changes, k) for k in RELEVANT):
            return None
        # With a busy feed, conversations arrive every second: the handled counts follow at
        # most every ROSTER_EVERY_S; a status change (sessions) still shows at once.
        if (changes is not None and not changes.sessions and not changes.roster
                and time.monotonic() - self._roster_at < ROSTER_EVERY_S):
            return None
        self._roster_at = time.monotonic()
        now, zone, cipher = self.ctx.now(), self.ctx.zone, self.session.cipher
        breaks = (None if changes is None or changes.sessions or self._breaks is None
                  else self._breaks)
        return lambda db: _read_roster(db, now, zone, cipher, breaks)

    def apply_snapshot(self, snap: RosterSnapshot) -> None:
        if snap.error:  # a damaged sealed value: say so, never a traceback
            self.summary.setText(self.tr("Wellbeing data cannot be read: %1")
                                 .replace("%1", snap.error))
            return
        now, lines = snap.now, snap.lines
        self._breaks = snap.breaks
        self.states = snap.states
        self.lines = {a.agent_id: a for a in lines}
        words = status_words()
        steps = {s.case.id: s for s in self.states}
        rows = [self._row(a, now, words, steps) for a in lines]
        self.model.update([a.agent_id for a in lines], rows)
        self._show_cases(snap.locked_cases)
        counts = {k: sum(1 for a in lines if a.status == k) for k in STATUS_RANK}
        self.summary.setText(
            self.tr("%1 agents · %2 online · %3 away · %4 offline")
            .replace("%1", str(len(lines))).replace("%2", str(counts["online"]))
            .replace("%3", str(counts["away"])).replace("%4", str(counts["offline"])))
        self._selected()
        if not self._fitted:
            self._fitted = True
            self.view.resizeColumnsToContents()
            self._fit_emotion_column()

    def _row(self, a: AgentLine, now: float, words: dict, steps: dict) -> tuple[CellValue, ...]:
        unlocked = self.session.is_unlocked
        if not unlocked:
            emotion = CellValue(MASK, 0)
            case = CellValue("", 0)
        else:
            if a.checkin is None:
                emotion = CellValue("—", 9)
            else:
                short = content().level(a.checkin.level).short.get(self.ctx.lang)
                emotion = CellValue(f"{a.checkin.level} · {short}", a.checkin.level,
                                    LEVEL_STATE.get(a.checkin.level))
            state = steps.get(a.open_case)
            case = CellValue("", 0) if state is None else CellValue(
                f"#{state.case.id} {min(state.step_number, len(state.kind.steps))}/"
                f"{len(state.kind.steps)}", 1, "warning")
        b = a.breaks
        if a.status == "away" and b.on_break_since is not None:
            since = CellValue(self.tr("on break %1").replace("%1", ago(now - b.on_break_since)),
                              -1, "away")
        elif a.status == "online" and b.online_since is not None:
            since = CellValue(ago(now - b.online_since), now - b.online_since, align_right=True)
        else:
            since = CellValue("—", -2)
        return (CellValue(a.name), CellValue(words[a.status], STATUS_RANK[a.status], a.status),
                emotion, since, CellValue(str(a.handled_shift), a.handled_shift,
                                          align_right=True), case)

    def _show_cases(self, locked_cases: int) -> None:
        self.case_list.clear()
        if not self.session.is_unlocked:
            n = locked_cases
            self.cases_label.setText(self.tr("%1 open cases: unlock to see and resume them")
                                     .replace("%1", str(n)) if n else "")
            self.case_list.setVisible(False)
            self.cases_label.setVisible(bool(n))
            return
        lang = self.ctx.lang
        for s in self.states:
            name = self.lines[s.case.agent_id].name if s.case.agent_id in self.lines else "?"
            text = self.tr("#%1 %2 · %3 · step %4 of %5").replace("%1", str(s.case.id)) \
                .replace("%2", name).replace("%3", s.kind.title.get(lang)) \
                .replace("%4", str(min(s.step_number, len(s.kind.steps)))) \
                .replace("%5", str(len(s.kind.steps)))
            if s.paused:
                text += " · " + self.tr("paused %1").replace(
                    "%1", at_time(s.paused_at, self.ctx.zone))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, s.case.id)
            self.case_list.addItem(item)
        self.cases_label.setText(self.tr("Open cases (Enter or double-click to resume):")
                                 if self.states else "")
        self.cases_label.setVisible(bool(self.states))
        self.case_list.setVisible(bool(self.states))
        if self.states:
            rows = min(len(self.states), 3)
            self.case_list.setFixedHeight(self.case_list.sizeHintForRow(0) * rows
                                          + 2 * self.case_list.frameWidth() + 2)

    def selected_agent(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.view.model().mapToSource(index).row()
        return self.model.key_at(row)

    def select_agent(self, agent_id: int) -> bool:
        proxy = self.view.model()
        for r in range(proxy.rowCount()):
            if self.model.key_at(proxy.mapToSource(proxy.index(r, 0)).row()) == agent_id:
                flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
                self.view.selectionModel().setCurrentIndex(proxy.index(r, 0), flags)
                return True
        return False

    def _selected(self) -> None:
        agent = self.selected_agent()
        line = self.lines.get(agent) if agent is not None else None
        if line is None:
            self.detail.setText(self.tr("Select an agent to check in or start a procedure."))
            return
        if not self.session.is_unlocked:
            self.detail.setText(self.tr("%1: locked").replace("%1", line.name) + " · "
                                + self.lock_label.toolTip())
            return
        if line.checkin is None:
            self.detail.setText(self.tr("%1: no check-in recorded yet").replace("%1", line.name))
            return
        c = line.checkin
        self.detail.setText(self.tr("%1: %2 (%3, recorded by %4)").replace("%1", line.name)
                            .replace("%2", content().level(c.level).meaning.get(self.ctx.lang))
                            .replace("%3", at_time(c.at, self.ctx.zone)).replace("%4", who(c.by)))

    # -- actions -----------------------------------------------------------------------------
    def _need(self) -> int | None:
        """The selected agent when unlocked, else None (with a word in the detail line)."""
        if not self.session.is_unlocked:
            return None
        agent = self.selected_agent()
        if agent is None:
            self.detail.setText(self.tr("Select an agent first."))
        return agent

    def check_in(self, level: int) -> bool:
        """Record the level a person saw for the selected agent."""
        agent = self._need()
        if agent is None:
            return False
        try:
            checkins.record_checkin(self.ctx.db, self.session.cipher, agent, level,
                                    at=self.ctx.now(), by=self.session.by(),
                                    note=self.checkin_note.text())
        except SAVE_ERRORS as exc:
            self.detail.setText(problem(exc))
            return False
        self.checkin_note.clear()
        self.session.touch()
        self.refresh(None)
        return True

    def start_case(self, kind: str) -> CaseFlowDialog | None:
        """Open a case of `kind` about the selected agent, or resume their open case."""
        agent = self._need()
        if agent is None:
            return None
        existing = next((s for s in self.states if s.case.agent_id == agent), None)
        if existing is not None:
            return self.open_flow(existing.case.id)
        try:
            case_id = cases.open_case(self.ctx.db, self.session.cipher, agent, kind,
                                      at=self.ctx.now(), by=self.session.by(), lang=self.ctx.lang)
        except SAVE_ERRORS as exc:
            self.detail.setText(problem(exc))
            return None
        self.changed.emit(ChangeSet(incidents=True))
        return self.open_flow(case_id)

    def _names(self) -> dict:
        names: dict = {a.agent_id: a.name for a in self.lines.values()}
        names.update({("store", sid): name for sid, _, name in store_names(self.ctx.db)})
        return names

    def open_flow(self, case_id: int) -> CaseFlowDialog | None:
        if not self.session.is_unlocked:
            return None
        if self.flow is not None and self.flow.isVisible():
            self.flow.raise_()
            return self.flow
        from ui.wellbeing.case_flow import CaseFlowDialog

        self.flow = CaseFlowDialog(self.session, case_id, self._names(), self)
        self.flow.changed.connect(self._flow_changed)
        self.flow.finished.connect(lambda _r: self.refresh(None))
        self._keep(self.flow)
        self.refresh(None)
        return self.flow

    def _flow_changed(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
        self.refresh(None)

    def open_contacts(self) -> ContactsDialog | None:
        agent = self._need()
        if agent is None:
            return None
        from ui.wellbeing.records_dialogs import ContactsDialog

        return self._keep(ContactsDialog(self.session, agent, self.lines[agent].name, self))

    def open_care(self) -> CareDialog | None:
        if not self.session.is_unlocked:
            return None
        agents = sorted(((a.agent_id, a.name) for a in self.lines.values()), key=lambda x: x[1])
        from ui.wellbeing.care_dialog import CareDialog

        return self._keep(CareDialog(self.session, agents, self.selected_agent(), self))

    def open_audit(self) -> AuditDialog:
        from ui.wellbeing.records_dialogs import AuditDialog

        return self._keep(AuditDialog(self.session, {a: line.name for a, line in
                                                     self.lines.items()}, self))

    def report_access(self) -> WellbeingAccess | None:
        """For a shift report that names agents: the key while unlocked (and an audit entry),
        else None (the report then shows anonymous counts only)."""
        if not self.session.is_unlocked:
            return None
        self.session.audit("report_included", subject="report")
        return WellbeingAccess(self.session.cipher, self.ctx.lang, self.ctx.zone)
