"""How a state looks: a glyph and a colour, so colour is never the only signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class StateStyle:
    glyph: str
    background: QColor
    foreground: QColor


_STYLES = {
    "ok": StateStyle("✔", QColor("#d7f0dc"), QColor("#145a26")),
    "online": StateStyle("●", QColor("#d7f0dc"), QColor("#145a26")),
    "warning": StateStyle("▲", QColor("#fff1c2"), QColor("#6b4a00")),
    "away": StateStyle("◐", QColor("#fff1c2"), QColor("#6b4a00")),
    "below": StateStyle("▲", QColor("#fff1c2"), QColor("#6b4a00")),
    "alarm": StateStyle("✖", QColor("#f8d0cc"), QColor("#8a1408")),
    "uncovered": StateStyle("✖", QColor("#f8d0cc"), QColor("#8a1408")),
    "offline": StateStyle("○", QColor("#e6e6e6"), QColor("#444444")),
    "closed": StateStyle("◌", QColor("#ececec"), QColor("#555555")),
    "none": StateStyle("–", QColor("#f2f2f2"), QColor("#555555")),
}


def state_style(state: str) -> StateStyle:
    return _STYLES.get(state, _STYLES["none"])
