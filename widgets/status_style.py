"""How a state looks: a glyph and a colour, so colour is never the only signal.

The glyphs are the same in every theme (shape tells ✔ ▲ ✖ apart for colour-blind readers
and in black-and-white print); the colours come from the current theme (set_theme, called
by ui/theme.py) and keep at least 4.5:1 contrast between text and background."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

THEMES = ("light", "dark")


@dataclass(frozen=True)
class StateStyle:
    glyph: str
    background: QColor
    foreground: QColor


_GLYPHS = {"ok": "✔", "online": "●", "warning": "▲", "away": "◐", "below": "▲", "alarm": "✖",
           "uncovered": "✖", "offline": "○", "closed": "◌", "none": "–"}
# state → its colour family; each family has (background, foreground) per theme
_FAMILY = {"ok": "good", "online": "good", "warning": "warn", "away": "warn", "below": "warn",
           "alarm": "bad", "uncovered": "bad", "offline": "off", "closed": "closed",
           "none": "none"}
_COLOURS = {
    "light": {"good": ("#d7f0dc", "#145a26"), "warn": ("#fff1c2", "#6b4a00"),
              "bad": ("#f8d0cc", "#8a1408"), "off": ("#e6e6e6", "#444444"),
              "closed": ("#ececec", "#555555"), "none": ("#f2f2f2", "#555555")},
    "dark": {"good": ("#173d24", "#b7f0c4"), "warn": ("#4a3a06", "#ffe08a"),
             "bad": ("#5c1a14", "#ffc2b8"), "off": ("#3a3d42", "#d4d7dc"),
             "closed": ("#33363a", "#c2c5ca"), "none": ("#2b2e33", "#c2c5ca")},
}
# Text that reports a problem on the window background (inline validation messages).
_ERROR_TEXT = {"light": "#8a1408", "dark": "#ff8a80"}

_STYLES: dict[str, dict[str, StateStyle]] = {
    theme: {state: StateStyle(glyph, *(QColor(c) for c in colours[_FAMILY[state]]))
            for state, glyph in _GLYPHS.items()}
    for theme, colours in _COLOURS.items()}
_current = ["light"]


def set_theme(theme: str) -> None:
    """Use the colours of `theme` ("light" or "dark") from now on."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r} (known: {', '.join(THEMES)})")
    _current[0] = theme


def current_theme() -> str:
    return _current[0]


def state_style(state: str, theme: str | None = None) -> StateStyle:
    styles = _STYLES[theme or _current[0]]
    return styles.get(state, styles["none"])


def error_text_colour(theme: str | None = None) -> QColor:
    return QColor(_ERROR_TEXT[theme or _current[0]])
