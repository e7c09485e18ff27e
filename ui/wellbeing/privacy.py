"""The wellbeing lock: the data key in memory only while unlocked, scrypt off the GUI thread,
and an idle timer that locks again after the configured minutes without input in the panel.

Every unlock, failed unlock, lock and passphrase change is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from app.settings import get_setting
from app.wellbeing import audit
from app.wellbeing.settings import get_value, set_value
from app.wellbeing.vault import (DEFAULT_KDF, FieldCipher, KdfParams, VaultError, create_vault,
                                 open_vault, read_vault, rewrap, store_vault)
from ui.context import AppContext

INPUT_EVENTS = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.Wheel,
                          QEvent.MouseButtonDblClick})


class _KdfResults(QObject):
    """Carries a key derivation's result from the pool thread to the GUI thread. It lives on
    the GUI thread, owned by the session: no Qt object is ever freed on the pool thread."""

    done = Signal(int, object)  # job number, result
    failed = Signal(int, str, str)  # job number, reason, message


def _derive(results: _KdfResults, number: int, fn: Callable[[], object]) -> None:
    """Pool thread: run one slow key derivation, hand the outcome over by signal."""
    try:
        result = fn()
    except VaultError as exc:
        results.failed.emit(number, exc.reason, str(exc))
    except Exception as exc:  # noqa: BLE001 - shown to the supervisor, never a traceback
        results.failed.emit(number, "damaged", f"{type(exc).__name__}: {exc}")
    else:
        results.done.emit(number, result)


class PrivacySession(QObject):
    """Locked or unlocked; `cipher` is the data key while unlocked, else None."""

    unlocked = Signal()
    about_to_lock = Signal()  # the key is still there: dialogs save (sealed) and close
    locked = Signal(str)  # "lock" or "idle_lock"
    failed = Signal(str, str)  # reason, message
    passphrase_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, watched: QWidget, parent: QObject | None = None,
                 pool: QThreadPool | None = None, kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watched = watched  # input inside this widget (or its dialogs) keeps it unlocked
        self.pool = pool or QThreadPool.globalInstance()
        self.kdf = kdf
        self.cipher: FieldCipher | None = None
        self.minute_ms = 60_000  # tests shorten the minute
        self._job = 0  # the number of the derivation whose result is awaited (0: none)
        self._jobs = 0
        self._results = _KdfResults(self)
        self._results.done.connect(self._job_done)
        self._results.failed.connect(self._job_failed)
        self._on_done: Callable[[object], None] | None = None
        self._audit_failure: str | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(lambda: self.lock("idle_lock"))

    # -- state -------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.cipher is not None

    @property
    def busy(self) -> bool:
        return self._job != 0

    def is_set_up(self) -> bool:
        try:
            return read_vault(self.ctx.db) is not None
        except VaultError:
            return True  # a damaged record: unlocking says so

    def by(self) -> str:
        return get_setting(self.ctx.db, "supervisor")

    def lock_minutes(self) -> int:
        return int(get_value(self.ctx.db))

    def set_lock_minutes(self, minutes: int) -> None:
        set_value(self.ctx.db, minutes)
        if self.is_unlocked:
            self.touch()

    def audit(self, action: str, **kw) -> None:
        with self.ctx.db.atomic():
            audit.record(self.ctx.db, action, at=self.ctx.now(), by=self.by(), **kw)

    # -- unlock, set up, change -----------------------------------------------------------
    def _vault_record(self) -> dict | None:
        """The stored vault record; None (with `failed` emitted) when damaged or not set up."""
        try:
            record = read_vault(self.ctx.db)
        except VaultError as exc:
            self.failed.emit(exc.reason, str(exc))
            return None
        if record is None:
            self.failed.emit("not_set_up", "no passphrase yet")
        return record

    def begin_unlock(self, passphrase: str) -> None:
        record = self._vault_record()
        if record is None:
            return
        self._start(lambda: open_vault(record, passphrase), self._opened, "unlock_failed")

    def begin_setup(self, passphrase: str) -> None:
        if self.is_set_up():
            self.failed.emit("set_up", "a passphrase exists")
            return
        kdf = self.kdf
        self._start(lambda: create_vault(passphrase, kdf), self._created, None)

    def begin_change(self, old: str, new: str) -> None:
        record = self._vault_record()
        if record is None:
            return
        kdf = self.kdf
        self._start(lambda: rewrap(record, old, new, kdf), self._rewrapped, "unlock_failed")

    def _start(self, fn: Callable[[], object], on_done: Callable[[object], None],
               audit_failure: str | None) -> None:
        if self._job:
            return
        self._jobs += 1
        self._job, self._on_done, self._audit_failure = self._jobs, on_done, audit_failure
        self.busy_changed.emit(True)
        results, number = self._results, self._jobs
        self.pool.start(lambda: _derive(results, number, fn))

    @Slot(int, object)
    def _job_done(self, number: int, result: object) -> None:
        if number != self._job:
            return
        self._job = 0
        self.busy_changed.emit(False)
        try:
            self._on_done(result)
        except VaultError as exc:
            self.failed.emit(exc.reason, str(exc))

    @Slot(int, str, str)
    def _job_failed(self, number: int, reason: str, message: str) -> None:
        if number != self._job:
            return
        self._job = 0
        self.busy_changed.emit(False)
        if reason == "wrong_passphrase" and self._audit_failure:
            self.audit(self._audit_failure)
        self.failed.emit(reason, message)

    def _opened(self, cipher: object) -> None:
        self._set_unlocked(cipher, "unlock")

    def _created(self, result: object) -> None:
        record, cipher = result
        store_vault(self.ctx.db, record)
        self._set_unlocked(cipher, "setup")

    def _rewrapped(self, record: object) -> None:
        store_vault(self.ctx.db, record, replace=True)
        self.audit("passphrase_changed", subject="vault")
        if self.is_unlocked:
            self.touch()
        self.passphrase_changed.emit()

    def _set_unlocked(self, cipher: object, action: str) -> None:
        self.cipher = cipher
        self.audit(action, subject="vault")
        self.audit("view_roster", detail={"levels_shown": True})
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.touch()
        self.unlocked.emit()

    # -- locking ----------------------------------------------------------------------------
    def lock(self, reason: str = "lock") -> None:
        """Drop the key (after dialogs had their chance to seal drafts) and say so."""
        if self.cipher is None:
            return
        self.about_to_lock.emit()
        self.cipher = None
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.audit(reason, subject="vault")
        self.locked.emit(reason)

    def touch(self) -> None:
        """Input in the panel: the idle time starts again."""
        if self.cipher is not None:
            self.idle.start(self.lock_minutes() * self.minute_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and isinstance(obj, QWidget) and self._inside(obj):
            self.touch()
        return False

    def _inside(self, widget: QWidget) -> bool:
        while widget is not None:
            if widget is self.watched:
                return True
            widget = widget.parentWidget()
        return False
