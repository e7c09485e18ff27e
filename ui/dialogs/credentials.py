"""Store account credentials: which accounts and data sources have a secret in the keyring,
with Set / Replace (typed into a password field) and Clear. The secret itself is never shown.

Every keyring call runs on one worker thread, in order, so a vault's unlock prompt or a slow
D-Bus never freezes the console. Where no keyring exists the dialog says what to do and can
keep the secrets in a passphrase-protected encrypted file instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.catalog import platform_name
from app.credentials import (BackendStatus, CredentialsError, CredentialStore, SecretKey,
                             list_store_accounts, source_key)
from app.secret_file import MIN_PASSPHRASE
from ui.context import AppContext
from ui.views import data_table
from ui.models.table import CellValue, SnapshotTableModel
from widgets.status_style import state_style

_POOL: QThreadPool | None = None


def keyring_pool() -> QThreadPool:
    """One worker for every keyring call, so calls run one at a time in the order made."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


class KeyringJob(QObject):
    """Runs fn() on the keyring worker; done/failed arrive on the GUI thread."""

    done = Signal(object, object)  # job, result
    failed = Signal(object, str, str)  # job, reason, message

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self._fn = fn
        self.on_done: Callable[[object], None] | None = None  # set by whoever started it

    def run(self) -> None:
        try:
            result = self._fn()
        except CredentialsError as exc:
            self.failed.emit(self, exc.reason, str(exc))
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, never a traceback
            self.failed.emit(self, "unavailable", f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(self, result)
        finally:
            self._fn = None  # drop the closure (and any secret in it) at once


@dataclass(frozen=True)
class Row:
    """One line of a table: what owns the secret and where it is kept."""

    key: SecretKey
    cells: tuple[str, ...]
    title: str


class SecretDialog(QDialog):
    """Type (or paste) a credential; the field never shows it."""

    def __init__(self, title: str, owner: str, where: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setAccessibleName(self.tr("Credential"))
        self.field.setMinimumWidth(320)
        note = QLabel(self.tr("It is kept in %1 and never shown again.").replace("%1", where))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Credential for %1").replace("%1", owner)))
        form.addRow(self.tr("Password or token"), self.field)
        form.addRow(note)
        form.addRow(buttons)

    def take(self) -> str:
        """The typed secret; the field is emptied so the widget keeps no copy."""
        secret = self.field.text()
        self.field.clear()
        return secret


class PassphraseDialog(QDialog):
    """The passphrase of the encrypted file: once to unlock, twice to create."""

    def __init__(self, create: bool, path: str, parent=None) -> None:
        super().__init__(parent)
        self.create = create
        self.setWindowTitle(self.tr("Create the encrypted file") if create
                            else self.tr("Unlock the encrypted file"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setMinimumWidth(300)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Create") if create else self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "A new file %1 will hold the credentials, encrypted with this passphrase "
            "(at least %2 characters). Without the passphrase they cannot be recovered.")
            if create else self.tr("The credentials are in %1. Type its passphrase."))
        intro.setText(intro.text().replace("%1", path).replace("%2", str(MIN_PASSPHRASE)))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Passphrase"), self.field)
        if create:
            form.addRow(self.tr("Repeat"), self.repeat)
        else:
            self.repeat.hide()
        form.addRow(self.problem)
        form.addRow(buttons)
        self.field.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.field.text()
        problem = ""
        if self.create and text and len(text) < MIN_PASSPHRASE:
            problem = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        elif self.create and self.repeat.text() and self.repeat.text() != text:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        ok = bool(text) and not problem
        if self.create:
            ok = ok and self.repeat.text() == text
        self.ok_button.setEnabled(ok)

    def take(self) -> str:
        """The typed passphrase; both fields are emptied."""
        text = self.field.text()
        self.field.clear()
        self.repeat.clear()
        return text


def _button(text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter in the source name field must not click it
    button.clicked.connect(slot)
    return button


def _table(model: SnapshotTableModel, name: str, parent: QWidget) -> QTableView:
    return data_table(model, parent, name=name, sortable=False, single=True)[0]


class CredentialsDialog(QDialog):
    """Store accounts and data sources with a stored / not stored column, never the secret."""

    settled = Signal()  # every keyring call asked for so far has finished

    def __init__(self, ctx: AppContext, store: CredentialStore, parent=None, *,
                 source_names: Iterable[str] = (), account_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self.status: BackendStatus | None = None
        self.stored: dict[SecretKey, bool | None] = {}
        self._jobs: set[KeyringJob] = set()
        self.setWindowTitle(self.tr("Store account credentials"))
        self.resize(760, 480)

        self.backend_label = QLabel(self.tr("Looking for the keyring…"))
        self.backend_label.setObjectName("CredentialsBackend")
        self.backend_label.setWordWrap(True)
        self.backend_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.file_button = _button("", self.open_encrypted_file)
        self.file_button.hide()
        self.recheck_button = _button(self.tr("Look for a keyring again"), self.recheck)
        self.recheck_button.hide()

        self.account_model = SnapshotTableModel([
            self.tr("Platform"), self.tr("Store"), self.tr("Account"), self.tr("Credential")])
        self.account_view = _table(self.account_model, self.tr("Store accounts"), self)
        self.source_model = SnapshotTableModel([self.tr("Data source"), self.tr("Secret")])
        self.source_view = _table(self.source_model, self.tr("Data sources"), self)
        self.source_name = QLineEdit()
        self.source_name.setPlaceholderText(self.tr("Name of another data source"))
        self.source_name.setAccessibleName(self.tr("Data source name"))
        self.add_source_button = _button(self.tr("Add"), self.add_source)
        self.source_name.returnPressed.connect(self.add_source)
        sources = QWidget()
        source_layout = QVBoxLayout(sources)
        source_layout.addWidget(self.source_view)
        add_row = QHBoxLayout()
        add_row.addWidget(self.source_name, 1)
        add_row.addWidget(self.add_source_button)
        source_layout.addLayout(add_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.account_view, self.tr("Store accounts"))
        self.tabs.addTab(sources, self.tr("Data sources"))

        self.set_button = _button(self.tr("Set…"), self.set_selected)
        self.clear_button = _button(self.tr("Clear…"), self.clear_selected)
        self.message_label = QLabel()
        self.message_label.setObjectName("CredentialsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.Close).setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.backend_label, 1)
        top.addWidget(self.file_button)
        top.addWidget(self.recheck_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.set_button)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        accounts = list_store_accounts(ctx.db)
        self.account_rows = [
            Row(a.key, (platform_name(a.platform, ctx.lang), a.store, a.name),
                f"{platform_name(a.platform, ctx.lang)} · {a.store} · {a.name}")
            for a in accounts]
        self.source_rows: list[Row] = []
        for name in source_names:
            self._add_source_row(name)
        self.account_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.source_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self._update_buttons)
        self._fill()
        ids = [a.id for a in accounts]
        if account_id in ids:
            self.account_view.selectRow(ids.index(account_id))
        elif self.account_rows:
            self.account_view.selectRow(0)
        self.survey()

    # -- keyring calls, one at a time on the worker ------------------------------------
    def busy(self) -> bool:
        return bool(self._jobs)

    def _run(self, fn: Callable[[], object], on_done: Callable[[object], None]) -> None:
        """fn() on the keyring worker, then on_done(result) here; a CredentialsError shows in
        the message line. Results for a dialog already destroyed are dropped by Qt."""
        job = KeyringJob(fn)
        job.on_done = on_done
        self._jobs.add(job)
        job.done.connect(self._job_done, Qt.QueuedConnection)
        job.failed.connect(self._job_failed, Qt.QueuedConnection)
        self._update_buttons()
        keyring_pool().start(job.run)

    @Slot(object, object)
    def _job_done(self, job: KeyringJob, result: object) -> None:
        job.on_done(result)
        self._job_finished(job)

    @Slot(object, str, str)
    def _job_failed(self, job: KeyringJob, reason: str, message: str) -> None:
        self._show_error(reason, message)
        self._job_finished(job)

    def _job_finished(self, job: KeyringJob) -> None:
        self._jobs.discard(job)
        job.on_done = None
        self._update_buttons()
        if not self._jobs:
            self.settled.emit()

    @Slot()
    def survey(self, keys: Iterable[SecretKey] | None = None) -> None:
        """Ask the keyring which secrets exist (all rows, or just `keys`)."""
        wanted = list(keys) if keys is not None else \
            [r.key for r in self.account_rows + self.source_rows]
        store = self.store

        def look() -> tuple[BackendStatus, dict[SecretKey, bool | None]]:
            status = store.status()
            if not status.usable:
                return status, {k: None for k in wanted}
            return status, {k: store.has(k) for k in wanted}

        self._run(look, self._surveyed)

    def _surveyed(self, result: object) -> None:
        status, found = result
        self._show_status(status)
        self.stored.update(found)
        self._fill()

    # -- what the dialog shows -----------------------------------------------------------
    def _where(self) -> str:
        status = self.status
        if status is None or not status.usable:
            return "—"
        if status.kind == "encrypted_file":
            return self.tr("the encrypted file %1").replace("%1", str(status.file_path))
        return status.name

    def status_text(self, status: BackendStatus) -> str:
        if status.kind == "os_vault":
            return self.tr("Credentials are kept in the operating system's keyring: %1.") \
                .replace("%1", status.name)
        if status.kind == "encrypted_file":
            return self.tr("Credentials are kept in the encrypted file %1 (no OS keyring on "
                           "this computer); it stays unlocked until Floorwatch quits.") \
                .replace("%1", str(status.file_path))
        if status.kind == "other":
            return self.tr("Credentials are kept in the keyring backend chosen in keyring's "
                           "configuration: %1.").replace("%1", status.name)
        hints = {
            "no_dbus": self.tr(
                "No OS keyring is available: this session has no D-Bus session bus, so GNOME "
                "Keyring or KWallet cannot be reached. Start Floorwatch from a desktop session, "
                "or run it as “dbus-run-session -- floorwatch” with gnome-keyring installed."),
            "no_service": self.tr(
                "No OS keyring is available: no Secret Service (GNOME Keyring, KeePassXC) or "
                "KWallet answers on the D-Bus session bus. Install and start one (Debian/Ubuntu: "
                "“sudo apt install gnome-keyring”, then log in again)."),
            "os_missing": self.tr(
                "No OS keyring is available: the system's credential store could not be used. "
                "Reinstall Floorwatch or check keyring's configuration "
                "(“python -m keyring diagnose”)."),
            "insecure": self.tr(
                "The keyring backend %1 keeps secrets unencrypted, so Floorwatch will not use "
                "it. Remove the keyrings.alt package or choose a secure backend.")
            .replace("%1", status.name),
        }
        text = hints.get(status.hint, hints["os_missing"])
        # the sentences carry their own leading space: Chinese joins them without one
        if status.file_exists:
            return text + self.tr(" Credentials were kept in an encrypted file on this "
                                  "computer: unlock it with its passphrase.")
        return text + self.tr(" Or keep the credentials in an encrypted file protected by a "
                              "passphrase.")

    def _show_status(self, status: BackendStatus) -> None:
        self.status = status
        self.backend_label.setText(self.status_text(status))
        style = state_style("ok" if status.is_os_vault else
                            "warning" if status.usable else "alarm")
        self.backend_label.setStyleSheet(
            f"QLabel {{ background: {style.background.name()}; color: {style.foreground.name()};"
            " padding: 6px; }")
        self.backend_label.setProperty("kind", status.kind)
        self.file_button.setVisible(not status.usable)
        self.recheck_button.setVisible(not status.usable)
        self.file_button.setText(self.tr("Unlock the encrypted file…") if status.file_exists
                                 else self.tr("Use an encrypted file…"))

    def _state_cell(self, key: SecretKey) -> CellValue:
        found = self.stored.get(key)
        if found is True:
            return CellValue(self.tr("Stored"), 0, "ok")
        if found is False:
            return CellValue(self.tr("Not stored"), 1, "none")
        return CellValue(self.tr("Unknown") if self.status is not None else "…", 2)

    def _fill(self) -> None:
        for model, rows, view in ((self.account_model, self.account_rows, self.account_view),
                                  (self.source_model, self.source_rows, self.source_view)):
            resets = model.resets
            model.update([r.key for r in rows],
                         [tuple(CellValue(t) for t in r.cells) + (self._state_cell(r.key),)
                          for r in rows])
            if model.resets != resets:
                view.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Row | None:
        """The row the Set / Clear buttons act on (in the tab shown)."""
        if self.tabs.currentIndex() == 0:
            view, rows = self.account_view, self.account_rows
        else:
            view, rows = self.source_view, self.source_rows
        row = view.currentIndex().row()
        return rows[row] if 0 <= row < len(rows) else None

    @Slot()
    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        usable = self.status is not None and self.status.usable
        stored = self.stored.get(row.key) if row else None
        self.set_button.setText(self.tr("Replace…") if stored else self.tr("Set…"))
        self.set_button.setEnabled(bool(row) and usable and not self.busy())
        self.clear_button.setEnabled(bool(row) and usable and stored is True and not self.busy())
        self.file_button.setEnabled(not self.busy())
        self.recheck_button.setEnabled(not self.busy())

    def _show_error(self, reason: str, message: str) -> None:
        headlines = {
            "locked": self.tr("The keyring is locked: unlock it and try again."),
            "no_backend": self.tr("No keyring is available."),
            "insecure": self.tr("The keyring backend is not secure."),
            "wrong_passphrase": self.tr("Wrong passphrase."),
            "weak_passphrase": self.tr("The passphrase is too short."),
            "invalid": self.tr("That cannot be stored."),
            "damaged": self.tr("The encrypted file is damaged."),
            "io": self.tr("The encrypted file cannot be read or written."),
        }
        headline = headlines.get(reason, self.tr("The keyring did not answer."))
        self.message_label.setText(f"✖ {headline} {message}")
        self.message_label.setProperty("state", "error")

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("state", "info")

    # -- actions ---------------------------------------------------------------------------
    def _add_source_row(self, name: str) -> Row:
        key = source_key(name)
        for row in self.source_rows:
            if row.key == key:
                return row
        row = Row(key, (key.username,), key.username)
        self.source_rows.append(row)
        return row

    @Slot()
    def add_source(self) -> None:
        try:
            row = self._add_source_row(self.source_name.text())
        except CredentialsError as exc:
            self._show_error(exc.reason, str(exc))
            return
        self.source_name.clear()
        self._fill()
        self.tabs.setCurrentIndex(1)
        self.source_view.selectRow(self.source_rows.index(row))
        self.survey([row.key])

    @Slot()
    def set_selected(self) -> None:
        row = self.selected()
        if row is None or self.status is None or not self.status.usable:
            return
        replacing = bool(self.stored.get(row.key))
        secret = self._ask(SecretDialog(
            self.tr("Replace credential") if replacing else self.tr("Set credential"),
            row.title, self._where(), self))
        if secret is None:
            return
        store, key = self.store, row.key
        self._run(lambda: store.set(key, secret), lambda _: self._mark(
            row, True, self.tr("✔ Stored the credential of %1.")))

    @Slot()
    def clear_selected(self) -> None:
        row = self.selected()
        if row is None or not self.stored.get(row.key):
            return
        answer = QMessageBox.question(
            self, self.tr("Clear credential"),
            self.tr("Remove the credential of %1 from %2? A data source that needs it stops "
                    "working until a new one is set.").replace("%1", row.title)
            .replace("%2", self._where()),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        store, key = self.store, row.key
        self._run(lambda: store.clear(key), lambda _: self._mark(
            row, False, self.tr("✔ Removed the credential of %1.")))

    def _mark(self, row: Row, stored: bool, message: str) -> None:
        self.stored[row.key] = stored
        self._fill()
        self._say(message.replace("%1", row.title))

    @staticmethod
    def _ask(dialog: SecretDialog | PassphraseDialog) -> str | None:
        """exec() an input dialog: what was typed if accepted, else None."""
        try:
            return dialog.take() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    @Slot()
    def open_encrypted_file(self) -> None:
        status = self.status
        if status is None or status.usable:
            return
        passphrase = self._ask(PassphraseDialog(not status.file_exists, str(status.file_path),
                                                self))
        if passphrase is None:
            return
        store, create = self.store, not status.file_exists

        def opened(result: object) -> None:
            self._show_status(result)
            self._say(self.tr("✔ The encrypted file is unlocked."))
            self.survey()

        self._run(lambda: store.open_file(passphrase, create=create), opened)

    @Slot()
    def recheck(self) -> None:
        store = self.store
        self._run(store.recheck, lambda status: self.survey())
