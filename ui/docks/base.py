"""What the main window expects of a dock: a stable objectName and a refresh hook."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QWidget

from app.records import ChangeSet
from ui.context import AppContext


class PanelDock(QDockWidget):
    object_name = ""

    def __init__(self, ctx: AppContext, title: str, parent=None) -> None:
        super().__init__(title, parent)
        assert self.object_name, "a dock needs a stable objectName for restoreState"
        self.setObjectName(self.object_name)
        self.ctx = ctx
        self.setFeatures(QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetMovable
                         | QDockWidget.DockWidgetFloatable)

    def setWidget(self, widget: QWidget) -> None:
        """Let the panel shrink: the window must fit a 1366-pixel laptop screen with its
        panels side by side, so combo boxes size to a few characters, not their longest
        item, and summary lines wrap."""
        for combo in widget.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(min(combo.minimumContentsLength() or 4, 4))
        for label in widget.findChildren(QLabel, "PanelSummary"):
            label.setWordWrap(True)
        super().setWidget(widget)

    def refresh(self, changes: ChangeSet | None) -> None:
        """Bring the panel up to date; `changes` is None on a periodic clock tick."""

    def set_wallboard(self, on: bool) -> None:
        """Large, far-readable presentation for full-screen wallboard mode."""
        body = self.widget()
        if body is None:
            return
        font = body.font()
        base = self.font().pointSizeF()
        font.setPointSizeF(base * 1.6 if on else base)
        body.setFont(font)
