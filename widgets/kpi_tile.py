"""A KPI tile: name, big value, target, and a state shown by colour, glyph and words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from widgets.status_style import state_style


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
        if state != self._state:
            self._state = state
            self.setStyleSheet(
                f"#KpiTile {{ background: {style.background.name()}; border-radius: 6px; }}"
                f"#KpiTile QLabel {{ color: {style.foreground.name()}; }}")

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
