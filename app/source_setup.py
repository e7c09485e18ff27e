"""Which sources run: the configured ones that are enabled, or the demo floor when none is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from app.clock import SystemClock
from app.settings import get_setting
from app.source_config import SourceConfig, list_sources
from app.sources import Source, SourceOffline


def demo_runs(db: sqlite_utils.Database, flag: bool | None) -> bool:
    """--demo / --no-demo decide; otherwise the demo runs while no source is enabled and the
    `demo` setting is "auto"."""
    if flag is not None:
        return flag
    return get_setting(db, "demo") == "auto" and not list_sources(db, enabled_only=True)


class UnusableSource:
    """A configured source that could not be built (its token unreadable, say): it shows in
    the status bar as offline with the reason, and is tried again with back-off."""

    def __init__(self, config: SourceConfig, reason: str) -> None:
        self.source_id = config.id
        self.kind = config.kind
        self.label = config.name
        self.reason = reason
        self.interval_s = max(config.interval_s, 30.0)
        self.clock = SystemClock()

    def open(self, db: sqlite_utils.Database) -> None:
        pass

    def poll(self):
        raise SourceOffline(self.reason)

    def close(self) -> None:
        pass


def build_source(config: SourceConfig, zone: dt.tzinfo, *, lang: str = "zh_CN",
                 credentials: Any = None) -> Source:
    """The running source for one configuration (UnusableSource if it cannot be made)."""
    try:
        if config.kind == "folder":  # the importers load only when a folder is watched
            from app.folder_source import FolderSource

            return FolderSource(config.id, config.options["folder"], zone, name=config.name,
                                interval_s=config.interval_s, lang=lang)
        from app.http_source import http_source_from_config

        if credentials is None:  # keyring is loaded only when a feed needs its token
            from app.credentials import CredentialStore

            credentials = CredentialStore()
        return http_source_from_config(config, credentials, zone)
    except Exception as exc:  # shown in the status bar; the other sources still run
        return UnusableSource(config, str(exc) or type(exc).__name__)


def configured_sources(db: sqlite_utils.Database, zone: dt.tzinfo, *, lang: str = "zh_CN",
                       credentials: Any = None) -> list[Source]:
    return [build_source(c, zone, lang=lang, credentials=credentials)
            for c in list_sources(db, enabled_only=True)]
