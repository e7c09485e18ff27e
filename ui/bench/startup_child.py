"""A fresh process for the startup workload: open a window, print PAINTED once it is painted.

    python -m ui.bench.startup_child app SETTINGS_DIR DB   # the console with demo data
    python -m ui.bench.startup_child floor SETTINGS_DIR    # bare PySide6 + pyqtgraph, one plot

Imports happen here, after the parent started its clock: they are part of start-up.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str]) -> int:
    from app.bench.profile import profiled

    with profiled(f"startup-{argv[0]}"):
        return _open(argv)


def _open(argv: list[str]) -> int:
    kind, settings_dir = argv[0], argv[1]
    if kind == "app":  # as `floorwatch` does first thing (ui.cli.main)
        from ui.gc_startup import pause_collection

        pause_collection()
    from PySide6.QtCore import QEvent, QObject, QTimer

    if kind == "app":
        from ui.bench.qt import gui_application, shows_data

        app = gui_application(settings_dir)
        from ui.application import build_window

        window, feed = build_window(argparse.Namespace(db=argv[2], demo=True, demo_speed=1.0,
                                                       demo_seed=7), first_paint_first=True)
        ready = lambda: shows_data(window)  # noqa: E731
    elif kind == "floor":
        import pyqtgraph as pg
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window, feed = QMainWindow(), None
        plot = pg.PlotWidget()
        plot.plot(list(range(100)), [i * i for i in range(100)])
        window.setCentralWidget(plot)
        window.resize(1280, 800)  # the console's default size
        ready = lambda: True  # noqa: E731
    else:
        raise SystemExit(f"unknown kind {kind!r}")

    def painted() -> None:
        print("PAINTED", flush=True)
        app.quit()

    class FirstPaint(QObject):
        """After the window's first repaint that shows data: report (once the paint is done)."""

        done = False

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.UpdateRequest and not self.done and ready():
                self.done = True
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    if kind == "app":
        from ui.application import show_console

        show_console(window, feed)  # as `floorwatch` does it
    else:
        window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
