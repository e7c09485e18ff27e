"""One HTTP GET with an overall deadline and a size cap; every failure is a FeedOffline.

The deadline covers the whole request: connecting, waiting for the status line, and a body
that trickles in byte by byte. A watchdog timer shuts the socket down when the deadline
passes, which wakes a read blocked anywhere inside http.client. Name resolution (DNS) is
the operating system's and is not bounded by it. Messages name the host, never the token,
the query string or a traceback.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from dataclasses import dataclass

from app.sources import SourceOffline

MAX_BODY_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
_BACKSTOP_S = 1.0


class FeedOffline(SourceOffline):
    """SourceOffline whose `code` is always one of: refused, dns, timeout, slow, reset, tls,
    protocol, network, http_status, auth, redirect, too_big, malformed, shape, bad_event,
    cancelled."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code)


@dataclass(frozen=True)
class Response:
    status: int
    reason: str
    content_type: str
    body: bytes


def seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


def _shutdown(conn: http.client.HTTPConnection | None) -> None:
    """End the connection's socket now, waking whatever thread is blocked reading it."""
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    try:  # the plain socket's shutdown: an SSLSocket's own one would drop its state first
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class Fetcher:
    """GETs from one host; `cancel()` from any thread ends the request in flight."""

    def __init__(self, scheme: str, host: str, port: int, *, timeout_s: float,
                 max_bytes: int = MAX_BODY_BYTES,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.scheme = scheme
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.ssl_context = ssl_context
        self.where = f"{host}:{port}" if ":" not in host else f"[{host}]:{port}"
        self._lock = threading.Lock()
        self._conn: http.client.HTTPConnection | None = None
        self._cancelled = False

    def reset_cancel(self) -> None:
        with self._lock:
            self._cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            _shutdown(self._conn)

    def _connection(self) -> http.client.HTTPConnection:
        if self.scheme == "https":
            context = self.ssl_context or ssl.create_default_context()
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout_s,
                                               context=context)
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout_s)

    def get(self, target: str, headers: dict[str, str]) -> Response:
        """GET `target` (path and query); the whole answer within timeout_s, or FeedOffline."""
        deadline = time.monotonic() + self.timeout_s
        conn = self._connection()
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            _shutdown(conn)

        watchdog = threading.Timer(self.timeout_s, expire)
        watchdog.daemon = True
        with self._lock:
            if self._cancelled:
                raise FeedOffline("cancelled", "stopped")
            self._conn = conn
        phase = "connect"
        watchdog.start()
        try:
            conn.connect()
            if expired.is_set():
                raise TimeoutError
            # a backstop only: the watchdog ends a stalled read first, so the phase it
            # stopped in (no answer yet, or an answer still arriving) is what the message says
            conn.sock.settimeout(max(0.001, deadline - time.monotonic()) + _BACKSTOP_S)
            phase = "answer"
            conn.request("GET", target, headers=headers)
            resp = conn.getresponse()
            phase = "body"
            body = self._body(resp, deadline) if resp.status < 300 else b""
            if expired.is_set() or self._cancelled:  # a body cut short by the watchdog
                raise TimeoutError
            return Response(resp.status, resp.reason or "", resp.getheader("Content-Type") or "",
                            body)
        except FeedOffline:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes one worded message
            raise self._offline(exc, phase, expired.is_set()) from None
        finally:
            watchdog.cancel()
            with self._lock:
                self._conn = None
            conn.close()

    def _body(self, resp: http.client.HTTPResponse, deadline: float) -> bytes:
        declared = resp.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > self.max_bytes:
            raise self._too_big()
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = resp.read1(_CHUNK)  # at most one read of the socket: the deadline holds
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_big()
            chunks.append(chunk)

    def _too_big(self) -> FeedOffline:
        mb = self.max_bytes / (1024 * 1024)
        return FeedOffline("too_big", f"{self.where} sent an answer larger than {mb:g} MB; "
                                      "ask for smaller pages")

    def _offline(self, exc: Exception, phase: str, expired: bool) -> FeedOffline:
        where, limit = self.where, seconds_text(self.timeout_s)
        with self._lock:
            cancelled = self._cancelled
        if cancelled:
            return FeedOffline("cancelled", "stopped")
        if expired or isinstance(exc, TimeoutError):
            if phase == "body":
                return FeedOffline("slow", f"{where} was still sending its answer after "
                                           f"{limit} s")
            return FeedOffline("timeout", f"{where} did not answer within {limit} s")
        if isinstance(exc, ConnectionRefusedError):
            return FeedOffline("refused", f"{where} refused the connection (is the feed "
                                          "server running?)")
        if isinstance(exc, socket.gaierror):
            return FeedOffline("dns", f"cannot find the host {self.host} "
                                      f"({exc.strerror or 'name lookup failed'})")
        if isinstance(exc, ssl.SSLCertVerificationError):
            return FeedOffline("tls", f"{where}: TLS certificate refused "
                                      f"({exc.verify_message or exc.reason})")
        if isinstance(exc, ssl.SSLError):
            return FeedOffline("tls", f"TLS with {where} failed ({exc.reason or 'SSL error'})")
        if isinstance(exc, (ConnectionError, http.client.IncompleteRead)):
            if phase == "body":
                return FeedOffline("reset", f"{where} broke the connection off in the middle "
                                            "of its answer")
            return FeedOffline("reset", f"{where} closed the connection without answering")
        if isinstance(exc, http.client.HTTPException):
            return FeedOffline("protocol", f"{where} did not answer in HTTP "
                                           f"({type(exc).__name__})")
        if isinstance(exc, OSError):
            return FeedOffline("network", f"cannot reach {where} "
                                          f"({exc.strerror or type(exc).__name__})")
        return FeedOffline("network", f"the request to {where} failed ({type(exc).__name__})")
