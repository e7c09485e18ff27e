"""Secrets of store accounts and data sources: kept only in the OS keyring (or an encrypted file).

A secret belongs to something, named by a SecretKey: a store account (platform · store ·
account name — stable across database files, unlike the row id) or a data source (its name).
Secrets go to the keyring backend and nowhere else: never to SQLite, QSettings, logs or
reports, and no message built here ever contains one. Every keyring failure (no backend,
locked vault, D-Bus error) becomes a CredentialsError with a message saying what to do.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.core
import sqlite_utils
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError

from app.paths import data_dir
from app.secret_file import EncryptedFileKeyring, SecretFileError

log = logging.getLogger(__name__)

ACCOUNT_SERVICE = "Floorwatch store account"
SOURCE_SERVICE = "Floorwatch data source"
MAX_SECRET_CHARS = 8192
MAX_SOURCE_NAME = 200
FILE_NAME = "credentials.enc"

# keyring backend modules that are the operating system's own vault
OS_VAULTS = {
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring, KeePassXC)",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "macOS Keychain",
}
NO_BACKEND_MODULES = {"keyring.backends.fail", "keyring.backends.null"}
INSECURE_WORDS = ("plaintext", "base64", "unencrypted", "uncrypted")


class CredentialsError(Exception):
    """A keyring problem worded for the supervisor; never contains the secret.

    reason: no_backend, insecure, locked, unavailable, invalid, wrong_passphrase, missing,
    exists, damaged, io, weak_passphrase.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class SecretKey:
    """Where one secret lives in the keyring: service + username, and a label for messages."""

    service: str
    username: str
    label: str


def _escape(part: str) -> str:
    return part.replace("%", "%25").replace("/", "%2F")


def account_key(platform: str, store: str, account: str) -> SecretKey:
    """The key of a store account's credential: "platform/store/account" under one service."""
    username = "/".join(_escape(p) for p in (platform, store, account))
    return SecretKey(ACCOUNT_SERVICE, username, f"store account {platform} · {store} · {account}")


def source_key(name: str) -> SecretKey:
    """The key of a data source's secret (an API token, say), by the source's name."""
    name = name.strip()
    if not name or len(name) > MAX_SOURCE_NAME:
        raise CredentialsError("invalid", f"A data source name has 1 to {MAX_SOURCE_NAME} "
                                          "characters.")
    return SecretKey(SOURCE_SERVICE, name, f"data source {name}")


@dataclass(frozen=True)
class StoreAccount:
    id: int
    platform: str
    store: str
    name: str

    @property
    def key(self) -> SecretKey:
        return account_key(self.platform, self.store, self.name)


_ACCOUNTS_SQL = """
    SELECT a.id, s.platform, s.name, a.name FROM accounts a JOIN stores s ON s.id = a.store_id
    WHERE a.retired_at IS NULL AND s.retired_at IS NULL {extra}
    ORDER BY s.platform, s.name, a.name"""


def list_store_accounts(db: sqlite_utils.Database) -> list[StoreAccount]:
    """Every active store account (platform, store, account name), sorted."""
    return [StoreAccount(*row) for row in db.execute(_ACCOUNTS_SQL.format(extra=""))]


def store_account(db: sqlite_utils.Database, account_id: int) -> StoreAccount | None:
    row = db.execute(_ACCOUNTS_SQL.format(extra="AND a.id = ?"), [account_id]).fetchone()
    return StoreAccount(*row) if row else None


# -- which backend ------------------------------------------------------------------------

@dataclass(frozen=True)
class BackendStatus:
    """Which backend holds the secrets, whether it is the OS vault, and what to do if none.

    kind: os_vault, encrypted_file, other (a keyring backend configured by the user),
    none, or insecure (a plaintext backend, refused). hint (for none/insecure): no_dbus,
    no_service, os_missing or insecure. message: English, empty when all is well.
    """

    kind: str
    name: str
    hint: str = ""
    message: str = ""
    file_path: Path | None = None
    file_exists: bool = False

    @property
    def usable(self) -> bool:
        return self.kind in ("os_vault", "encrypted_file", "other")

    @property
    def is_os_vault(self) -> bool:
        return self.kind == "os_vault"


def _chain(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends that really hold secrets: a chainer's members, highest priority first."""
    members = getattr(type(backend), "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer" and members is not None:
        return list(members)
    return [backend]


def _classify(backend: KeyringBackend) -> tuple[str, str]:
    cls = type(backend)
    module = cls.__module__
    if isinstance(backend, EncryptedFileKeyring):
        return "encrypted_file", cls.name
    for prefix, label in OS_VAULTS.items():
        if module == prefix or module.startswith(prefix + "."):
            return "os_vault", label
    if module in NO_BACKEND_MODULES:
        return "none", ""
    full = f"{module}.{cls.__name__}".lower()
    if any(word in full for word in INSECURE_WORDS):
        return "insecure", f"{module}.{cls.__name__}"
    return "other", f"{module}.{cls.__name__}"


def _none_hint(env: Mapping[str, str], platform: str) -> tuple[str, str]:
    use_file = ("Or keep the secrets in an encrypted file protected by a passphrase: "
                "File → Store account credentials… → Use an encrypted file.")
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        if not env.get("DBUS_SESSION_BUS_ADDRESS"):
            return "no_dbus", (
                "No OS keyring is available: this session has no D-Bus session bus "
                "(DBUS_SESSION_BUS_ADDRESS is not set), so GNOME Keyring or KWallet cannot be "
                "reached. Start Floorwatch from a desktop session, or run it as "
                "`dbus-run-session -- floorwatch` with gnome-keyring installed. " + use_file)
        return "no_service", (
            "No OS keyring is available: no Secret Service (GNOME Keyring, KeePassXC) or KWallet "
            "answers on the D-Bus session bus. Install and start one (Debian/Ubuntu: "
            "`sudo apt install gnome-keyring`, then log in again or run "
            "`gnome-keyring-daemon --start --components=secrets`). " + use_file)
    vault = "Windows Credential Manager" if platform.startswith("win") else "macOS Keychain"
    return "os_missing", (
        f"No OS keyring is available: {vault} could not be used. Reinstall Floorwatch (its "
        "keyring support may be incomplete) or check keyring's configuration "
        "(`python -m keyring diagnose`). " + use_file)


def detect_backend(backend: KeyringBackend | None = None, *,
                   env: Mapping[str, str] | None = None,
                   platform: str | None = None) -> BackendStatus:
    """Classify `backend` (default: keyring's current one) into a BackendStatus."""
    backend = backend if backend is not None else keyring.get_keyring()
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    kinds = [_classify(b) for b in _chain(backend)]
    secure = [k for k in kinds if k[0] in ("os_vault", "encrypted_file", "other")]
    if secure:
        kind, name = secure[0]
        return BackendStatus(kind, name)
    insecure = [k for k in kinds if k[0] == "insecure"]
    if insecure:
        name = insecure[0][1]
        return BackendStatus("insecure", name, "insecure", (
            f"The keyring backend {name} keeps secrets unencrypted; Floorwatch will not use it. "
            "Remove the keyrings.alt package or choose a secure backend in keyring's "
            "configuration (`python -m keyring --list-backends`). Or keep the secrets in an "
            "encrypted file protected by a passphrase: File → Store account credentials… → "
            "Use an encrypted file."))
    hint, message = _none_hint(env, platform)
    return BackendStatus("none", "", hint, message)


# -- the store ------------------------------------------------------------------------------

def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "•••") if secret else text


def _check_secret(secret: str) -> None:
    if not isinstance(secret, str) or not secret.strip():
        raise CredentialsError("invalid", "The credential is empty.")
    if len(secret) > MAX_SECRET_CHARS:
        raise CredentialsError("invalid", f"The credential is longer than {MAX_SECRET_CHARS} "
                                          "characters; that is not a password or API token.")


class CredentialStore:
    """set / get / clear / has for SecretKeys, through one keyring backend.

    `backend` injects one (tests: an in-memory backend). Without it the store uses keyring's
    current backend, or the encrypted file once unlocked. Safe to call from worker threads.
    """

    def __init__(self, backend: KeyringBackend | None = None, *,
                 file_path: str | Path | None = None) -> None:
        self._injected = backend
        self._file: EncryptedFileKeyring | None = None
        self._checked: tuple[KeyringBackend, BackendStatus] | None = None
        self.file_path = Path(file_path) if file_path else data_dir() / FILE_NAME

    def backend(self) -> KeyringBackend:
        if self._file is not None:
            return self._file
        return self._injected if self._injected is not None else keyring.get_keyring()

    def status(self) -> BackendStatus:
        status = detect_backend(self.backend())
        return BackendStatus(status.kind, status.name, status.hint, status.message,
                             self.file_path, self.file_path.exists())

    def recheck(self) -> BackendStatus:
        """Look for a keyring again (the supervisor may have started one) when none is usable."""
        if self._file is None and self._injected is None and not self.status().usable:
            with self._guard("look for a keyring", None):
                keyring.core.init_backend()
        return self.status()

    # -- the encrypted file ---------------------------------------------------------
    def open_file(self, passphrase: str, *, create: bool = False) -> BackendStatus:
        """Unlock (or create) the encrypted file and use it from now on in this process."""
        with self._guard("open the encrypted file", None, passphrase):
            self._file = EncryptedFileKeyring(self.file_path, passphrase, create=create)
        log.info("Credentials: using the encrypted file %s", self.file_path)
        return self.status()

    # -- secrets ----------------------------------------------------------------------
    def _usable_backend(self) -> KeyringBackend:
        backend = self.backend()
        if self._checked is not None and self._checked[0] is backend:
            status = self._checked[1]  # a chainer's members are costly to list: once per backend
        else:
            status = detect_backend(backend)
            self._checked = (backend, status)
        if not status.usable:
            raise CredentialsError("no_backend" if status.kind == "none" else "insecure",
                                   status.message)
        return backend

    @contextlib.contextmanager
    def _guard(self, action: str, key: SecretKey | None, secret: str | None = None
               ) -> Iterator[None]:
        """Turn whatever the backend raises into a CredentialsError without the secret."""
        what = f" ({key.label})" if key else ""
        try:
            yield
        except CredentialsError:
            raise
        except SecretFileError as exc:
            raise CredentialsError(exc.reason, _scrub(str(exc), secret)) from None
        except KeyringLocked as exc:
            detail = _scrub(str(exc), secret)
            log.warning("Credentials: keyring locked while trying to %s%s", action, what)
            raise CredentialsError("locked", (
                f"The keyring is locked, so Floorwatch could not {action}{what}. Unlock it "
                f"(answer the keyring's password prompt) and try again. [{detail}]")) from None
        except NoKeyringError:
            status = detect_backend(fail.Keyring())
            raise CredentialsError("no_backend", status.message) from None
        except Exception as exc:  # noqa: BLE001 - D-Bus, OS and backend errors alike
            detail = f"{type(exc).__name__}: {_scrub(str(exc), secret).rstrip('. ')}"
            log.warning("Credentials: could not %s%s: %s", action, what, detail)
            raise CredentialsError("unavailable", (
                f"The keyring could not {action}{what}: {detail}. Check that the keyring "
                "service is running and try again.")) from None

    def get(self, key: SecretKey) -> str | None:
        """The secret, or None when none is stored."""
        with self._guard("read the credential", key):
            return self._usable_backend().get_password(key.service, key.username)

    def has(self, key: SecretKey) -> bool:
        return self.get(key) is not None

    def set(self, key: SecretKey, secret: str) -> None:
        """Store or replace the secret."""
        _check_secret(secret)
        with self._guard("store the credential", key, secret):
            backend = self._usable_backend()
            backend.set_password(key.service, key.username, secret)
        log.info("Credentials: stored the credential of %s", key.label)

    def clear(self, key: SecretKey) -> bool:
        """Remove the secret; False when there was none."""
        with self._guard("remove the credential", key):
            backend = self._usable_backend()
            if backend.get_password(key.service, key.username) is None:
                return False
            try:
                backend.delete_password(key.service, key.username)
            except PasswordDeleteError:
                return False
        log.info("Credentials: removed the credential of %s", key.label)
        return True
