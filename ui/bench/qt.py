"""Qt side of the bench: the console's application with settings kept aside, and the lag probe."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget

# Harmless on the offscreen platform, printed once per window shown.
_NOISE = ("does not support propagateSizeHints",)
STORES_DOCK = "dock.stores"  # the panel that shows the demo floor's stores


def _message(mode, context, message: str) -> None:
    if not any(n in message for n in _NOISE):
        print(message, file=sys.stderr)


def gui_application(settings_dir: str) -> QApplication:
    """The console's QApplication, with QSettings in `settings_dir` (never the user's layout)."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    qInstallMessageHandler(_message)
    from ui.application import make_application

    return make_application()


def shows_data(window: QWidget) -> bool:
    """True once a visible table of the Stores panel has a row: the demo data is on screen.

    (Other panels may list static content, and a combo box's hidden popup list has rows from
    the start; neither counts.)
    """
    stores = window.findChild(QDockWidget, STORES_DOCK)
    if stores is None:
        return False
    for view in stores.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            return True
    return False


class LagProbe(QObject):
    """A timer re-armed every `interval_ms`; records how late each shot fires.

    A busy GUI thread delays the shot: its lateness is the lag a click or a repaint would see.
    """

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Imported here: the startup workload's console imports this module, and the
        # harness's statistics must not count as the console's start-up.
        from app.bench.measure import LagRecorder

        self.interval_ms = interval_ms
        self.recorder = LagRecorder()
        self._due = 0.0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.PreciseTimer)
        self._timer.timeout.connect(self._fired)

    def start(self) -> None:
        self._running = True
        self._arm()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def _arm(self) -> None:
        self._due = time.perf_counter() + self.interval_ms / 1000.0
        self._timer.start(self.interval_ms)

    def _fired(self) -> None:
        self.recorder.record(self._due, time.perf_counter())
        if self._running:
            self._arm()
