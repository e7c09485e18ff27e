"""The main window: assembles the docks, menus and status bar; saves and restores layout."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QDialog, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QToolBar, QWidget, QSizePolicy)

from app import __version__
from app.alerts import Alert
from app.floor import last_event_at
from app.login_check import record_login_check, run_login_check
from app.records import ChangeSet
from app.settings import get_setting
from ui.backup_job import BackupJob
from ui.storage_words import error_text
from ui.context import AppContext
from ui.dialogs.help import HelpController
from ui.dialogs.import_files import ImportController
from ui.dialogs.settings_action import SettingsController
from ui.dialogs.sources import SourcesController
from ui.source_words import source_problem_text, source_status_line
from ui.docks.base import PanelDock
from ui.docks.incidents import IncidentsDock
from ui.docks.metrics import MetricsDock
from ui.docks.patrol import PatrolDock
from ui.docks.stores import StoresDock
from ui.docks.wellbeing import WellbeingDock
from ui.formatting import clock_time, date_time, plain
from ui.notifier import AlertNotifier
from ui.panel_refresh import BackgroundRefresh
from ui.platform_kpi_actions import kpi_mapping_action, platform_kpis_action
from ui.geometry import fit_to_screens

if TYPE_CHECKING:  # the dialogs are imported when first opened: a faster first paint
    from app.incident_drafts import IncidentDraft
    from app.credentials import CredentialStore
    from ui.dialogs.credentials import CredentialsDialog
    from ui.dialogs.login_check import LoginCheckDialog
    from ui.dialogs.report import ReportDialog

STATE_VERSION = 2  # bump when the dock set changes: older saved layouts are then ignored
REFRESH_MS = 1000
IDLE_REFRESH_S = 5.0
STATE_RANK = {"error": 0, "offline": 1, "starting": 2, "stopped": 3, "live": 4, "demo": 5}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, demo_clock=None, parent: QWidget | None = None,
                 read_all: bool = True) -> None:
        """read_all False: only the Stores panel reads now, the others in read_remaining()
        (`floorwatch` calls it just after the first paint)."""
        super().__init__(parent)
        self.ctx = ctx
        self.demo_clock = demo_clock
        self._credentials: CredentialStore | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"Floorwatch — {get_setting(ctx.db, 'floor_name')}")
        self.setDockNestingEnabled(True)
        self._pending: ChangeSet | None = None
        self._last_refresh = 0.0  # time.monotonic() of the last refresh
        self._refreshed_for: float | None = None  # ctx.now() at the last refresh
        self._create_actions()
        self.docks: list[PanelDock] = [
            StoresDock(ctx, [self.login_check_action, self.roster_action,
                             self.credentials_action], self), MetricsDock(ctx, self),
            IncidentsDock(ctx, self.new_incident_action, self, read_now=read_all),
            WellbeingDock(ctx, self, build_now=read_all)]
        self.patrol_dock = PatrolDock(ctx, {"login_check": self.run_login_check,
                                            "yesterday_review": self.open_review}, self)
        self.patrol_dock.changed.connect(self.on_changes)
        self.docks.append(self.patrol_dock)
        for dock in self.docks:  # a panel's alerts open their incident, or a prefilled one
            panel = getattr(dock, "alert_panel", None)
            if panel is not None:
                panel.open_incident.connect(self.incident_for_alert)
        self.docks[2].changed.connect(self.on_changes)  # escalations, incident records
        self.docks[3].changed.connect(self.on_changes)  # wellbeing: account moves, incidents
        # The periodic refreshes read on a worker (own connection); None: read in place.
        self.background = (BackgroundRefresh(ctx.db_path, self.docks, self,
                                             self._refresh_status, self._refresh_failed)
                           if str(ctx.db_path) != ":memory:" else None)
        self._create_demo_bar()
        self._arrange_docks()
        self._create_menus()
        self._create_status_bar()
        self._default_state = self.saveState(STATE_VERSION)
        self.restore_layout()
        self.reads_pending = not read_all
        if read_all:
            self.refresh_all(None)
        else:  # what the supervisor looks for first; the rest follows the first paint
            self.docks[0].refresh(None)
            self._refresh_status()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(REFRESH_MS)

    @property
    def credentials(self) -> CredentialStore:
        """The keyring, or the encrypted file once unlocked; opened on first use (importing
        keyring takes a noticeable share of start-up)."""
        if self._credentials is None:
            from app.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    # -- construction ----------------------------------------------------------
    def _create_actions(self) -> None:
        self.notifier = AlertNotifier(self.ctx, self)
        self.new_incident_action = QAction(self.tr("&New incident…"), self)
        self.new_incident_action.setShortcut(QKeySequence.New)
        self.new_incident_action.setShortcutContext(Qt.ApplicationShortcut)
        self.new_incident_action.setToolTip(self.tr("Log a new incident (Ctrl+N)"))
        self.new_incident_action.triggered.connect(self.new_incident)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.Quit)
        self.quit_action.triggered.connect(self.close)
        self.reset_layout_action = QAction(self.tr("&Reset layout"), self)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.fullscreen_action = QAction(self.tr("&Wallboard (full screen)"), self)
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key_F11))
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.toggled.connect(self.set_wallboard)
        self.pause_action = QAction(self.tr("&Pause demo"), self)
        self.pause_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self._pause_demo)
        self.pause_action.setEnabled(self.demo_clock is not None)
        self.credentials_action = QAction(self.tr("Store account &credentials…"), self)
        self.credentials_action.triggered.connect(lambda: self.open_credentials())
        self.login_check_action = QAction(self.tr("&Login check"), self)
        self.login_check_action.setShortcut(QKeySequence("Ctrl+L"))
        self.login_check_action.setToolTip(self.tr(
            "Check every store account now and record it in today's patrol (Ctrl+L)"))
        self.login_check_action.triggered.connect(self.run_login_check)
        self.roster_action = QAction(self.tr("&Roster…"), self)
        self.roster_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.roster_action.setToolTip(self.tr(
            "Stores, store accounts, agents and who holds which account (Ctrl+Shift+O)"))
        self.roster_action.triggered.connect(self.open_roster)
        self.about_action = QAction(self.tr("&About Floorwatch"), self)
        self.about_action.triggered.connect(self._about)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_incident_action)
        file_menu.addAction(self.credentials_action)
        file_menu.addAction(self.roster_action)
        self.importer = ImportController(self.ctx, self)  # File → Import… (Ctrl+I)
        self.importer.imported.connect(self.on_changes)
        file_menu.addAction(self.importer.action)
        self.kpi_mapping_action = kpi_mapping_action(self.ctx, self)  # Export column names…
        file_menu.addAction(self.kpi_mapping_action)
        self.sources = SourcesController(self.ctx, self)  # File → Data sources… (Ctrl+Shift+D)
        file_menu.addAction(self.sources.action)
        file_menu.addSeparator()
        self.print_preview_action = QAction(self.tr("Print pre&view…"), self)
        self.print_preview_action.triggered.connect(lambda: self.open_report("preview"))
        self.print_action = QAction(self.tr("&Print shift report…"), self)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.triggered.connect(lambda: self.open_report("print"))
        self.export_pdf_action = QAction(self.tr("&Export shift report as PDF…"), self)
        self.export_pdf_action.triggered.connect(lambda: self.open_report("pdf"))
        for action in (self.print_preview_action, self.print_action, self.export_pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.settings = SettingsController(self.ctx, self.notifier, self)  # Settings… (Ctrl+,)
        self.settings.changed.connect(self.on_changes)
        file_menu.addAction(self.settings.action)
        self.backup = BackupJob(self.ctx.db_path, self.ctx.zone, self)  # Back up now (Ctrl+Shift+B)
        file_menu.addAction(self.backup.action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.review_action = QAction(self.tr("&Yesterday review…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_action.triggered.connect(self.open_review)
        view = self.menuBar().addMenu(self.tr("&View"))
        for n, dock in enumerate(self.docks, start=1):  # Ctrl+1… shows or hides a panel
            dock.toggleViewAction().setShortcut(QKeySequence(f"Ctrl+{n}"))
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.review_action)
        self.platform_kpis_action = platform_kpis_action(self.ctx, self)  # (Ctrl+Shift+K)
        view.addAction(self.platform_kpis_action)
        view.addSeparator()
        view.addAction(self.fullscreen_action)
        view.addAction(self.reset_layout_action)
        view.addSeparator()
        view.addAction(self.notifier.notify_action)
        view.addAction(self.notifier.sound_action)
        if self.demo_clock is not None:
            view.addSeparator()
            view.addAction(self.pause_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help = HelpController(self, self.ctx.lang)  # Quick guide (F1), shortcuts (Ctrl+/)
        help_menu.addAction(self.help.guide_action)
        help_menu.addAction(self.help.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _create_demo_bar(self) -> None:
        self.demo_bar = QToolBar(self.tr("Demo"), self)
        self.demo_bar.setObjectName("toolbar.demo")
        self.demo_bar.setMovable(False)
        label = QLabel(self.tr("DEMO — simulated floor: every figure comes from the built-in "
                               "demo simulator, not a real store"))
        label.setObjectName("DemoBanner")
        label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.demo_bar.addWidget(label)
        pause = QPushButton()
        pause.setCheckable(True)
        pause.setText(plain(self.pause_action.text()))
        pause.toggled.connect(self.pause_action.setChecked)
        self.pause_action.toggled.connect(pause.setChecked)
        self.demo_bar.addWidget(pause)
        self.addToolBar(Qt.TopToolBarArea, self.demo_bar)
        self.demo_bar.setVisible(self.ctx.demo)

    def _arrange_docks(self) -> None:
        stores, metrics, incidents, wellbeing = self.docks[:4]
        self.addDockWidget(Qt.LeftDockWidgetArea, stores)
        self.addDockWidget(Qt.RightDockWidgetArea, metrics)
        self.splitDockWidget(stores, incidents, Qt.Vertical)
        self.splitDockWidget(metrics, wellbeing, Qt.Vertical)
        self.resizeDocks([stores, metrics], [620, 560], Qt.Horizontal)
        self.resizeDocks([stores, incidents], [430, 230], Qt.Vertical)
        self.resizeDocks([metrics, wellbeing], [400, 300], Qt.Vertical)
        # Patrol and wellbeing share a place (tabs): side by side they made the window too
        # wide for a 1366-pixel laptop screen.
        self.tabifyDockWidget(wellbeing, self.patrol_dock)
        self.patrol_dock.raise_()

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.source_label = QLabel(self.tr("Source: %1").replace(
            "%1", self.ctx.source_label or self.tr("none")))
        self.state_label = QLabel()
        self.state_label.setObjectName("SourceState")
        self.state_label.setAccessibleName(self.tr("Data source state"))
        self.state_label.installEventFilter(self.sources)  # a click opens Data sources…
        self.last_event_label = QLabel()
        self.clock_label = QLabel()
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("AlertCount")
        for w in (self.source_label, self.state_label, self.last_event_label, self.alerts_label):
            bar.addWidget(w)
        bar.addPermanentWidget(self.backup.label)
        bar.addPermanentWidget(self.patrol_dock.status_label)
        bar.addPermanentWidget(self.clock_label)
        self.set_source_state("demo" if self.ctx.demo else "stopped", "")

    # -- layout persistence --------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self._keep_on_screen()
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if int(settings.value("window/state_version", 0) or 0) == STATE_VERSION and \
                isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)

    def _keep_on_screen(self) -> None:
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        primary = QGuiApplication.primaryScreen().availableGeometry()
        frame = self.frameGeometry()
        fitted = fit_to_screens(frame, screens, primary)
        if fitted != frame:
            self.resize(fitted.size())
            self.move(fitted.topLeft())

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(STATE_VERSION))
        settings.setValue("window/state_version", STATE_VERSION)
        settings.sync()

    def reset_layout(self) -> None:
        if self.fullscreen_action.isChecked():
            self.fullscreen_action.setChecked(False)
        self.restoreState(self._default_state, STATE_VERSION)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()

    def closeEvent(self, event) -> None:
        self.save_layout()
        if self.background is not None:
            self.background.close()
            self.background = None
        super().closeEvent(event)

    # -- behaviour -----------------------------------------------------------------
    def set_wallboard(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        for dock in self.docks:
            dock.set_wallboard(on)

    def _pause_demo(self, paused: bool) -> None:
        if self.demo_clock is None:
            return
        if paused:
            self.demo_clock.pause()
        else:
            self.demo_clock.resume()

    def new_incident(self, *, type_key: str | None = None, title: str = "",
                     draft: IncidentDraft | None = None) -> int | None:
        from ui.dialogs.new_incident import NewIncidentDialog

        dialog = NewIncidentDialog(self.ctx, self, type_key=type_key, title=title, draft=draft)
        if dialog.exec() and dialog.incident_id is not None:
            self.on_changes(ChangeSet(incidents=True))
            self.refresh_all(self._take_pending())
            self.docks[2].select_incident(dialog.incident_id)
            return dialog.incident_id
        return None

    def incident_for_alert(self, alert: Alert) -> int | None:
        """The incident an alert belongs to (opened), else a new one prefilled from it."""
        from app.incidents import incident_for_alert

        existing = incident_for_alert(self.ctx.db, alert.id)
        if existing is not None:
            self.docks[2].open_incident(existing)
            return existing
        from app.incident_drafts import draft_from_alert  # (it imports the surge detector)

        return self.new_incident(draft=draft_from_alert(alert, self.ctx.lang))

    def open_credentials(self, account_id: int | None = None) -> CredentialsDialog:
        """The credentials dialog (not blocking), with `account_id`'s row selected if given."""
        from ui.dialogs.credentials import CredentialsDialog

        dialog = CredentialsDialog(self.ctx, self.credentials, self, account_id=account_id)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_review(self) -> None:
        from ui.dialogs.review import ReviewDialog

        ReviewDialog(self.ctx, self).show()

    def open_report(self, action: str = "preview") -> ReportDialog:
        """The shift report dialog, ready to preview, print or export (not blocking)."""
        from ui.dialogs.report import ReportDialog

        dialog = ReportDialog(self.ctx, self, action=action,
                              wellbeing_access=self.docks[3].report_access)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def run_login_check(self) -> LoginCheckDialog | None:
        """Check every store account, record it as item 1 of this shift's patrol, show it."""
        from ui.dialogs.login_check import LoginCheckDialog

        now = self.ctx.now()
        day, shift = self.patrol_dock.current_shift()
        by = get_setting(self.ctx.db, "supervisor")
        check = run_login_check(self.ctx.db, now, self.ctx.zone)
        try:
            record_login_check(self.ctx.db, check, day, shift, by=by, lang=self.ctx.lang)
        except Exception as exc:  # a full disk or a read-only file: show the check anyway
            self.statusBar().showMessage(
                self.tr("The login check could not be saved: %1").replace(
                    "%1", error_text(exc, self.ctx.lang)),
                10000)
        self.on_changes(ChangeSet(roster=True))
        dialog = LoginCheckDialog(self.ctx, check, day, shift, by, self)
        dialog.incident_opened.connect(lambda _id: self.on_changes(ChangeSet(incidents=True)))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_roster(self):
        """The roster editor (not blocking); the panels refresh after each change."""
        from ui.dialogs.roster import RosterDialog

        dialog = RosterDialog(self.ctx, self)
        dialog.changed.connect(lambda: self.on_changes(ChangeSet(roster=True)))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Floorwatch"), self.tr(
            "Floorwatch %1\nThe customer-service floor supervisor's console.\n"
            "Database: %2").replace("%1", __version__).replace("%2", str(self.ctx.db_path)))

    # -- live updates ----------------------------------------------------------------
    def on_changes(self, changes: ChangeSet) -> None:
        """Coalesce what the feed reports: panels refresh at most once a second."""
        if changes.platform_kpis:  # an open Platform KPIs chart follows imports at once
            for dialog in self.findChildren(QDialog):
                follow = getattr(dialog, "platform_kpis_changed", None)
                if follow is not None:
                    follow()
        self._queue(changes)
        if time.monotonic() - self._last_refresh >= REFRESH_MS / 1000:
            self._refresh_soon(self._take_pending())

    def _queue(self, changes: ChangeSet) -> None:
        if self._pending is None:
            self._pending = ChangeSet()
        self._pending.merge(changes)

    def _take_pending(self) -> ChangeSet | None:
        pending, self._pending = self._pending, None
        return pending

    def _tick(self) -> None:
        self.clock_label.setText(date_time(self.ctx.now(), self.ctx.zone))
        if self._pending is not None:
            self._refresh_soon(self._take_pending())
        elif time.monotonic() - self._last_refresh >= IDLE_REFRESH_S \
                and self.ctx.now() != self._refreshed_for:  # a paused demo clock: nothing moves
            self._refresh_soon(None)  # "since" times and service hours move on without events

    def read_remaining(self) -> None:
        """The first reads of the panels other than Stores, when the window was built without
        them (read_all=False); nothing otherwise."""
        if self.reads_pending:
            self.refresh_all(None)

    def refresh_all(self, changes: ChangeSet | None) -> None:
        """Refresh every panel here and now."""
        self.reads_pending = False
        self._last_refresh = time.monotonic()
        self._refreshed_for = self.ctx.now()
        for dock in self.docks:
            dock.refresh(changes)
        self._refresh_status()

    def _refresh_soon(self, changes: ChangeSet | None) -> None:
        """A periodic refresh: the costly panels read off the GUI thread (ui.panel_refresh),
        one round at a time; changes that come during a round wait for the next."""
        if self.background is None:
            self.refresh_all(changes)
            return
        if self.background.busy:
            if changes is not None:
                self._queue(changes)
            return
        self._last_refresh = time.monotonic()
        self._refreshed_for = self.ctx.now()
        self.background.start(changes)

    def _refresh_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(self.tr("The panels could not be refreshed: %1").replace(
            "%1", error_text(exc, self.ctx.lang)), 10000)

    def _refresh_status(self) -> None:
        count = self.docks[0].alert_count + self.docks[1].alert_count
        self.notifier.check()
        self.alerts_label.setText(self.tr("⚠ %1 active alerts").replace("%1", str(count))
                                  if count else self.tr("✔ No active alerts"))
        last = last_event_at(self.ctx.db)
        self.last_event_label.setText(
            self.tr("Last event: %1").replace("%1", clock_time(last, self.ctx.zone)))

    def attach_feed(self, hub) -> None:
        """The running sources (ui.feed.FeedHub): the Sources dialog replaces them."""
        self.feed_hub = hub
        self.sources.hub = hub

    def set_source_statuses(self, statuses: dict) -> None:
        """Every running source's latest SourceStatus: the worst one leads the status bar,
        all of them are in its tooltip."""
        if not statuses:
            self.set_source_state("stopped", "")
            return
        worst = min(statuses.values(), key=lambda st: STATE_RANK.get(st.state, 9))
        self.source_label.setText(self.tr("Source: %1").replace(
            "%1", ", ".join(st.label for st in statuses.values())))
        detail = worst.detail
        if worst.state in ("offline", "error"):
            detail = source_problem_text(worst, self.ctx.zone)
        elif worst.last_success and worst.state == "live":
            detail = (detail + " · " if detail else "") + self.tr("last success %1").replace(
                "%1", clock_time(worst.last_success, self.ctx.zone))
        self.set_source_state(worst.state, detail)
        self.state_label.setToolTip("\n".join(
            source_status_line(st, self.ctx.zone) for st in statuses.values()))
        self.sources.statuses_changed(statuses)

    def set_source_state(self, state: str, detail: str) -> None:
        words = {"demo": self.tr("● DEMO"), "live": self.tr("● Live"),
                 "offline": self.tr("✖ Offline"), "stopped": self.tr("○ No source"),
                 "error": self.tr("✖ Source error"), "starting": self.tr("◌ Connecting")}
        text = words.get(state, state)
        if detail:
            text += f" — {detail[:120]}"
        self.state_label.setText(text)
        self.state_label.setProperty("state", state)
