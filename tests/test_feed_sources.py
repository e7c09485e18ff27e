"""The feed runs each source on its own thread: offline is reported at the first failed poll,
retries back off, a source that answers again is live again, and the Data sources dialog
replaces the running set."""

from __future__ import annotations

import threading

import pytest

from app.clock import SystemClock
from app.records import ChangeSet
from app.sources import SourceOffline
from ui.feed import MAX_BACKOFF_S, FeedHub, backoff_s


class FlakySource:
    """Fails while `down` is set; counts its polls."""

    kind = "http"

    def __init__(self, source_id=1, label="feed", interval_s=0.05) -> None:
        self.source_id = source_id
        self.label = label
        self.interval_s = interval_s
        self.clock = SystemClock()
        self.down = threading.Event()
        self.polls = 0
        self.closed = False

    def open(self, db) -> None:
        pass

    def poll(self) -> ChangeSet:
        self.polls += 1
        if self.down.is_set():
            raise SourceOffline("connection refused by 127.0.0.1:9")
        return ChangeSet(sessions=1)

    def close(self) -> None:
        self.closed = True


def test_back_off_doubles_from_the_interval_up_to_five_minutes():
    assert [backoff_s(10, n) for n in range(0, 8)] == [10, 10, 20, 40, 80, 160, 300, 300]
    assert backoff_s(600, 3) == 600  # never faster than the source's own interval
    assert MAX_BACKOFF_S == 300


def live(hub: FeedHub, key: str) -> bool:
    status = hub.current.get(key)
    return status is not None and status.state == "live"


@pytest.fixture
def hub(qtbot, db_path, db):
    made = []

    def make(sources):
        h = FeedHub(db_path)
        h.set_sources(sources)
        made.append(h)
        return h

    yield make
    for h in made:
        h.stop()


def test_a_source_that_cannot_be_reached_is_offline_at_its_first_failed_poll(qtbot, hub):
    source = FlakySource()
    source.down.set()
    h = hub([source])
    seen = []
    h.statuses.connect(lambda s: seen.append(s["1"]))
    with qtbot.waitSignal(h.statuses, check_params_cb=lambda s: s["1"].state == "offline",
                          timeout=5000):
        h.start()
    offline = [s for s in seen if s.state == "offline"][0]
    assert offline.detail == "connection refused by 127.0.0.1:9"
    assert offline.failures == 1 and offline.next_try is not None


def test_retries_back_off_and_the_source_is_live_again_when_it_answers(qtbot, hub):
    source = FlakySource()
    source.down.set()
    h = hub([source])
    failures = []
    h.statuses.connect(lambda s: failures.append(s["1"].failures))
    h.start()
    qtbot.waitUntil(lambda: max(failures, default=0) >= 3, timeout=5000)
    source.down.clear()
    with qtbot.waitSignal(h.statuses, check_params_cb=lambda s: s["1"].state == "live",
                          timeout=5000):
        pass
    assert h.current["1"].failures == 0 and h.current["1"].last_success is not None


def test_the_gui_hears_what_each_source_changed(qtbot, hub):
    h = hub([FlakySource(1, "a"), FlakySource(2, "b")])
    with qtbot.waitSignal(h.changed, timeout=5000) as got:
        h.start()
    assert got.args[0].sessions == 1
    qtbot.waitUntil(lambda: {s.state for s in h.current.values()} == {"live"}, timeout=5000)
    assert set(h.current) == {"1", "2"}


def test_replacing_the_sources_stops_the_old_ones_before_the_new_ones_start(qtbot, hub):
    old = FlakySource(1, "old")
    h = hub([old])
    h.start()
    qtbot.waitUntil(lambda: live(h, "1"), timeout=5000)
    new = FlakySource(2, "new")
    h.replace([new])
    qtbot.waitUntil(lambda: live(h, "2"), timeout=5000)
    assert old.closed and set(h.current) == {"2"}
    polls = old.polls
    qtbot.waitUntil(lambda: new.polls >= 3, timeout=5000)
    assert old.polls == polls  # stopped for good


class OpensLateSource(FlakySource):
    """Its open() fails the first time (the database or the source not ready yet)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = 0

    def open(self, db) -> None:
        self.opened += 1
        if self.opened == 1:
            raise OSError("not ready")

    def poll(self) -> ChangeSet:
        assert self.opened >= 2, "polled before it was opened"
        return super().poll()


def test_a_source_that_fails_to_open_is_opened_again_before_it_is_polled(qtbot, hub):
    source = OpensLateSource()
    h = hub([source])
    seen = []
    h.statuses.connect(lambda s: seen.append(s["1"].state))
    h.start()
    qtbot.waitUntil(lambda: live(h, "1"), timeout=5000)
    assert "error" in seen and source.opened == 2 and source.polls >= 1
