"""The care log: care actions, one-to-ones and recognitions (service role models on several
dimensions), newest first, with a form to add one."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.wellbeing import care
from app.wellbeing.content import Content, content
from ui.wellbeing.privacy import PrivacySession
from ui.wellbeing.tables import read_only_table
from ui.wellbeing.words import SAVE_ERRORS, at_time, problem, who

TEAM = -1


class CareDialog(QDialog):
    def __init__(self, session: PrivacySession, agents: list[tuple[int, str]],
                 agent_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.names = dict(agents)
        lang = session.ctx.lang
        self.setObjectName("dialog.wellbeingCare")
        self.setWindowTitle(self.tr("Care log"))
        self.resize(640, 560)
        c = content()
        self.show_agent = QComboBox()
        self.show_agent.setAccessibleName(self.tr("Show"))
        self.show_agent.addItem(self.tr("Everyone"), None)
        for a, name in agents:
            self.show_agent.addItem(name, a)
        self.table = read_only_table([self.tr("Time"), self.tr("Agent"), self.tr("Kind"),
                                      self.tr("What")], self.tr("Care entries"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for k in c.care_kinds:
            self.kind.addItem(k.label.get(lang), k.key)
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent"))
        self.agent.addItem(self.tr("Whole team"), TEAM)
        for a, name in agents:
            self.agent.addItem(name, a)
        if agent_id is not None:
            self.agent.setCurrentIndex(self.agent.findData(agent_id))
        self.note = QComboBox()
        self.note.setEditable(True)
        self.note.setAccessibleName(self.tr("What was done or said"))
        self.note.lineEdit().setPlaceholderText(self.tr("What was done or said (encrypted)"))
        self.dimensions: dict[str, QCheckBox] = {}
        dims = QWidget()
        grid = QGridLayout(dims)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, d in enumerate(c.recognition_dimensions):
            box = QCheckBox(d.label.get(lang))
            self.dimensions[d.key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.dims_widget = dims
        self.problem = QLabel()
        self.problem.setObjectName("WellbeingProblem")
        self.problem.setWordWrap(True)
        add = QPushButton(self.tr("Add to the log"))
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow(self.tr("Role model on"), dims)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_agent)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("<b>Add an entry</b>")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(add)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_agent.currentIndexChanged.connect(self.load)
        self._kind_changed()
        self.load()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.dims_widget.setEnabled(kind == "recognition")
        self.note.clear()
        if kind == "care":
            for s in content().care_suggestions:
                self.note.addItem(s.get(self.session.ctx.lang))
            self.note.setCurrentIndex(-1)

    def load(self) -> None:
        ctx, c = self.session.ctx, content()
        if self.session.cipher is None:
            return
        found = care.care_log(ctx.db, self.session.cipher, at=ctx.now(), by=self.session.by(),
                              agent_id=self.show_agent.currentData())
        self.table.setRowCount(len(found))
        for r, e in enumerate(found):
            what = e.note
            if e.dimensions:
                dims = "、".join(Content.label(c.recognition_dimensions, d, ctx.lang)
                                 for d in e.dimensions)
                what = f"{dims} · {what}" if what else dims
            cells = (at_time(e.at, ctx.zone),
                     self.names.get(e.agent_id, "?") if e.agent_id else self.tr("Whole team"),
                     Content.label(c.care_kinds, e.kind, ctx.lang), f"{what} ({who(e.by)})")
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))

    def add(self) -> bool:
        ctx, s = self.session.ctx, self.session
        if s.cipher is None:
            return False
        agent, kind = self.agent.currentData(), self.kind.currentData()
        picked = [k for k, b in self.dimensions.items() if b.isChecked()]
        refused = ""
        if kind != "care" and agent == TEAM:
            refused = self.tr("A one-to-one or a recognition is about one agent: choose them.")
        elif kind == "recognition" and not picked:
            refused = self.tr("Tick at least one dimension they are a role model on.")
        elif kind == "care" and not self.note.currentText().strip():
            refused = self.tr("Say what the care action was.")
        if refused:
            self.problem.setText("✖ " + refused)
            return False
        try:
            care.add_care(ctx.db, s.cipher, kind, agent_id=None if agent == TEAM else agent,
                          at=ctx.now(), by=s.by(), note=self.note.currentText(),
                          dimensions=tuple(picked))
        except SAVE_ERRORS as exc:
            self.problem.setText(problem(exc))
            return False
        self.problem.setText("✔ " + self.tr("Added."))
        self.note.setCurrentText("")
        for b in self.dimensions.values():
            b.setChecked(False)
        s.touch()
        self.load()
        return True
