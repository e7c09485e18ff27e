"""The HTTP JSON feed source (docs/http-feed.md): polls an endpoint for events since a cursor.

Each page's events and the cursor after them are written in one transaction, so a crash,
a full disk or a bad event can never leave a gap (cursor moved, events lost) or a
duplicate (events stored, cursor not moved — and a re-sent event adds nothing anyway).
Runs on the feed thread; `cancel()` may be called from any thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import ssl
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

import sqlite_utils

from app.clock import SystemClock
from app.credentials import CredentialStore, source_key
from app.db import writing
from app.feed_page import FeedPage, parse_page
from app.http_fetch import MAX_BODY_BYTES, FeedOffline, Fetcher, Response
from app.ingest import Ingestor
from app.records import ChangeSet
from app.source_config import (SourceConfig, SourceConfigError, check_config, read_meta,
                               write_meta)

log = logging.getLogger(__name__)

PAGE_LIMIT = 1000  # events asked for per page
MAX_PAGES_PER_POLL = 20  # then the next poll goes on: a long catch-up stays interruptible
USER_AGENT = "Floorwatch-feed/1"


@dataclass(frozen=True)
class FeedAddress:
    """A checked feed URL split into what a request needs; `identity` has no query string."""

    scheme: str
    host: str
    port: int
    path: str
    query: tuple[tuple[str, str], ...]

    @property
    def identity(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{self.path}"

    def target(self, cursor: str | None, limit: int) -> str:
        params = [(k, v) for k, v in self.query if k not in ("cursor", "limit")]
        if cursor is not None:
            params.append(("cursor", cursor))
        params.append(("limit", str(limit)))
        return f"{self.path}?{urlencode(params)}"


def _url_error(message: str, code: str, url: str) -> SourceConfigError:
    return SourceConfigError(message, field="url", code=code, value=url)


def parse_feed_url(url: str) -> FeedAddress:
    """http(s)://host[:port]/path[?query], or SourceConfigError (a ValueError) saying why."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise _url_error("the feed address is not a valid URL (check the port number)",
                         "invalid", url) from None
    if parts.scheme not in ("http", "https"):
        raise _url_error("the feed address must start with http:// or https://", "scheme", url)
    if not parts.hostname:
        raise _url_error("the feed address has no host name", "no_host", url)
    if parts.username is not None or parts.password is not None:
        raise _url_error("the feed address must not carry a user name or password; keep the "
                         "token in the keyring (Data sources)", "credentials", url)
    if any(c.isspace() for c in url):
        raise _url_error("the feed address contains spaces", "invalid", url)
    return FeedAddress(parts.scheme, parts.hostname,
                       port or (443 if parts.scheme == "https" else 80),
                       parts.path or "/", tuple(parse_qsl(parts.query, keep_blank_values=True)))


def check_token(token: str | None) -> str | None:
    """The token as sent in the Authorization header (None when empty), or ValueError."""
    if token is None or token == "":
        return None
    if not (token.isascii() and token.isprintable()) or any(c.isspace() for c in token):
        # said without the token: it may be a password pasted by mistake
        raise ValueError("the feed token has characters an HTTP header cannot carry "
                         "(spaces, line breaks or non-ASCII); set it again")
    return token


class HttpSource:
    """Polls `url` for events since its cursor and writes them through the Ingestor."""

    kind = "http"

    def __init__(self, source_id: int | str, url: str, *, token: str | None, zone: dt.tzinfo,
                 name: str = "", interval_s: float = 10.0, timeout_s: float = 10.0,
                 page_limit: int = PAGE_LIMIT, max_pages: int = MAX_PAGES_PER_POLL,
                 max_bytes: int = MAX_BODY_BYTES,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.source_id = source_id
        self.address = parse_feed_url(url)
        self.zone = zone
        self.interval_s = float(interval_s)
        self.timeout_s = float(timeout_s)
        self.page_limit = int(page_limit)
        self.max_pages = int(max_pages)
        self.label = name or f"{self.address.host}{self.address.path}"
        self.clock = SystemClock()
        self.behind = False  # the last poll stopped at max_pages with more to fetch
        self._token = check_token(token)
        self._fetcher = Fetcher(self.address.scheme, self.address.host, self.address.port,
                                timeout_s=self.timeout_s, max_bytes=max_bytes,
                                ssl_context=ssl_context)
        self._db: sqlite_utils.Database | None = None
        self._ingestor: Ingestor | None = None

    def __repr__(self) -> str:  # never the token
        return f"HttpSource({self.source_id!r}, {self.address.identity!r})"

    # -- the Source protocol ------------------------------------------------------------
    def open(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._ingestor = Ingestor(db, source="http")

    def close(self) -> None:
        self._fetcher.cancel()
        self._db = self._ingestor = None

    def cancel(self) -> None:
        """End the request in flight (any thread); that poll raises SourceOffline, writes
        nothing, and the next poll starts afresh."""
        self._fetcher.cancel()

    def poll(self) -> ChangeSet:
        """Fetch pages while the feed says there are more (at most max_pages), each page
        stored with its cursor in one transaction. FeedOffline when the feed fails; pages
        stored before the failure stay stored and are in the exception's `changes`."""
        assert self._db is not None, "open() first"
        self._fetcher.reset_cancel()
        changes = ChangeSet()
        cursor = self.cursor()
        self.behind = False
        for page_no in range(self.max_pages):
            try:
                page = self._fetch(cursor)
                changes.merge(self._store(page, cursor))
            except FeedOffline as exc:
                exc.changes = changes
                raise
            if not page.more or page.cursor in (None, cursor):
                return changes
            cursor = page.cursor
            if page_no == self.max_pages - 1:
                self.behind = True
                log.info("feed %s: %d pages in one poll; the next poll goes on",
                         self.source_id, self.max_pages)
        return changes

    # -- cursor --------------------------------------------------------------------------
    def cursor(self) -> str | None:
        """The stored cursor, or None: none yet, or it belongs to another feed address."""
        assert self._db is not None, "open() first"
        stored = read_meta(self._db, self.source_id, "cursor")
        if stored is None:
            return None
        try:
            saved = json.loads(stored)
        except json.JSONDecodeError:
            return None
        if not isinstance(saved, dict) or saved.get("feed") != self.address.identity:
            return None  # the address changed: start from the new feed's beginning
        cursor = saved.get("cursor")
        return cursor if isinstance(cursor, str) else None

    # -- one page ------------------------------------------------------------------------
    def _fetch(self, cursor: str | None) -> FeedPage:
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        response = self._fetcher.get(self.address.target(cursor, self.page_limit), headers)
        self._check_status(response)
        return parse_page(response.body, self.zone)

    def _check_status(self, response: Response) -> None:
        where, status = self._fetcher.where, response.status
        if status in (401, 403):
            if self._token:
                raise FeedOffline("auth", f"{where} refused the token (HTTP {status}); set the "
                                          "source's token again")
            raise FeedOffline("auth", f"{where} wants a token (HTTP {status}) and none is set "
                                      "for this source")
        if 300 <= status < 400:
            raise FeedOffline("redirect", f"{where} answered HTTP {status} (a redirect, not "
                                          "followed); set the address it points to")
        if status != 200:
            reason = response.reason[:40]
            raise FeedOffline("http_status", f"{where} answered HTTP {status} {reason}".rstrip())

    def _store(self, page: FeedPage, cursor: str | None) -> ChangeSet:
        assert self._db is not None and self._ingestor is not None
        if page.cursor in (None, cursor) and not page.events:
            return ChangeSet()
        saved = json.dumps({"feed": self.address.identity, "cursor": page.cursor},
                           ensure_ascii=False)
        try:
            with writing(self._db):  # the Ingestor's transaction nests here as a savepoint
                changes = self._ingestor.ingest(page.events)
                if page.cursor is not None:
                    write_meta(self._db, self.source_id, "cursor", saved)
        except BaseException:
            # rolled back: the Ingestor's name → id caches may hold ids that no longer exist
            self._ingestor = Ingestor(self._db, source="http")
            raise
        return changes


def http_source_from_config(config: SourceConfig, store: CredentialStore,
                            zone: dt.tzinfo) -> HttpSource:
    """The HttpSource of a configured feed (options "url", "interval_s", "timeout_s"), its
    token read from the keyring under source_key(config.name). SourceConfigError (a
    ValueError) for a bad option or an unusable token; CredentialsError when the keyring
    cannot be read."""
    config = check_config(config)  # its URL through parse_feed_url: every refusal worded
    try:
        token = check_token(store.get(source_key(config.name)))
    except ValueError as exc:
        raise SourceConfigError(str(exc), field="token", code="token") from None
    return HttpSource(config.id if config.id is not None else config.name,
                      config.options["url"], token=token, zone=zone, name=config.name,
                      interval_s=config.options["interval_s"],
                      timeout_s=config.options["timeout_s"])
