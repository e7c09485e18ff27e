"""The roster editor: add, edit with inline refusals, retire after asking, assign, history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import roster
from app.clock import ManualClock
from app.records import ChangeSet
from app.settings import set_setting
from ui.context import AppContext
from ui.dialogs.roster import RosterDialog
from ui.dialogs.roster_forms import PickAgentDialog, RosterForm
from ui.roster_words import roster_error

T = 1_763_800_000.0  # 2025-11-22 16:26 in Shanghai
ZONE = dt.timezone(dt.timedelta(hours=8))


def when_open(kind, handle, tries: int = 250) -> None:
    """Call handle(dialog) once a modal dialog of type `kind` is open (exec() blocks until);
    give up after `tries` looks 20 ms apart, so a test that fails leaves no timer behind."""
    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            handle(dialog)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))


@pytest.fixture
def floor(db):
    """Two stores, three accounts, two agents; 王小美 holds two accounts, 李娜 one."""
    set_setting(db, "supervisor", "张主管")
    flower = roster.add_store(db, "tmall", "花语美妆旗舰店", at=T, by="张主管")
    star = roster.add_store(db, "jd", "星河数码", at=T, by="张主管")
    ids = {"flower": flower, "star": star,
           "xm": roster.add_agent(db, "王小美", at=T, team="美妆组"),
           "ln": roster.add_agent(db, "李娜", at=T, team="数码组"),
           "f1": roster.add_account(db, flower, "花语:小美", at=T),
           "f2": roster.add_account(db, flower, "花语:客服2", at=T),
           "s1": roster.add_account(db, star, "星河:1", at=T)}
    roster.assign(db, ids["f1"], ids["xm"], at=T)
    roster.assign(db, ids["s1"], ids["xm"], at=T)
    roster.assign(db, ids["s1"], ids["ln"], at=T)
    return ids


@pytest.fixture
def dialog(fw_app, qtbot, db, db_path, floor):
    ctx = AppContext(db, db_path, ManualClock(T + 3600), ZONE, lang="zh_CN", demo=False)
    view = RosterDialog(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def in_form(handle):
    """Run handle(form) in the next form that opens; returns what it recorded."""
    seen = {}

    def run(form):
        handle(form, seen)

    when_open(RosterForm, run)
    return seen


def test_ins_adds_a_store_and_the_panels_are_told(dialog, qtbot, db):
    def fill(form, seen):
        form.fields["platform"].setCurrentIndex(form.fields["platform"].findData("pinduoduo"))
        form.fields["name"].setText("拼拼好物")
        form.fields["min_agents"].setText("2")
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    dialog.select("store", dialog.selected_id("store"))
    in_form(fill)
    with qtbot.waitSignal(dialog.changed) as signal:
        qtbot.keyClick(dialog.views["store"], Qt.Key_Insert)
    assert signal.args == [ChangeSet(roster=True)]
    added = next(s for s in roster.stores(db) if s.name == "拼拼好物")
    assert (added.platform, added.min_agents) == ("pinduoduo", 2)
    assert dialog.selected_id() == added.id  # the new row is selected
    assert dialog.history_model.cell(0, 1).text == "张主管"
    assert "拼拼好物" in dialog.history_model.cell(0, 3).text


def test_an_invalid_minimum_is_refused_inside_the_form_and_nothing_is_saved(dialog, qtbot, db,
                                                                          floor):
    def try_values(form, seen):
        field = form.fields["min_agents"]
        field.setText("-1")
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        seen["negative"] = (form.isVisible(), form.message.text(),
                            form.focusWidget() is field)
        field.setText("两个")
        form.buttons.button(form.buttons.StandardButton.Ok).click()
        seen["words"] = form.message.text()
        form.reject()

    dialog.select("store", floor["flower"])
    before = roster.history(db)
    seen = in_form(try_values)
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.keyClick(dialog.views["store"], Qt.Key_Return)  # Enter edits
    still_open, message, focused = seen["negative"]
    assert still_open and focused
    assert message == "最少在线客服数不能小于 0（填写的是 -1）。"
    assert seen["words"] == "最少在线客服数必须是整数（填写的是 两个）。"
    assert roster.stores(db)[1].min_agents == 1  # tmall 花语美妆旗舰店, unchanged
    assert roster.history(db) == before


def test_an_edit_shows_in_the_history_pane_in_words(dialog, qtbot, db, floor):
    def edit(form, seen):
        form.fields["min_agents"].setText("3")
        form.fields["service_start"].setText("9:00")
        form.accept()

    dialog.select("store", floor["flower"])
    in_form(edit)
    with qtbot.waitSignal(dialog.changed):
        dialog.edit_button.click()
    assert dialog.history_title.text() == "花语美妆旗舰店 的变更记录"
    when, by, action, what = (dialog.history_model.cell(0, c).text for c in range(4))
    assert (when, by, action) == ("2025-11-22 17:26", "张主管", "修改")
    assert what == "最少在线客服数：1 → 3；服务开始：08:00 → 09:00"
    assert dialog.history_model.cell(1, 2).text == "添加"


def test_retiring_an_agent_asks_first_and_says_which_accounts_they_hand_back(dialog, qtbot,
                                                                             db, floor):
    asked = []

    def answer(button):
        def click(box):
            asked.append(box.text())
            box.button(button).click()
        when_open(QMessageBox, click)

    dialog.select("agent", floor["xm"])
    answer(QMessageBox.No)
    qtbot.keyClick(dialog.views["agent"], Qt.Key_Delete)
    assert [a.name for a in roster.agents(db)] == ["李娜", "王小美"]
    assert asked[0].startswith("停用客服 王小美？")
    assert "该客服将交还 2 个子账号：星河:1、花语:小美。" in asked[0]

    answer(QMessageBox.Yes)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.views["agent"], Qt.Key_Delete)
    assert [a.name for a in roster.agents(db)] == ["李娜"]
    assert roster.holders(db) == {floor["s1"]: {floor["ln"]}}
    assert dialog.models["agent"].rowCount() == 1  # retired rows are hidden …

    dialog.show_retired.setChecked(True)  # … until asked for, grey and dated
    dialog.select("agent", floor["xm"])
    model, row = dialog.models["agent"], dialog.proxies["agent"].mapToSource(
        dialog.views["agent"].currentIndex()).row()
    assert model.cell(row, 5).text == "2025-11-22 17:26"
    grey = QApplication.palette().color(QPalette.Disabled, QPalette.Text)
    assert model.data(model.index(row, 0), Qt.ForegroundRole) == grey
    actions = [dialog.history_model.cell(r, 2).text
               for r in range(dialog.history_model.rowCount())]
    assert actions == ["交还", "交还", "停用", "分配", "分配", "添加"]  # newest first
    assert not dialog.retire_button.isEnabled() and dialog.restore_button.isEnabled()

    with qtbot.waitSignal(dialog.changed):
        dialog.restore_button.click()
    assert [a.name for a in roster.agents(db)] == ["李娜", "王小美"]


def test_an_account_is_assigned_to_an_agent_and_handed_back(dialog, qtbot, db, floor):
    def pick(form):
        form.combo.setCurrentIndex(form.combo.findData(floor["ln"]))
        form.accept()

    dialog.select("account", floor["f2"])
    assert dialog.assign_button.isVisible() and not dialog.unassign_button.isEnabled()
    when_open(PickAgentDialog, pick)
    with qtbot.waitSignal(dialog.changed):
        dialog.assign_button.click()
    assert roster.holders(db)[floor["f2"]] == {floor["ln"]}
    assert dialog.unassign_button.isEnabled()
    assert "李娜 接手 花语:客服2" in dialog.history_model.cell(0, 3).text

    with qtbot.waitSignal(dialog.changed):  # one holder: nothing to choose
        dialog.unassign_button.click()
    assert floor["f2"] not in roster.holders(db)
    assert "李娜 不再负责 花语:客服2" in dialog.history_model.cell(0, 3).text


def test_with_two_holders_unassign_asks_which_one(dialog, qtbot, db, floor):
    def pick(form):
        form.combo.setCurrentIndex(form.combo.findData(floor["xm"]))
        form.accept()

    dialog.select("account", floor["s1"])
    when_open(PickAgentDialog, pick)
    with qtbot.waitSignal(dialog.changed):
        dialog.unassign_button.click()
    assert roster.holders(db)[floor["s1"]] == {floor["ln"]}


def test_ctrl_f_filters_the_tables(dialog, qtbot):
    dialog.views["store"].setFocus()
    qtbot.keyClick(dialog, Qt.Key_F, Qt.ControlModifier)
    assert dialog.filter.hasFocus()
    dialog.filter.insert("星河")  # QTest types ASCII only
    assert dialog.proxies["store"].rowCount() == 1
    assert dialog.proxies["account"].rowCount() == 1
    dialog.filter.clear()
    assert dialog.proxies["account"].rowCount() == 3


def test_a_duplicate_agent_name_is_said_in_the_form(dialog, qtbot, db):
    def add(form, seen):
        form.fields["name"].setText("李娜")
        form.accept()
        seen["message"] = form.message.text()
        form.reject()

    dialog.select("agent", dialog.selected_id("agent"))
    seen = in_form(add)
    dialog.add_button.click()
    assert seen["message"] == "已有同名的客服。"
    assert len(roster.agents(db)) == 2


def test_an_account_is_renamed_but_stays_in_its_store(dialog, qtbot, db, floor):
    def rename(form, seen):
        seen["store_locked"] = not form.fields["store_id"].isEnabled()
        form.fields["name"].setText("花语:小美")  # the other account's name: refused
        form.accept()
        seen["message"] = form.message.text()
        form.fields["name"].setText("花语:客服02")
        form.accept()

    dialog.select("account", floor["f2"])
    seen = in_form(rename)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.views["account"], Qt.Key_Enter)
    assert seen == {"store_locked": True, "message": "已有同名的子账号。"}
    renamed = next(a for a in roster.accounts(db) if a.id == floor["f2"])
    assert (renamed.name, renamed.store_id) == ("花语:客服02", floor["flower"])
    assert dialog.history_model.cell(0, 3).text == "子账号名称：花语:客服2 → 花语:客服02"


@pytest.mark.parametrize("make_error", [
    lambda db: roster.add_store(db, "ebay", "x", at=T),
    lambda db: roster.add_store(db, "tmall", " ", at=T),
    lambda db: roster.add_store(db, "tmall", "x", at=T, service_end="25:00"),
    lambda db: roster.add_store(db, "tmall", "x", at=T, quiet_minutes="half"),
    lambda db: roster.add_agent(db, "x" * 201, at=T),
    lambda db: roster.add_agent(db, "x", at=T, shift_start="noon"),
    lambda db: roster.edit_agent(db, 999, at=T, team="a"),
])
def test_every_roster_refusal_is_worded_in_chinese(fw_app, db, make_error):
    with pytest.raises(roster.RosterError) as refused:
        make_error(db)
    text, _field = roster_error(str(refused.value))
    assert text != str(refused.value)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_dialog_closes_with_escape_and_writes_nothing_by_itself(dialog, qtbot, db):
    before = roster.history(db)
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert dialog.result() == QDialog.Rejected and not dialog.isVisible()
    assert roster.history(db) == before


def test_the_console_opens_the_roster_editor_and_hears_its_changes(fw_app, qtbot, db, db_path,
                                                                   floor):
    import argparse

    from ui.application import build_window

    window, feed = build_window(argparse.Namespace(db=str(db_path), demo=False, demo_speed=1.0,
                                                   demo_seed=7))
    qtbot.addWidget(window)
    assert feed is None
    heard = []
    window.on_changes = heard.append
    dialog = window.open_roster()
    assert isinstance(dialog, RosterDialog)
    assert dialog.models["store"].rowCount() == 2
    dialog.select("account", floor["s1"])
    when_open(QMessageBox, lambda box: box.button(QMessageBox.Yes).click())
    with qtbot.waitSignal(dialog.changed):
        dialog.retire_button.click()
    assert heard and heard[-1].roster
    dialog.close()
