"""The HTTP feed source against a real server on 127.0.0.1: pages, cursor, faults, token."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading

import pytest

from app.credentials import CredentialStore, source_key
from app.http_source import (FeedOffline, HttpSource, http_source_from_config,
                             parse_feed_url)
from app.ingest import Ingestor
from app.source_config import SourceConfig, SourceConfigError, read_meta
from app.sources import SourceOffline
from http_feed_server import FeedServer, conversation, self_signed, session
from secret_scan import leaks

TOKEN = "tok-3f9c1e77-do-not-print"
ZONE = dt.timezone(dt.timedelta(hours=8))


def counts(db) -> tuple[int, int]:
    return (db.execute("SELECT count(*) FROM conversations").fetchone()[0],
            db.execute("SELECT count(*) FROM session_events").fetchone()[0])


@pytest.fixture
def server():
    with FeedServer(token=TOKEN) as feed:
        yield feed


@pytest.fixture
def make_source(db):
    made = []

    def make(server: FeedServer, **options) -> HttpSource:
        options.setdefault("token", TOKEN)
        options.setdefault("timeout_s", 5.0)
        source = HttpSource(7, options.pop("url", server.url), zone=ZONE, **options)
        source.open(db)
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


# -- the happy path ------------------------------------------------------------------------

def test_a_poll_stores_every_event_and_remembers_the_cursor(db, server, make_source):
    server.add(*[conversation(i) for i in range(3)], session(1), session(2, "away"))
    source = make_source(server)

    changes = source.poll()

    assert counts(db) == (3, 2)
    assert changes.conversations_added == 3 and changes.sessions == 2
    assert source.cursor() == "e5"
    saved = json.loads(read_meta(db, 7, "cursor"))
    assert saved == {"feed": f"http://127.0.0.1:{server.port}/feed", "cursor": "e5"}


def test_the_token_is_sent_as_a_bearer_header(db, server, make_source):
    make_source(server).poll()
    assert server.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert server.requests[0].params == {"limit": "1000"}  # no cursor yet: from the start


def test_the_next_poll_asks_from_the_cursor_and_gets_only_what_is_new(db, server, make_source):
    server.add(conversation(1), conversation(2))
    source = make_source(server)
    source.poll()
    server.add(conversation(3))

    changes = source.poll()

    assert server.requests[-1].params["cursor"] == "e2"
    assert changes.conversations_added == 1
    assert counts(db) == (3, 0)
    assert not source.poll()  # nothing new: nothing changed, nothing written


def test_pages_are_followed_within_one_poll(db, server, make_source):
    server.add(*[conversation(i) for i in range(25)])
    source = make_source(server, page_limit=10)

    changes = source.poll()

    assert [r.params.get("cursor") for r in server.requests] == [None, "e10", "e20"]
    assert changes.conversations_added == 25
    assert counts(db) == (25, 0)


def test_a_long_catch_up_stops_at_max_pages_and_the_next_poll_goes_on(db, server, make_source):
    server.add(*[conversation(i) for i in range(25)])
    source = make_source(server, page_limit=5, max_pages=2)

    source.poll()
    assert counts(db) == (10, 0) and source.behind
    source.poll()
    source.poll()
    assert counts(db) == (25, 0) and not source.behind


def test_a_server_page_smaller_than_the_limit_is_fine(db, server, make_source):
    server.max_page = 4
    server.add(*[conversation(i) for i in range(9)])
    make_source(server).poll()
    assert counts(db) == (9, 0)
    assert len(server.requests) == 3


def test_re_delivered_events_add_nothing(db, server, make_source):
    server.add(*[conversation(i) for i in range(4)], session(1), session(2, "away"))
    source = make_source(server)
    source.poll()
    server.redeliver = 6  # the server sends everything again (a replica restored from backup)
    server.add(conversation(10))

    changes = source.poll()

    assert counts(db) == (5, 2)
    assert changes.conversations_added == 1 and changes.conversations_updated == 0
    assert changes.sessions == 0


def test_an_open_conversation_sent_again_as_it_progresses_is_updated_not_added(
        db, server, make_source):
    server.add(conversation(1, first_reply_at=None, ended_at=None, rating=None,
                            agent_messages=0, replies=0, reply_seconds_total=0))
    source = make_source(server)
    source.poll()
    assert db.execute("SELECT ended_at FROM conversations").fetchone()[0] is None
    server.add(conversation(1))

    changes = source.poll()

    assert changes.conversations_updated == 1 and counts(db) == (1, 0)
    ended, rating = db.execute("SELECT ended_at, rating FROM conversations").fetchone()
    assert ended is not None and rating == 5


def test_times_without_an_offset_are_in_the_floors_zone(db, server, make_source):
    server.add(conversation(1, started_at="2026-11-21 10:00:00", first_reply_at=None,
                            ended_at="2026-11-21T10:05:00Z"))
    make_source(server).poll()
    started, ended = db.execute("SELECT started_at, ended_at FROM conversations").fetchone()
    assert started == dt.datetime(2026, 11, 21, 2, 0, tzinfo=dt.timezone.utc).timestamp()
    assert ended == dt.datetime(2026, 11, 21, 10, 5, tzinfo=dt.timezone.utc).timestamp()


def test_values_are_read_as_the_import_reads_them(db, server, make_source):
    server.add(conversation(1, platform="京东", inquiry="是", rating="满意",
                            paid_amount="¥1,299.00"))
    make_source(server).poll()
    row = db.query("SELECT inquiry, rating, paid_amount FROM conversations").__next__()
    assert row == {"inquiry": 1, "rating": 4, "paid_amount": 1299.0}
    assert db.execute("SELECT platform FROM stores").fetchone()[0] == "jd"


def test_an_empty_feed_changes_nothing(db, server, make_source):
    source = make_source(server)
    assert not source.poll()
    assert source.cursor() == "e0"  # the server's cursor is kept even without events


# -- faults: offline with a clear message, nothing written, then catch-up ---------------------

FAULTS = [
    # mode, reason, words the message has
    ("refused", "refused", "refused the connection"),
    ("hang", "timeout", "did not answer within 1 s"),
    ("error500", "http_status", "answered HTTP 500"),
    ("unauthorized", "auth", "refused the token (HTTP 401)"),
    ("malformed", "malformed", "not valid JSON"),
    ("wrong_shape", "shape", "not a feed page"),
    ("slow_body", "slow", "still sending its answer after 1 s"),
    ("slow_headers", "slow", "still sending its answer after 1 s"),
    ("reset", "reset", "broke the connection off in the middle of its answer"),
]


@pytest.mark.parametrize("mode, reason, words", FAULTS, ids=[f[0] for f in FAULTS])
def test_a_fault_is_offline_writes_nothing_and_the_feed_catches_up_after(
        db, server, make_source, mode, reason, words):
    server.add(*[conversation(i) for i in range(3)], session(1))
    source = make_source(server, timeout_s=1.0)
    source.poll()
    server.add(conversation(3), conversation(4), session(2, "away"))

    if mode == "refused":
        server.stop()
    else:
        server.mode = mode
    with pytest.raises(FeedOffline) as raised:
        source.poll()

    assert isinstance(raised.value, SourceOffline)
    assert raised.value.code == reason
    assert words in str(raised.value)
    assert TOKEN not in str(raised.value)
    assert counts(db) == (3, 1) and source.cursor() == "e4"

    if mode == "refused":
        server.start()  # the same port
    server.mode = "ok"
    changes = source.poll()
    assert counts(db) == (5, 2)  # no gap, no duplicate
    assert changes.conversations_added == 2 and changes.sessions == 1
    assert source.cursor() == "e7"


def test_a_page_with_one_bad_event_is_refused_whole(db, server, make_source):
    server.add(conversation(1), conversation(2, paid_amount="abc"), conversation(3))
    source = make_source(server)

    with pytest.raises(FeedOffline) as raised:
        source.poll()

    assert raised.value.code == "bad_event"
    assert str(raised.value) == ("the feed sent a bad event 2 (conversation JD-2): paid_amount "
                                 "'abc' is not a number; the page was not stored")
    assert counts(db) == (0, 0) and source.cursor() is None


@pytest.mark.parametrize("event, words", [
    ({"type": "order", "id": 1}, "event 1: has the unknown type 'order'"),
    ("text", "event 1: is text, not an object"),
    (conversation(1, ended_at="2026-11-21T09:00:00+08:00"), "ended_at is before the start"),
    (conversation(1, started_at=1763690400), "started_at is a number (1763690400); write "
                                             "times as ISO 8601 text"),
    (conversation(1, store=None), "store is empty"),
    (conversation(1, customer={"name": "x"}), "customer is an object, not a value"),
    (session(1, "busy"), "status 'busy' is not a status"),
    (conversation(1, rating=9), "rating '9' is not a rating"),
])
def test_a_bad_event_is_named_with_its_field(db, server, make_source, event, words):
    server.add(event)
    with pytest.raises(FeedOffline) as raised:
        make_source(server).poll()
    assert words in str(raised.value)
    assert counts(db) == (0, 0)


def test_a_page_that_fails_later_keeps_the_pages_already_stored(db, server, make_source):
    server.add(*[conversation(i) for i in range(10)], conversation(99, rating="meh"))
    source = make_source(server, page_limit=5)

    with pytest.raises(FeedOffline) as raised:
        source.poll()

    assert counts(db) == (10, 0) and source.cursor() == "e10"
    assert raised.value.changes.conversations_added == 10


def test_an_answer_larger_than_the_cap_is_refused(db, server, make_source):
    server.add(*[conversation(i) for i in range(20)])
    with pytest.raises(FeedOffline, match="larger than") as raised:
        make_source(server, max_bytes=2000).poll()
    assert raised.value.code == "too_big" and counts(db) == (0, 0)


def test_no_token_and_the_feed_wants_one(db, server, make_source):
    with pytest.raises(FeedOffline, match="wants a token .* none is set"):
        make_source(server, token=None).poll()
    assert "Authorization" not in server.requests[0].headers


def test_a_wrong_path_is_offline_with_its_status(db, server, make_source):
    url = server.url.replace("/feed", "/nowhere")
    with pytest.raises(FeedOffline, match=r"answered HTTP 404 Not Found$"):
        make_source(server, url=url).poll()


def test_an_unknown_host_is_offline(db, make_source):
    source = HttpSource(7, "http://floorwatch-no-such-host.invalid/feed", token=TOKEN,
                        zone=ZONE, timeout_s=5.0)
    source.open(db)
    with pytest.raises(FeedOffline) as raised:
        source.poll()
    assert raised.value.code == "dns"
    assert "floorwatch-no-such-host.invalid" in str(raised.value)


def test_https_with_a_trusted_certificate(db, tmp_path, make_source):
    server_tls, client_tls = self_signed(tmp_path)
    with FeedServer([conversation(1)], token=TOKEN, tls=server_tls) as server:
        make_source(server, ssl_context=client_tls).poll()
    assert counts(db) == (1, 0)


def test_https_with_a_certificate_nobody_vouches_for_is_offline(db, tmp_path, make_source):
    server_tls, _ = self_signed(tmp_path)
    with FeedServer([conversation(1)], token=TOKEN, tls=server_tls) as server:
        with pytest.raises(FeedOffline, match="TLS certificate refused") as raised:
            make_source(server).poll()
    assert raised.value.code == "tls" and counts(db) == (0, 0)


@pytest.mark.parametrize("mode, reason", [("hang", "timeout"), ("slow_body", "slow")])
def test_https_keeps_the_deadline(db, tmp_path, make_source, mode, reason):
    server_tls, client_tls = self_signed(tmp_path)
    with FeedServer([conversation(1)], token=TOKEN, tls=server_tls) as server:
        server.mode = mode
        with pytest.raises(FeedOffline) as raised:
            make_source(server, ssl_context=client_tls, timeout_s=1.0).poll()
    assert raised.value.code == reason


# -- the cursor moves with its events, in one transaction ------------------------------------

def test_when_the_cursor_cannot_be_written_the_events_are_not_stored(
        db, server, make_source, monkeypatch):
    server.add(conversation(1, store="新店"), session(1))
    source = make_source(server)

    def full_disk(*args, **kwargs):
        raise OSError("database or disk is full")

    monkeypatch.setattr("app.http_source.write_meta", full_disk)
    with pytest.raises(OSError):
        source.poll()
    assert counts(db) == (0, 0) and source.cursor() is None
    assert db.execute("SELECT count(*) FROM stores").fetchone()[0] == 0

    monkeypatch.undo()
    source.poll()  # the store it named is created again, not taken from a stale cache
    assert counts(db) == (1, 1) and source.cursor() == "e2"


def test_when_the_events_cannot_be_written_the_cursor_does_not_move(
        db, server, make_source, monkeypatch):
    server.add(conversation(1), conversation(2))
    source = make_source(server)
    original = Ingestor.ingest

    def half_then_fail(self, events):
        original(self, events[:1])
        raise RuntimeError("write failed half way")

    monkeypatch.setattr(Ingestor, "ingest", half_then_fail)
    with pytest.raises(RuntimeError):
        source.poll()
    assert counts(db) == (0, 0) and source.cursor() is None

    monkeypatch.undo()
    source.poll()
    assert counts(db) == (2, 0)


def test_a_cursor_saved_for_another_address_is_not_sent(db, server, make_source):
    server.add(conversation(1))
    make_source(server).poll()
    moved = make_source(server, url=server.url + "?shop=2")
    assert moved.cursor() == "e1"  # the query string is not part of the feed's identity
    other = make_source(server, url=server.url.replace("127.0.0.1", "localhost"))
    assert other.cursor() is None
    other.poll()
    assert server.requests[-1].params == {"limit": "1000"}
    assert counts(db) == (1, 0)


def test_the_query_string_of_the_address_is_kept(db, server, make_source):
    make_source(server, url=server.url + "?shop=2&cursor=zzz").poll()
    assert server.requests[0].params == {"shop": "2", "limit": "1000"}


# -- cancel, secrets, configuration ----------------------------------------------------------

def test_cancel_ends_a_request_in_flight_at_once(db, server, make_source):
    server.mode = "hang"
    source = make_source(server, timeout_s=60.0)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            source.poll()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert server.request_seen.wait(10)
    source.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(outcome[0], FeedOffline) and outcome[0].code == "cancelled"

    server.mode = "ok"
    server.add(conversation(1))
    source.poll()  # the next poll is not cancelled
    assert counts(db) == (1, 0)


def test_the_token_is_in_no_message_and_no_log(db, server, make_source, caplog):
    caplog.set_level(logging.DEBUG)
    source = make_source(server, timeout_s=0.5, page_limit=2, max_pages=1)
    server.add(*[conversation(i) for i in range(3)])
    messages = []
    for mode in ("ok", "unauthorized", "error500", "malformed", "reset", "hang", "slow_body"):
        server.mode = mode
        try:
            source.poll()
        except FeedOffline as exc:
            messages.append(str(exc))
    assert len(messages) == 6
    assert all(TOKEN not in m for m in messages)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(source) and TOKEN not in str(vars(source).get("label"))


def test_the_token_is_in_no_file_log_or_output_the_feed_wrote(
        db, db_path, server, make_source, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    source = make_source(server, page_limit=2, timeout_s=0.5)
    server.add(*[conversation(i) for i in range(5)], session(1))
    source.poll()
    for mode in ("unauthorized", "error500", "malformed", "reset", "slow_body"):
        server.mode = mode
        with pytest.raises(FeedOffline):
            source.poll()
    assert counts(db) == (5, 1)
    out, err = capfd.readouterr()
    assert leaks(TOKEN, [db_path.parent], [caplog.text, out, err]) == []


def test_a_token_an_http_header_cannot_carry_is_refused_without_showing_it(server):
    with pytest.raises(ValueError) as raised:
        HttpSource(7, server.url, token="abc\r\nX-Evil: 1", zone=ZONE)
    assert "X-Evil" not in str(raised.value)


@pytest.mark.parametrize("url, words", [
    ("ftp://feed.example.com/x", "must start with http:// or https://"),
    ("feed.example.com/events", "must start with http:// or https://"),
    ("http:///events", "has no host name"),
    ("https://user:pw@feed.example.com/", "must not carry a user name or password"),
    ("http://feed.example.com:99999/", "not a valid URL"),
    ("", "must start with http:// or https://"),
])
def test_a_bad_feed_address_is_refused_with_a_reason(url, words):
    with pytest.raises(SourceConfigError, match=words) as raised:
        parse_feed_url(url)
    assert isinstance(raised.value, ValueError) and raised.value.field == "url"
    assert "pw" not in str(raised.value)


def test_the_factory_reads_the_token_from_the_keyring(db, server):
    store = CredentialStore()
    store.set(source_key("shop-api"), TOKEN)
    server.add(conversation(1))
    config = SourceConfig("http", "shop-api", {"url": server.url, "interval_s": 5,
                                               "timeout_s": 4}, id=3)

    source = http_source_from_config(config, store, ZONE)
    source.open(db)
    source.poll()

    assert (source.kind, source.label, source.source_id, source.interval_s,
            source.timeout_s) == ("http", "shop-api", 3, 5.0, 4.0)
    assert server.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert read_meta(db, 3, "cursor") is not None


def test_the_factory_without_a_stored_token_sends_none(db, server):
    config = SourceConfig("http", "shop-api", {"url": server.url}, id=3)
    source = http_source_from_config(config, CredentialStore(), ZONE)
    assert (source.interval_s, source.timeout_s) == (10.0, 10.0)
    source.open(db)
    with pytest.raises(FeedOffline, match="none is set"):
        source.poll()
    assert "Authorization" not in server.requests[0].headers


@pytest.mark.parametrize("options, field", [
    ({"url": "gopher://x/"}, "url"),
    ({"url": "http://a:b@x/"}, "url"),
    ({"url": "http://x/", "interval_s": 0.1}, "interval_s"),
    ({"url": "http://x/", "timeout_s": "soon"}, "timeout_s"),
])
def test_the_factory_refuses_bad_options(options, field):
    with pytest.raises(SourceConfigError) as raised:
        http_source_from_config(SourceConfig("http", "shop-api", options, id=3),
                                CredentialStore(), ZONE)
    assert raised.value.field == field


def test_the_factory_refuses_a_stored_token_a_header_cannot_carry(memory_keyring):
    store = CredentialStore()
    store.set(source_key("shop-api"), "two words")
    with pytest.raises(SourceConfigError, match="cannot carry") as raised:
        http_source_from_config(SourceConfig("http", "shop-api", {"url": "http://x/"}, id=3),
                                store, ZONE)
    assert raised.value.field == "token" and "two words" not in str(raised.value)
