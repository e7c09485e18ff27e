"""Credentials of store accounts and data sources: only in the keyring, clear errors otherwise."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat

import pytest
from keyring.backends import fail
from keyring.backends.SecretService import Keyring as SecretServiceKeyring
from keyring.errors import KeyringLocked

from app.credentials import (ACCOUNT_SERVICE, CredentialsError, CredentialStore, StoreAccount,
                             account_key, detect_backend, list_store_accounts, source_key,
                             store_account)
from app.ingest import Ingestor
from app.records import SessionEvent
from app.secret_file import EncryptedFileKeyring
from memory_keyring import MemoryKeyring, installed
from secret_scan import leaks, secret_forms

SECRET = "tok-3f9a·密钥-Zq81/+="
NO_DBUS = {"PATH": "/usr/bin"}
WITH_DBUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}


@pytest.fixture
def memory():
    return MemoryKeyring()


@pytest.fixture
def store(memory, tmp_path):
    return CredentialStore(memory, file_path=tmp_path / "credentials.enc")


ACCOUNT = account_key("tmall", "花语美妆旗舰店", "花语:小美")


# -- round trip ----------------------------------------------------------------------------

def test_a_stored_credential_reads_back_and_shows_as_stored(store):
    assert not store.has(ACCOUNT)
    store.set(ACCOUNT, SECRET)
    assert store.get(ACCOUNT) == SECRET
    assert store.has(ACCOUNT)


def test_replacing_a_credential_keeps_only_the_new_one(store, memory):
    store.set(ACCOUNT, "first-password")
    store.set(ACCOUNT, "second-password")
    assert store.get(ACCOUNT) == "second-password"
    assert list(memory.entries.values()) == ["second-password"]


def test_clearing_removes_the_credential_and_says_whether_there_was_one(store, memory):
    store.set(ACCOUNT, SECRET)
    assert store.clear(ACCOUNT) is True
    assert not store.has(ACCOUNT)
    assert memory.entries == {}
    assert store.clear(ACCOUNT) is False  # clearing twice is harmless


def test_account_and_source_secrets_are_kept_apart(store):
    store.set(ACCOUNT, "account secret")
    store.set(source_key("shop-api"), "source token")
    assert store.get(ACCOUNT) == "account secret"
    assert store.get(source_key("shop-api")) == "source token"
    assert store.get(source_key("other-api")) is None


def test_without_an_injected_backend_the_store_uses_keyrings_current_one(memory, tmp_path):
    with installed(memory):
        CredentialStore(file_path=tmp_path / "f.enc").set(source_key("http-feed"), SECRET)
    assert memory.entries == {("Floorwatch data source", "http-feed"): SECRET}


def test_an_empty_or_absurdly_long_credential_is_refused(store, memory):
    for bad in ("", "   ", "x" * 9000):
        with pytest.raises(CredentialsError) as err:
            store.set(ACCOUNT, bad)
        assert err.value.reason == "invalid"
    assert memory.entries == {}


def test_a_data_source_needs_a_name():
    with pytest.raises(CredentialsError):
        source_key("   ")
    assert source_key("  shop-api ").username == "shop-api"


def test_account_keys_cannot_collide_through_slashes_in_names():
    one = account_key("tmall", "a/b", "c")
    other = account_key("tmall", "a", "b/c")
    assert one.username != other.username
    assert one.service == other.service == ACCOUNT_SERVICE
    assert account_key("jd", "京东店", "客服1").username == "jd/京东店/客服1"


# -- nothing secret in logs or messages ----------------------------------------------------

def test_storing_replacing_and_clearing_log_the_account_but_never_the_secret(store, caplog):
    caplog.set_level(logging.DEBUG)
    store.set(ACCOUNT, SECRET)
    store.set(ACCOUNT, SECRET + "2")
    store.clear(ACCOUNT)
    assert "花语美妆旗舰店" in caplog.text
    assert leaks(SECRET, [], [caplog.text]) == []


# -- store accounts from the database ------------------------------------------------------

def session(at, platform, store_name, account, status="online"):
    return SessionEvent(at, platform, store_name, account, "王小美", status)


def test_store_accounts_are_listed_with_platform_and_store(db):
    Ingestor(db).ingest([session(1e9, "tmall", "花语美妆旗舰店", "花语:小美"),
                         session(1e9, "jd", "京东家电", "jd_kefu1"),
                         session(1e9, "tmall", "花语美妆旗舰店", "花语:阿杰")])
    accounts = list_store_accounts(db)
    assert [(a.platform, a.store, a.name) for a in accounts] == [
        ("jd", "京东家电", "jd_kefu1"),
        ("tmall", "花语美妆旗舰店", "花语:小美"),
        ("tmall", "花语美妆旗舰店", "花语:阿杰")]
    assert store_account(db, accounts[1].id) == accounts[1]
    assert accounts[1].key == ACCOUNT


def test_retired_accounts_and_accounts_of_retired_stores_are_not_listed(db):
    Ingestor(db).ingest([session(1e9, "tmall", "A店", "a1"), session(1e9, "tmall", "A店", "a2"),
                         session(1e9, "jd", "B店", "b1")])
    db.execute("UPDATE accounts SET retired_at = 1e9 WHERE name = 'a2'")
    db.execute("UPDATE stores SET retired_at = 1e9 WHERE name = 'B店'")
    assert [a.name for a in list_store_accounts(db)] == ["a1"]
    retired = db.execute("SELECT id FROM accounts WHERE name = 'a2'").fetchone()[0]
    assert store_account(db, retired) is None


def test_an_account_keeps_its_credential_in_a_rebuilt_database(db, store, tmp_path):
    """The key is platform · store · account, not the row id of one database file."""
    from app.db import open_database

    Ingestor(db).ingest([session(1e9, "tmall", "花语美妆旗舰店", "花语:小美")])
    store.set(list_store_accounts(db)[0].key, SECRET)
    other = open_database(tmp_path / "other.db")
    Ingestor(other).ingest([session(1e9, "jd", "京东家电", "x"),
                            session(1e9, "tmall", "花语美妆旗舰店", "花语:小美")])
    [moved] = [a for a in list_store_accounts(other) if a.platform == "tmall"]
    assert moved.id != list_store_accounts(db)[0].id
    assert store.get(moved.key) == SECRET
    other.close()


# -- which backend -------------------------------------------------------------------------

def test_the_os_secret_service_counts_as_a_real_os_vault():
    status = detect_backend(SecretServiceKeyring())
    assert status.kind == "os_vault" and status.is_os_vault and status.usable
    assert "GNOME Keyring" in status.name
    assert status.message == ""


def test_without_a_dbus_session_the_message_says_how_to_get_a_keyring():
    status = detect_backend(fail.Keyring(), env=NO_DBUS, platform="linux")
    assert status.kind == "none" and not status.usable and not status.is_os_vault
    assert status.hint == "no_dbus"
    assert "dbus-run-session" in status.message
    assert "gnome-keyring" in status.message
    assert "encrypted file" in status.message


def test_with_dbus_but_no_keyring_daemon_the_message_says_to_install_one():
    status = detect_backend(fail.Keyring(), env=WITH_DBUS, platform="linux")
    assert status.hint == "no_service"
    assert "apt install gnome-keyring" in status.message


def test_on_windows_the_message_names_the_credential_manager():
    status = detect_backend(fail.Keyring(), env={}, platform="win32")
    assert status.hint == "os_missing"
    assert "Windows Credential Manager" in status.message


def test_with_no_backend_every_operation_gives_the_clear_message(tmp_path):
    store = CredentialStore(fail.Keyring(), file_path=tmp_path / "c.enc")
    status = store.status()
    assert not status.usable and status.message
    for operation in (lambda: store.set(ACCOUNT, SECRET), lambda: store.get(ACCOUNT),
                      lambda: store.has(ACCOUNT), lambda: store.clear(ACCOUNT)):
        with pytest.raises(CredentialsError) as err:
            operation()
        assert err.value.reason == "no_backend"
        assert str(err.value) == status.message


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring (base64 in a file)."""


def test_a_plaintext_backend_is_refused_and_receives_nothing(tmp_path):
    plain = PlaintextKeyring()
    store = CredentialStore(plain, file_path=tmp_path / "c.enc")
    assert store.status().kind == "insecure"
    with pytest.raises(CredentialsError) as err:
        store.set(ACCOUNT, SECRET)
    assert err.value.reason == "insecure"
    assert "unencrypted" in str(err.value)
    assert plain.entries == {}


class LockedKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise KeyringLocked("Failed to unlock the collection!")

    get_password = set_password


class BrokenBusKeyring(MemoryKeyring):
    """A backend whose D-Bus error text even quotes what it was sent."""

    def set_password(self, service, username, password):
        raise ConnectionError(f"org.freedesktop.DBus.Error.NoReply while sending {password}")


def test_a_locked_vault_says_to_unlock_it(tmp_path):
    store = CredentialStore(LockedKeyring(), file_path=tmp_path / "c.enc")
    with pytest.raises(CredentialsError) as err:
        store.set(ACCOUNT, SECRET)
    assert err.value.reason == "locked"
    assert "locked" in str(err.value) and "花语美妆旗舰店" in str(err.value)


def test_a_dbus_error_becomes_a_clear_error_without_the_secret(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    store = CredentialStore(BrokenBusKeyring(), file_path=tmp_path / "c.enc")
    with pytest.raises(CredentialsError) as err:
        store.set(ACCOUNT, SECRET)
    assert err.value.reason == "unavailable"
    assert "NoReply" in str(err.value)
    assert leaks(SECRET, [], [str(err.value), caplog.text]) == []


def test_keyring_never_picks_the_encrypted_file_or_the_test_backend_on_its_own():
    assert EncryptedFileKeyring.priority < fail.Keyring.priority
    assert MemoryKeyring.priority < fail.Keyring.priority


# -- the encrypted file --------------------------------------------------------------------

PASSPHRASE = "correct horse 电池"


def test_the_encrypted_file_keeps_secrets_across_unlocks(tmp_path):
    path = tmp_path / "credentials.enc"
    store = CredentialStore(fail.Keyring(), file_path=path)
    assert not store.status().file_exists
    status = store.open_file(PASSPHRASE, create=True)
    assert status.kind == "encrypted_file" and status.usable and not status.is_os_vault
    store.set(ACCOUNT, SECRET)
    store.set(source_key("shop-api"), "token-2")
    again = CredentialStore(fail.Keyring(), file_path=path)
    assert again.status().file_exists and not again.status().usable
    again.open_file(PASSPHRASE)
    assert again.get(ACCOUNT) == SECRET
    assert again.get(source_key("shop-api")) == "token-2"
    again.clear(ACCOUNT)
    third = CredentialStore(fail.Keyring(), file_path=path)
    third.open_file(PASSPHRASE)
    assert third.get(ACCOUNT) is None
    assert third.get(source_key("shop-api")) == "token-2"


def test_the_encrypted_file_holds_no_readable_secret_and_only_its_owner_can_read_it(tmp_path):
    path = tmp_path / "credentials.enc"
    store = CredentialStore(fail.Keyring(), file_path=path)
    store.open_file(PASSPHRASE, create=True)
    store.set(ACCOUNT, SECRET)
    assert leaks(SECRET, [tmp_path]) == []
    assert leaks(PASSPHRASE, [tmp_path]) == []
    assert b"AES-256-GCM" in path.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_wrong_passphrase_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "credentials.enc"
    store = CredentialStore(fail.Keyring(), file_path=path)
    store.open_file(PASSPHRASE, create=True)
    store.set(ACCOUNT, SECRET)
    before = path.read_bytes()
    other = CredentialStore(fail.Keyring(), file_path=path)
    with pytest.raises(CredentialsError) as err:
        other.open_file("not the passphrase")
    assert err.value.reason == "wrong_passphrase"
    assert not other.status().usable
    assert path.read_bytes() == before


def test_an_altered_file_is_refused(tmp_path):
    path = tmp_path / "credentials.enc"
    CredentialStore(fail.Keyring(), file_path=path).open_file(PASSPHRASE, create=True)
    header = json.loads(path.read_text())
    header["kdf"]["n"] = 2 ** 14  # weaker KDF slipped in: the authenticated header catches it
    path.write_text(json.dumps(header))
    with pytest.raises(CredentialsError) as err:
        CredentialStore(fail.Keyring(), file_path=path).open_file(PASSPHRASE)
    assert err.value.reason == "wrong_passphrase"
    path.write_text("not json at all")
    with pytest.raises(CredentialsError) as err:
        CredentialStore(fail.Keyring(), file_path=path).open_file(PASSPHRASE)
    assert err.value.reason == "damaged"


def test_a_new_file_needs_a_passphrase_of_eight_characters_and_never_overwrites(tmp_path):
    path = tmp_path / "credentials.enc"
    store = CredentialStore(fail.Keyring(), file_path=path)
    with pytest.raises(CredentialsError) as err:
        store.open_file("short", create=True)
    assert err.value.reason == "weak_passphrase" and not path.exists()
    store.open_file(PASSPHRASE, create=True)
    with pytest.raises(CredentialsError) as err:
        CredentialStore(fail.Keyring(), file_path=path).open_file(PASSPHRASE, create=True)
    assert err.value.reason == "exists"


def test_a_missing_file_cannot_be_unlocked(tmp_path):
    with pytest.raises(CredentialsError) as err:
        CredentialStore(fail.Keyring(), file_path=tmp_path / "nope.enc").open_file(PASSPHRASE)
    assert err.value.reason == "missing"


# -- the leak scanner itself ---------------------------------------------------------------

def test_the_leak_scanner_finds_the_secret_in_every_encoding(tmp_path):
    for n, lead in enumerate((b"", b"x", b"xy")):
        (tmp_path / f"b64_{n}").write_bytes(
            b"{" + base64.b64encode(lead + SECRET.encode() + b"tail") + b"}")
    (tmp_path / "utf16").write_bytes(("a" + SECRET).encode("utf-16"))
    (tmp_path / "hex").write_text(SECRET.encode().hex())
    (tmp_path / "clean").write_text("nothing here")
    found = leaks(SECRET, [tmp_path])
    assert sorted(os.path.basename(p) for p in found) == ["b64_0", "b64_1", "b64_2", "hex",
                                                         "utf16"]
    assert len(secret_forms(SECRET)) >= 10


def test_a_store_account_record_names_its_key():
    account = StoreAccount(3, "pdd", "拼多多小店", "pdd_kefu")
    assert account.key == account_key("pdd", "拼多多小店", "pdd_kefu")
