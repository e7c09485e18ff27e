"""A reference HTTP feed (docs/http-feed.md) on 127.0.0.1 with switchable faults, for tests.

    with FeedServer(events, token="s3cret") as server:
        server.url                      # http://127.0.0.1:<port>/feed
        server.mode = "hang"            # and the other MODES
        server.stop(); server.start()   # refused while stopped; the same port again after

Events are dicts as the feed sends them. The cursor is opaque to clients: here "e<n>", the
number of events already sent. Nothing in here sleeps to wait for a test: handlers that
hang or trickle wait on `release`, which stop() sets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import socket
import ssl
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

MODES = (
    "ok",
    "hang",          # reads the request, never answers (until released)
    "error500",      # HTTP 500
    "unauthorized",  # HTTP 401 whatever the token
    "malformed",     # 200 with half a JSON document
    "wrong_shape",   # 200 with JSON that is not a page (a list)
    "slow_body",     # 200, headers at once, then the body one byte every `trickle_s`
    "slow_headers",  # the status line at once, the headers one byte every `trickle_s`
    "reset",         # 200, half the body, then a TCP reset
)
PATH = "/feed"


@dataclass(frozen=True)
class SeenRequest:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


class FeedServer:
    """Serves `events` page by page; `mode` switches the fault (MODES)."""

    def __init__(self, events: list[dict] | None = None, *, token: str | None = None,
                 trickle_s: float = 0.05, tls: ssl.SSLContext | None = None) -> None:
        self.events: list[dict] = list(events or [])
        self.tls = tls  # a server-side context: serve https
        self.token = token
        self.trickle_s = trickle_s
        self.mode = "ok"
        self.redeliver = 0  # re-send this many events from before the cursor
        self.max_page = 0  # the server's own page size limit (0: the client's limit)
        self.requests: list[SeenRequest] = []
        self.request_seen = threading.Event()  # set at each request; tests clear it
        self.release = threading.Event()  # ends hanging and trickling handlers
        self.port = 0
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{PATH}"

    def add(self, *events: dict) -> None:
        with self._lock:
            self.events.extend(events)

    def start(self) -> "FeedServer":
        """Listen (again on the same port after stop()) and serve in a thread."""
        self.release.clear()
        self._httpd = _Server(("127.0.0.1", self.port), _Handler)
        self._httpd.feed = self
        if self.tls is not None:
            self._httpd.socket = self.tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening (connections are then refused) and end every handler."""
        self.release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> "FeedServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def page(self, params: dict[str, str]) -> dict | None:
        """The page after params["cursor"], or None for a cursor this server never gave."""
        cursor = params.get("cursor", "e0")
        if not cursor.startswith("e") or not cursor[1:].isdigit():
            return None
        limit = int(params.get("limit", "100"))
        if self.max_page:
            limit = min(limit, self.max_page)
        with self._lock:
            at = int(cursor[1:])
            if at > len(self.events):
                return None
            start = max(0, at - self.redeliver)
            chunk = self.events[start:at + limit]
            end = start + len(chunk)
            return {"events": chunk, "cursor": f"e{end}", "more": end < len(self.events)}


def self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context that trusts it) for a certificate of 127.0.0.1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "feed.crt", folder / "feed.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client


def conversation(i: int, **fields) -> dict:
    """Conversation event number `i` as a feed sends it; `fields` replace its values."""
    event = {
        "type": "conversation", "conversation_id": f"JD-{i}", "platform": "jd",
        "store": "星河数码京东自营", "account": "星河:1", "agent": "李佳琪",
        "customer": f"jd_买家{i:02d}", "started_at": f"2026-11-21T10:{i % 60:02d}:00+08:00",
        "first_reply_at": f"2026-11-21T10:{i % 60:02d}:12+08:00",
        "ended_at": f"2026-11-21T10:{i % 60:02d}:50+08:00", "customer_messages": 4,
        "agent_messages": 5, "replies": 4, "reply_seconds_total": 52, "inquiry": 1,
        "paid_amount": 299.0, "refund_amount": 0, "rating": 5,
    }
    event.update(fields)
    return event


def session(i: int, status: str = "online") -> dict:
    """A status change of one agent at 08:<i> (no offset: the floor's zone)."""
    return {"type": "session", "platform": "jd", "store": "星河数码京东自营",
            "account": "星河:1", "agent": "李佳琪", "status": status,
            "at": f"2026-11-21 08:{i % 60:02d}:00"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    feed: FeedServer

    def handle_error(self, request, client_address) -> None:  # a client that went away
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        feed = self.server.feed
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        feed.requests.append(SeenRequest(parts.path, params, dict(self.headers.items())))
        feed.request_seen.set()
        mode = feed.mode
        if mode == "hang":
            feed.release.wait()
            self.close_connection = True
            return
        if parts.path != PATH:
            return self._answer(404, b'{"error": "no such feed"}')
        wanted = f"Bearer {feed.token}" if feed.token else None
        if mode == "unauthorized" or (wanted and self.headers.get("Authorization") != wanted):
            return self._answer(401, b'{"error": "token refused"}')
        if mode == "error500":
            return self._answer(500, b"<html>Internal Server Error</html>", "text/html")
        page = feed.page(params)
        if page is None:
            return self._answer(400, b'{"error": "unknown cursor"}')
        body = json.dumps(page if mode != "wrong_shape" else page["events"],
                          ensure_ascii=False).encode("utf-8")
        if mode == "malformed":
            body = body[: len(body) // 2]
        if mode in ("slow_body", "slow_headers"):
            return self._trickle(body, mode == "slow_headers")
        if mode == "reset":
            return self._reset(body)
        self._answer(200, body)

    def _head(self, status: int, length: int, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _answer(self, status: int, body: bytes,
                content_type: str = "application/json; charset=utf-8") -> None:
        self._head(status, len(body), content_type)
        self.wfile.write(body)

    def _trickle(self, body: bytes, headers_too: bool) -> None:
        status = b"HTTP/1.1 200 OK\r\n"
        head = (f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                "\r\n").encode("ascii")
        if headers_too:
            self.wfile.write(status)
            body = head + body
        else:
            self.wfile.write(status + head)
        feed = self.server.feed
        for i in range(len(body)):
            if feed.release.wait(feed.trickle_s):
                break
            try:
                self.wfile.write(body[i:i + 1])
            except OSError:  # the client gave up
                break
        self.close_connection = True

    def _reset(self, body: bytes) -> None:
        self._head(200, len(body), "application/json")
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        # SO_LINGER 0: close() sends a TCP reset instead of an orderly end
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()
        self.close_connection = True


def main() -> None:
    """Serve sample events by hand: python tests/http_feed_server.py --port 8765 --token t"""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token", default=None)
    parser.add_argument("--events", type=int, default=50, help="sample conversations")
    parser.add_argument("--mode", choices=MODES, default="ok")
    args = parser.parse_args()
    server = FeedServer([conversation(i) for i in range(args.events)], token=args.token)
    server.port, server.mode = args.port, args.mode
    server.start()
    print(f"serving {args.events} events at {server.url} (Ctrl+C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
