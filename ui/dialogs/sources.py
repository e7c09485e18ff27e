"""File → Data sources…: watched folders and HTTP feeds — add, edit, enable, remove, retry.

Changes apply at once (the running sources are replaced); switching between the demo floor
and real sources needs a restart, which the dialog offers.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QEvent, QObject, QProcess, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
                               QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.settings import get_setting, set_setting
from app.source_config import SourceConfig, get_source, list_sources, read_meta, remove_source, \
    set_enabled
from app.source_setup import configured_sources
from ui.context import AppContext
from ui.source_words import kind_name, last_success_text, state_name, source_problem_text

log = logging.getLogger(__name__)


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this console again."""
    args = [a for a in sys.argv[1:] if a not in ("--demo", "--no-demo")]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "ui.cli", *args]


class SourcesDialog(QDialog):
    def __init__(self, controller: "SourcesController", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = controller.ctx
        self.setWindowTitle(self.tr("Data sources"))
        self.resize(1000, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Where the floor's events come from. A watched folder imports the export files "
            "dropped into it; an HTTP feed asks a server for new events. What was already "
            "imported stays in the database when a source is removed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = [self.tr("Source"), self.tr("Kind"), self.tr("State"), self.tr("Last success"),
                   self.tr("Where / why")]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(self.tr("Configured data sources"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_folder_button = QPushButton(self.tr("Add &watched folder…"))
        self.add_folder_button.clicked.connect(lambda: self.add("folder"))
        self.add_http_button = QPushButton(self.tr("Add &HTTP feed…"))
        self.add_http_button.clicked.connect(lambda: self.add("http"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.enable_button = QPushButton(self.tr("&Disable"))
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove)
        self.retry_button = QPushButton(self.tr("Retry &now"))
        self.retry_button.setToolTip(self.tr("Try every offline source again now"))
        self.retry_button.clicked.connect(self.controller.retry_now)
        for b in (self.add_folder_button, self.add_http_button, self.edit_button,
                  self.enable_button, self.remove_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.demo_box = QCheckBox(self.tr("Run the &demo floor while no source is enabled"))
        self.demo_box.setChecked(get_setting(self.ctx.db, "demo") == "auto")
        self.demo_box.toggled.connect(self._demo_toggled)
        layout.addWidget(self.demo_box)
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart &now"))
        self.restart_button.clicked.connect(self.controller.restart)
        row = QHBoxLayout()
        row.addWidget(self.restart_note, 1)
        row.addWidget(self.restart_button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    # -- the table ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the configured sources again (after a change) and fill the whole table."""
        selected = self.selected()
        self.configs = list_sources(self.ctx.db)
        self.stored = {c.id: read_meta(self.ctx.db, c.id, "last_success") for c in self.configs}
        self.table.setRowCount(len(self.configs))
        for row, config in enumerate(self.configs):
            for col, text in ((0, config.name), (1, kind_name(config.kind))):
                self._put(row, col, text, config.id)
        self.show_statuses(self.controller.statuses())
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row, config in enumerate(self.configs):
                if config.id == selected.id:
                    self.table.selectRow(row)
        self._selection()
        self._restart_note()

    def show_statuses(self, statuses: dict) -> None:
        """Only the state, last success and where/why cells: sources report every poll."""
        for row, config in enumerate(self.configs):
            status = statuses.get(str(config.id))
            if not config.enabled:
                state = state_name("disabled")
            elif status is not None:
                state = state_name(status.state)
            else:
                state = state_name("restart")
            stored = self.stored.get(config.id)
            where = (config.options.get("folder") if config.kind == "folder"
                     else config.options.get("url", ""))
            if status is not None and status.state in ("offline", "error"):
                where = source_problem_text(status, self.ctx.zone, named=False)
            cells = (state, last_success_text(status, float(stored) if stored else None,
                                              self.ctx.zone), where)
            for col, text in enumerate(cells, start=2):
                self._put(row, col, text, config.id)

    def _put(self, row: int, col: int, text: str, config_id: int) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            item.setData(Qt.UserRole, config_id)
            self.table.setItem(row, col, item)
        elif item.text() == str(text) and item.data(Qt.UserRole) == config_id:
            return
        item.setText(str(text))
        item.setToolTip(str(text))
        item.setData(Qt.UserRole, config_id)

    def selected(self) -> SourceConfig | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        config_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        return get_source(self.ctx.db, config_id)

    def _selection(self) -> None:
        config = self.selected()
        for b in (self.edit_button, self.enable_button, self.remove_button):
            b.setEnabled(config is not None)
        self.enable_button.setText(self.tr("&Disable") if config is None or config.enabled
                                   else self.tr("E&nable"))

    def _restart_note(self) -> None:
        note = self.controller.restart_needed()
        self.restart_note.setText(note)
        self.restart_note.setVisible(bool(note))
        self.restart_button.setVisible(bool(note))

    # -- actions ------------------------------------------------------------------------------
    def add(self, kind: str) -> None:
        self._form(SourceConfig(kind, ""))

    def edit(self) -> None:
        config = self.selected()
        if config is not None:
            self._form(config)

    def _form(self, config: SourceConfig) -> None:
        from ui.dialogs.source_forms import SourceForm  # and keyring: loaded on first use

        form = SourceForm(self.ctx, self.controller.credentials(), config, self)
        if form.exec() == QDialog.Accepted:
            self.controller.apply()
            self.reload()

    def toggle_enabled(self) -> None:
        config = self.selected()
        if config is None:
            return
        set_enabled(self.ctx.db, config.id, not config.enabled)
        self.controller.apply()
        self.reload()

    def remove(self) -> None:
        config = self.selected()
        if config is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove data source"),
            self.tr("Remove the source \u201c%1\u201d? It stops, its settings, its place in the "
                    "feed and its stored token are forgotten. Everything it already imported "
                    "stays in the database.").replace("%1", config.name),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        from ui.dialogs.source_forms import forget_token

        forget_token(self.controller.credentials(), config)
        remove_source(self.ctx.db, config.id)
        self.controller.apply()
        self.reload()

    def _demo_toggled(self, on: bool) -> None:
        set_setting(self.ctx.db, "demo", "auto" if on else "off")
        self._restart_note()


class SourcesController(QObject):
    """The File → Data sources… action, the dialog, and applying changes to the running feed."""

    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.hub = None  # ui.feed.FeedHub, set by MainWindow.attach_feed
        self.dialog: SourcesDialog | None = None
        self._credentials = None
        self.action = QAction(self.tr("&Data sources…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setToolTip(self.tr(
            "Watched folders and HTTP feeds, their state and last success (Ctrl+Shift+D)"))
        self.action.triggered.connect(self.open)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.MouseButtonRelease:
            self.open()
            return True
        return False

    def credentials(self):
        if self._credentials is None:
            self._credentials = getattr(self.window, "credentials", None)
            if self._credentials is None:
                from app.credentials import CredentialStore

                self._credentials = CredentialStore()
        return self._credentials

    def open(self) -> None:
        if self.dialog is None:
            self.dialog = SourcesDialog(self, self.window)
            self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
            self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def statuses(self) -> dict:
        return dict(self.hub.current) if self.hub is not None else {}

    def statuses_changed(self, statuses: dict) -> None:
        if self.dialog is not None:
            self.dialog.show_statuses(statuses)

    def retry_now(self) -> None:
        if self.hub is not None:
            self.hub.retry_now()

    def restart_needed(self) -> str:
        """Why a restart is needed to follow the configuration ("" when it is not)."""
        enabled = list_sources(self.ctx.db, enabled_only=True)
        if self.ctx.demo and enabled:
            return self.tr("The demo floor is running: your sources start when Floorwatch "
                           "restarts.")
        if not self.ctx.demo and not enabled and get_setting(self.ctx.db, "demo") == "auto":
            return self.tr("No source is enabled: the demo floor starts when Floorwatch "
                           "restarts.")
        return ""

    def apply(self) -> None:
        """Run the enabled sources now (not while the demo floor runs: that takes a restart)."""
        if self.hub is None or self.ctx.demo:
            return
        self.hub.replace(configured_sources(self.ctx.db, self.ctx.zone, lang=self.ctx.lang,
                                            credentials=self.credentials()))

    def restart(self) -> None:
        program, args = restart_command()
        if QProcess.startDetached(program, args):
            QApplication.instance().quit()
        else:
            QMessageBox.warning(self.window, self.tr("Restart"), self.tr(
                "Floorwatch could not start itself again. Close it and open it again."))
