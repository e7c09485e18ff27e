"""New alerts reach the supervisor outside the window: a tray notification, optionally a beep."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.alerts import Alert, active_alerts
from ui.context import AppContext

NOTIFY_KEY, SOUND_KEY = "alerts/notify", "alerts/sound"


class AlertNotifier(QObject):
    """Announces each alert once, when it is raised or escalated and not yet acknowledged.

    The alerts already active when the console opens are not announced one by one: the
    panels and the status bar show them.
    """

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = QSettings()
        self.notify_action = QAction(self.tr("Desktop &notifications for new alerts"), self)
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(_flag(settings.value(NOTIFY_KEY, True)))
        self.notify_action.toggled.connect(lambda on: QSettings().setValue(NOTIFY_KEY, on))
        self.sound_action = QAction(self.tr("Alert &sound"), self)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(_flag(settings.value(SOUND_KEY, False)))
        self.sound_action.toggled.connect(lambda on: QSettings().setValue(SOUND_KEY, on))
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip("Floorwatch")
            self.tray.show()
        self._seen: dict[int, str] | None = None  # alert id → severity announced
        self.announced: list[Alert] = []  # what was announced, newest last (for tests)

    def check(self) -> list[Alert]:
        """Announce alerts new (or worse) since the last check; returns them."""
        active = [a for a in active_alerts(self.ctx.db) if a.severity != "info"]
        if self._seen is None:
            self._seen = {a.id: a.severity for a in active}
            return []
        fresh = [a for a in active if not a.acknowledged
                 and self._seen.get(a.id) not in (a.severity, "alarm")]
        self._seen = {a.id: a.severity for a in active}
        if fresh:
            self.announce(fresh)
        return fresh

    def announce(self, alerts: list[Alert]) -> None:
        self.announced.extend(alerts)
        if self.notify_action.isChecked() and self.tray is not None:
            worst = max(alerts, key=lambda a: a.severity == "alarm")
            title = (self.tr("Floorwatch: %1 new alerts").replace("%1", str(len(alerts)))
                     if len(alerts) > 1 else self.tr("Floorwatch alert"))
            icon = (QSystemTrayIcon.Critical if worst.severity == "alarm"
                    else QSystemTrayIcon.Warning)
            self.tray.showMessage(title, worst.message(self.ctx.lang), icon, 10000)
        if self.sound_action.isChecked():
            QApplication.beep()


def _flag(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")
