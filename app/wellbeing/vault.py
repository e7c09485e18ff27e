"""The wellbeing data key: created at setup, wrapped with a scrypt key from the passphrase.

A random 256-bit data key encrypts every sensitive field (AES-256-GCM, a fresh nonce per
value). The data key itself is stored only wrapped: AES-256-GCM under a key derived from
the supervisor's passphrase with scrypt (salt and parameters in the `meta` row
"wellbeing.vault"). Unwrapping is the passphrase check: a wrong passphrase fails the GCM
tag. The passphrase and both keys are never written anywhere; the data key lives in memory
(a FieldCipher) only while the panel is unlocked. Changing the passphrase rewraps the data
key, so no field has to be re-encrypted.

The slow functions (create_vault, open_vault, rewrap) touch no database, so the console can
run them on a worker thread; read_vault/store_vault are the database side.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from app.db import get_meta, set_meta
META_KEY = "wellbeing.vault"
FORMAT = 1
MIN_PASSPHRASE = 8
WRAP_AAD = b"floorwatch wellbeing data key v1"
SEAL_PREFIX = b"W1"
NONCE = 12


@dataclass(frozen=True)
class KdfParams:
    n: int = 2 ** 17  # OWASP's scrypt setting
    r: int = 8
    p: int = 1

    def check(self) -> None:
        if not (2 ** 14 <= self.n <= 2 ** 20 and self.n & (self.n - 1) == 0):
            raise VaultError("damaged", "scrypt n out of range")
        if not (1 <= self.r <= 16 and 1 <= self.p <= 4):
            raise VaultError("damaged", "scrypt r/p out of range")


DEFAULT_KDF = KdfParams()


class VaultError(Exception):
    """Why the wellbeing data cannot be unlocked; `reason` is one word for the UI."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # wrong_passphrase, weak_passphrase, not_set_up, set_up, damaged


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise VaultError("damaged", "the wellbeing key record is damaged")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError as exc:
        raise VaultError("damaged", "the wellbeing key record is damaged") from exc


def _crypto() -> tuple[Any, type[Exception]]:
    """(AESGCM, InvalidTag), imported on first use: the console starts locked, and importing
    cryptography was ~10 ms of its start-up (docs/performance.md)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM, InvalidTag


def _kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    params.check()
    return Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p).derive(
        passphrase.encode("utf-8"))


class FieldCipher:
    """Seals and opens sensitive values (JSON) with the data key; thread-safe, stateless."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the data key is 256 bits")
        aesgcm, self._invalid_tag = _crypto()
        self._aead = aesgcm(key)

    def seal(self, value: Any, context: str) -> bytes:
        """`value` as JSON, encrypted; `context` (table.column) is authenticated with it."""
        nonce = os.urandom(NONCE)
        plain = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return SEAL_PREFIX + nonce + self._aead.encrypt(nonce, plain, context.encode("utf-8"))

    def open(self, blob: bytes, context: str) -> Any:
        """The value sealed as `context`; VaultError("damaged") if it was altered."""
        blob = bytes(blob)
        if not blob.startswith(SEAL_PREFIX) or len(blob) < len(SEAL_PREFIX) + NONCE + 16:
            raise VaultError("damaged", f"a sealed {context} value is damaged")
        nonce = blob[len(SEAL_PREFIX):len(SEAL_PREFIX) + NONCE]
        try:
            plain = self._aead.decrypt(nonce, blob[len(SEAL_PREFIX) + NONCE:],
                                       context.encode("utf-8"))
        except self._invalid_tag as exc:
            raise VaultError("damaged", f"a sealed {context} value is damaged or was "
                             "written with another key") from exc
        return json.loads(plain.decode("utf-8"))


def _wrap(data_key: bytes, passphrase: str, params: KdfParams) -> dict:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError("weak_passphrase",
                         f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    salt = os.urandom(16)
    nonce = os.urandom(NONCE)
    aesgcm, _ = _crypto()
    wrapped = aesgcm(_kek(passphrase, salt, params)).encrypt(nonce, data_key, WRAP_AAD)
    return {"format": FORMAT,
            "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p,
                    "salt": _b64(salt)},
            "wrap": {"cipher": "AES-256-GCM", "nonce": _b64(nonce), "data": _b64(wrapped)}}


def create_vault(passphrase: str, params: KdfParams = DEFAULT_KDF) -> tuple[dict, FieldCipher]:
    """A new data key wrapped with `passphrase`: (record to store, cipher). Slow (scrypt)."""
    data_key = _crypto()[0].generate_key(bit_length=256)
    return _wrap(data_key, passphrase, params), FieldCipher(data_key)


def _params(record: dict) -> tuple[bytes, KdfParams]:
    kdf = record.get("kdf") if isinstance(record, dict) else None
    if record.get("format") != FORMAT or not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise VaultError("damaged", "the wellbeing key record is damaged or from a newer version")
    try:
        params = KdfParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultError("damaged", "the wellbeing key record is damaged") from exc
    return _unb64(kdf.get("salt")), params


def _unwrap(record: dict, passphrase: str) -> bytes:
    salt, params = _params(record)
    wrap = record.get("wrap") or {}
    nonce, data = _unb64(wrap.get("nonce")), _unb64(wrap.get("data"))
    aesgcm, invalid_tag = _crypto()
    try:
        return aesgcm(_kek(passphrase, salt, params)).decrypt(nonce, data, WRAP_AAD)
    except invalid_tag:
        raise VaultError("wrong_passphrase", "wrong passphrase") from None


def open_vault(record: dict, passphrase: str) -> FieldCipher:
    """The cipher for a stored record; VaultError("wrong_passphrase") otherwise. Slow."""
    return FieldCipher(_unwrap(record, passphrase))


def rewrap(record: dict, old_passphrase: str, new_passphrase: str,
           params: KdfParams = DEFAULT_KDF) -> dict:
    """The record with the same data key under a new passphrase (new salt). Slow (2 × scrypt)."""
    return _wrap(_unwrap(record, old_passphrase), new_passphrase, params)


# -- the database side ------------------------------------------------------------------
def read_vault(db: sqlite_utils.Database) -> dict | None:
    """The stored key record (salt, parameters, wrapped key), or None before setup."""
    stored = get_meta(db, META_KEY)
    if stored is None:
        return None
    try:
        return json.loads(stored)
    except ValueError as exc:
        raise VaultError("damaged", "the wellbeing key record is damaged") from exc


def store_vault(db: sqlite_utils.Database, record: dict, *, replace: bool = False) -> None:
    """Save the record; refuses to replace an existing one unless `replace` (rewrap)."""
    with db.atomic():
        exists = read_vault(db) is not None
        if exists and not replace:
            raise VaultError("set_up", "the wellbeing data already has a passphrase")
        if replace and not exists:
            raise VaultError("not_set_up", "the wellbeing data has no passphrase yet")
        set_meta(db, META_KEY, json.dumps(record))


def setup(db: sqlite_utils.Database, passphrase: str,
          params: KdfParams = DEFAULT_KDF) -> FieldCipher:
    """First use: create and store the key record; returns the cipher (unlocked)."""
    if read_vault(db) is not None:
        raise VaultError("set_up", "the wellbeing data already has a passphrase")
    record, cipher = create_vault(passphrase, params)
    store_vault(db, record)
    return cipher


def unlock(db: sqlite_utils.Database, passphrase: str) -> FieldCipher:
    record = read_vault(db)
    if record is None:
        raise VaultError("not_set_up", "the wellbeing data has no passphrase yet")
    return open_vault(record, passphrase)
