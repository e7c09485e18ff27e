"""Configured sources: validated before they are kept, unique by name, removable without
losing what they imported; the demo runs only while none is enabled."""

from __future__ import annotations

import pytest

from app.source_config import (SourceConfig, SourceConfigError, check_config, list_sources,
                               read_meta, remove_source, save_source, set_enabled, write_meta)
from app.source_setup import UnusableSource, build_source, configured_sources, demo_runs
from app.settings import set_setting
from app.folder_source import FolderSource
from app.sources import SourceOffline

import datetime as dt

ZONE = dt.timezone.utc


def folder(tmp_path, name="exports", **options) -> SourceConfig:
    return SourceConfig("folder", name, {"folder": str(tmp_path), **options})


def test_a_folder_source_is_kept_with_its_defaults(db, tmp_path):
    saved = save_source(db, folder(tmp_path))
    assert saved.id is not None
    [stored] = list_sources(db)
    assert stored.name == "exports" and stored.options == {"folder": str(tmp_path),
                                                           "interval_s": 5.0}


@pytest.mark.parametrize("config, field, code", [
    (SourceConfig("folder", " ", {"folder": "/tmp"}), "name", "empty"),
    (SourceConfig("folder", "x" * 61, {"folder": "/tmp"}), "name", "too_long"),
    (SourceConfig("folder", "f", {"folder": "relative/path"}), "folder", "not_absolute"),
    (SourceConfig("folder", "f", {"folder": "/tmp", "interval_s": 0}), "interval_s", "range"),
    (SourceConfig("folder", "f", {"folder": "/tmp", "interval_s": "soon"}), "interval_s",
     "not_number"),
    (SourceConfig("http", "h", {"url": "ftp://example.com/x"}), "url", "scheme"),
    (SourceConfig("http", "h", {"url": "https:///events"}), "url", "no_host"),
    (SourceConfig("http", "h", {"url": "https://example.com", "timeout_s": 500}), "timeout_s",
     "range"),
    (SourceConfig("smoke", "s", {}), "kind", "kind"),
])
def test_a_setting_that_cannot_work_is_refused_naming_its_field(config, field, code):
    with pytest.raises(SourceConfigError) as err:
        check_config(config)
    assert (err.value.field, err.value.code) == (field, code)


def test_two_sources_cannot_share_a_name(db, tmp_path):
    save_source(db, folder(tmp_path, "Exports"))
    with pytest.raises(SourceConfigError) as err:
        save_source(db, folder(tmp_path, "exports"))
    assert err.value.code == "taken"


def test_removing_a_source_forgets_its_cursor_but_not_what_it_imported(db, tmp_path):
    saved = save_source(db, folder(tmp_path))
    other = save_source(db, folder(tmp_path, "other"))
    write_meta(db, saved.id, "cursor", "abc")
    write_meta(db, other.id, "cursor", "keep")
    db.execute("INSERT INTO meta (key, value) VALUES ('floor_name_x', 'stays')")
    remove_source(db, saved.id)
    assert [c.name for c in list_sources(db)] == ["other"]
    assert read_meta(db, saved.id, "cursor") is None
    assert read_meta(db, other.id, "cursor") == "keep"


def test_the_demo_runs_while_no_source_is_enabled_unless_switched_off(db, tmp_path):
    assert demo_runs(db, None)
    saved = save_source(db, folder(tmp_path))
    assert not demo_runs(db, None)
    set_enabled(db, saved.id, False)
    assert demo_runs(db, None)
    set_setting(db, "demo", "off")
    assert not demo_runs(db, None)
    assert demo_runs(db, True) and not demo_runs(db, False)


def test_enabled_sources_are_built_and_a_broken_one_reports_why(db, tmp_path):
    save_source(db, folder(tmp_path))
    off = save_source(db, folder(tmp_path, "off"))
    set_enabled(db, off.id, False)
    [source] = configured_sources(db, ZONE)
    assert isinstance(source, FolderSource) and source.label == "exports"
    broken = build_source(SourceConfig("folder", "bad", {}, id=9), ZONE)  # no folder option
    assert isinstance(broken, UnusableSource)
    with pytest.raises(SourceOffline):
        broken.poll()
