"""`floorwatch bench`: the measurement helpers, the registry's rows, and one tiny run end to end.

No test asserts a timing: the tiny run proves the harness works and reports every figure.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.bench.measure import (CpuMeter, LagRecorder, describe_lag, growth_percent, percentile,
                               value_at)
from app.bench.output import as_json, as_table
from app.bench.registry import (MARK, BenchRun, Figure, Measure, Target, Workload,
                                read_child_output)

ROOT = Path(__file__).resolve().parents[1]
ROW_KEYS = {"name", "value", "unit", "floor", "ratio", "target", "ok"}


def bench(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ui.cli", "bench", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


# -- measurement helpers ---------------------------------------------------------------
def test_percentile_is_a_value_that_was_measured():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 99) == 99.0
    assert percentile(values, 50) == 50.0
    assert percentile(values, 100) == 100.0
    assert percentile([3.0, 1.0, 2.0], 99) == 3.0
    assert percentile([7.0], 1) == 7.0
    assert percentile([], 99) is None


def test_percentile_refuses_a_rank_outside_0_to_100():
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_lag_is_how_late_each_shot_fired_and_an_early_shot_is_on_time():
    lag = LagRecorder()
    lag.record(due=10.000, fired=10.002)
    lag.record(due=10.010, fired=10.009)  # early: counts as no lag
    lag.record(due=10.020, fired=10.070)
    summary = lag.summary_ms()
    assert summary["n"] == 3
    assert summary["p50"] == pytest.approx(2.0)
    assert summary["p99"] == pytest.approx(50.0)
    assert summary["max"] == pytest.approx(50.0)
    assert min(lag.lateness) == 0.0
    assert "p99 50.0 ms" in describe_lag(summary)


def test_no_shots_give_an_empty_summary():
    assert LagRecorder().summary_ms() == {"n": 0, "p50": None, "p99": None, "max": None}
    assert describe_lag(LagRecorder().summary_ms()) == "no timer shots"


def test_cpu_share_is_cpu_time_over_wall_time_of_one_core():
    cpu, wall = [1.0], [100.0]
    meter = CpuMeter(cpu=lambda: cpu[0], wall=lambda: wall[0])
    cpu[0], wall[0] = 1.5, 102.0  # half a CPU second in two seconds
    assert meter.percent() == pytest.approx(25.0)
    cpu[0], wall[0] = 3.5, 103.0  # two threads busy for a second: more than one core
    assert meter.percent() == pytest.approx(2.5 / 3.0 * 100)
    meter.restart()
    cpu[0], wall[0] = 3.6, 104.0
    assert meter.percent() == pytest.approx(10.0)


def test_cpu_share_needs_time_to_pass():
    meter = CpuMeter(cpu=lambda: 1.0, wall=lambda: 5.0)
    with pytest.raises(ValueError):
        meter.percent()


def test_the_real_cpu_meter_sees_this_process_work():
    meter = CpuMeter()
    end = time.process_time() + 0.05
    while time.process_time() < end:
        pass
    assert meter.percent() > 0


def test_memory_growth_and_the_sample_at_a_simulated_hour():
    assert growth_percent(200.0, 210.0) == pytest.approx(5.0)
    assert growth_percent(200.0, 190.0) == pytest.approx(-5.0)
    samples = [(0.0, 150.0), (2.0, 160.0), (4.1, 170.0), (8.0, 172.0)]
    assert value_at(samples, 4.0) == 170.0
    assert value_at(samples, 9.0) == 172.0
    with pytest.raises(ValueError):
        growth_percent(0.0, 1.0)


# -- registry rows -----------------------------------------------------------------------
def _workload() -> Workload:
    return Workload("w", "a test workload", (
        Figure("w.ratio", "s", Target("<=", 1.5, on="ratio"), floor="bare"),
        Figure("w.value", "ms", Target("<", 50)),
        Figure("w.free", "MB")), func=lambda run: {})


def test_a_figure_is_judged_on_its_ratio_or_its_value():
    rows = {r.name: r for r in _workload().results({
        "w.ratio": Measure(3.0, 2.0), "w.value": Measure(60.0, note="busy"),
        "w.free": Measure(12.0)})}
    assert (rows["w.ratio"].ratio, rows["w.ratio"].ok, rows["w.ratio"].target) == (
        1.5, True, "ratio <= 1.5")
    assert (rows["w.value"].ok, rows["w.value"].ratio, rows["w.value"].note) == (
        False, None, "busy")
    assert rows["w.value"].target == "< 50 ms"
    assert (rows["w.free"].ok, rows["w.free"].target) == (None, None)


def test_a_figure_the_workload_did_not_return_is_shown_as_not_measured():
    rows = _workload().results({"w.value": Measure(10.0)})
    assert [(r.name, r.ok, r.note) for r in rows if r.name != "w.value"] == [
        ("w.ratio", None, "not measured"), ("w.free", None, "not measured")]


def test_a_skipped_workload_keeps_every_row_with_the_reason():
    rows = _workload().skipped("not built yet")
    assert [r.name for r in rows] == ["w.ratio", "w.value", "w.free"]
    assert all(r.value is None and r.ok is None and r.note == "skipped: not built yet"
               for r in rows)


def test_a_target_needs_a_known_operator():
    with pytest.raises(ValueError):
        Target("=<", 1.0)


def test_the_mode_picks_sizes_and_tiny_falls_back_to_quick(tmp_path):
    assert BenchRun("full", tmp_path).pick(60, 10, 1) == 60
    assert BenchRun("quick", tmp_path).pick(60, 10, 1) == 10
    assert BenchRun("tiny", tmp_path).pick(60, 10, 1) == 1
    assert BenchRun("tiny", tmp_path).pick(60, 10) == 10


def test_a_child_that_printed_no_result_is_an_error_with_its_stderr():
    done = subprocess.CompletedProcess([], 1, stdout="noise\n", stderr="Traceback\nBoom\n")
    with pytest.raises(RuntimeError, match="Boom"):
        read_child_output(done, "live")
    ok = subprocess.CompletedProcess([], 0, stdout=f"noise\n{MARK}{json.dumps({'value': 3})}\n")
    assert read_child_output(ok, "live") == {"value": 3}
    failed = subprocess.CompletedProcess([], 0, stdout=f"{MARK}{json.dumps({'error': 'x'})}\n")
    with pytest.raises(RuntimeError, match="live: x"):
        read_child_output(failed, "live")


def test_a_crash_is_summed_up_by_the_line_that_says_what_went_wrong():
    from ui.bench.runner import gist

    nested = ("live: Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
              "RuntimeError: run_window exited with code -11 without a result:\n"
              "  File \"ui/docks/stores.py\", line 298 in _refresh_coverage\n\n"
              "Extension modules: shiboken6.Shiboken (total: 1)")
    assert gist(nested) == "RuntimeError: run_window exited with code -11 without a result"
    assert gist("memory took longer than 1500 s") == "memory took longer than 1500 s"


def test_the_table_shows_every_row_its_verdict_and_the_notes():
    rows = _workload().results({"w.ratio": Measure(3.0, 1.0), "w.value": Measure(10.0)})
    rows += _workload().skipped("later")[:1]
    text = as_table({"mode": "quick", "quick": True, "cpu": "Test CPU"}, rows)
    assert "MISSED" in text and " ok" in text and "skipped" in text
    assert "w.ratio: skipped: later" in text and "Test CPU" in text
    assert as_json({"mode": "quick"}, rows)["results"][0]["name"] == "w.ratio"


# -- the Qt lag probe ------------------------------------------------------------------------
def test_the_lag_probe_sees_a_blocked_event_loop(qtbot):
    from PySide6.QtCore import QTimer

    from ui.bench.qt import LagProbe

    probe = LagProbe(10)
    probe.start()
    def busy(seconds: float = 0.08) -> None:  # the GUI thread computes for 80 ms
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass

    QTimer.singleShot(30, busy)
    qtbot.waitUntil(lambda: len(probe.recorder.lateness) >= 12, timeout=10000)
    probe.stop()
    assert max(probe.recorder.lateness) >= 0.05


# -- the harness end to end ------------------------------------------------------------------
def test_a_tiny_run_reports_every_workload_as_json_rows():
    done = bench("--tiny", "--json")
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    machine = report["machine"]
    for key in ("cpu", "cores_logical", "ram_gb", "os", "python", "pyside6", "qt"):
        assert machine[key], key
    assert machine["quick"] is True and machine["mode"] == "tiny"
    rows = report["results"]
    assert all(ROW_KEYS <= set(row) for row in rows)
    names = [row["name"] for row in rows]
    for name in ("startup", "ingest", "live.lag_p99", "live.cpu", "idle", "history", "report",
                 "memory.rss", "memory.growth"):
        assert name in names
    measured = [row for row in rows if row["ok"] is not None]
    assert measured and all(isinstance(row["value"], float) for row in measured)
    for row in rows:
        if row["floor"] is not None:
            assert row["ratio"] == pytest.approx(row["value"] / row["floor"], rel=0.01)
        if row["ok"] is None:
            assert row["note"], f"{row['name']} has no result and no reason"


def test_listing_and_an_unknown_workload():
    listed = bench("--list")
    assert listed.returncode == 0
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert names[:6] == ["startup", "ingest", "live", "history", "report", "memory"]
    wrong = bench("--only", "nope")
    assert wrong.returncode == 2
    assert "unknown workload nope" in wrong.stderr and "Traceback" not in wrong.stderr


def test_one_workload_with_a_profile_of_each_process(tmp_path):
    done = bench("--tiny", "--only", "ingest", "--profile", str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ingest" in done.stdout and "live" not in done.stdout
    profiles = list(tmp_path.glob("ingest-*.txt"))
    assert profiles and "app_rate" in profiles[0].read_text(encoding="utf-8")


# -- what the bench found ----------------------------------------------------------------------
def test_a_console_with_the_demo_paused_stops_refreshing_its_panels(fw_app, qtbot, db_path,
                                                                    monkeypatch):
    """Idle CPU: nothing can change while the demo clock stands still, so nothing is redrawn."""
    import argparse

    import ui.main_window
    from ui.application import build_window

    monkeypatch.setattr(ui.main_window, "IDLE_REFRESH_S", 0.2)
    window, _ = build_window(argparse.Namespace(db=str(db_path), demo=True, demo_speed=60.0,
                                                demo_seed=7), {"backfill_days": 0})
    qtbot.addWidget(window)
    stores = window.docks[0]
    refreshed = []  # the window's periodic refreshes ask the panel what to read
    real_request = stores.request_snapshot
    stores.request_snapshot = lambda changes: (refreshed.append(changes),
                                               real_request(changes))[1]
    window.pause_action.setChecked(True)
    qtbot.wait(1500)  # one idle refresh draws the moment of the pause
    refreshed.clear()
    qtbot.wait(2500)  # two more ticks of the window's one-second timer
    assert None not in refreshed  # (a reported change would still be drawn)
    window.pause_action.setChecked(False)
    qtbot.waitUntil(lambda: None in refreshed, timeout=5000)


def test_the_feed_starts_just_after_the_window_is_first_painted(fw_app, qtbot, db_path):
    """Start-up: the feed's catch-up no longer competes with the first paint for the GIL."""
    import argparse

    from PySide6.QtCore import QEvent, QObject

    from ui.application import build_window, show_console

    window, feed = build_window(argparse.Namespace(db=str(db_path), demo=True, demo_speed=1.0,
                                                   demo_seed=7), {"backfill_days": 0})
    qtbot.addWidget(window)
    seen = []

    class Paints(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Paint:
                seen.append("paint")
            return False

    paints = Paints(window)
    window.installEventFilter(paints)
    [thread] = [c.thread for c in feed.controllers]  # the demo floor's
    thread.started.connect(lambda: seen.append("feed"))
    show_console(window, feed)
    assert not thread.isRunning()  # not before the window has painted
    qtbot.waitUntil(lambda: "feed" in seen, timeout=5000)
    assert seen[0] == "paint"
    feed.stop()


def test_floorwatch_paints_the_stores_first_and_every_other_panel_reads_just_after(
        fw_app, qtbot, db_path):
    """Start-up: only the Stores panel reads before the first paint; the Metrics, Incidents,
    Wellbeing and Patrol panels read in the event loop's next turn, before the feed starts."""
    import argparse

    from app.bench.data import demo_database
    from ui.application import build_window, show_console

    demo_database(db_path, backfill_days=0)  # the usual start: the floor is already stored
    args = argparse.Namespace(db=str(db_path), demo=True, demo_speed=1.0, demo_seed=7)
    window, feed = build_window(args, first_paint_first=True)
    qtbot.addWidget(window)
    stores, metrics, incidents, wellbeing = window.docks[:4]
    assert stores.store_model.rowCount() > 0  # the demo's backfill, read before the paint
    assert window.reads_pending
    assert not wellbeing.__dict__["_built"]  # it starts on a hidden tab: built after the paint
    [thread] = [c.thread for c in feed.controllers]
    order = []
    thread.started.connect(lambda: order.append("feed"))
    read_remaining = window.read_remaining
    window.read_remaining = lambda: (order.append("reads"), read_remaining())
    show_console(window, feed)
    qtbot.waitUntil(lambda: "feed" in order, timeout=5000)
    assert order == ["reads", "feed"]
    assert not window.reads_pending
    assert wellbeing.model.rowCount() > 0
    assert metrics.tiles["reception_volume"].value_text() not in ("—", "0")
    feed.stop()


def test_a_window_built_for_tests_and_tools_reads_every_panel_at_once(make_window, db_path):
    from app.bench.data import demo_database

    demo_database(db_path, backfill_days=0)
    window, _ = make_window()
    assert not window.reads_pending
    assert window.docks[3].model.rowCount() > 0


def test_floorwatch_pauses_the_gc_for_start_up_and_the_first_paint_resumes_it(
        fw_app, qtbot, db_path, monkeypatch):
    """Start-up: the cyclic GC's passes over what the imports and the window make are skipped;
    after the first paint that is frozen and collection runs again."""
    import argparse
    import gc

    import ui.application
    from ui.application import build_window, show_console
    from ui.cli import main

    seen = []
    monkeypatch.setattr(ui.application, "run_gui", lambda args: seen.append(gc.isenabled()) or 0)
    try:
        assert main([]) == 0
        assert seen == [False]  # paused before the console's modules are imported
        window, feed = build_window(argparse.Namespace(
            db=str(db_path), demo=False, demo_speed=1.0, demo_seed=7), first_paint_first=True)
        qtbot.addWidget(window)
        frozen = gc.get_freeze_count()
        show_console(window, feed)
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        assert gc.get_freeze_count() > frozen
    finally:
        gc.enable()
