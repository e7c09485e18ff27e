"""Once a second: escalate the incident clocks that ran out, and let the countdowns move.

The check is app.deadlines.fire_escalations(db, now) on the GUI connection: an indexed
query that finds nothing almost always, and one small transaction when a clock ran out.
It runs once at start too, so a clock that ran out while the console was closed fires
at once.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.db import no_wait
from ui.context import AppContext

if TYPE_CHECKING:
    from app.deadlines import Escalation

log = logging.getLogger(__name__)


class EscalationWatch(QObject):
    ticked = Signal(float)  # the time now, every second (the countdowns)
    escalated = Signal(list)  # the Escalations just fired

    def __init__(self, ctx: AppContext, interval_ms: int = 1000, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> list[Escalation]:
        from app import deadlines  # loaded by the first check, not at import

        now = self.ctx.now()
        try:
            with no_wait(self.ctx.db):  # an import holding the lock: try next second
                fired = deadlines.fire_escalations(self.ctx.db, now)
        except sqlite3.OperationalError as exc:
            log.info("escalation check deferred: %s", exc)
            fired = []
        except Exception:  # a read-only or damaged database: try again next second
            log.exception("escalation check failed")
            fired = []
        if fired:
            self.escalated.emit(fired)
        self.ticked.emit(now)
        return fired
