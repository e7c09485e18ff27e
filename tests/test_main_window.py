"""The console window: four docks, live demo data, a layout that survives a restart."""

import argparse

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

from app.incidents import list_incidents
from ui.application import build_window
from ui.geometry import fit_to_screens

DOCKS = ["dock.stores", "dock.metrics", "dock.incidents", "dock.wellbeing", "patrolDock"]


def when_dialog_opens(handle) -> None:
    """Call handle(dialog) once a modal dialog is open (exec() blocks the test until then)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
        else:
            handle(dialog)

    QTimer.singleShot(0, look)


def test_the_window_opens_with_the_four_panels(make_window):
    window, _ = make_window()
    window.show()
    names = sorted(d.objectName() for d in window.findChildren(QDockWidget))
    assert names == sorted(DOCKS)
    assert all(d.isVisible() for d in window.docks)


def test_the_demo_floor_fills_every_panel_with_live_data(make_window, qtbot):
    window, feed = make_window()
    window.show()
    feed.start()
    stores, metrics, incidents, wellbeing = window.docks[:4]
    qtbot.waitUntil(lambda: stores.store_model.rowCount() >= 6, timeout=20000)
    qtbot.waitUntil(lambda: metrics.tiles["reception_volume"].value_text() not in ("—", "0"),
                    timeout=20000)
    assert wellbeing.model.rowCount() >= 24
    assert window.state_label.property("state") == "demo"
    assert window.demo_bar.isVisible()
    assert "—" not in window.last_event_label.text()


def test_the_dock_layout_survives_a_restart(make_window):
    window, _ = make_window(demo=False)
    window.show()
    stores, metrics, incidents, wellbeing = window.docks[:4]
    wellbeing.hide()
    window.addDockWidget(Qt.BottomDockWidgetArea, metrics)
    window.close()
    again, _ = make_window(demo=False)
    again.show()
    by_name = {d.objectName(): d for d in again.docks}
    assert not by_name["dock.wellbeing"].isVisible()
    assert again.dockWidgetArea(by_name["dock.metrics"]) == Qt.BottomDockWidgetArea


def test_reset_layout_brings_back_every_panel(make_window):
    window, _ = make_window(demo=False)
    window.show()
    for dock in window.docks[1:]:
        dock.hide()
    window.reset_layout_action.trigger()
    assert all(d.isVisible() for d in window.docks)
    assert window.dockWidgetArea(window.docks[0]) == Qt.LeftDockWidgetArea


def test_a_layout_saved_by_another_version_is_ignored(make_window, fw_app):
    from PySide6.QtCore import QSettings

    window, _ = make_window(demo=False)
    window.docks[3].hide()
    window.save_layout()
    QSettings().setValue("window/state_version", 999)
    again, _ = make_window(demo=False)
    again.show()
    assert again.docks[3].isVisible()


def test_every_dock_can_be_reopened_from_the_view_menu(make_window):
    window, _ = make_window(demo=False)
    window.show()
    view = [m for m in window.menuBar().actions() if m.menu() and "View" in m.text()
            or m.menu() and "视图" in m.text()][0].menu()
    toggles = {a.text() for a in view.actions()}
    for dock in window.docks:
        assert dock.toggleViewAction().text() in toggles
        dock.close()
        dock.toggleViewAction().trigger()
        assert dock.isVisible()


def test_f11_switches_the_wallboard_on_and_off(make_window):
    window, _ = make_window(demo=False)
    window.show()
    window.fullscreen_action.trigger()
    assert window.isFullScreen()
    window.fullscreen_action.trigger()
    assert not window.isFullScreen()


def test_ctrl_n_logs_an_incident_with_three_keystrokes(make_window, qtbot):
    window, _ = make_window(demo=False)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.new_incident_action.shortcut().toString() == "Ctrl+N"

    def answer(dialog):
        qtbot.keyClick(dialog, Qt.Key_3)  # type 3: power or network outage
        qtbot.keyClick(dialog.type_list, Qt.Key_Return)

    when_dialog_opens(answer)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(list_incidents(window.ctx.db)) == 1, timeout=5000)
    [incident] = list_incidents(window.ctx.db)
    assert incident.type == "outage"
    assert incident.title == "停电/断网"
    assert window.docks[2].model.rowCount() == 1


def test_a_window_saved_on_a_screen_that_is_gone_opens_on_the_primary_screen():
    primary = QRect(0, 0, 1920, 1080)
    on_second_monitor = QRect(2100, 100, 1280, 800)
    fitted = fit_to_screens(on_second_monitor, [primary], primary)
    assert primary.contains(fitted)
    assert fitted.size() == on_second_monitor.size()


def test_a_window_that_is_on_screen_stays_where_it_was():
    primary = QRect(0, 0, 1920, 1080)
    second = QRect(1920, 0, 1920, 1080)
    window = QRect(2000, 50, 1280, 800)
    assert fit_to_screens(window, [primary, second], primary) == window


def test_a_window_larger_than_the_laptop_screen_is_shrunk_to_fit():
    laptop = QRect(0, 0, 1366, 768)
    fitted = fit_to_screens(QRect(-3000, 0, 2500, 1400), [laptop], laptop)
    assert laptop.contains(fitted)


def test_the_chart_overlays_several_scopes_and_remembers_them(make_window, qtbot):
    window, feed = make_window()
    window.show()
    feed.start()
    metrics = window.docks[1]
    qtbot.waitUntil(lambda: window.docks[0].store_model.rowCount() >= 6, timeout=20000)
    store_ids = [int(k[6:]) for k in metrics._labels() if k.startswith("store:")][:2]
    metrics.set_scopes(["floor"] + [f"store:{i}" for i in store_ids])
    assert len(metrics.chart.curves) == 3
    xs, _ = metrics.chart.curves[0].getData()
    assert xs is not None and len(xs) > 0
    feed.stop()
    again, _ = make_window(demo=False)
    assert again.docks[1].scopes == metrics.scopes


def test_the_crosshair_reads_exact_values_of_each_series(fw_app, qtbot):
    from widgets.trend_chart import Series, TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_series([Series("A", [(0, 1.0), (60, 2.0)]), Series("B", [(0, 5.0), (60, None)])])
    assert chart.values_at(50) == [("A", 60, 2.0), ("B", 0, 5.0)]


def test_an_alert_shows_in_the_metrics_panel_and_the_status_bar(make_window):
    from app.alerts import raise_alert

    window, _ = make_window(demo=False)
    window.show()
    raise_alert(window.ctx.db, "surge:1", "surge", "warning", "接待量暴涨：测试店", "Surge: test",
                window.ctx.now())
    window.refresh_all(None)
    panel = window.docks[1].alert_panel
    assert panel.list.count() == 1 and "接待量暴涨" in panel.list.item(0).text()
    assert "1" in window.alerts_label.text()
    panel.list.setCurrentRow(0)
    panel.ack_button.click()
    from app.alerts import active_alerts

    assert active_alerts(window.ctx.db)[0].acknowledged


def test_a_surge_alert_opens_a_prefilled_reception_surge_incident(make_window, qtbot):
    from app.alerts import raise_alert

    window, _ = make_window(demo=False)
    window.show()
    raise_alert(window.ctx.db, "surge:1", "surge", "alarm", "接待量暴涨：测试店", "Surge: test",
                window.ctx.now())
    window.refresh_all(None)
    panel = window.docks[1].alert_panel
    panel.list.setCurrentRow(0)

    chosen = []

    def accept(dialog):
        chosen.append(dialog.selected_type())
        dialog.accept()

    when_dialog_opens(accept)
    panel.incident_button.click()
    assert chosen == ["reception_surge"]
    [incident] = list_incidents(window.ctx.db)
    assert (incident.type, incident.title) == ("reception_surge", "接待量暴涨：测试店")


def test_the_yesterday_review_opens_from_the_view_menu(make_window, qtbot):
    from ui.dialogs.review import ReviewDialog

    window, _ = make_window(demo=False)
    window.show()
    window.review_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, ReviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
