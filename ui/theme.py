"""Light and dark themes: the Settings choice (system, light, dark), resolved against the
system's colour scheme and applied live to the palette, style sheet, state colours and charts."""

from __future__ import annotations

import os

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

from app.resources import resource_path
from ui.preferences import read_choice, write_choice
from widgets import status_style
from widgets.trend_chart import CHART_COLOURS

THEME_KEY = "ui/theme"  # QSettings, like the language: a preference of this desk
THEME_CHOICES = ("system", "light", "dark")
THEMES = status_style.THEMES  # ("light", "dark")

# role → colour of the dark palette (disabled text is dimmed separately)
_DARK = {
    QPalette.Window: "#202226", QPalette.WindowText: "#e6e8eb", QPalette.Base: "#17191c",
    QPalette.AlternateBase: "#24272b", QPalette.ToolTipBase: "#2c2f34",
    QPalette.ToolTipText: "#e6e8eb", QPalette.PlaceholderText: "#8d939c",
    QPalette.Text: "#e6e8eb", QPalette.Button: "#2c2f34", QPalette.ButtonText: "#e6e8eb",
    QPalette.BrightText: "#ffffff", QPalette.Highlight: "#3d7bd9",
    QPalette.HighlightedText: "#ffffff", QPalette.Link: "#7cb2ff",
    QPalette.LinkVisited: "#c9a0ff", QPalette.Light: "#3a3d42", QPalette.Midlight: "#33363a",
    QPalette.Mid: "#2a2d31", QPalette.Dark: "#151719", QPalette.Shadow: "#000000",
}
_DARK_DISABLED = "#7b8088"


def theme_preference() -> str:
    """The Settings choice: "system" (the default), "light" or "dark"."""
    return read_choice(THEME_KEY, THEME_CHOICES)


def set_theme_preference(choice: str) -> None:
    write_choice(THEME_KEY, choice, THEME_CHOICES)


def system_theme() -> str:
    """"dark" when the desktop asks for a dark scheme (Qt 6.5+; Windows, macOS, GNOME and
    KDE through their platform themes), else "light" — also when it says nothing."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def resolved_theme(choice: str | None = None) -> str:
    """The theme to show: FLOORWATCH_THEME (screenshots, tests), else the choice, where
    "system" follows the desktop."""
    override = os.environ.get("FLOORWATCH_THEME", "")
    if override in THEMES:
        return override
    choice = choice or theme_preference()
    return choice if choice in THEMES else system_theme()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Show `theme` ("light" or "dark") now: Fusion style with its palette, the theme's
    style sheet, state colours and chart colours. Open charts and tiles restyle themselves
    on the style change this causes; tables pick the colours up on their next paint."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    status_style.set_theme(theme)
    if app.style().name().lower() != "fusion":  # one style that honours both palettes
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    colours = CHART_COLOURS[theme]
    pg.setConfigOptions(background=colours["background"], foreground=colours["text"])
    app.setStyleSheet(resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8"))
    app.setProperty("floorwatch_theme", theme)


def request_scheme(choice: str) -> None:
    """Tell the platform which scheme the app wants (Qt 6.8+: Windows 11 then draws dark
    title bars); "system" hands the choice back to the desktop."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    if choice in THEMES:
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()


def install_theme(app: QApplication) -> str:
    """At start: the chosen theme, and follow the desktop while the choice is "system"."""
    request_scheme(theme_preference())
    theme = resolved_theme()
    apply_theme(app, theme)
    SystemThemeFollower(app)
    return theme


def use_theme_choice(app: QApplication, choice: str) -> str:
    """Settings → Theme: store the choice and show it now; returns the theme shown."""
    set_theme_preference(choice)
    request_scheme(choice)
    theme = resolved_theme(choice)
    if theme != app.property("floorwatch_theme"):
        apply_theme(app, theme)
    return theme


class SystemThemeFollower(QObject):
    """While the choice is "system", switch when the desktop switches (night mode)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, _scheme) -> None:
        theme = resolved_theme()
        if theme != self.app.property("floorwatch_theme"):
            apply_theme(self.app, theme)


def error_label(name: str = "") -> QLabel:
    """A hidden, wrapping label for inline validation messages, styled by either theme."""
    label = QLabel()
    label.setProperty("fwError", True)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    label.hide()
    return label


def mark_error(widget: QWidget, on: bool = True) -> None:
    """Show a label as an inline error in either theme (the style sheets colour fwError)."""
    widget.setProperty("fwError", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
