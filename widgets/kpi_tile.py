"""A KPI tile: name, big value, target, and a state shown by colour, glyph and words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from widgets.status_style import current_theme, state_style


class KpiTile(QFrame):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTile")
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumWidth(120)
        self._title = QLabel(title)
        self._title.setAlignment(Qt.AlignCenter)
        self._value = QLabel("—")
        self._value.setAlignment(Qt.AlignCenter)
        self._value.setObjectName("KpiValue")
        self._detail = QLabel("")
        self._detail.setAlignment(Qt.AlignCenter)
        self._detail.setObjectName("KpiDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        for w in (self._title, self._value, self._detail):
            layout.addWidget(w)
        self.setAccessibleName(title)
        self._state = None
        self.set_value("—", "", "none")

    def set_value(self, value: str, detail: str, state: str) -> None:
        style = state_style(state)
        self._value.setText(value)
        self._detail.setText(f"{style.glyph} {detail}".strip())
        self.setAccessibleDescription(f"{value} {detail}")
        if (state, current_theme()) != self._state:
            self._colour(state)

    def changeEvent(self, event) -> None:
        """A theme switch restyles the application: take the new theme's state colours."""
        super().changeEvent(event)
        if event.type() in (QEvent.StyleChange, QEvent.PaletteChange) and \
                self._state is not None and self._state[1] != current_theme():
            self._colour(self._state[0])

    def _colour(self, state: str) -> None:
        style = state_style(state)
        self._state = (state, current_theme())
        self.setStyleSheet(
            f"#KpiTile {{ background: {style.background.name()}; border-radius: 6px; }}"
            f"#KpiTile QLabel {{ color: {style.foreground.name()}; }}")

    def set_title(self, title: str) -> None:
        if self._title.text() != title:
            self._title.setText(title)
            self.setAccessibleName(title)

    def value_text(self) -> str:
        return self._value.text()

    def set_scale(self, factor: float) -> None:
        f = self._value.font()
        f.setPointSizeF(18 * factor)
        f.setBold(True)
        self._value.setFont(f)
        for label, size in ((self._title, 10), (self._detail, 9)):
            g = label.font()
            g.setPointSizeF(size * factor)
            label.setFont(g)
