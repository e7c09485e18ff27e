"""The credentials dialog: stored / not stored per account and source, Set, Replace, Clear,
the encrypted file where no keyring exists — and the secret is never shown."""

from __future__ import annotations

import keyring
import keyring.core
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.clock import ManualClock
from app.credentials import (ACCOUNT_SERVICE, SOURCE_SERVICE, CredentialStore,
                             list_store_accounts, source_key)
from app.ingest import Ingestor
from app.records import SessionEvent
from memory_keyring import MemoryKeyring, installed
from secret_scan import leaks
from ui.context import AppContext
from ui.dialogs.credentials import (CredentialsDialog, PassphraseDialog, SecretDialog,
                                    keyring_pool)
from ui.models.table import STATE_ROLE

SECRET = "pw-7Hq2·店铺密钥-x9"
PASSPHRASE = "a long passphrase 口令"
ACCOUNTS = [("tmall", "花语美妆旗舰店", "花语:小美"), ("tmall", "花语美妆旗舰店", "花语:阿杰"),
            ("jd", "京东家电自营", "jd_kefu1")]


def when_open(kind, handle) -> None:
    """Call handle(dialog) once a modal dialog of type `kind` is open (exec() blocks until)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            handle(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


@pytest.fixture
def ctx(db, db_path):
    Ingestor(db).ingest([SessionEvent(1.7e9, p, s, a, "王小美", "online") for p, s, a in ACCOUNTS])
    return AppContext(db=db, db_path=db_path, clock=ManualClock(1.7e9), zone=None, lang="en")


@pytest.fixture
def memory():
    return MemoryKeyring()


@pytest.fixture
def open_dialog(fw_app, qtbot, ctx, tmp_path):
    def make(backend, **kwargs) -> CredentialsDialog:
        store = CredentialStore(backend, file_path=tmp_path / "credentials.enc")
        dialog = CredentialsDialog(ctx, store, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.status is not None, timeout=10000)
        return dialog
    return make


def states(model) -> list[str | None]:
    last = model.columnCount() - 1
    return [model.index(r, last).data(STATE_ROLE) for r in range(model.rowCount())]


def everything_shown(dialog) -> str:
    """Every text the dialog's tables and labels show, in every role."""
    texts = [dialog.backend_label.text(), dialog.message_label.text()]
    for model in (dialog.account_model, dialog.source_model):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
                    texts.append(str(model.index(r, c).data(role)))
    return "\n".join(texts)


def type_secret(qtbot, text, *, accept=True):
    def handle(dialog: SecretDialog) -> None:
        assert dialog.field.echoMode() == QLineEdit.Password
        dialog.field.insert(text)  # as a paste does (QTest types ASCII only)
        (dialog.accept if accept else dialog.reject)()
    when_open(SecretDialog, handle)


def answer_question(button):
    when_open(QMessageBox, lambda box: box.button(button).click())


def select_account(dialog, name):
    [row] = [r for r, a in enumerate(dialog.account_rows) if a.cells[2] == name]
    dialog.tabs.setCurrentIndex(0)
    dialog.account_view.selectRow(row)
    return row


def test_every_active_store_account_is_listed_with_platform_store_and_account(open_dialog):
    dialog = open_dialog(MemoryKeyring())
    model = dialog.account_model
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert rows == [("JD", "京东家电自营", "jd_kefu1"), ("Tmall", "花语美妆旗舰店", "花语:小美"),
                    ("Tmall", "花语美妆旗舰店", "花语:阿杰")]
    assert states(model) == ["none", "none", "none"]


def test_an_account_with_a_credential_shows_stored_but_never_the_secret(open_dialog, memory):
    memory.set_password(ACCOUNT_SERVICE, "tmall/花语美妆旗舰店/花语:阿杰", SECRET)
    dialog = open_dialog(memory)
    assert states(dialog.account_model) == ["none", "none", "ok"]
    assert leaks(SECRET, [], [everything_shown(dialog)]) == []


def test_the_backend_in_use_is_named(open_dialog):
    dialog = open_dialog(MemoryKeyring())
    assert dialog.status.kind == "other"
    assert "MemoryKeyring" in dialog.backend_label.text()
    assert not dialog.file_button.isVisible()


def test_set_stores_what_was_typed_in_a_password_field(open_dialog, memory, qtbot):
    dialog = open_dialog(memory)
    row = select_account(dialog, "花语:小美")
    assert dialog.set_button.isEnabled() and not dialog.clear_button.isEnabled()
    type_secret(qtbot, SECRET)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        qtbot.mouseClick(dialog.set_button, Qt.LeftButton)
    assert memory.entries == {(ACCOUNT_SERVICE, "tmall/花语美妆旗舰店/花语:小美"): SECRET}
    assert states(dialog.account_model)[row] == "ok"
    assert dialog.set_button.text() == dialog.tr("Replace…")
    assert dialog.clear_button.isEnabled()
    assert leaks(SECRET, [], [everything_shown(dialog)]) == []


def test_cancelling_set_stores_nothing(open_dialog, memory, qtbot):
    dialog = open_dialog(memory)
    select_account(dialog, "jd_kefu1")
    type_secret(qtbot, SECRET, accept=False)
    qtbot.mouseClick(dialog.set_button, Qt.LeftButton)
    assert not dialog.busy()
    assert memory.entries == {}


def test_replace_overwrites_the_stored_credential(open_dialog, memory, qtbot):
    key = (ACCOUNT_SERVICE, "jd/京东家电自营/jd_kefu1")
    memory.set_password(*key, "old password")
    dialog = open_dialog(memory)
    select_account(dialog, "jd_kefu1")
    assert dialog.set_button.text() == dialog.tr("Replace…")
    type_secret(qtbot, SECRET)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    assert memory.entries == {key: SECRET}


def test_clear_asks_first_and_removes_only_after_yes(open_dialog, memory, qtbot):
    key = (ACCOUNT_SERVICE, "jd/京东家电自营/jd_kefu1")
    memory.set_password(*key, SECRET)
    dialog = open_dialog(memory)
    row = select_account(dialog, "jd_kefu1")
    answer_question(QMessageBox.No)
    dialog.clear_button.click()
    assert memory.entries == {key: SECRET} and not dialog.busy()
    answer_question(QMessageBox.Yes)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.clear_button.click()
    assert memory.entries == {}
    assert states(dialog.account_model)[row] == "none"
    assert not dialog.clear_button.isEnabled()


def test_the_dialog_can_open_on_one_account(open_dialog, ctx):
    target = [a for a in list_store_accounts(ctx.db) if a.name == "花语:阿杰"][0]
    dialog = open_dialog(MemoryKeyring(), account_id=target.id)
    assert dialog.selected().key == target.key


def test_data_source_secrets_are_listed_set_and_added_by_name(open_dialog, memory, qtbot):
    memory.set_password(SOURCE_SERVICE, "shop-api", "token-1")
    dialog = open_dialog(memory, source_names=["shop-api"])
    assert [dialog.source_model.index(r, 0).data() for r in range(1)] == ["shop-api"]
    assert states(dialog.source_model) == ["ok"]
    dialog.source_name.setText("  erp-feed ")
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.add_source_button.click()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.selected().key == source_key("erp-feed")
    assert states(dialog.source_model) == ["ok", "none"]
    type_secret(qtbot, SECRET)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    assert memory.entries[(SOURCE_SERVICE, "erp-feed")] == SECRET


def test_a_blank_source_name_is_refused_with_a_message(open_dialog):
    dialog = open_dialog(MemoryKeyring())
    dialog.source_name.setText("   ")
    dialog.add_source_button.click()
    assert dialog.source_model.rowCount() == 0
    assert dialog.message_label.text().startswith("✖")


def test_without_a_keyring_the_dialog_says_what_to_do_and_stores_nothing(open_dialog,
                                                                        monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    dialog = open_dialog(fail.Keyring())
    assert dialog.status.kind == "none" and dialog.status.hint == "no_dbus"
    assert dialog.backend_label.text() == dialog.status_text(dialog.status)
    assert "dbus-run-session" in dialog.backend_label.text()
    assert dialog.file_button.isVisible() and dialog.recheck_button.isVisible()
    assert not dialog.set_button.isEnabled() and not dialog.clear_button.isEnabled()
    assert states(dialog.account_model) == [None, None, None]


def test_looking_again_finds_a_keyring_started_meanwhile(fw_app, qtbot, ctx, tmp_path, memory,
                                                         monkeypatch):
    with installed(fail.Keyring()):
        monkeypatch.setattr(keyring.core, "init_backend", lambda: keyring.set_keyring(memory))
        dialog = CredentialsDialog(ctx, CredentialStore(file_path=tmp_path / "c.enc"))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.status is not None and not dialog.busy(), timeout=10000)
        assert not dialog.status.usable
        with qtbot.waitSignal(dialog.settled, timeout=10000):
            dialog.recheck_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
        assert dialog.status.usable
        assert dialog.set_button.isEnabled()


def test_a_locked_keyring_gives_a_message_not_a_traceback(open_dialog, qtbot):
    class Locked(MemoryKeyring):
        def set_password(self, service, username, password):
            raise KeyringLocked("Failed to unlock the collection!")

    dialog = open_dialog(Locked())
    select_account(dialog, "jd_kefu1")
    type_secret(qtbot, SECRET)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    assert dialog.message_label.text().startswith("✖")
    assert "Failed to unlock" in dialog.message_label.text()
    assert states(dialog.account_model) == ["none", "none", "none"]


def type_passphrase(qtbot, text, repeat=None):
    def handle(dialog: PassphraseDialog) -> None:
        assert dialog.field.echoMode() == QLineEdit.Password
        dialog.field.insert(text)
        if dialog.create:
            assert not dialog.ok_button.isEnabled()  # not until repeated
            dialog.repeat.insert(text if repeat is None else repeat)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
    when_open(PassphraseDialog, handle)


def test_where_no_keyring_exists_an_encrypted_file_holds_the_credentials(open_dialog, qtbot,
                                                                         tmp_path):
    dialog = open_dialog(fail.Keyring())
    assert not dialog.status.file_exists
    type_passphrase(qtbot, PASSPHRASE)
    with qtbot.waitSignal(dialog.settled, timeout=20000):
        dialog.file_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.status.kind == "encrypted_file"
    assert str(tmp_path / "credentials.enc") in dialog.backend_label.text()
    select_account(dialog, "花语:小美")
    type_secret(qtbot, SECRET)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    assert states(dialog.account_model)[1] == "ok"
    assert (tmp_path / "credentials.enc").exists()
    assert leaks(SECRET, [tmp_path]) == [] and leaks(PASSPHRASE, [tmp_path]) == []

    again = open_dialog(fail.Keyring())  # the next start: the file is there, locked
    assert again.status.file_exists and not again.status.usable
    assert again.file_button.text() == again.tr("Unlock the encrypted file…")
    type_passphrase(qtbot, "wrong passphrase")
    with qtbot.waitSignal(again.settled, timeout=20000):
        again.file_button.click()
    assert not again.status.usable
    assert again.message_label.text().startswith("✖")
    type_passphrase(qtbot, PASSPHRASE)
    with qtbot.waitSignal(again.settled, timeout=20000):
        again.file_button.click()
    qtbot.waitUntil(lambda: not again.busy(), timeout=10000)
    assert states(again.account_model) == ["none", "ok", "none"]


def test_a_new_file_needs_the_passphrase_twice_and_long_enough(fw_app, qtbot, tmp_path):
    dialog = PassphraseDialog(True, str(tmp_path / "c.enc"))
    qtbot.addWidget(dialog)
    dialog.field.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.ok_button.isEnabled() and dialog.problem.text()
    dialog.field.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert not dialog.ok_button.isEnabled() and dialog.problem.text()
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled() and not dialog.problem.text()
    assert dialog.take() == PASSPHRASE
    assert dialog.field.text() == "" and dialog.repeat.text() == ""


def test_closing_the_dialog_while_the_keyring_is_slow_is_harmless(fw_app, qtbot, ctx, tmp_path):
    import threading

    release = threading.Event()

    class Slow(MemoryKeyring):  # a vault waiting for its unlock prompt
        def get_password(self, service, username):
            release.wait(10)
            return None

    dialog = CredentialsDialog(ctx, CredentialStore(Slow(), file_path=tmp_path / "c.enc"))
    dialog.show()
    [job] = dialog._jobs
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.deleteLater()
    with qtbot.waitSignal(job.done, timeout=10000):  # delivered after the dead dialog's turn
        release.set()
    assert keyring_pool().waitForDone(10000)
