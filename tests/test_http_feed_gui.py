"""The HTTP feed on the console's feed thread: a hung or trickling server never blocks the GUI
thread, and the state turns "offline" within one poll interval plus the request deadline."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.http_source import HttpSource
from http_feed_server import FeedServer, conversation
from ui.bench.qt import LagProbe
from ui.feed import FeedController

TOKEN = "gui-test-token"
INTERVAL_S = 1.0
TIMEOUT_S = 2.0


@pytest.fixture
def server():
    with FeedServer(token=TOKEN) as feed:
        yield feed


@pytest.fixture
def feed(qtbot, db_path, server):
    source = HttpSource(1, server.url, token=TOKEN, zone=dt.timezone.utc,
                        interval_s=INTERVAL_S, timeout_s=TIMEOUT_S)
    controller = FeedController(db_path, source, int(INTERVAL_S * 1000))
    yield controller
    server.stop()  # releases a hanging or trickling request at once
    source.cancel()
    controller.stop()


def is_state(wanted: str):
    return lambda state, detail: state == wanted


@pytest.mark.parametrize("mode, words", [
    ("hang", "did not answer within 2 s"),
    ("slow_body", "still sending its answer after 2 s"),
], ids=["timeout", "slow_body"])
def test_a_slow_feed_never_blocks_the_gui_thread_and_goes_offline_in_time(
        qtbot, server, feed, mode, words):
    server.add(conversation(1), conversation(2))
    probe = LagProbe(10)
    probe.start()
    with qtbot.waitSignal(feed.state, timeout=10000, check_params_cb=is_state("live")):
        feed.start()

    server.mode = mode
    broke = time.monotonic()
    offline = []
    feed.state.connect(lambda state, detail: offline.append(detail) if state == "offline"
                       else None)
    qtbot.waitUntil(lambda: bool(offline), timeout=int((INTERVAL_S + TIMEOUT_S) * 1000) + 5000)
    took = time.monotonic() - broke
    probe.stop()

    assert words in offline[0]
    # one interval to the next poll, then the request's deadline (margins for 2 shared cores)
    assert took <= INTERVAL_S + TIMEOUT_S + 2.0
    # the GUI thread kept its 10 ms timer going while the request hung for 2 s
    lateness = probe.recorder.lateness
    assert len(lateness) >= 50
    assert max(lateness) < TIMEOUT_S / 4


def test_after_offline_the_feed_comes_back_live_and_catches_up(qtbot, db, server, feed):
    server.add(conversation(1))
    with qtbot.waitSignal(feed.state, timeout=10000, check_params_cb=is_state("live")):
        feed.start()
    server.mode = "error500"
    with qtbot.waitSignal(feed.state, timeout=10000, check_params_cb=is_state("offline")):
        pass
    server.add(conversation(2), conversation(3))
    server.mode = "ok"
    with qtbot.waitSignal(feed.changed, timeout=15000) as changed:
        pass
    assert changed.args[0].conversations_added == 2
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 3
