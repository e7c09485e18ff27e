"""Help menu and keyboard use: a quick guide in the UI language (F1), a list of every
shortcut collected from the window, every action reachable from the keyboard, and accessible
names on the custom widgets."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ui.dialogs.help import GuideDialog, ShortcutsDialog, guide_text, shortcut_rows


def menu_actions(window) -> list[QAction]:
    found = []

    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(make_window):
    window, _ = make_window(demo=False)
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["快速上手(&Q)", "快捷键(&K)", "关于 Floorwatch(&A)"]
    assert window.help.guide_action.shortcut().toString() == "F1"
    assert window.help.shortcuts_action.shortcut().toString() == "Ctrl+/"


def test_f1_opens_the_quick_guide_in_chinese(make_window, qtbot):
    window, _ = make_window(demo=False)
    window.show()
    window.help.guide_action.trigger()
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog))
    assert guide.windowTitle() == "快速上手"
    assert "Ctrl+N" in guide.browser.toPlainText()
    assert "快捷键" in guide.browser.toPlainText()
    guide.close()


def test_the_guide_exists_in_english_too():
    assert guide_text("en").startswith("# Floorwatch quick guide")
    assert guide_text("fr") == guide_text("en"), "a language without a guide: English"


def test_the_shortcut_list_names_every_action_that_has_keys(make_window, qtbot):
    window, _ = make_window(demo=False)
    window.help.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    listed = {(r.what, r.keys) for r in dialog.rows}
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.text():
            continue
        assert any(keys.startswith(action.shortcut().toString()) for _, keys in listed
                   if keys), action.text()
    assert ("设置…", "Ctrl+,") in listed
    assert ("新建事件…", "Ctrl+N") in listed
    assert dialog.table.rowCount() == len(dialog.rows)
    dialog.close()


def test_panel_shortcuts_are_described_by_the_control_they_work(make_window):
    window, _ = make_window(demo=False)
    rows = shortcut_rows(window)
    acknowledge = [r for r in rows if r.keys == "Ctrl+K"]
    assert acknowledge and all(r.what == "确认所选告警" for r in acknowledge)
    assert all(r.what for r in rows)


def test_every_menu_item_is_reachable_from_the_keyboard(make_window):
    """A menu item either has its own shortcut or an Alt+letter path through the menus."""
    window, _ = make_window(demo=False)
    rows = {r.what: r.keys for r in shortcut_rows(window)}
    for action in menu_actions(window):
        from ui.formatting import plain

        keys = rows.get(plain(action.text()))
        assert keys, f"{action.text()!r} cannot be reached by keyboard"


def test_custom_widgets_have_accessible_names(fw_app, qtbot):
    from widgets.kpi_tile import KpiTile
    from widgets.multi_pick import MultiPicker
    from widgets.tile_grid import TileGrid
    from widgets.trend_chart import TrendChart

    made = [KpiTile("回复率"), TrendChart(), TileGrid(), MultiPicker("No store")]
    for widget in made:
        qtbot.addWidget(widget)
        widget.show()
        assert widget.accessibleName(), type(widget).__name__
    picker = made[3]
    picker.set_items([(1, "花语美妆旗舰店"), (2, "星河数码")])
    picker.set_selected([2])
    assert picker.accessibleDescription() == "星河数码"
