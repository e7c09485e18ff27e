"""The cover step: pick a replacement for each store account the agent holds, see every
affected store's coverage now and after the move, and refuse a move that leaves a store in
service hours with nobody online."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTableWidget, QTableWidgetItem

from app.catalog import platform_name
from app.records import ChangeSet
from app.wellbeing import cases, handover
from ui.wellbeing.step_base import StepPage
from ui.wellbeing.tables import read_only_table
from ui.wellbeing.words import cover_words, status_words
from widgets.status_style import state_style

NOBODY = -1


class CoverPage(StepPage):
    def build(self) -> None:
        db, ctx = self.env.ctx.db, self.env.ctx
        agent = self.state.case.agent_id
        self.held = handover.held_accounts(db, agent)
        busy = {c.agent_id for c in cases.open_cases(db, self.env.cipher)} - {agent}
        self.candidates = handover.candidates(db, agent, ctx.now(), ctx.zone, exclude=busy)
        self.plan: handover.HandoverPlan | None = None
        self.for_all = QComboBox()
        self.for_all.setAccessibleName(self.tr("Replacement for every account"))
        self.for_all.addItem(self.tr("Choose per account"), None)
        self._fill(self.for_all, with_nobody=False, detail=True)
        form = QFormLayout()
        form.addRow(self.tr("Replacement"), self.for_all)
        self.body.addLayout(form)
        self.accounts = self._table([self.tr("Store"), self.tr("Account"), self.tr("Status"),
                                     self.tr("Goes to")], self.tr("Store accounts held"))
        self.accounts.setRowCount(len(self.held))
        status = status_words()
        self.combos: dict[int, QComboBox] = {}
        for r, h in enumerate(self.held):
            for c, text in enumerate((h.store, h.account, status.get(h.status, h.status))):
                self.accounts.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Replacement for %1").replace("%1", h.account))
            self._fill(combo, with_nobody=True, detail=False)
            combo.currentIndexChanged.connect(self.replan)
            self.accounts.setCellWidget(r, 3, combo)
            self.combos[h.account_id] = combo
        if not self.held:
            self.body.addWidget(QLabel(self.tr(
                "The agent holds no store accounts: nothing to move; any live session of "
                "theirs is taken offline.")))
        else:
            self.body.addWidget(self.accounts)
        self.body.addWidget(QLabel(self.tr("Coverage of every affected store")))
        self.coverage = self._table([self.tr("Store"), self.tr("Online now"),
                                     self.tr("After the move"), self.tr("State")],
                                    self.tr("Coverage before and after"))
        self.body.addWidget(self.coverage)
        self.problem = QLabel()
        self.problem.setObjectName("WellbeingProblem")
        self.problem.setWordWrap(True)
        self.body.addWidget(self.problem)
        self.for_all.currentIndexChanged.connect(self._apply_all)
        if self.candidates:
            self.for_all.setCurrentIndex(1)  # the best candidate for every account
        self.replan()

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = read_only_table(headers, name)
        table.setMaximumHeight(150)
        return table

    def _fill(self, combo: QComboBox, with_nobody: bool, detail: bool) -> None:
        for c in self.candidates:
            load = (self.tr("%1 · %2 accounts · %3 chats now").replace("%1", c.name)
                    .replace("%2", str(c.accounts_held)).replace("%3", str(c.active_now)))
            combo.addItem(load if detail else c.name, c.agent_id)
            combo.setItemData(combo.count() - 1, load, Qt.ToolTipRole)
        if with_nobody:
            combo.addItem(self.tr("Nobody (leave it without a holder)"), NOBODY)

    def _apply_all(self) -> None:
        agent = self.for_all.currentData()
        if agent is None:
            return
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(agent))
            combo.blockSignals(False)
        self.replan()

    def choose(self, account_id: int, agent_id: int | None) -> None:
        """Pick the replacement for one account (None: nobody)."""
        combo = self.combos[account_id]
        combo.setCurrentIndex(combo.findData(NOBODY if agent_id is None else agent_id))

    def choices(self) -> dict[int, int | None]:
        out = {}
        for account_id, combo in self.combos.items():
            data = combo.currentData()
            out[account_id] = None if data in (None, NOBODY) else int(data)
        return out

    def replan(self) -> None:
        ctx = self.env.ctx
        try:
            self.plan = handover.plan_handover(ctx.db, self.state.case.agent_id, self.choices(),
                                               ctx.now(), ctx.zone)
        except handover.HandoverError as exc:
            self.plan = None
            self.problem.setText("✖ " + str(exc))
            self.validity_changed.emit()
            return
        words = cover_words()
        self.coverage.setRowCount(len(self.plan.stores))
        for r, s in enumerate(self.plan.stores):
            state = s.state_after
            cells = (f"{s.store}（{platform_name(s.platform, self.env.lang)}）",
                     f"{s.before} / {s.min_agents}", f"{s.after} / {s.min_agents}",
                     f"{state_style(state).glyph} {words[state]}")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setBackground(state_style(state).background)
                    item.setForeground(state_style(state).foreground)
                self.coverage.setItem(r, c, item)
        if self.plan.blocked:
            self.problem.setText("✖ " + self.tr(
                "Refused: %1 would have nobody online. Choose an online replacement for its "
                "accounts.").replace("%1", "、".join(s.store for s in self.plan.blocked)))
        elif self.plan.warnings:
            self.problem.setText("▲ " + self.tr(
                "Warning: %1 stays below its minimum or without anyone online.")
                .replace("%1", "、".join(s.store for s in self.plan.warnings)))
        else:
            self.problem.setText("✔ " + self.tr("Every store stays covered."))
        self.validity_changed.emit()

    def problem_text(self) -> str:
        if self.plan is None or self.plan.blocked:
            return self.problem.text()
        return ""

    def commit(self) -> ChangeSet:
        ctx = self.env.ctx
        _, changes = cases.cover_step(ctx.db, self.env.cipher, self.state.case.id,
                                      self.spec.key, self.choices(), now=ctx.now(),
                                      zone=ctx.zone, by=self.env.by, note=self.note_text())
        return changes

    def coverage_rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.coverage.item(r, c).text() for c in range(4))
                for r in range(self.coverage.rowCount())]
