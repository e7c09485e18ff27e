"""What every page of the case flow shares: the step's title, guidance and script (from
resources/data/wellbeing.json), a notes field, and a commit that records the step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.records import ChangeSet
from app.wellbeing import cases
from app.wellbeing.cases import CaseState
from app.wellbeing.content import StepSpec
from app.wellbeing.vault import FieldCipher
from ui.context import AppContext


@dataclass
class FlowEnv:
    ctx: AppContext
    cipher: FieldCipher
    by: str

    @property
    def lang(self) -> str:
        return self.ctx.lang


class StepPage(QWidget):
    """One step being recorded. Subclasses add their widgets in build() and may override
    data(), problem_text() and commit()."""

    validity_changed = Signal()

    def __init__(self, env: FlowEnv, state: CaseState, spec: StepSpec, parent=None) -> None:
        super().__init__(parent)
        self.env, self.state, self.spec = env, state, spec
        lang = env.lang
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{spec.title.get(lang)}</b>")
        title.setObjectName("StepTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        guide = QLabel(spec.guide.get(lang))
        guide.setWordWrap(True)
        layout.addWidget(guide)
        script = spec.script.get(lang)
        if script:
            said = QLabel(self.tr("You may say: %1").replace("%1", f"“{script}”"))
            said.setObjectName("StepScript")
            said.setWordWrap(True)
            layout.addWidget(said)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes (encrypted; never in an incident or a "
                                              "report)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.build()
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.restore(state.draft if state.draft.get("step") == spec.key else {})

    def build(self) -> None:
        """Add the step's own widgets to self.body."""

    def note_text(self) -> str:
        return self.notes.toPlainText().strip()

    def data(self) -> dict:
        return {"note": self.note_text()}

    def problem_text(self) -> str:
        """Why the step cannot be recorded yet ("" when it can)."""
        return ""

    def draft(self) -> dict:
        """What was typed, kept (sealed) with a pause."""
        return {"step": self.spec.key, "note": self.notes.toPlainText()}

    def restore(self, draft: dict) -> None:
        if draft.get("note"):
            self.notes.setPlainText(draft["note"])

    def commit(self) -> ChangeSet:
        """Record the step; raises CaseError (or HandoverError) with a reason."""
        ctx = self.env.ctx
        cases.record_step(ctx.db, self.env.cipher, self.state.case.id, self.spec.key,
                          self.data(), at=ctx.now(), by=self.env.by)
        return ChangeSet()
