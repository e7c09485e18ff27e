"""The guided flow of one case: the steps on the left (done ones with their time), the step
being recorded on the right, Record (Ctrl+Enter) and Pause. Closing the window pauses the
case (what was typed is sealed with the pause); opening it again resumes where it stopped,
also after a restart, because every step is in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from app.records import ChangeSet
from app.wellbeing import cases
from app.wellbeing.cases import CaseState
from ui.wellbeing.privacy import PrivacySession
from ui.wellbeing.step_base import FlowEnv, StepPage
from ui.wellbeing.step_pages import DonePage, page_for
from ui.wellbeing.words import SAVE_ERRORS, at_time, problem


class CaseFlowDialog(QDialog):
    changed = Signal(object)  # ChangeSet: roster, sessions, incidents touched by a step

    def __init__(self, session: PrivacySession, case_id: int, names: dict, parent=None) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.names = session, case_id, names
        self.ctx = session.ctx
        self.setObjectName("dialog.wellbeingCase")
        self.setWindowTitle(self.tr("Wellbeing case #%1").replace("%1", str(case_id)))
        self.resize(880, 620)
        self.page: StepPage | None = None
        self.state: CaseState | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setFixedWidth(250)
        self.steps.currentRowChanged.connect(self._show_step)
        self.stack = QStackedWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        self.problem = QLabel()
        self.problem.setObjectName("WellbeingProblem")
        self.problem.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record this step"))
        self.record_button.setDefault(True)
        self.record_button.setToolTip(self.tr("Record the step with the time now (Ctrl+Enter)"))
        self.record_button.clicked.connect(self.record)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause the case; resume it from the panel"))
        self.pause_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.record)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.record)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        session.about_to_lock.connect(self._locking)
        self.reload(audit=True)
        if self.state is not None and self.state.paused:
            cases.resume_case(self.ctx.db, session.cipher, case_id, at=self.ctx.now(),
                              by=session.by())
            self.reload()

    @property
    def env(self) -> FlowEnv:
        return FlowEnv(self.ctx, self.session.cipher, self.session.by())

    def reload(self, audit: bool = False) -> None:
        """Replay the case and show its current step."""
        cipher = self.session.cipher
        if audit:
            self.state = cases.case_state(self.ctx.db, cipher, self.case_id, at=self.ctx.now(),
                                          by=self.session.by())
        else:
            self.state = cases.replayed(self.ctx.db, cipher, self.case_id)
        state, lang = self.state, self.ctx.lang
        self.header.setText(self.tr("%1 · %2 · opened %3").replace(
            "%1", self.names.get(state.case.agent_id, "?")).replace(
            "%2", state.kind.title.get(lang)).replace(
            "%3", at_time(state.case.opened_at, self.ctx.zone)))
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.steps.blockSignals(True)
        self.steps.clear()
        current = state.current if state.case.open else None
        self.page = None
        for n, spec in enumerate(state.kind.steps, 1):
            done = state.done.get(spec.key)
            if done is not None:
                text = f"✔ {n}. {spec.title.get(lang)}\n    {at_time(done.at, self.ctx.zone)}"
                self.stack.addWidget(DonePage(self.env, state, spec, done, self.names))
            elif current is not None and spec.key == current.key:
                text = f"▶ {n}. {spec.title.get(lang)}"
                self.page = page_for(self.env, state, spec)
                self.page.validity_changed.connect(self._validate)
                self.stack.addWidget(self.page)
            else:
                text = f"{n}. {spec.title.get(lang)}"
                self.stack.addWidget(QWidget())
            item = QListWidgetItem(text)
            if done is None and (current is None or spec.key != current.key):
                item.setFlags(Qt.NoItemFlags)  # a later step: not yet
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        row = state.kind.index(current.key) if current else len(state.kind.steps) - 1
        self.steps.setCurrentRow(row)
        self._show_step(row)
        self.record_button.setEnabled(self.page is not None)
        self.pause_button.setEnabled(state.case.open)
        self._validate()

    def _show_step(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
        on_current = self.page is not None and self.stack.currentWidget() is self.page
        self.record_button.setEnabled(on_current)

    def _validate(self) -> None:
        if self.page is None:
            self.problem.setText(self.tr("✔ Case closed.") if self.state and
                                 not self.state.case.open else "")
            return
        problem = self.page.problem_text()
        self.problem.setText(problem)
        self.record_button.setEnabled(not problem)

    def record(self) -> bool:
        """Record the current step; True when it was recorded."""
        if self.page is None or not self.record_button.isEnabled() or not self.session.cipher:
            return False
        try:
            changes = self.page.commit()
        except SAVE_ERRORS as exc:  # CaseError, HandoverError, RosterError are ValueErrors
            self.problem.setText(problem(exc))
            return False
        self.session.touch()
        self.changed.emit(changes or ChangeSet())
        self.reload()
        if not self.state.case.open:
            self.changed.emit(ChangeSet(incidents=True, roster=True))
            self.accept()
        return True

    def pause(self) -> None:
        """Record a pause (with what was typed, sealed) if the case is still open."""
        if self.state is None or not self.state.case.open or self.session.cipher is None:
            return
        draft = self.page.draft() if self.page is not None else {}
        try:
            cases.pause_case(self.ctx.db, self.session.cipher, self.case_id, at=self.ctx.now(),
                             by=self.session.by(), draft=draft)
        except SAVE_ERRORS:  # closed meanwhile, or the database is busy: nothing to pause
            return
        self.state.paused_at = self.ctx.now()
        self.changed.emit(ChangeSet())

    def _locking(self) -> None:
        self.pause()
        self.state = None
        self.done(QDialog.Rejected)

    def done(self, result: int) -> None:
        self.pause()
        try:
            self.session.about_to_lock.disconnect(self._locking)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
