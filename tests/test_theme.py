"""Light and dark themes: chosen in Settings (default: the system's), switched live; state
colours readable in both and never the only signal; correct at a high DPI scale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from ui import theme as theme_module
from ui.theme import (apply_theme, dark_palette, resolved_theme, set_theme_preference,
                      theme_preference)
from widgets import status_style
from widgets.kpi_tile import KpiTile
from widgets.status_style import THEMES, error_text_colour, state_style
from widgets.trend_chart import CHART_COLOURS, PALETTES, TrendChart

ROOT = Path(__file__).resolve().parents[1]
STATES = ("ok", "online", "warning", "away", "below", "alarm", "uncovered", "offline",
          "closed", "none")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def light_again(fw_app):
    yield fw_app
    apply_theme(fw_app, "light")


@pytest.mark.parametrize("theme", THEMES)
def test_every_state_is_readable_in_both_themes(theme):
    for state in STATES:
        style = state_style(state, theme)
        assert contrast(style.foreground, style.background) >= 4.5, (theme, state)


def test_a_state_looks_the_same_in_both_themes_except_for_colour():
    for state in STATES:
        assert state_style(state, "light").glyph == state_style(state, "dark").glyph


def test_ok_warning_and_alarm_differ_by_shape_not_only_by_colour():
    glyphs = {state_style(s).glyph for s in ("ok", "warning", "alarm", "offline", "none")}
    assert len(glyphs) == 5


def test_dark_state_backgrounds_are_dark_and_light_ones_light():
    for state in STATES:
        assert state_style(state, "dark").background.lightness() < 100
        assert state_style(state, "light").background.lightness() > 180


def test_error_text_and_chart_ink_are_readable_on_their_backgrounds():
    window = {"light": QColor("#ffffff"), "dark": dark_palette().window().color()}
    for theme in THEMES:
        assert contrast(error_text_colour(theme), window[theme]) >= 4.5, theme
        chart = CHART_COLOURS[theme]
        background = QColor(chart["background"])
        assert contrast(QColor(chart["text"]), background) >= 4.5, theme
        for colour in PALETTES[theme]:  # lines and symbols: 3:1 for graphics (WCAG 1.4.11)
            assert contrast(QColor(colour), background) >= 3.0, (theme, colour)


def test_the_default_choice_follows_the_system(qsettings_isolated, monkeypatch):
    assert theme_preference() == "system"
    monkeypatch.delenv("FLOORWATCH_THEME", raising=False)
    monkeypatch.setattr(theme_module, "system_theme", lambda: "dark")
    assert resolved_theme() == "dark"
    set_theme_preference("light")
    assert QSettings().value("ui/theme") == "light"
    assert resolved_theme() == "light"
    with pytest.raises(ValueError):
        set_theme_preference("purple")


def test_the_system_scheme_is_read_from_qt(monkeypatch):
    class Hints:
        def __init__(self, scheme):
            self.scheme = scheme

        def colorScheme(self):
            return self.scheme

    for scheme, expected in ((Qt.ColorScheme.Dark, "dark"), (Qt.ColorScheme.Light, "light"),
                             (Qt.ColorScheme.Unknown, "light")):
        monkeypatch.setattr(theme_module.QGuiApplication, "styleHints",
                            staticmethod(lambda s=scheme: Hints(s)))
        assert theme_module.system_theme() == expected


def test_switching_to_dark_restyles_open_tiles_and_charts(light_again, qtbot):
    tile = KpiTile("回复率")
    chart = TrendChart()
    qtbot.addWidget(tile)
    qtbot.addWidget(chart)
    tile.set_value("93.0%", "目标 98.0%", "warning")
    assert state_style("warning", "light").background.name() in tile.styleSheet()
    apply_theme(light_again, "dark")
    assert status_style.current_theme() == "dark"
    assert light_again.palette().window().color().lightness() < 80
    assert state_style("warning", "dark").background.name() in tile.styleSheet()
    assert chart.backgroundBrush().color().name() == CHART_COLOURS["dark"]["background"]
    apply_theme(light_again, "light")
    assert state_style("warning", "light").background.name() in tile.styleSheet()
    assert chart.backgroundBrush().color().name() == CHART_COLOURS["light"]["background"]


def test_a_chart_created_in_the_dark_theme_is_dark(light_again, qtbot):
    apply_theme(light_again, "dark")
    chart = TrendChart()
    qtbot.addWidget(chart)
    assert chart.backgroundBrush().color().name() == CHART_COLOURS["dark"]["background"]


def test_tables_take_the_state_colours_of_the_current_theme(light_again):
    from ui.models.table import CellValue, SnapshotTableModel

    model = SnapshotTableModel(["x"])
    model.update(["k"], [(CellValue("2", state="alarm"),)])
    apply_theme(light_again, "dark")
    index = model.index(0, 0)
    assert model.data(index, Qt.BackgroundRole) == state_style("alarm", "dark").background
    assert model.data(index, Qt.DisplayRole) == "✖ 2"


def test_the_window_renders_at_twice_the_pixel_density(tmp_path):
    """QT_SCALE_FACTOR=2 (a 4K monitor at 200 %): fonts in points and layouts in logical
    pixels scale; the grabbed pixmap has twice the pixels and a device pixel ratio of 2."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from widgets.kpi_tile import KpiTile\n"
        "t = KpiTile('回复率'); t.resize(200, 100); t.show(); app.processEvents()\n"
        "p = t.grab()\n"
        "print(p.devicePixelRatio(), p.width(), p.height(), t.width(), t.height())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ratio, pw, ph, w, h = done.stdout.split()
    assert float(ratio) == 2.0
    assert (int(pw), int(ph)) == (2 * int(w), 2 * int(h))
