"""The Settings dialog: opened with Ctrl+, from the File menu; six pages; wrong values are
explained inline on their page in the UI language; OK saves everything or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from app import roster
from app.clock import ManualClock
from app.metric_alerts import Levels, levels_for
from app.settings import SETTINGS, get_setting, set_setting
from app.settings_change import floor_level_overrides
from app.shifts import shift_at, use_shift_times
from ui.context import AppContext
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.settings_pages import (AlertsPage, DataPage, GeneralPage, ShiftsPage,
                                       StoresPage, TargetsPage)
from ui.i18n import language_preference
from ui.theme import apply_theme, theme_preference
from widgets.status_style import current_theme

T = 1_763_800_000.0  # 2025-11-22 16:26 in Shanghai
ZONE = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(autouse=True)
def clean_process_state(fw_app):
    """Shift times and the theme are process-wide: leave them as they were."""
    yield
    use_shift_times({})
    apply_theme(fw_app, "light")


@pytest.fixture
def store(db):
    return roster.add_store(db, "tmall", "花语美妆旗舰店", at=T, min_agents=2)


@pytest.fixture
def dialog(fw_app, qtbot, db, db_path, store):
    ctx = AppContext(db, db_path, ManualClock(T), ZONE, lang="zh_CN", demo=False,
                     source_label="演示客服现场（种子 7）")
    view = SettingsDialog(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def ok(dialog) -> bool:
    """Press OK; True when the dialog accepted (closed)."""
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog.result() == QDialog.Accepted


def test_ctrl_comma_in_the_file_menu_opens_the_settings(make_window, qtbot):
    window, _ = make_window(demo=False)
    window.show()
    action = window.settings.action
    assert action.shortcut().toString() == "Ctrl+,"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == \
        ["常规", "班次", "店铺", "目标", "告警", "数据"]
    dialog.reject()


def test_a_new_floor_name_is_saved_and_titles_the_window(make_window, qtbot, db_path):
    window, _ = make_window(demo=False)
    window.show()
    dialog = window.settings.open()
    dialog.page(GeneralPage).floor_name.setText("华东客服部")
    assert ok(dialog)
    assert get_setting(window.ctx.db, "floor_name") == "华东客服部"
    assert window.windowTitle() == "Floorwatch — 华东客服部"


def test_an_unknown_time_zone_is_explained_on_the_general_page(dialog, db):
    general = dialog.page(GeneralPage)
    dialog.tabs.setCurrentIndex(5)
    general.zone.setCurrentText("Asia/Shangai")
    assert not ok(dialog)
    assert dialog.tabs.currentWidget() is general
    assert general.message.isVisible()
    assert general.message.text() == ("未知时区“Asia/Shangai”：请从列表中选择，"
                                      "例如 Asia/Shanghai，或留空。")
    assert get_setting(db, "floor_tz") == ""


def test_a_wrong_value_on_one_page_saves_nothing_from_the_others(dialog, db, store):
    dialog.page(GeneralPage).floor_name.setText("华东客服部")
    dialog.page(ShiftsPage).edits["night"][1].setText("07:00")
    stores = dialog.page(StoresPage)
    stores.table.item(0, 1).setText("9点")  # service start
    assert not ok(dialog)
    assert dialog.tabs.currentWidget() is stores
    assert "花语美妆旗舰店" in stores.message.text()
    assert "9点" in stores.message.text()
    assert stores.table.currentColumn() == 1
    assert get_setting(db, "floor_name") == SETTINGS["floor_name"].default
    assert get_setting(db, "shift_times") == ""
    assert roster.stores(db)[0].service_start == "08:00"


def test_store_thresholds_go_through_the_roster_with_history(dialog, db, store):
    stores = dialog.page(StoresPage)
    assert stores.table.item(0, 0).text() == "天猫 · 花语美妆旗舰店"
    stores.table.item(0, 1).setText("9:00")
    stores.table.item(0, 3).setText("3")
    stores.table.item(0, 4).setText("45")
    assert ok(dialog)
    saved = roster.stores(db)[0]
    assert (saved.service_start, saved.min_agents, saved.quiet_minutes) == ("09:00", 3, 45)
    assert roster.history(db, "store", store)[-1].action == "edited"


def test_shift_times_are_checked_and_used_once_saved(dialog, db):
    shifts = dialog.page(ShiftsPage)
    shifts.edits["early"][0].setText("07:00")
    assert not ok(dialog)
    assert shifts.message.text() == "夜班和早班时间重叠：每个时刻只能属于一个班次。"
    shifts.edits["night"][1].setText("7:00")
    shifts.edits["late"][1].setText("25:00")
    assert not ok(dialog)
    assert shifts.message.text() == "晚班：“25:00”不是有效时间，应为 HH:MM（00:00 到 24:00）。"
    assert shifts.edits["late"][1].hasFocus() or not dialog.isActiveWindow()
    shifts.edits["late"][1].setText("24:00")
    assert ok(dialog)
    assert shift_at(dt.datetime(2025, 11, 22, 7, 30, tzinfo=ZONE).timestamp(), ZONE)[1].key \
        == "early"
    assert get_setting(db, "shift_times") == '{"night": ["00:00", "07:00"], ' \
                                             '"early": ["07:00", "16:00"]}'


def test_restoring_the_default_shift_times_removes_the_override(fw_app, qtbot, db, db_path,
                                                                   store):
    set_setting(db, "shift_times", '{"night": ["00:00", "07:00"], "early": ["07:00", "16:00"]}')
    view = SettingsDialog(AppContext(db, db_path, ManualClock(T), ZONE, lang="zh_CN"))
    qtbot.addWidget(view)
    shifts = view.page(ShiftsPage)
    assert shifts.edits["night"][1].text() == "07:00"
    shifts.restore.click()
    assert shifts.edits["night"][1].text() == "08:00"
    assert ok(view)
    assert get_setting(db, "shift_times") == ""


def test_targets_are_typed_in_display_units_and_checked_in_order(dialog, db):
    targets = dialog.page(TargetsPage)
    row = [m.key for m in targets.metrics].index("reply_rate")
    assert [targets.table.item(row, c).text() for c in (2, 3, 4)] == ["98", "95", "90"]
    targets.table.item(row, 4).setText("96")  # alarm above the warning level
    assert not ok(dialog)
    assert targets.message.text() == ("回复率：数值越高越好，因此告警线不能高于预警线，"
                                      "预警线不能高于目标（现在告警线高于预警线）。")
    targets.table.item(row, 4).setText("abc")
    assert not ok(dialog)
    assert targets.message.text() == "回复率 (%)：“abc”不是数字。"
    targets.table.item(row, 2).setText("99%")
    targets.table.item(row, 4).setText("92")
    assert ok(dialog)
    assert levels_for(db, "reply_rate") == Levels(0.99, 0.95, 0.92)
    assert list(floor_level_overrides(db)) == ["reply_rate"], "unchanged rows stay default"


def test_the_default_levels_button_brings_a_metric_back_to_the_catalogue(fw_app, qtbot, db,
                                                                          db_path, store):
    from app.metric_alerts import set_levels

    set_levels(db, "first_response_s", 10, 20, 40)
    view = SettingsDialog(AppContext(db, db_path, ManualClock(T), ZONE, lang="zh_CN"))
    qtbot.addWidget(view)
    targets = view.page(TargetsPage)
    row = [m.key for m in targets.metrics].index("first_response_s")
    assert targets.table.item(row, 2).text() == "10"
    targets.table.setCurrentCell(row, 2)
    targets.default_button.click()
    assert [targets.table.item(row, c).text() for c in (2, 3, 4)] == ["15", "30", "60"]
    assert ok(view)
    assert floor_level_overrides(db) == {}


def test_language_is_kept_for_the_next_start(dialog):
    general = dialog.page(GeneralPage)
    assert general.language.itemData(0) == "system"
    general.language.setCurrentIndex(general.language.findData("en"))
    assert ok(dialog)
    assert QSettings().value("language") == "en"
    assert language_preference() == "en"
    assert QApplication.instance().property("floorwatch_lang") == "zh_CN", "not switched now"


def test_the_theme_changes_at_once(dialog):
    general = dialog.page(GeneralPage)
    general.theme.setCurrentIndex(general.theme.findData("dark"))
    assert ok(dialog)
    assert theme_preference() == "dark"
    assert current_theme() == "dark"
    assert QApplication.instance().palette().window().color().lightness() < 80


def test_alert_switches_follow_the_view_menu(make_window):
    window, _ = make_window(demo=False)
    notifier = window.notifier
    notifier.sound_action.setChecked(False)
    dialog = window.settings.open()
    alerts = dialog.page(AlertsPage)
    assert alerts.notify.isChecked() == notifier.notify_action.isChecked()
    alerts.sound.setChecked(True)
    alerts.notify.setChecked(False)
    assert ok(dialog)
    assert notifier.sound_action.isChecked() and not notifier.notify_action.isChecked()
    assert QSettings().value("alerts/sound") in (True, "true")


def test_the_data_page_shows_the_source_and_checks_the_backup_settings(dialog, db, tmp_path):
    data = dialog.page(DataPage)
    assert data.source.isReadOnly() and data.source.text() == "演示客服现场（种子 7）"
    assert data.retention.minimum() == 1 and data.retention.maximum() == 365
    data.folder.setText("backups")
    assert not ok(dialog)
    assert dialog.tabs.currentWidget() is data
    assert data.message.text().startswith("备份文件夹：请填写完整路径")
    data.folder.setText(str(tmp_path))
    data.retention.setValue(14)
    assert ok(dialog)
    assert get_setting(db, "backup_folder") == str(tmp_path)
    assert get_setting(db, "backup_retention_days") == 14


def test_cancel_changes_nothing(dialog, db):
    dialog.page(GeneralPage).floor_name.setText("华东客服部")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert get_setting(db, "floor_name") == SETTINGS["floor_name"].default


def test_a_database_that_refuses_the_write_is_reported_not_raised(dialog, db, monkeypatch):
    import ui.dialogs.settings as settings_dialog

    def locked(*_args, **_kwargs):
        import sqlite3

        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(settings_dialog, "apply_settings_changes", locked)
    dialog.page(GeneralPage).floor_name.setText("华东客服部")
    assert not ok(dialog)
    assert dialog.message.text() == ("设置未能保存，所有内容均未更改：数据库正忙于另一项写入。"
                                     "请稍后重试；已输入的内容仍保留。")  # ui/storage_words.py


def test_every_page_field_can_be_reached_by_its_label_shortcut(dialog):
    general = dialog.page(GeneralPage)
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in general.findChildren(QLabel) if label.buddy()}
    assert {general.floor_name, general.zone, general.supervisor, general.language,
            general.theme} <= buddies
    assert all("(&" in label.text() for label in general.findChildren(QLabel)
               if label.buddy() is not None)
    assert dialog.page(StoresPage).table.accessibleName() == "店铺阈值"


def test_a_store_gets_its_own_levels_and_loses_them_again(dialog, db):
    from app.settings_change import SettingsChanges
    from app import roster
    from app.metric_alerts import levels_for
    from app.settings_change import apply_settings_changes

    targets = dialog.page(TargetsPage)
    store = roster.stores(db)[0]
    targets.scope_box.setCurrentIndex(targets.scope_box.findData(f"store:{store.id}"))
    row = [m.key for m in targets.metrics].index("reply_rate")
    targets.table.item(row, 2).setText("90")
    targets.table.item(row, 3).setText("85")
    targets.table.item(row, 4).setText("80")
    changes = SettingsChanges()
    targets.collect(changes, None)
    assert changes.scoped_levels == {("reply_rate", store.id, None): (0.9, 0.85, 0.8)}
    assert changes.levels == {}  # the floor's rows were not touched
    apply_settings_changes(db, changes, at=0.0)
    assert tuple(levels_for(db, "reply_rate", store_id=store.id)) == (0.9, 0.85, 0.8)
    assert tuple(levels_for(db, "reply_rate")) == (0.98, 0.95, 0.9)

    targets.scope_box.setCurrentIndex(targets.scope_box.findData(f"store:{store.id}"))
    targets.table.setCurrentCell(row, 2)
    targets._use_defaults()
    again = SettingsChanges()
    targets.collect(again, None)
    assert again.scoped_levels == {("reply_rate", store.id, None): None}
