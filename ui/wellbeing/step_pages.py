"""The case flow's pages by step type: prompt, listen (with a timer), outcome, check,
contacts (every call recorded), confirm and close (hand the accounts back), and the
read-only page of a step already recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget)

from app.records import ChangeSet
from app.wellbeing import cases, contacts
from app.wellbeing.cases import CaseEntry, CaseState
from app.wellbeing.content import Content, StepSpec, content
from ui.wellbeing.cover_page import CoverPage
from ui.wellbeing.step_base import FlowEnv, StepPage
from ui.wellbeing.words import SAVE_ERRORS, at_time, problem, who

SWAPS = ("shift_swap", "role_swap", "store_swap")


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


class ListenPage(StepPage):
    """Listening: a cause (optional) and a timer that survives a pause or a restart."""

    def build(self) -> None:
        c = self.state.kind.causes
        self.cause = QComboBox()
        self.cause.setAccessibleName(self.tr("Cause"))
        self.cause.addItem(self.tr("Not said"), None)
        for choice in c:
            self.cause.addItem(choice.label.get(self.env.lang), choice.key)
        row = QHBoxLayout()
        self.timer_button = QPushButton(self.tr("Start the listening timer"))
        self.timer_button.clicked.connect(self.start_timer)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("ListenTimer")
        self.elapsed.setAccessibleName(self.tr("Time listened"))
        row.addWidget(self.timer_button)
        row.addWidget(self.elapsed, 1)
        form = QFormLayout()
        if c:
            form.addRow(self.tr("Cause"), self.cause)
        self.body.addLayout(form)
        self.body.addLayout(row)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self._show_elapsed)
        self.started = self.state.timers.get(self.spec.key)
        self._show_elapsed()
        if self.started is not None:
            self.tick.start(1000)

    def start_timer(self) -> None:
        ctx = self.env.ctx
        try:
            self.started = cases.start_timer(ctx.db, self.env.cipher, self.state.case.id,
                                             self.spec.key, at=ctx.now(), by=self.env.by)
        except SAVE_ERRORS as exc:
            self.elapsed.setText(problem(exc))
            return
        self._show_elapsed()
        self.tick.start(1000)

    def _show_elapsed(self) -> None:
        running = self.started is not None
        self.timer_button.setEnabled(not running)
        self.elapsed.setText(self.tr("Listening for %1").replace(
            "%1", _clock(self.env.ctx.now() - self.started)) if running
            else self.tr("Timer not started"))

    def data(self) -> dict:
        return {**super().data(), "cause": self.cause.currentData()}

    def draft(self) -> dict:
        return {**super().draft(), "cause": self.cause.currentData()}

    def restore(self, draft: dict) -> None:
        super().restore(draft)
        index = self.cause.findData(draft.get("cause"))
        if draft.get("cause") and index >= 0:
            self.cause.setCurrentIndex(index)


class OutcomePage(StepPage):
    """Emotion first, then the matter: what was adjusted (shift, role, store) or escalated."""

    def build(self) -> None:
        self.boxes: dict[str, QCheckBox] = {}
        box_col = QVBoxLayout()
        for o in content().outcomes:
            box = QCheckBox(o.label.get(self.env.lang))
            box.toggled.connect(self._changed)
            self.boxes[o.key] = box
            box_col.addWidget(box)
        self.shared = QCheckBox(self.tr("I shared my own experience instead of giving advice"))
        self.escalated_to = QLineEdit()
        self.escalated_to.setAccessibleName(self.tr("Escalated to"))
        self.escalated_to.setPlaceholderText(self.tr("Escalated to (name or role)"))
        self.escalated_to.textChanged.connect(self._changed)
        self.body.addWidget(QLabel(self.tr("Outcome")))
        self.body.addLayout(box_col)
        self.body.addWidget(self.escalated_to)
        self.body.addWidget(self.shared)
        self._changed()

    def _changed(self) -> None:
        self.escalated_to.setEnabled(self.boxes["escalation"].isChecked())
        self.validity_changed.emit()

    def chosen(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def problem_text(self) -> str:
        if not self.chosen():
            return self.tr("Choose at least one outcome.")
        if "escalation" in self.chosen() and not self.escalated_to.text().strip():
            return self.tr("Say to whom it was escalated.")
        return ""

    def data(self) -> dict:
        return {**super().data(), "outcomes": self.chosen(),
                "shared_experience": self.shared.isChecked(),
                "escalated_to": self.escalated_to.text().strip()}

    def draft(self) -> dict:
        return {**super().draft(), "outcomes": self.chosen(),
                "escalated_to": self.escalated_to.text()}

    def restore(self, draft: dict) -> None:
        super().restore(draft)
        for key in draft.get("outcomes", []):
            if key in self.boxes:
                self.boxes[key].setChecked(True)
        self.escalated_to.setText(draft.get("escalated_to", ""))


class CheckPage(StepPage):
    """A statement the supervisor must confirm (acute illness: no medicine given)."""

    def build(self) -> None:
        self.confirmed = QCheckBox(self.spec.check.get(self.env.lang))
        self.confirmed.setObjectName("StepCheck")
        self.confirmed.toggled.connect(self.validity_changed)
        self.body.addWidget(self.confirmed)

    def problem_text(self) -> str:
        return "" if self.confirmed.isChecked() else self.tr("Confirm the statement first.")

    def data(self) -> dict:
        return {**super().data(), "confirmed": self.confirmed.isChecked()}


class ContactsPage(StepPage):
    """The agent's emergency contacts with a call log: every attempt is recorded."""

    def build(self) -> None:
        c, lang, ctx = content(), self.env.lang, self.env.ctx
        self.contacts = contacts.read_contacts(ctx.db, self.env.cipher, self.state.case.agent_id,
                                               at=ctx.now(), by=self.env.by,
                                               case_id=self.state.case.id)
        listing = QLabel()
        listing.setObjectName("ContactList")
        listing.setWordWrap(True)
        listing.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lines = []
        for slot in c.contact_slots:
            found = self.contacts.get(slot.key)
            if found is None:
                lines.append(f"{slot.label.get(lang)}: " + self.tr("not on file"))
                continue
            verified = (self.tr("verified %1").replace("%1", found.verified_on)
                        if found.verified else self.tr("not verified"))
            person = f"{_html(found.name)}（{_html(found.relation)}）"
            lines.append(f"{slot.label.get(lang)}: {person} <b>{_html(found.phone)}</b> · "
                         f"{verified}")
        listing.setText("<br>".join(lines))
        self.body.addWidget(listing)
        if not self.contacts:
            self.body.addWidget(QLabel(self.tr("No emergency contacts on file: add them with "
                                               "Contacts… on the panel.")))
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Contact called"))
        for slot in c.contact_slots:
            self.slot.addItem(slot.label.get(lang), slot.key)
        self.result = QComboBox()
        self.result.setAccessibleName(self.tr("Call result"))
        for r in c.attempt_results:
            self.result.addItem(r.label.get(lang), r.key)
        self.call_note = QLineEdit()
        self.call_note.setAccessibleName(self.tr("Call note"))
        self.call_note.setPlaceholderText(self.tr("Note on this call"))
        record = QPushButton(self.tr("Record the call"))
        record.clicked.connect(self.record_call)
        row = QHBoxLayout()
        for w in (self.slot, self.result):
            row.addWidget(w)
        row.addWidget(record)
        self.body.addLayout(row)
        self.body.addWidget(self.call_note)
        self.calls = QListWidget()
        self.calls.setAccessibleName(self.tr("Calls made"))
        self.calls.setMaximumHeight(100)
        self.body.addWidget(self.calls)
        for entry in self.state.attempts:
            if entry.step == self.spec.key:
                self._show_call(entry.at, entry.data)

    def _show_call(self, at: float, data: dict) -> None:
        c, lang = content(), self.env.lang
        text = (f"{at_time(at, self.env.ctx.zone)} "
                f"{Content.label(c.contact_slots, data['slot'], lang)} — "
                f"{Content.label(c.attempt_results, data['result'], lang)}")
        if data.get("note"):
            text += f" · {data['note']}"
        self.calls.addItem(text)

    def record_call(self) -> None:
        ctx = self.env.ctx
        slot, result = self.slot.currentData(), self.result.currentData()
        note = self.call_note.text().strip()
        at = ctx.now()
        try:
            cases.record_attempt(ctx.db, self.env.cipher, self.state.case.id, self.spec.key,
                                 slot, result, at=at, by=self.env.by, note=note)
        except SAVE_ERRORS as exc:
            self.call_note.setPlaceholderText(problem(exc))
            return
        self._show_call(at, {"slot": slot, "result": result, "note": note})
        self.call_note.clear()


class ClosingPage(StepPage):
    """Confirm (six steps: both say the agent is fine) or close (health events); hand the
    moved accounts back if wanted."""

    def build(self) -> None:
        self.moved = self.state.moved
        self.agent_ok = QCheckBox(self.tr("The agent says they are OK to work again"))
        self.supervisor_ok = QCheckBox(self.tr("I confirm it too"))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level now"))
        self.level.addItem(self.tr("Not recorded"), None)
        for lv in content().scale:
            self.level.addItem(lv.meaning.get(self.env.lang), lv.level)
        if self.spec.type == "confirm":
            for box in (self.agent_ok, self.supervisor_ok):
                box.toggled.connect(self.validity_changed)
                self.body.addWidget(box)
            form = QFormLayout()
            form.addRow(self.tr("Level now (as you both see it)"), self.level)
            self.body.addLayout(form)
        self.hand_back = QCheckBox(self.tr("Hand the store accounts back now (the agent comes "
                                           "back online on them)"))
        chosen = [o for e in self.state.done.values() for o in e.data.get("outcomes", [])]
        self.hand_back.setChecked(self.spec.type == "confirm"
                                  and not any(o in SWAPS for o in chosen))
        if self.moved:
            self.body.addWidget(self.hand_back)
            n = len(self.moved.get("moves", []))
            self.body.addWidget(QLabel(self.tr("%1 store accounts were moved in step %2.")
                                       .replace("%1", str(n)).replace("%2", "1")))

    def problem_text(self) -> str:
        if self.spec.type == "confirm" and not (self.agent_ok.isChecked()
                                                and self.supervisor_ok.isChecked()):
            return self.tr("Both confirm before work resumes.")
        return ""

    def data(self) -> dict:
        out = super().data()
        if self.spec.type == "confirm":
            out.update(agent_ok=self.agent_ok.isChecked(),
                       supervisor_ok=self.supervisor_ok.isChecked(),
                       level=self.level.currentData())
        return out

    def commit(self) -> ChangeSet:
        ctx = self.env.ctx
        return cases.close_case(ctx.db, self.env.cipher, self.state.case.id, self.spec.key,
                                self.data(), at=ctx.now(), by=self.env.by,
                                hand_back=bool(self.moved) and self.hand_back.isChecked())


PAGES = {"cover": CoverPage, "prompt": StepPage, "listen": ListenPage, "outcome": OutcomePage,
         "check": CheckPage, "contacts": ContactsPage, "confirm": ClosingPage,
         "close": ClosingPage}


def page_for(env: FlowEnv, state: CaseState, spec: StepSpec) -> StepPage:
    return PAGES[spec.type](env, state, spec)


class DonePage(QWidget):
    """A step already recorded: when, by whom, and what was recorded (read-only)."""

    def __init__(self, env: FlowEnv, state: CaseState, spec: StepSpec, entry: CaseEntry,
                 names: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        c, lang = content(), env.lang
        lines = [f"<b>{spec.title.get(lang)}</b>",
                 self.tr("Recorded %1 by %2").replace("%1", at_time(entry.at, env.ctx.zone))
                 .replace("%2", who(entry.by))]
        d = entry.data
        if d.get("handover"):
            moves = d["handover"].get("moves", [])
            to = sorted({names.get(m["to_agent"], "?") for m in moves if m["to_agent"]})
            lines.append(self.tr("%1 store accounts moved to %2; the agent went offline.")
                         .replace("%1", str(len(moves))).replace("%2", "、".join(to) or "—"))
            for s in d["handover"].get("stores", []):
                lines.append(self.tr("Store %1: %2 online before, %3 after")
                             .replace("%1", names.get(("store", s["store_id"]), "?"))
                             .replace("%2", str(s["before"])).replace("%3", str(s["after"])))
        if d.get("cause"):
            lines.append(self.tr("Cause: %1").replace("%1", Content.label(
                state.kind.causes, d["cause"], lang)))
        if d.get("outcomes"):
            lines.append(self.tr("Outcome: %1").replace("%1", "、".join(
                Content.label(c.outcomes, k, lang) for k in d["outcomes"])))
        if d.get("escalated_to"):
            lines.append(self.tr("Escalated to %1").replace("%1", d["escalated_to"]))
        if d.get("level"):
            lines.append(c.level(int(d["level"])).meaning.get(lang))
        if d.get("handed_back"):
            lines.append(self.tr("Store accounts handed back."))
        if d.get("note"):
            lines.append(self.tr("Notes: %1").replace("%1", d["note"]))
        label = QLabel("<br>".join(_html(x) if i else x for i, x in enumerate(lines)))
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
