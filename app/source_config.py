"""The configured data sources (watched folders, HTTP feeds): validated, stored, listed.

The demo floor is not configured here: it runs when no source is enabled and the
`demo` setting is "auto" (see app/settings.py).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from app.db import get_meta, set_meta, writing

KINDS = ("folder", "http")
MAX_NAME = 60
INTERVAL_S = {"folder": (1.0, 3600.0, 5.0), "http": (2.0, 3600.0, 10.0)}  # low, high, default
TIMEOUT_S = (1.0, 120.0, 10.0)


class SourceConfigError(ValueError):
    """A source setting that cannot be kept; `field` names the input, `code` the reason."""

    def __init__(self, message: str, *, field: str, code: str, **params: Any) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.params = params


@dataclass
class SourceConfig:
    kind: str
    name: str
    options: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    id: int | None = None

    @property
    def interval_s(self) -> float:
        return float(self.options.get("interval_s", INTERVAL_S[self.kind][2]))


def _number(options: dict[str, Any], key: str, bounds: tuple[float, float, float]) -> float:
    low, high, default = bounds
    value = options.get(key, default)
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise SourceConfigError(f"{key} is not a number: {value!r}", field=key,
                                code="not_number", value=value) from None
    if not low <= value <= high:
        raise SourceConfigError(f"{key} must be {low:g} to {high:g} seconds (got {value:g})",
                                field=key, code="range", low=low, high=high, value=value)
    return value


def check_url(url: str) -> str:
    """An http(s) URL with a host, no user name or password in it, or SourceConfigError."""
    from app.http_source import parse_feed_url  # it words every refusal the feed would make

    url = (url or "").strip()
    parse_feed_url(url)
    return url


def check_config(config: SourceConfig) -> SourceConfig:
    """The config with its options normalised, or SourceConfigError saying what is wrong."""
    if config.kind not in KINDS:
        raise SourceConfigError(f"unknown source kind {config.kind!r}", field="kind",
                                code="kind", value=config.kind)
    name = config.name.strip()
    if not name:
        raise SourceConfigError("a source needs a name", field="name", code="empty")
    if len(name) > MAX_NAME:
        raise SourceConfigError(f"a source name has at most {MAX_NAME} characters",
                                field="name", code="too_long", limit=MAX_NAME)
    options = dict(config.options)
    options["interval_s"] = _number(options, "interval_s", INTERVAL_S[config.kind])
    if config.kind == "folder":
        folder = str(options.get("folder", "")).strip()
        path = Path(folder).expanduser()
        if not folder or not path.is_absolute():
            raise SourceConfigError(f"the watched folder must be a full path ({folder!r})",
                                    field="folder", code="not_absolute", value=folder)
        options["folder"] = str(path)
    else:
        options["url"] = check_url(str(options.get("url", "")))
        options["timeout_s"] = _number(options, "timeout_s", TIMEOUT_S)
    return SourceConfig(config.kind, name, options, bool(config.enabled), config.id)


def _row(row: tuple) -> SourceConfig:
    id_, kind, name, enabled, options = row
    try:
        opts = json.loads(options)
    except json.JSONDecodeError:
        opts = {}
    return SourceConfig(kind, name, opts if isinstance(opts, dict) else {}, bool(enabled), id_)


def list_sources(db: sqlite_utils.Database, *, enabled_only: bool = False) -> list[SourceConfig]:
    sql = "SELECT id, kind, name, enabled, options FROM sources"
    if enabled_only:
        sql += " WHERE enabled = 1"
    return [_row(r) for r in db.execute(sql + " ORDER BY name COLLATE NOCASE, id").fetchall()]


def get_source(db: sqlite_utils.Database, source_id: int) -> SourceConfig | None:
    row = db.execute("SELECT id, kind, name, enabled, options FROM sources WHERE id = ?",
                     [source_id]).fetchone()
    return _row(row) if row else None


def _name_taken(db: sqlite_utils.Database, name: str, but: int | None) -> bool:
    row = db.execute("SELECT id FROM sources WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
                     [name, but]).fetchone()
    return row is not None


def save_source(db: sqlite_utils.Database, config: SourceConfig) -> SourceConfig:
    """Add (id None) or replace a source; returns it as stored, with its id."""
    config = check_config(config)
    now = time.time()
    with writing(db):
        if _name_taken(db, config.name, config.id):
            raise SourceConfigError(f"another source is already called {config.name!r}",
                                    field="name", code="taken", value=config.name)
        options = json.dumps(config.options, ensure_ascii=False, sort_keys=True)
        if config.id is None:
            cur = db.execute(
                "INSERT INTO sources (kind, name, enabled, options, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [config.kind, config.name, int(config.enabled), options, now, now])
            config.id = cur.lastrowid
        else:
            cur = db.execute(
                "UPDATE sources SET kind = ?, name = ?, enabled = ?, options = ?, updated_at = ? "
                "WHERE id = ?",
                [config.kind, config.name, int(config.enabled), options, now, config.id])
            if cur.rowcount == 0:
                raise SourceConfigError(f"source {config.id} no longer exists", field="id",
                                        code="gone", value=config.id)
    return config


def set_enabled(db: sqlite_utils.Database, source_id: int, enabled: bool) -> None:
    with writing(db):
        db.execute("UPDATE sources SET enabled = ?, updated_at = ? WHERE id = ?",
                   [int(enabled), time.time(), source_id])


def remove_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Forget a source's settings and its cursor; what it imported stays in the database."""
    with writing(db):
        db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        db.execute("DELETE FROM meta WHERE key LIKE ?", [f"source.{int(source_id)}.%"])


def meta_key(source_id: int | str, what: str) -> str:
    """The meta key a source keeps `what` under (cursor, last_success, …)."""
    return f"source.{source_id}.{what}"


def read_meta(db: sqlite_utils.Database, source_id: int | str, what: str) -> str | None:
    return get_meta(db, meta_key(source_id, what))


def write_meta(db: sqlite_utils.Database, source_id: int | str, what: str, value: str) -> None:
    """Inside the caller's transaction when there is one (a cursor moves with its events)."""
    set_meta(db, meta_key(source_id, what), value)
