"""The Patrol panel: the shift's patrol at a glance, one key per result, a problem turned
into an incident in one step, each item's evidence one key away, the reminder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.alerts import active_alerts
from app.incidents import list_incidents
from app.patrol import DUE_SETTING, patrol_round, retire_item
from app.settings import set_setting
from shift_floor import DAY, ZONE, at, floor_context
from ui.docks.patrol import PatrolDock


@pytest.fixture
def ctx(fw_app, db, db_path):
    return floor_context(db, db_path, "08:20")


@pytest.fixture
def make_dock(ctx, qtbot):
    def make(evidence=None):
        dock = PatrolDock(ctx, evidence or {})
        qtbot.addWidget(dock)
        dock.show()
        dock.refresh(None)
        return dock
    return make


def shown(dock, row, column):
    return dock.view.model().index(row, column).data()


def test_the_panel_shows_the_running_shift_and_its_progress(make_dock):
    dock = make_dock()
    assert dock.heading.text() == "2026-11-21 · 早班"
    assert dock.progress_label.text() == "0/10"
    assert dock.status_label.text() == "巡店 0/10"
    assert dock.view.model().rowCount() == 10
    assert shown(dock, 0, 1) == "登录检查"


def test_one_key_per_result_and_the_selection_moves_on(make_dock, qtbot, ctx):
    dock = make_dock()
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key_O)
    assert dock.progress_label.text() == "1/10"
    assert dock.selected_line().key == "offline_messages"
    dock.note.setText("3 条离线咨询已回复")
    qtbot.keyClick(dock.note, Qt.Key_N, Qt.AltModifier)  # Alt+N while typing the note
    patrol = patrol_round(ctx.db, DAY, "early", ZONE)
    assert [(li.answer.result, li.answer.note) for li in patrol.lines[:2]] == [
        ("ok", ""), ("na", "3 条离线咨询已回复")]
    assert dock.note.text() == ""  # the next item starts with an empty note
    assert shown(dock, 1, 2) == "– 不适用" and shown(dock, 1, 5) == "08:20:00"


def test_a_problem_becomes_an_incident_with_one_key(make_dock, qtbot, ctx):
    dock = make_dock()
    changes = []
    dock.changed.connect(changes.append)
    dock.select_row(3)  # 违规关注
    dock.note.setText("京东后台扣 2 分")
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key_I)
    [incident] = [i for i in list_incidents(ctx.db) if "违规关注" in i.title]
    assert shown(dock, 3, 2) == f"✖ 有问题 → #{incident.id}"
    assert any(c.incidents for c in changes)
    assert "已为此项登记事件" in dock.message.text()
    assert not dock.buttons["incident"].isEnabled()  # one incident per answer


def test_enter_opens_the_items_evidence(make_dock, qtbot):
    opened = []
    dock = make_dock({"login_check": lambda: opened.append("login"),
                      "yesterday_review": lambda: opened.append("review")})
    dock.select_row(0)
    qtbot.keyClick(dock.view, Qt.Key_Return)
    dock.select_row(4)
    qtbot.keyClick(dock.view, Qt.Key_Return)
    dock.select_row(6)
    dock.buttons["evidence"].click()
    dock.select_row(2)  # 群信息处理 has no evidence in the console
    assert not dock.buttons["evidence"].isEnabled()
    assert opened == ["login", "review", "review"]


def test_item_2_lists_what_arrived_overnight_with_nobody_online(make_dock, qtbot):
    from ui.dialogs.offline_messages import OfflineMessagesDialog

    dock = make_dock()
    dock.select_row(1)
    dock.open_evidence()
    [dialog] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, OfflineMessagesDialog) and w.isVisible()]
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert "2 个尚未回复" in dialog.summary.text()


def test_an_unfinished_patrol_past_the_due_time_raises_the_reminder(make_dock, ctx):
    set_setting(ctx.db, DUE_SETTING.key, "10:00")
    dock = make_dock()
    assert active_alerts(ctx.db, kind="patrol") == []
    ctx.clock.set(at("10:01"))
    changes = []
    dock.changed.connect(changes.append)
    dock.refresh(None)
    [alert] = active_alerts(ctx.db, kind="patrol")
    assert "巡店未完成" in alert.message_zh and changes and changes[0].alerts


def test_a_retired_item_leaves_the_panel(make_dock, ctx):
    dock = make_dock()
    retire_item(ctx.db, "robot_qc", at=at("08:00"))
    dock.reload()
    assert dock.progress_label.text() == "0/9"


def test_the_items_dialog_reorders_adds_and_retires(ctx, qtbot):
    from app.patrol import checklist
    from ui.dialogs.patrol_items import PatrolItemsDialog

    dialog = PatrolItemsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key_Up, Qt.ControlModifier)
    dialog.retire.click()
    dialog.title_zh.setText("直播间巡查")
    dialog.add_button.click()
    keys = [i.key for i in checklist(ctx.db)]
    assert keys[0] == "login_check"  # offline_messages moved up, then retired
    assert "offline_messages" not in keys and keys[-1].startswith("custom_")
    assert "（已停用）" in dialog.list.item(0).text()


def test_the_window_has_the_patrol_panel_and_its_progress_in_the_status_bar(make_window,
                                                                            qtbot):
    window, _ = make_window(demo=False)
    window.show()
    dock = window.findChild(PatrolDock, "patrolDock")
    assert dock is not None and dock.isVisible()
    assert dock.toggleViewAction() in window.menuBar().actions()[1].menu().actions()
    assert dock.status_label.text().startswith("巡店 0/10")
    dock.select_row(4)
    dock.open_evidence()  # 客服数据关注 → the yesterday review
    qtbot.waitUntil(lambda: any(w.objectName() == "dialog.review" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "dialog.review":
            w.close()
