"""Export column names the supervisor adds (app/kpi_aliases.py, File → Export column names…):
a platform renames a column, the supervisor maps the new name, the file imports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.clock import ManualClock
from app.importing import import_files
from app.kpi_aliases import (KpiMappingError, add_header_alias, header_aliases,
                             remove_header_alias)
from app.platform_kpis import figures_for_day
from kpi_samples import ZONE, write
from ui.context import AppContext
from ui.dialogs.kpi_mapping import KpiMappingDialog

DAY = dt.date(2026, 11, 21)
RENAMED = [["客服", "人工接待会话数", "全天满意率", "首响时长均值", "询单转化率"],
           ["小美", "1,234", "95%", "11秒", "50%"]]


def received(db) -> list[float]:
    return [f.value for f in figures_for_day(db, DAY) if f.field == "received_sessions"]


# -- the app functions -------------------------------------------------------------------------

def test_an_added_name_is_listed_with_who_added_it(db):
    alias = add_header_alias(db, "douyin_cs", " 人工接待会话数 ", "received_sessions", at=5.0,
                             by="主管")
    assert header_aliases(db) == [alias]
    assert (alias.header, alias.field, alias.added_by) == ("人工接待会话数", "received_sessions",
                                                           "主管")


@pytest.mark.parametrize("header, field, code", [
    ("接待会话量", "received_sessions", "builtin"),  # already its name
    ("询单人数", "received_sessions", "builtin"),  # another field's name
    ("  ", "received_sessions", "empty"), ("x" * 101, "received_sessions", "too_long"),
    ("a\tb", "received_sessions", "control_chars"), ("新列", "no_such_field", "unknown_field"),
    ("新列", "login_s", "unknown_field")])  # a field of another export
def test_names_that_cannot_be_added_are_refused_with_the_reason(db, header, field, code):
    with pytest.raises(KpiMappingError) as err:
        add_header_alias(db, "douyin_cs", header, field, at=0.0)
    assert err.value.code == code
    assert header_aliases(db) == []


def test_a_name_already_added_is_refused_in_any_spelling(db):
    add_header_alias(db, "douyin_cs", "Reception Count", "received_sessions", at=0.0)
    with pytest.raises(KpiMappingError) as err:
        add_header_alias(db, "douyin_cs", "ｒｅｃｅｐｔｉｏｎ-count", "received_users", at=0.0)
    assert err.value.code == "taken"
    assert remove_header_alias(db, "douyin_cs", "RECEPTION COUNT")
    assert not remove_header_alias(db, "douyin_cs", "Reception Count")
    assert header_aliases(db) == []


def test_names_belong_to_one_export(db, tmp_path):
    add_header_alias(db, "kuaishou_cs", "人工接待会话数", "received_sessions", at=0.0)
    report = import_files(db, [write(tmp_path / "星河_20261121.csv", RENAMED)], ZONE)
    assert [p.code for p in report.problems] == ["kpi_unrecognised"]


def test_the_id_columns_can_be_renamed_too(db, tmp_path):
    add_header_alias(db, "douyin_cs", "客服昵称（新）", "account", at=0.0)
    head = ["客服昵称（新）"] + RENAMED[0][1:]
    add_header_alias(db, "douyin_cs", "人工接待会话数", "received_sessions", at=0.0)
    report = import_files(db, [write(tmp_path / "星河_20261121.csv", [head, RENAMED[1]])], ZONE)
    assert report.ok, report.text()
    assert {f.account for f in figures_for_day(db, DAY)} == {"小美"}


# -- the dialog ---------------------------------------------------------------------------------

@pytest.fixture
def dialog(fw_app, qtbot, db, db_path):
    ctx = AppContext(db=db, db_path=db_path, clock=ManualClock(1_800_000_000.0), zone=ZONE,
                     lang="en")
    dialog = KpiMappingDialog(ctx, format_key="douyin_cs")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def row_of(dialog, target: str) -> int:
    return next(r for r in range(dialog.model.rowCount()) if dialog.model.key_at(r) == target)


def cell(dialog, target: str, column: int) -> str:
    return dialog.model.index(row_of(dialog, target), column).data()


def test_the_dialog_lists_each_field_with_its_known_names(dialog):
    assert dialog.format_box.currentData() == "douyin_cs"
    assert cell(dialog, "received_sessions", 1) == "Conversations received"
    assert cell(dialog, "received_sessions", 3) == "接待会话量"
    assert cell(dialog, "account", 3) == "客服 · 客服昵称 · 客服名称 · 客服账号"
    assert "客服表现 (one row per agent" in dialog.about.text()  # where it comes from
    assert dialog.view.isColumnHidden(0)  # columns found by name: no positions
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jd_service"))
    assert not dialog.view.isColumnHidden(0)
    assert cell(dialog, "day", 0) == "A" and cell(dialog, "login_s", 0) == "C"


def test_a_renamed_column_imports_after_its_name_is_added_in_the_dialog(dialog, db, tmp_path,
                                                                        qtbot):
    path = write(tmp_path / "星河抖音小店_20261121.csv", RENAMED)
    assert import_files(db, [path], ZONE).problems[0].code == "kpi_unrecognised"
    dialog.view.selectRow(row_of(dialog, "received_sessions"))
    assert dialog.target_box.currentData() == "received_sessions"  # follows the table
    dialog.header_edit.setText("人工接待会话数")
    with qtbot.waitSignal(dialog.changed):
        dialog.add_button.click()
    assert cell(dialog, "received_sessions", 4) == "人工接待会话数"
    assert dialog.added.count() == 1 and dialog.header_edit.text() == ""
    report = import_files(db, [path], ZONE)
    assert report.ok, report.text()
    assert received(db) == [1234.0]


def test_a_built_in_name_is_refused_in_the_dialog_with_the_field_it_already_names(dialog, db):
    dialog.header_edit.setText("询单人数")
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("received_sessions"))
    assert not dialog.add_alias()
    assert dialog.error.isVisibleTo(dialog)
    assert "Customers who inquired" in dialog.error.text()
    assert header_aliases(db) == []


def test_removing_a_name_in_the_dialog_forgets_it(dialog, db, qtbot):
    add_header_alias(db, "douyin_cs", "人工接待会话数", "received_sessions", at=0.0)
    dialog.refresh()
    assert not dialog.remove_button.isEnabled()
    dialog.added.setCurrentRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_button.click()
    assert header_aliases(db) == [] and dialog.added.count() == 0
    assert cell(dialog, "received_sessions", 4) == ""


def test_the_file_menu_opens_the_dialog(make_window, qtbot):
    window, _ = make_window(demo=False)
    action = window.kpi_mapping_action
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(KpiMappingDialog) is not None)
    dialog = window.findChild(KpiMappingDialog)
    assert dialog.isVisible() and dialog.windowTitle()
    dialog.close()


def test_the_table_is_read_only_and_keyboard_reachable(dialog):
    assert dialog.view.editTriggers() == dialog.view.EditTrigger.NoEditTriggers
    assert dialog.view.focusPolicy() != Qt.NoFocus


def test_a_read_only_database_is_said_plainly_and_the_typed_name_stays(dialog, db):
    db.execute("PRAGMA query_only = ON")  # as a read-only file refuses every write
    try:
        dialog.header_edit.setText("人工接待会话数")
        dialog.target_box.setCurrentIndex(dialog.target_box.findData("received_sessions"))
        assert not dialog.add_alias()
    finally:
        db.execute("PRAGMA query_only = OFF")
    assert dialog.error.isVisibleTo(dialog) and "只读" in dialog.error.text()  # read-only
    assert dialog.header_edit.text() == "人工接待会话数"
    assert header_aliases(db) == []
