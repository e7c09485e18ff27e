"""Start the console: fonts, translations, the database, the data source, the window."""

from __future__ import annotations

import argparse
import functools
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import SystemClock
from app.db import (GUI_BUSY_TIMEOUT_MS, CorruptDatabaseError, StorageError, open_database,
                    set_busy_timeout)
from app.paths import default_db_path
from app.settings import apply_shift_times, zone_of
from app.source_setup import configured_sources, demo_runs
from app.sources import DemoSource
from ui.context import AppContext
from ui.gc_startup import freeze_start_up
from ui.feed import FeedHub
from ui.fonts import install_fonts
from ui.i18n import chosen_language, install_translators
from ui.main_window import MainWindow
from ui.theme import install_theme

log = logging.getLogger(__name__)
FEED_LATEST_MS = 2000  # a window that is never painted (started minimised) still gets its feed


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Floorwatch")
    app.setApplicationName("floorwatch")
    if not app.property("floorwatch_ready"):
        install_fonts(app)
        install_theme(app)  # light, dark, or the desktop's (Settings → General → Theme)
        lang = chosen_language()
        install_translators(app, lang)
        app.setProperty("floorwatch_lang", lang)
        app.setProperty("floorwatch_ready", True)
    return app


def build_window(args: argparse.Namespace, demo_options: dict[str, Any] | None = None,
                 first_paint_first: bool = False) -> tuple[MainWindow, FeedHub | None]:
    """The window and its (not yet started) feed, None when no source runs; raises
    StorageError for a bad database.

    The demo floor runs when asked (--demo), or when no source is configured and enabled
    (Sources dialog) and the demo setting is "auto"; otherwise the enabled sources run.
    demo_options go to DemoSource (start, n_stores, n_agents, backfill_days): the bench
    runs a bigger floor from a fixed simulated hour. first_paint_first: only the Stores panel
    reads before the window is shown; show_console() has the others read after its first
    paint (what `floorwatch` does: the window comes up sooner).
    """
    app = make_application()
    db_path = Path(args.db) if args.db else default_db_path()
    db = open_database(db_path)
    # A big import holds the write lock for a minute: what the supervisor saves meanwhile
    # is refused after 2 s with "busy, try again" (the text stays) instead of freezing 10 s.
    set_busy_timeout(db, GUI_BUSY_TIMEOUT_MS)
    zone = zone_of(db)
    apply_shift_times(db)  # the floor's own shift times (Settings → Shifts), if any
    lang = app.property("floorwatch_lang") or "en"
    demo = demo_runs(db, args.demo)
    if demo:
        demo_source = DemoSource(seed=args.demo_seed, speed=args.demo_speed, zone=zone,
                                 **(demo_options or {}))
        demo_source.label = QCoreApplication.translate("Application", "Demo floor (seed %1)"
                                                       ).replace("%1", str(args.demo_seed))
        sources: list = [demo_source]
    else:
        sources = configured_sources(db, zone, lang=lang)
    ctx = AppContext(db=db, db_path=db_path,
                     clock=sources[0].clock if demo else SystemClock(),
                     zone=zone, lang=lang, demo=demo,
                     source_label=", ".join(s.label for s in sources))
    window = MainWindow(ctx, demo_clock=sources[0].clock if demo else None,
                        read_all=not first_paint_first)
    hub = FeedHub(db_path, make_watchers=lambda: _watchers(zone), parent=window)
    hub.changed.connect(window.on_changes)
    hub.statuses.connect(window.set_source_statuses)
    hub.set_sources(sources)
    window.attach_feed(hub)
    return window, (hub if sources else None)


def _watchers(zone):
    """The alert watchers the feed thread runs (imported there: not needed before the paint)."""
    from app.watch import Watchers

    return Watchers(zone)


class _AfterFirstPaint(QObject):
    """Calls `fn` once, just after the window's first paint (FEED_LATEST_MS at the latest: a
    window that is never painted, started minimised, still gets it)."""

    def __init__(self, window: MainWindow, fn) -> None:
        super().__init__(window)
        self.fn, self.done = fn, False
        window.installEventFilter(self)
        QTimer.singleShot(FEED_LATEST_MS, self, self.run)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)
        return False

    @Slot()
    def run(self) -> None:
        if not self.done:
            self.done = True
            self.fn()


class _FirstPaintDone(QObject):
    """Just after the window's first paint: the panels not read yet read, start-up is frozen
    for the GC, then the feed starts; a start still queued when the application quits never
    runs (the hub stops itself then)."""

    def __init__(self, window: MainWindow, feed: FeedHub | None) -> None:
        super().__init__(window)
        self.window, self.feed = window, feed
        self.over = False
        _AfterFirstPaint(window, self.run)
        QCoreApplication.instance().aboutToQuit.connect(self.quitting)

    def run(self) -> None:
        if self.over:
            return
        self.window.read_remaining()
        freeze_start_up()
        if self.feed is not None:
            self.feed.start()

    @Slot()
    def quitting(self) -> None:
        self.over = True


def show_console(window: MainWindow, feed: FeedHub | None) -> None:
    """Show the window; once it is painted, the other panels read and the feed starts; the
    feed stops when the app quits.

    The feed's catch-up is Python on another thread: started together, it held the GIL
    against the first paint and made start-up ~0.25 s slower (docs/performance.md).
    """
    _FirstPaintDone(window, feed)
    window.show()


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    build = functools.partial(build_window, first_paint_first=True)
    try:
        window, feed = build(args)
    except CorruptDatabaseError as exc:  # restore the latest backup, open another file, quit
        from ui.dialogs.recover_database import recover_at_start

        built = recover_at_start(args, exc, build,
                                 interactive=app.platformName() != "offscreen")
        if built is None:
            return 2
        window, feed = built
    except StorageError as exc:
        print(f"floorwatch: {exc}", file=sys.stderr)
        if app.platformName() != "offscreen":  # nobody could see or close it there
            QMessageBox.critical(None, "Floorwatch", str(exc))
        return 2
    if getattr(args, "smoke_test", False):  # the frozen build's check: quit once painted
        from ui.smoke import quit_after_first_paint

        quit_after_first_paint(window)
    show_console(window, feed)
    window.backup.start()  # the daily backup: soon after start if due, then hourly
    return app.exec()
