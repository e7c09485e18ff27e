"""An in-memory keyring backend for tests, and a fixture-friendly way to install it.

Tests never touch the developer's real keyring: `installed(backend)` swaps keyring's
current backend for the test's one and puts the previous one back afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict; behaves like the OS backends (delete of a missing one raises)."""

    @properties.classproperty
    def priority(cls) -> float:
        return -1  # never picked by keyring's own detection

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError("No such password")
        del self.entries[(service, username)]


@contextlib.contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
