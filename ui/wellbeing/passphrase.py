"""Set up, unlock or change the wellbeing passphrase; the check runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from app.wellbeing.vault import MIN_PASSPHRASE
from ui.wellbeing.privacy import PrivacySession

MODES = ("setup", "unlock", "change")


class PassphraseDialog(QDialog):
    """Stays open while the key is derived; accepted once unlocked (or changed)."""

    def __init__(self, session: PrivacySession, mode: str, parent=None) -> None:
        super().__init__(parent)
        assert mode in MODES
        self.session, self.mode = session, mode
        self.setObjectName("dialog.wellbeingPassphrase")
        self.setWindowTitle({"setup": self.tr("Protect wellbeing data"),
                             "unlock": self.tr("Unlock wellbeing data"),
                             "change": self.tr("Change the wellbeing passphrase")}[mode])
        intro = QLabel({
            "setup": self.tr(
                "Emotion levels, health events, case notes and emergency contacts are "
                "encrypted in the database with a key that only this passphrase opens "
                "(at least %1 characters). The passphrase is never stored: if it is "
                "forgotten, this data cannot be recovered.").replace("%1", str(MIN_PASSPHRASE)),
            "unlock": self.tr("Type the wellbeing passphrase. The panel locks again after "
                              "%1 minutes without input.")
            .replace("%1", str(session.lock_minutes())),
            "change": self.tr("The data stays as it is; only the passphrase that opens its "
                              "key changes (at least %1 characters).")
            .replace("%1", str(MIN_PASSPHRASE))}[mode])
        intro.setWordWrap(True)
        self.old = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("Passphrase"))
        self.repeat = self._field(self.tr("Repeat the passphrase"))
        self.problem = QLabel()
        self.problem.setObjectName("PassphraseProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText({"setup": self.tr("Protect"), "unlock": self.tr("Unlock"),
                                "change": self.tr("Change")}[mode])
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if mode == "change":
            form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase") if mode == "change" else self.tr("Passphrase"),
                    self.new)
        if mode != "unlock":
            form.addRow(self.tr("Repeat"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        session.unlocked.connect(self._finished)
        session.passphrase_changed.connect(self._finished)
        session.failed.connect(self._failed)
        (self.old if mode == "change" else self.new).setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.Password)
        field.setAccessibleName(name)
        return field

    def submit(self) -> None:
        new, repeat, old = self.new.text(), self.repeat.text(), self.old.text()
        if self.mode != "unlock":
            if len(new) < MIN_PASSPHRASE:
                self.problem.setText(self.tr("At least %1 characters.")
                                     .replace("%1", str(MIN_PASSPHRASE)))
                return
            if new != repeat:
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        elif not new:
            return
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self._set_busy(True)
        if self.mode == "setup":
            self.session.begin_setup(new)
        elif self.mode == "unlock":
            self.session.begin_unlock(new)
        else:
            self.session.begin_change(old, new)

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        for field in (self.old, self.new, self.repeat):
            field.setEnabled(not busy)
        if busy:
            self.problem.setText(self.tr("Checking the passphrase…"))

    def _finished(self) -> None:
        self.accept()

    def _failed(self, reason: str, message: str) -> None:
        self._set_busy(False)
        self.problem.setText({
            "wrong_passphrase": self.tr("Wrong passphrase."),
            "weak_passphrase": self.tr("At least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)),
            "set_up": self.tr("A passphrase already exists: unlock instead."),
            "not_set_up": self.tr("No passphrase has been set up yet."),
        }.get(reason, self.tr("The wellbeing data cannot be opened: %1").replace("%1", message)))
        (self.old if self.mode == "change" else self.new).setFocus()
