"""The Incidents panel and dialogs: live countdowns that escalate on time (and on start,
for a clock that ran out while the console was closed), filters and search, CSV export,
the checklist and status buttons, corrections, and the guided serious-complaint form."""

from __future__ import annotations

import csv
import json
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from app.alerts import active_alerts
from app.clock import ManualClock
from app.complaint import complaint_state
from app.incident_log import entries
from app.incidents import get_incident, open_incident, tick_step
from app.playbooks import load_playbooks, shipped_path, use_playbooks
from incident_support import T0, add_roster, shipped_playbooks  # noqa: F401
from ui.context import AppContext
from ui.docks.incidents import IncidentsDock
from ui.models.incidents import CLOCK

SHANGHAI = ZoneInfo("Asia/Shanghai")
MIN = 60.0


@pytest.fixture
def ctx(db, db_path):
    return AppContext(db=db, db_path=db_path, clock=ManualClock(T0), zone=SHANGHAI,
                      lang="zh_CN", demo=False)


@pytest.fixture
def make_dock(fw_app, ctx, qtbot):  # qtbot closes the widgets before the database closes
    def make() -> IncidentsDock:
        dock = IncidentsDock(ctx, QAction("New incident", None))
        qtbot.addWidget(dock)
        dock.watch.timer.stop()  # the tests move the clock and call check() themselves
        dock.reload()
        return dock
    return make


def store_anomaly(ctx, reported_at=None) -> int:
    incident_id = open_incident(ctx.db, at=ctx.now(), type="store_anomaly",
                                subtype="coupon_price", title="满减券设置错误", owner="陈主管")
    tick_step(ctx.db, incident_id, "reported_to_ops", at=reported_at or ctx.now(), by="陈主管")
    return incident_id


def clock_text(dock, row=0) -> str:
    return dock.model.cell(row, CLOCK).text


def test_a_running_clock_counts_down_and_only_its_cells_change(make_dock, ctx):
    store_anomaly(ctx)
    open_incident(ctx.db, at=ctx.now(), type="outage", title="3 楼断网")
    dock = make_dock()
    row = next(r for r in range(dock.model.rowCount())
               if dock.model.summary_at(r).incident.type == "store_anomaly")
    assert clock_text(dock, row) == "运营回复 5:00"
    resets, changed = dock.model.resets, dock.model.changed_cells
    ctx.clock.advance(61)
    dock.watch.check()
    assert clock_text(dock, row) == "运营回复 3:59"
    assert dock.model.changed_cells == changed + 1  # one countdown cell, nothing else
    assert dock.model.resets == resets


def test_a_missed_deadline_escalates_once_on_the_timer(make_dock, ctx, qtbot):
    incident_id = store_anomaly(ctx)
    dock = make_dock()
    ctx.clock.advance(5 * MIN)
    with qtbot.waitSignal(dock.changed) as changed:
        dock.watch.check()
    assert changed.args[0].alerts and changed.args[0].incidents
    [alert] = active_alerts(ctx.db, kind="escalation")
    assert "钉钉" in alert.message("zh_CN")
    assert dock.model.cell(0, CLOCK).state == "alarm"
    assert "已升级" in clock_text(dock)
    assert entries(ctx.db, incident_id)[-1].kind == "escalated"
    dock.watch.check()
    assert len(active_alerts(ctx.db, kind="escalation")) == 1


def test_a_clock_that_ran_out_while_the_console_was_closed_fires_when_the_panel_starts(
        fw_app, qtbot, ctx):
    incident_id = store_anomaly(ctx, reported_at=T0)
    ctx.clock.set(T0 + 3 * 3600)  # the console was closed for three hours
    dock = IncidentsDock(ctx, QAction("New incident", None))
    qtbot.addWidget(dock)
    dock.watch.timer.stop()
    [alert] = active_alerts(ctx.db, kind="escalation")
    logged = entries(ctx.db, incident_id)[-1]
    assert (logged.kind, logged.at, logged.data["due_at"]) == ("escalated", T0 + 3 * 3600,
                                                               T0 + 5 * MIN)
    assert alert.raised_at == T0 + 3 * 3600


def test_filters_and_search_narrow_the_log(make_dock, ctx):
    roster = add_roster(ctx.db)
    open_incident(ctx.db, at=T0, type="reception_surge", title="大促接待量暴涨",
                  store_ids=[roster["花语京东自营店"]])
    open_incident(ctx.db, at=T0, type="outage", title="3 楼断网", agent_ids=[roster["王小美"]])
    dock = make_dock()
    dock._fill_roster()
    assert dock.model.rowCount() == 2
    dock.search.setText("断网")
    dock.reload()
    assert [s.incident.title for s in dock.model.summaries] == ["3 楼断网"]
    dock.search.clear()
    dock.store_box.setCurrentIndex(dock.store_box.findData(roster["花语京东自营店"]))
    assert [s.incident.title for s in dock.model.summaries] == ["大促接待量暴涨"]
    dock.store_box.setCurrentIndex(0)
    dock.type_box.setCurrentIndex(dock.type_box.findData("outage"))
    assert [s.incident.title for s in dock.model.summaries] == ["3 楼断网"]


def test_the_export_writes_what_the_filters_show(make_dock, ctx, tmp_path):
    open_incident(ctx.db, at=T0, type="reception_surge", title="=1+1 接待量暴涨")
    open_incident(ctx.db, at=T0, type="outage", title="3 楼断网")
    dock = make_dock()
    dock.type_box.setCurrentIndex(dock.type_box.findData("reception_surge"))
    path = tmp_path / "incidents.csv"
    assert dock.export_to(str(path))
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 2 and rows[1][6] == "'=1+1 接待量暴涨"
    assert "1" in dock.summary.text() and str(path) in dock.summary.text()


def test_a_broken_playbooks_file_is_named_in_the_panel_and_the_builtin_ones_are_used(
        make_dock, tmp_path):
    data = json.loads(shipped_path().read_text(encoding="utf-8"))
    data["types"][1]["deadlines"][0]["minutes"] = "five"
    broken = tmp_path / "playbooks.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    use_playbooks(load_playbooks(broken))
    dock = make_dock()
    assert not dock.banner.isHidden()
    assert str(broken) in dock.banner.text() and "'minutes'" in dock.banner.text()
    assert dock.type_box.count() == 9  # all types + the eight built-in ones


def test_the_checklist_ticks_with_who_and_when_and_the_clock_starts(make_dock, ctx):
    incident_id = open_incident(ctx.db, at=T0, type="store_anomaly", title="价格错误")
    dock = make_dock()
    dialog = dock.open_incident(incident_id)
    dialog.by.setText("陈主管")
    first = dialog.checklist.item(0)
    first.setCheckState(Qt.Checked)
    assert "陈主管" in dialog.checklist.item(0).text()
    assert dialog.clock_list.item(0).text() == "运营回复：剩余 5:00"
    assert [e.kind for e in entries(ctx.db, incident_id)][-2:] == ["step_done",
                                                                 "deadline_started"]
    assert dock.model.cell(0, CLOCK).text == "运营回复 5:00"


def test_status_buttons_offer_only_legal_moves_and_a_reopen_needs_a_reason(make_dock, ctx):
    incident_id = open_incident(ctx.db, at=T0, type="outage", title="3 楼断网")
    dialog = make_dock().open_incident(incident_id)
    assert set(dialog.move_buttons) == {"acknowledged", "mitigated", "resolved"}
    dialog.move_buttons["resolved"].click()
    assert get_incident(ctx.db, incident_id).status == "resolved"
    assert set(dialog.move_buttons) == {"closed", "acknowledged"}
    dialog.move_buttons["acknowledged"].click()
    assert "原因" in dialog.error.text()
    assert get_incident(ctx.db, incident_id).status == "resolved"
    dialog.reason.setText("网络又断了")
    dialog.move_buttons["acknowledged"].click()
    assert get_incident(ctx.db, incident_id).status == "acknowledged"
    assert dialog.error.text() == ""


def test_a_correction_keeps_the_entry_and_marks_it_corrected(make_dock, ctx):
    incident_id = open_incident(ctx.db, at=T0, type="outage", title="3 楼断网")
    dialog = make_dock().open_incident(incident_id)
    dialog.note.setText("5 楼也断了")
    dialog.note.returnPressed.emit()
    dialog.timeline_view.selectRow(1)
    dialog.note.setText("不对，5 楼正常")
    dialog.correct_button.click()
    timeline = entries(ctx.db, incident_id)
    assert [(e.kind, e.text) for e in timeline[1:]] == [("note", "5 楼也断了"),
                                                        ("correction", "不对，5 楼正常")]
    assert timeline[2].corrects == timeline[1].id
    texts = [dialog.timeline.cell(r, 4).text for r in range(dialog.timeline.rowCount())]
    assert any("已由 #" in t for t in texts) and any(t.startswith("更正 #") for t in texts)


def test_the_complaint_form_holds_step_3_above_the_supervisors_range(make_dock, ctx):
    incident_id = open_incident(ctx.db, at=T0, type="serious_complaint", title="顾客要求三倍赔偿")
    dialog = make_dock().open_incident(incident_id)
    form = dialog.complaint_form
    assert dialog.tabs.currentWidget() is form
    for edit, text in zip(form.sources.values(), ("聊天记录已看", "备注已看", "售后小张复述")):
        edit.setText(text)
    form.complete["locate"].click()
    form.responsibility.setText("商家")
    form.complete["rules"].click()
    form.amount.setValue(1500)
    assert not form.complete["worst_case"].isEnabled()
    assert "上级主管" in form.why["worst_case"].text()
    form.report_buttons["manager"].click()
    form.report_buttons["operations"].click()
    assert form.complete["worst_case"].isEnabled()
    form.complete["worst_case"].click()
    state = complaint_state(dialog.t, entries(ctx.db, incident_id))
    assert (state.amount, state.band) == (1500, "escalate")
    assert form.toolbox.currentIndex() == 3  # on to the compensation tiers
    assert form.toolbox.isItemEnabled(3) and not form.toolbox.isItemEnabled(4)


def test_the_complaint_form_records_tiers_offers_and_follow_up_feedback(make_dock, ctx):
    incident_id = open_incident(ctx.db, at=T0, type="serious_complaint", title="少发货")
    dialog = make_dock().open_incident(incident_id)
    form = dialog.complaint_form
    for edit in form.sources.values():
        edit.setText("已核实")
    form.complete["locate"].click()
    form.responsibility.setText("商家")
    form.complete["rules"].click()
    form.amount.setValue(80)
    form.complete["worst_case"].click()
    for edit, text in zip(form.tiers, ("道歉+补发", "补发+20元券", "补发+50元")):
        edit.setText(text)
    form.complete["compensation"].click()
    ctx.clock.advance(120)
    form.offer_buttons[1].click()
    form.talk.setPlainText("顾客接受第二档")
    form.complete["talk"].click()
    form.solution.setText("补发+20元券")
    form.follow_up_owner.setText("小张")
    form.complete["confirm"].click()
    form.feedback_text.setText("已补发，单号 SF123")
    form.feedback_button.click()
    state = complaint_state(dialog.t, entries(ctx.db, incident_id))
    assert [(o.data["tier"], o.at) for o in state.offers] == [(2, T0 + 120)]
    assert [(f.author, f.text) for f in state.feedback] == [("小张", "已补发，单号 SF123")]
    assert form.feedback.count() == 1 and dialog.error.text() == ""


def test_the_new_incident_form_logs_nothing_until_a_type_is_picked(fw_app, qtbot, ctx):
    from ui.dialogs.new_incident import NewIncidentDialog

    dialog = NewIncidentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.incident_id is None and "类型" in dialog.error.text()
    qtbot.keyClick(dialog.type_list, Qt.Key_2)
    assert dialog.selected_type() == "store_anomaly"
    assert dialog.severity.currentData() == "high" and dialog.subtype.isEnabled()
    qtbot.keyClick(dialog.type_list, Qt.Key_6)
    assert dialog.selected_type() == "staff_health" and not dialog.privacy.isHidden()
    dialog.accept()
    assert get_incident(ctx.db, dialog.incident_id).type == "staff_health"


def test_a_panel_built_before_the_first_paint_loads_the_workflow_with_its_first_read(
        fw_app, qtbot, ctx):
    incident_id = store_anomaly(ctx, reported_at=T0)
    ctx.clock.set(T0 + 3 * 3600)  # a clock ran out while the console was closed
    dock = IncidentsDock(ctx, QAction("New incident", None), read_now=False)
    qtbot.addWidget(dock)
    assert dock.type_box.count() == 1 and not dock.watch.timer.isActive()
    assert active_alerts(ctx.db, kind="escalation") == []  # nothing fired yet
    dock.reload()  # the window's first read, just after its first paint
    dock.watch.timer.stop()
    assert dock.type_box.count() == 9  # all types + the eight built-in ones
    assert entries(ctx.db, incident_id)[-1].kind == "escalated"
    assert len(active_alerts(ctx.db, kind="escalation")) == 1
