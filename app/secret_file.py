"""An encrypted file of secrets for machines without an OS keyring (scrypt + AES-256-GCM).

Used only when Floorwatch chooses it explicitly after the supervisor typed a passphrase:
keyring never picks it on its own (its priority is below keyring's "no backend"). The file
holds one JSON header (format, KDF parameters, nonce) and the secrets as AES-GCM ciphertext;
the header is authenticated too. Nothing in it is readable without the passphrase.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

FORMAT = "floorwatch-secrets"
VERSION = 1
SCRYPT_N = 2 ** 17  # OWASP's scrypt setting: ~0.36 s per unlock on the project machine
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8


class SecretFileError(Exception):
    """The encrypted file cannot be used; `reason` says why in one word."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # wrong_passphrase, missing, exists, damaged, io, weak_passphrase


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _header_aad(header: dict) -> bytes:
    """The header fields that the ciphertext authenticates (everything but nonce and data)."""
    fixed = {k: header[k] for k in ("format", "version", "kdf", "cipher")}
    return json.dumps(fixed, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _checked_kdf(kdf: object) -> tuple[bytes, int, int, int]:
    """Salt and scrypt parameters from a header, refusing values that would exhaust memory."""
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (isinstance(n, int) and 2 ** 14 <= n <= 2 ** 20 and n & (n - 1) == 0):
        raise ValueError("scrypt n out of range")
    if not (isinstance(r, int) and 1 <= r <= 16 and isinstance(p, int) and 1 <= p <= 4):
        raise ValueError("scrypt r/p out of range")
    salt = _unb64(kdf.get("salt"))
    if len(salt) < 16:
        raise ValueError("salt too short")
    return salt, n, r, p


class EncryptedFileKeyring(KeyringBackend):
    """A keyring backend over one passphrase-protected file; thread-safe."""

    @properties.classproperty
    def priority(cls) -> float:
        return -1  # never chosen by keyring's own detection (its fail backend is 0)

    @properties.classproperty
    def name(cls) -> str:
        return "Encrypted file"

    def __init__(self, path: str | Path, passphrase: str, *, create: bool = False,
                 scrypt_n: int = SCRYPT_N) -> None:
        """Open (or with create=True, make) the file; a wrong passphrase raises
        SecretFileError("wrong_passphrase") and changes nothing."""
        super().__init__()
        self.path = Path(path)
        self._lock = threading.Lock()
        if create:
            if self.path.exists():
                raise SecretFileError("exists", f"{self.path} already exists; unlock it instead.")
            if len(passphrase) < MIN_PASSPHRASE:
                raise SecretFileError(
                    "weak_passphrase",
                    f"The passphrase must have at least {MIN_PASSPHRASE} characters.")
            salt = os.urandom(16)
            self._kdf = {"name": "scrypt", "salt": _b64(salt), "n": scrypt_n,
                         "r": SCRYPT_R, "p": SCRYPT_P}
            self._key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
            self._entries: dict[str, dict[str, str]] = {}
            self._write()
        else:
            self._entries = self._read(passphrase)

    def _read(self, passphrase: str) -> dict[str, dict[str, str]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise SecretFileError("missing", f"{self.path} does not exist.") from None
        except OSError as exc:
            raise SecretFileError("io", f"{self.path} cannot be read: {exc.strerror}") from None
        try:
            header = json.loads(raw.decode("utf-8"))
            if header.get("format") != FORMAT or header.get("version") != VERSION \
                    or header.get("cipher") != "AES-256-GCM":
                raise ValueError("not a Floorwatch secrets file of a known version")
            salt, n, r, p = _checked_kdf(header.get("kdf"))
            nonce, data = _unb64(header.get("nonce")), _unb64(header.get("data"))
            aad = _header_aad(header)
        except (ValueError, KeyError, UnicodeDecodeError, AttributeError) as exc:
            raise SecretFileError("damaged", f"{self.path} is not a readable secrets file "
                                             f"({exc}).") from None
        key = _derive(passphrase, salt, n, r, p)
        try:
            plain = AESGCM(key).decrypt(nonce, data, aad)
        except InvalidTag:
            raise SecretFileError("wrong_passphrase", "Wrong passphrase (or the file was "
                                                      "altered).") from None
        self._kdf, self._key = header["kdf"], key
        entries = json.loads(plain.decode("utf-8"))
        return {str(s): {str(u): str(pw) for u, pw in users.items()}
                for s, users in entries.items()}

    def _write(self) -> None:
        """Encrypt every entry under a fresh nonce and replace the file atomically (mode 0600)."""
        header = {"format": FORMAT, "version": VERSION, "kdf": self._kdf,
                  "cipher": "AES-256-GCM"}
        nonce = os.urandom(12)
        plain = json.dumps(self._entries, ensure_ascii=False).encode("utf-8")
        header["nonce"] = _b64(nonce)
        header["data"] = _b64(AESGCM(self._key).encrypt(nonce, plain, _header_aad(header)))
        text = json.dumps(header, indent=1).encode("utf-8")
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            raise SecretFileError("io", f"{self.path} cannot be written: {exc.strerror}") from None

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._entries.get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            before = dict(self._entries.get(service, {}))
            self._entries.setdefault(service, {})[username] = password
            try:
                self._write()
            except SecretFileError:
                self._entries[service] = before
                raise

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            users = self._entries.get(service, {})
            if username not in users:
                raise PasswordDeleteError("No such password")
            before = dict(users)
            del users[username]
            try:
                self._write()
            except SecretFileError:
                self._entries[service] = before
                raise
