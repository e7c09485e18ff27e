"""Fast logging from anywhere in the console: Ctrl+N and a type picked by keyboard; an alert
opens a prefilled incident in one click, and its incident thereafter."""

import argparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.alerts import raise_alert
from app.incident_search import find_incidents
from app.incidents import get_incident, list_incidents, open_incident, tick_step
from conftest import without_patrol_reminder
from incident_support import shipped_playbooks  # noqa: F401
from test_main_window import when_dialog_opens
from ui.application import build_window
from ui.dialogs.incident_detail import IncidentDialog


@pytest.fixture
def window(fw_app, qtbot, db_path):
    without_patrol_reminder(db_path)
    args = argparse.Namespace(db=str(db_path), demo=False, demo_speed=1.0, demo_seed=7)
    made, _ = build_window(args)
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    return made


def test_ctrl_n_then_letters_then_enter_logs_a_serious_complaint(window, qtbot):
    with qtbot.waitActive(window):
        window.activateWindow()

    def answer(dialog):
        qtbot.keyClicks(dialog.type_list, "se")  # "Se…rious complaint", not "St…ore anomaly"
        qtbot.keyClick(dialog.type_list, Qt.Key_Return)

    when_dialog_opens(answer)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(list_incidents(window.ctx.db)) == 1, timeout=5000)
    [incident] = list_incidents(window.ctx.db)
    assert (incident.type, incident.title, incident.severity) == (
        "serious_complaint", "严重客诉", "high")


def test_an_alert_opens_a_prefilled_incident_then_that_incident(window, qtbot):
    alert = raise_alert(window.ctx.db, "surge:1", "surge", "warning", "接待量暴涨：测试店",
                        "Surge: test", window.ctx.now())
    window.refresh_all(None)
    panel = window.docks[1].alert_panel
    panel.list.setCurrentRow(0)
    seen = []

    def accept(dialog):
        seen.append((dialog.selected_type(), dialog.severity.currentData(),
                     dialog.title.text()))
        qtbot.keyClick(dialog.type_list, Qt.Key_Return)

    when_dialog_opens(accept)
    panel.incident_button.click()  # one click: the form opens filled in; Enter logs it
    assert seen == [("reception_surge", "medium", "接待量暴涨：测试店")]
    [incident] = list_incidents(window.ctx.db)
    assert incident.source_alert_id == alert.id
    panel.incident_button.click()  # the same alert again: its incident, not a second one
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, IncidentDialog) and w.isVisible()]
    assert [d.incident_id for d in dialogs] == [incident.id]
    assert len(list_incidents(window.ctx.db)) == 1


def test_an_escalation_alert_opens_the_incident_it_escalated(window, qtbot):
    ctx = window.ctx
    incident_id = open_incident(ctx.db, at=ctx.now() - 600, type="store_anomaly",
                                title="价格错误")
    tick_step(ctx.db, incident_id, "reported_to_ops", at=ctx.now() - 600, by="陈主管")
    incidents = window.docks[2]
    with qtbot.waitSignal(incidents.changed):
        incidents.watch.check()
    window.refresh_all(None)
    panel = window.docks[1].alert_panel
    assert "钉钉" in panel.list.item(0).text()
    assert "1" in window.alerts_label.text()
    panel.list.setCurrentRow(0)
    panel.incident_button.click()
    assert incidents.dialogs[incident_id].isVisible()
    assert len(find_incidents(ctx.db)) == 1
    assert get_incident(ctx.db, incident_id).status == "open"
