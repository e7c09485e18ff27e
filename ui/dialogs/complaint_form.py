"""The serious-complaint workflow as a guided form: six pages, one per step, opened in order.

Each page records what its step needs (app/complaint.py decides; this form shows why a step
cannot be completed yet). Step 3 shows the authority band of the amount as it is typed and
holds the form until the manager and operations have been told when the amount is above the
supervisor's range; step 4 offers the tiers one by one; step 6 collects the follow-up
owner's feedback until the incident is closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QPushButton, QToolBox,
                               QVBoxLayout, QWidget)

from app.complaint import ComplaintState, complaint_state
from app.complaint_records import add_feedback, record_offer, report_risk
from app.db import WRITE_ERRORS
from app.incident_log import Entry
from app.incidents import tick_step
from app.playbooks import IncidentType
from ui.context import AppContext
from ui.formatting import clock_time, date_time
from ui.theme import mark_error
from ui.incident_words import band_words


class ComplaintForm(QWidget):
    recorded = Signal()  # something was written: reload
    failed = Signal(object)  # the exception, for the dialog's error line

    def __init__(self, ctx: AppContext, incident_id: int, t: IncidentType,
                 by: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.incident_id, self.t, self.by = ctx, incident_id, t, by
        self.rules = t.complaint
        self.state: ComplaintState | None = None
        self.closed = False
        self.toolbox = QToolBox()
        self.complete: dict[str, QPushButton] = {}
        self.why: dict[str, QLabel] = {}
        builders = {"locate": self._locate_page, "rules": self._rules_page,
                    "worst_case": self._worst_case_page, "compensation": self._tiers_page,
                    "talk": self._talk_page, "confirm": self._confirm_page}
        for step in t.steps:
            page = QWidget()
            form = QFormLayout(page)
            builders.get(step.key, lambda f: None)(form)
            button = QPushButton(self.tr("Complete this step"))
            button.clicked.connect(lambda _=False, key=step.key: self._complete(key))
            why = QLabel()
            why.setWordWrap(True)
            mark_error(why)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(why, 1)
            form.addRow(row)
            self.complete[step.key], self.why[step.key] = button, why
            self.toolbox.addItem(page, step.label.get(ctx.lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbox)

    # -- pages --------------------------------------------------------------------------------
    def _locate_page(self, form: QFormLayout) -> None:
        form.addRow(QLabel(self.tr("What happened, what the customer needs, what we did, where "
                                   "it stands. Record what each source says; none may be "
                                   "skipped.")))
        self.sources: dict[str, QLineEdit] = {}
        for c in self.rules.sources:
            edit = QLineEdit()
            edit.setAccessibleName(c.label.get(self.ctx.lang))
            self.sources[c.key] = edit
            form.addRow(c.label.get(self.ctx.lang), edit)

    def _rules_page(self, form: QFormLayout) -> None:
        self.rules_checked = QLineEdit()
        self.rules_checked.setPlaceholderText(self.tr("General rules, shipping rules, penalty "
                                                      "rules…"))
        self.responsibility = QLineEdit()
        self.responsibility.setPlaceholderText(self.tr("Merchant, customer, courier, platform…"))
        form.addRow(self.tr("Rules checked"), self.rules_checked)
        form.addRow(self.tr("Responsibility"), self.responsibility)

    def _worst_case_page(self, form: QFormLayout) -> None:
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 100_000_000)
        self.amount.setDecimals(2)
        self.amount.setPrefix("¥")
        self.amount.setAccessibleName(self.tr("Worst-case amount"))
        self.amount.valueChanged.connect(self._show_band)
        self.band = QLabel()
        self.band.setWordWrap(True)
        self.plan = QLineEdit()
        self.plan.setPlaceholderText(self.tr("Refund, compensation, what we propose"))
        self.report_buttons: dict[str, QPushButton] = {}
        self.report_labels: dict[str, QLabel] = {}
        reports = QVBoxLayout()
        for c in self.rules.escalate_to:
            button = QPushButton(self.tr("Reported to %1").replace(
                "%1", c.label.get(self.ctx.lang)))
            button.clicked.connect(lambda _=False, key=c.key: self._report(key))
            label = QLabel()
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(label, 1)
            reports.addLayout(row)
            self.report_buttons[c.key], self.report_labels[c.key] = button, label
        form.addRow(self.tr("Worst case"), self.amount)
        form.addRow(self.band)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Risk reported"), reports)

    def _tiers_page(self, form: QFormLayout) -> None:
        self.tiers = []
        for n in range(1, 4):
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Tier %1").replace("%1", str(n)))
            self.tiers.append(edit)
            form.addRow(self.tr("Tier %1").replace("%1", str(n)), edit)
        offers = QHBoxLayout()
        self.offer_buttons = []
        for n in range(1, 4):
            button = QPushButton(self.tr("Offer tier %1").replace("%1", str(n)))
            button.clicked.connect(lambda _=False, tier=n: self._offer(tier))
            self.offer_buttons.append(button)
            offers.addWidget(button)
        self.offers = QLabel()
        self.offers.setWordWrap(True)
        form.addRow(self.tr("Offered"), offers)
        form.addRow(self.offers)

    def _talk_page(self, form: QFormLayout) -> None:
        self.talk = QPlainTextEdit()
        self.talk.setPlaceholderText(self.tr("No presumption of bad faith: what the customer "
                                             "said, what was agreed"))
        self.talk.setMaximumHeight(80)
        form.addRow(self.tr("The talk"), self.talk)

    def _confirm_page(self, form: QFormLayout) -> None:
        self.solution = QLineEdit()
        self.follow_up_owner = QLineEdit()
        self.follow_up_owner.setPlaceholderText(self.tr("Yourself, or a trusted person who "
                                                        "reports back at every step"))
        self.feedback = QListWidget()
        self.feedback.setMaximumHeight(90)
        self.feedback_text = QLineEdit()
        self.feedback_text.setPlaceholderText(self.tr("The follow-up owner's report"))
        self.feedback_button = QPushButton(self.tr("Add feedback"))
        self.feedback_button.clicked.connect(self._add_feedback)
        self.feedback_text.returnPressed.connect(self._add_feedback)
        row = QHBoxLayout()
        row.addWidget(self.feedback_text, 1)
        row.addWidget(self.feedback_button)
        form.addRow(self.tr("Solution"), self.solution)
        form.addRow(self.tr("Follow-up owner"), self.follow_up_owner)
        form.addRow(self.tr("Feedback"), self.feedback)
        form.addRow(row)

    # -- state ----------------------------------------------------------------------------------
    def load(self, timeline: list[Entry], closed: bool) -> None:
        """Show the record: done steps with who and when, the next step open."""
        self.closed = closed
        self.state = state = complaint_state(self.t, timeline)
        keys = [s.key for s in self.t.steps]
        first_open = next((n for n, k in enumerate(keys) if k not in state.done), len(keys))
        for n, step in enumerate(self.t.steps):
            done = state.done.get(step.key)
            title = f"{n + 1}. {step.label.get(self.ctx.lang)}"
            if done:
                title = "✔ " + title + "  — " + self.tr("%1 at %2").replace(
                    "%1", done.author or "—").replace("%2", date_time(done.at, self.ctx.zone))
            self.toolbox.setItemText(n, title)
            self.toolbox.setItemEnabled(n, n <= first_open)
            self.complete[step.key].setText(self.tr("Record again") if done
                                            else self.tr("Complete this step"))
            self.complete[step.key].setEnabled(not closed)
            if done:
                self._fill(step.key, done.data)
        self.toolbox.setCurrentIndex(min(first_open, len(keys) - 1))
        for key, label in self.report_labels.items():
            e = state.reports.get(key)
            label.setText("✔ " + self.tr("%1 at %2").replace("%1", e.author or "—").replace(
                "%2", date_time(e.at, self.ctx.zone)) if e else "")
            self.report_buttons[key].setEnabled(not closed)
        for button in self.offer_buttons:
            button.setEnabled(bool(state.tiers) and not closed)
        self.offers.setText("\n".join(
            self.tr("%1 tier %2 offered by %3").replace("%1", clock_time(o.at, self.ctx.zone))
            .replace("%2", str(o.data.get("tier"))).replace("%3", o.author or "—")
            for o in state.offers))
        self.feedback.clear()
        for f in state.feedback:
            self.feedback.addItem(f"{date_time(f.at, self.ctx.zone)}  {f.author}: {f.text}")
        can_feed = bool(state.follow_up_owner) and not closed
        self.feedback_text.setEnabled(can_feed)
        self.feedback_button.setEnabled(can_feed)
        self._show_band()

    def _fill(self, key: str, data: dict) -> None:
        if key == "locate":
            for k, edit in self.sources.items():
                edit.setText(data.get("sources", {}).get(k, ""))
        elif key == "rules":
            self.rules_checked.setText(data.get("rules", ""))
            self.responsibility.setText(data.get("responsibility", ""))
        elif key == "worst_case":
            self.amount.setValue(float(data.get("amount", 0)))
            self.plan.setText(data.get("plan", ""))
        elif key == "compensation":
            for edit, text in zip(self.tiers, data.get("tiers", [])):
                edit.setText(text)
        elif key == "talk":
            self.talk.setPlainText(data.get("notes", ""))
        elif key == "confirm":
            self.solution.setText(data.get("solution", ""))
            self.follow_up_owner.setText(data.get("follow_up_owner", ""))

    def _show_band(self) -> None:
        band = self.rules.band(self.amount.value())
        limit = self.rules.resolve_max if band == "resolve" else self.rules.supervisor_max
        self.band.setText(band_words()[band].replace("%1", f"{limit:,.0f}"))
        mark_error(self.band, band == "escalate")
        missing = []
        if band == "escalate" and self.state is not None:
            missing = [c for c in self.rules.escalate_to if c.key not in self.state.reports]
        self.why["worst_case"].setText(
            self.tr("First report to: %1").replace("%1", self.tr(", ").join(
                c.label.get(self.ctx.lang) for c in missing)) if missing else "")
        if not self.closed:
            self.complete["worst_case"].setEnabled(not missing)

    def data_for(self, key: str) -> dict:
        """What the page of step `key` holds now."""
        if key == "locate":
            return {"sources": {k: e.text() for k, e in self.sources.items()}}
        if key == "rules":
            return {"rules": self.rules_checked.text(),
                    "responsibility": self.responsibility.text()}
        if key == "worst_case":
            return {"amount": self.amount.value(), "plan": self.plan.text()}
        if key == "compensation":
            return {"tiers": [e.text() for e in self.tiers]}
        if key == "talk":
            return {"notes": self.talk.toPlainText()}
        if key == "confirm":
            return {"solution": self.solution.text(),
                    "follow_up_owner": self.follow_up_owner.text()}
        return {}

    # -- actions ---------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ValueError, *WRITE_ERRORS) as exc:  # WorkflowError, a full disk: said in the
            # dialog's error line; the form keeps what was typed
            self.failed.emit(exc)
            return False
        self.recorded.emit()
        return True

    def _complete(self, key: str) -> None:
        self._run(lambda: tick_step(self.ctx.db, self.incident_id, key, at=self.ctx.now(),
                                    by=self.by(), data=self.data_for(key)))

    def _report(self, to: str) -> None:
        self._run(lambda: report_risk(self.ctx.db, self.incident_id, to, at=self.ctx.now(),
                                      by=self.by(), text=self.plan.text()))

    def _offer(self, tier: int) -> None:
        self._run(lambda: record_offer(self.ctx.db, self.incident_id, tier, at=self.ctx.now(),
                                       by=self.by()))

    def _add_feedback(self) -> None:
        text = self.feedback_text.text()
        if text.strip() and self._run(lambda: add_feedback(
                self.ctx.db, self.incident_id, at=self.ctx.now(), text=text,
                by=self.state.follow_up_owner if self.state else "")):
            self.feedback_text.clear()
