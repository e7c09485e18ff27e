"""File → Settings… (Ctrl+,): the action; the dialog and its pages are imported when it opens
(they are not needed before the console's first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.records import ChangeSet
from app.settings import get_setting
from ui.context import AppContext
from ui.notifier import AlertNotifier

if TYPE_CHECKING:
    from ui.dialogs.settings import SettingsDialog


class SettingsController(QObject):
    """File → Settings… (Ctrl+,): opens the dialog; `changed` after an applied change."""

    changed = Signal(object)  # ChangeSet

    def __init__(self, ctx: AppContext, notifier: AlertNotifier | None,
                 window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.notifier = notifier
        self.window_ = window
        self.action = QAction(self.tr("&Settings…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.setShortcutContext(Qt.ApplicationShortcut)
        self.action.setToolTip(self.tr("Floor, shifts, stores, targets, alerts, language and "
                                       "theme (Ctrl+,)"))
        self.action.setMenuRole(QAction.PreferencesRole)
        self.action.triggered.connect(self.open)

    def open(self) -> SettingsDialog:
        """The dialog, not blocking; the window title and panels follow what was saved."""
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.notifier, self.window_)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.applied.connect(self._applied)
        dialog.open()
        return dialog

    def _applied(self, written: ChangeSet) -> None:
        self.window_.setWindowTitle(f"Floorwatch — {get_setting(self.ctx.db, 'floor_name')}")
        self.changed.emit(written)
