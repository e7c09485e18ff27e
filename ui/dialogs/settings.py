"""The Settings dialog: general, shifts, stores, targets, alerts, data — validated inline and
applied all or nothing when OK is pressed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QTabWidget,
                               QVBoxLayout, QWidget)

from app.settings import SettingError, get_setting
from app.settings_change import SettingsApplyError, SettingsChanges, apply_settings_changes
from app.roster import RosterError
from ui.context import AppContext
from ui.dialogs.settings_pages import (AlertsPage, DataPage, GeneralPage, PageError,
                                       Preferences, SettingsPage, ShiftsPage, StoresPage,
                                       TargetsPage)
from ui.i18n import language_preference, set_language_preference, system_language
from ui.notifier import AlertNotifier
from ui.roster_words import roster_error
from ui.settings_words import level_error_text, setting_error_text
from ui.storage_words import error_text
from ui.theme import theme_preference, use_theme_choice
from ui.theme import error_label

# Which page shows a refusal from apply_settings_changes (SettingsApplyError.part).
_PART_PAGE = {"shift_times": ShiftsPage, "stores": StoresPage, "levels": TargetsPage}
_SETTING_PAGE = {"floor_name": GeneralPage, "floor_tz": GeneralPage, "supervisor": GeneralPage,
                 "patrol_due": ShiftsPage, "backup_folder": DataPage,
                 "backup_retention_days": DataPage, "demo": DataPage}


class SettingsDialog(QDialog):
    applied = Signal(object)  # the ChangeSet of what was written

    def __init__(self, ctx: AppContext, notifier: AlertNotifier | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = notifier
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        notify = notifier.notify_action.isChecked() if notifier else True
        sound = notifier.sound_action.isChecked() if notifier else False
        self.pages: list[SettingsPage] = [
            GeneralPage(ctx, language_preference(), system_language(), theme_preference()),
            ShiftsPage(ctx), StoresPage(ctx), TargetsPage(ctx),
            AlertsPage(ctx, notify, sound), DataPage(ctx)]
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def page(self, kind: type[SettingsPage]) -> SettingsPage:
        return next(p for p in self.pages if isinstance(p, kind))

    def _refuse(self, page: SettingsPage, text: str, widget: QWidget | None = None) -> None:
        self.tabs.setCurrentWidget(page)
        page.show_error(text, widget)

    def accept(self) -> None:
        """Check every page, write the floor's changes in one transaction, then the desk's
        preferences; on any refusal show it on its page and keep the dialog open."""
        self.message.hide()
        for page in self.pages:
            page.clear_error()
        changes, prefs = SettingsChanges(), {}
        for page in self.pages:
            try:
                page.collect(changes, prefs)
            except PageError as exc:
                self._refuse(page, exc.text, exc.widget)
                return
        by = get_setting(self.ctx.db, "supervisor")
        try:
            written = apply_settings_changes(self.ctx.db, changes, at=self.ctx.now(), by=by)
        except SettingsApplyError as exc:
            self._refuse(*self._where(exc))
            return
        except Exception as exc:  # a locked or read-only database: say so, change nothing
            self.message.setText(self.tr("The settings could not be saved; nothing was "
                                         "changed: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
            self.message.show()
            return
        self._apply_preferences(prefs)
        self.applied.emit(written)
        super().accept()

    def _where(self, exc: SettingsApplyError) -> tuple[SettingsPage, str]:
        cause, lang = exc.cause, self.ctx.lang
        if isinstance(cause, SettingError):
            kind = _SETTING_PAGE.get(cause.key, _PART_PAGE.get(exc.part, GeneralPage))
            return self.page(kind), setting_error_text(cause, lang)
        if isinstance(cause, RosterError):
            return self.page(StoresPage), roster_error(str(cause))[0]
        if exc.part == "levels":
            return self.page(TargetsPage), level_error_text(str(exc.item), str(cause), lang)
        return self.page(_PART_PAGE.get(exc.part, GeneralPage)), str(cause)

    def _apply_preferences(self, prefs: Preferences) -> None:
        set_language_preference(prefs["language"])
        use_theme_choice(QApplication.instance(), prefs["theme"])
        if self.notifier is not None:
            self.notifier.notify_action.setChecked(prefs["notify"])
            self.notifier.sound_action.setChecked(prefs["sound"])
