"""The emergency-contacts editor and the audit log viewer of the Wellbeing panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
                               QLabel, QLineEdit, QTableWidgetItem, QVBoxLayout)

from app.wellbeing import audit, contacts
from app.wellbeing.content import content
from ui.wellbeing.privacy import PrivacySession
from ui.wellbeing.tables import read_only_table
from ui.wellbeing.words import SAVE_ERRORS, at_time, audit_words, problem, who


class ContactsDialog(QDialog):
    """Two relatives and one friend of one agent, each with the date it was verified."""

    def __init__(self, session: PrivacySession, agent_id: int, agent_name: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.session, self.agent_id = session, agent_id
        ctx = session.ctx
        self.setObjectName("dialog.wellbeingContacts")
        self.setWindowTitle(self.tr("Emergency contacts: %1").replace("%1", agent_name))
        self.saved = contacts.read_contacts(ctx.db, session.cipher, agent_id, at=ctx.now(),
                                            by=session.by())
        grid = QGridLayout()
        for c, head in enumerate((self.tr("Contact"), self.tr("Name"), self.tr("Relation"),
                                  self.tr("Phone"), self.tr("Verified by phone on"))):
            grid.addWidget(QLabel(f"<b>{head}</b>"), 0, c, 1, 2 if c == 4 else 1)
        self.rows: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit, QCheckBox, QDateEdit]] = {}
        for r, slot in enumerate(content().contact_slots, 1):
            label = slot.label.get(ctx.lang)
            old = self.saved.get(slot.key)
            name, relation, phone = (QLineEdit(old.name if old else ""),
                                     QLineEdit(old.relation if old else ""),
                                     QLineEdit(old.phone if old else ""))
            verified = QCheckBox()
            verified.setAccessibleName(self.tr("%1 verified").replace("%1", label))
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            today = dt.datetime.fromtimestamp(ctx.now(), ctx.zone).date()
            date.setDate(QDate.fromString(old.verified_on, "yyyy-MM-dd") if old and old.verified
                         else QDate(today.year, today.month, today.day))
            verified.setChecked(bool(old and old.verified))
            date.setEnabled(verified.isChecked())
            verified.toggled.connect(date.setEnabled)
            for w, what in ((name, self.tr("name")), (relation, self.tr("relation")),
                            (phone, self.tr("phone"))):
                w.setAccessibleName(f"{label} {what}")
            grid.addWidget(QLabel(label), r, 0)
            for c, w in enumerate((name, relation, phone, verified, date), 1):
                grid.addWidget(w, r, c)
            self.rows[slot.key] = (name, relation, phone, verified, date)
        self.problem = QLabel()
        self.problem.setObjectName("WellbeingProblem")
        self.problem.setWordWrap(True)
        note = QLabel(self.tr("Kept encrypted; shown only while the panel is unlocked, and every "
                              "view is written to the audit log."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self, slot: str) -> tuple[str, str, str, str]:
        name, relation, phone, verified, date = self.rows[slot]
        return (name.text().strip(), relation.text().strip(), phone.text().strip(),
                date.date().toString("yyyy-MM-dd") if verified.isChecked() else "")

    def save(self) -> bool:
        ctx, s = self.session.ctx, self.session
        if s.cipher is None:
            self.reject()
            return False
        try:
            with ctx.db.atomic():
                for slot in self.rows:
                    name, relation, phone, verified_on = self.values(slot)
                    old = self.saved.get(slot)
                    if not (name or relation or phone):
                        if old is not None:
                            contacts.clear_contact(ctx.db, self.agent_id, slot, at=ctx.now(),
                                                   by=s.by())
                        continue
                    if old and (old.name, old.relation, old.phone, old.verified_on) == (
                            name, relation, phone, verified_on):
                        continue
                    contacts.set_contact(ctx.db, s.cipher, self.agent_id, slot, name=name,
                                         relation=relation, phone=phone,
                                         verified_on=verified_on, at=ctx.now(), by=s.by())
        except contacts.ContactError as exc:
            label = {c.key: c.label.get(ctx.lang) for c in content().contact_slots}[slot]
            words = {"name": self.tr("a contact needs a name"),
                     "relation": self.tr("name and relation are at most 100 characters"),
                     "phone": self.tr("that is not a phone number (digits, spaces, + - ( ) "
                                      "only)")}
            self.problem.setText(f"✖ {label}: {words.get(exc.field, str(exc))}")
            return False
        except SAVE_ERRORS as exc:
            self.problem.setText(problem(exc))
            return False
        s.touch()
        self.accept()
        return True


class AuditDialog(QDialog):
    """The newest audit entries: who viewed, exported or changed wellbeing data, and when."""

    def __init__(self, session: PrivacySession, names: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        ctx = session.ctx
        self.setObjectName("dialog.wellbeingAudit")
        self.setWindowTitle(self.tr("Wellbeing audit log"))
        self.resize(620, 480)
        session.audit("view_audit")
        found = audit.entries(ctx.db)
        words = audit_words()
        self.table = read_only_table([self.tr("Time"), self.tr("By"), self.tr("What"),
                                      self.tr("About")], self.tr("Audit entries"), len(found))
        for r, e in enumerate(found):
            about = ""
            if e.subject == "agent" and e.subject_id is not None:
                about = names.get(e.subject_id, f"#{e.subject_id}")
            elif e.subject == "case" and e.subject_id is not None:
                about = self.tr("case #%1").replace("%1", str(e.subject_id))
            cells = (at_time(e.at, ctx.zone), who(e.by), words.get(e.action, e.action), about)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Append-only: entries can be neither changed nor "
                                        "deleted. They never contain the data itself.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
