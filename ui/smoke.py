"""`floorwatch --smoke-test`: quit with status 0 once the main window has been painted
(the frozen build's check that the application starts and shows its window)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

TIMEOUT_MS = 60_000  # no paint by then: exit 3 rather than hang a CI job


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        title = self.window.windowTitle()
        docks = len(getattr(self.window, "docks", []))
        print(f"SMOKE-TEST OK: painted {title!r} with {docks} panels", flush=True)
        QApplication.instance().exit(0)


def quit_after_first_paint(window: QMainWindow) -> None:
    """Exit the event loop with 0 after the window's first paint (3 after TIMEOUT_MS)."""
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)

    def give_up() -> None:
        if not watcher.done:
            print("SMOKE-TEST FAILED: the window was not painted", file=sys.stderr, flush=True)
            QApplication.instance().exit(3)

    QTimer.singleShot(TIMEOUT_MS, give_up)
