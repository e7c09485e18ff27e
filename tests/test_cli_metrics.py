"""`floorwatch metrics`: the JSON it prints, the table, and its one-line refusals."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
from zoneinfo import ZoneInfo

import pytest

from app import cli_metrics
from app.db import open_database
from app.ingest import Ingestor
from app.metrics import METRIC_KEYS, METRICS, Group
from app.records import Conversation
from app.settings import set_setting

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI).timestamp()
WINDOW = ["--from", "2026-11-22T09:00", "--to", "2026-11-22T10:00"]


def run(*argv: str) -> int:
    """The command as a `floorwatch` entry point would run it."""
    parser = argparse.ArgumentParser(prog="floorwatch")
    cli_metrics.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["metrics", *argv])
    return args.func(args)


def as_json(capsys, *argv: str) -> dict:
    assert run(*argv, "--json") == 0
    out = capsys.readouterr()
    assert out.err == ""
    return json.loads(out.out)


@pytest.fixture
def floor_db(tmp_path):
    """Two conversations at 09:00 and 09:30 Shanghai; the floor zone is Asia/Shanghai."""
    path = tmp_path / "floor.db"
    db = open_database(path)
    set_setting(db, "floor_tz", "Asia/Shanghai")
    Ingestor(db).ingest([
        Conversation("tmall", "花语美妆旗舰店", "u1", T0, "c1", agent="王小美",
                     first_reply_at=T0 + 12, rating=5, inquiry=True, paid_amount=168.0,
                     customer_messages=2, agent_messages=3),
        Conversation("jd", "花语美妆旗舰店", "u2", T0 + 1800, "c2", inquiry=True),
    ])
    db.conn.close()
    return str(path)


def refused(capsys, *argv: str) -> str:
    """Run, expect exit code 2 and return the single stderr line."""
    assert run(*argv) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "Traceback" not in out.err
    lines = out.err.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


# -- JSON --------------------------------------------------------------------------------

def test_json_has_from_to_and_groups_with_every_metric(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, *WINDOW)
    assert list(doc) == ["from", "to", "groups"]
    [group] = doc["groups"]
    assert group["key"] == {"floor": "all"}
    assert list(group["metrics"]) == list(METRIC_KEYS)
    assert group["metrics"]["reception_volume"] == 2
    assert group["metrics"]["reply_rate"] == 0.5
    assert group["metrics"]["sales"] == 168.0


def test_json_has_null_for_empty_ratios(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, "--from", "2026-11-23T09:00",
                  "--to", "2026-11-23T10:00")
    metrics = doc["groups"][0]["metrics"]
    assert metrics["reception_volume"] == 0 and metrics["sales"] == 0
    assert all(metrics[k] is None for k in METRIC_KEYS
               if k not in ("reception_volume", "sales"))


def test_json_groups_by_store_with_name_and_platform(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, *WINDOW, "--by", "store")
    assert [g["key"] for g in doc["groups"]] == [
        {"store": "花语美妆旗舰店", "platform": "jd"},
        {"store": "花语美妆旗舰店", "platform": "tmall"},
    ]
    assert all(list(g["metrics"]) == list(METRIC_KEYS) for g in doc["groups"])


def test_json_groups_by_agent_with_null_for_unassigned(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, *WINDOW, "--by", "agent")
    assert [g["key"] for g in doc["groups"]] == [{"agent": "王小美"}, {"agent": None}]


def test_json_groups_by_hour_in_the_floor_zone(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, "--from", "2026-11-22T08:00",
                  "--to", "2026-11-22T12:00", "--by", "hour")
    assert [g["key"] for g in doc["groups"]] == [{"hour": "2026-11-22T09:00:00+08:00"}]


def test_store_and_agent_filters(capsys, floor_db):
    both = as_json(capsys, "--db", floor_db, *WINDOW, "--store", "花语美妆旗舰店")
    assert both["groups"][0]["metrics"]["reception_volume"] == 2
    one = as_json(capsys, "--db", floor_db, *WINDOW, "--agent", "王小美")
    assert one["groups"][0]["metrics"]["reception_volume"] == 1


def test_a_db_given_before_the_subcommand_is_kept(capsys, floor_db):
    parser = argparse.ArgumentParser(prog="floorwatch")
    parser.add_argument("--db")  # the top-level option of the floorwatch command
    cli_metrics.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--db", floor_db, "metrics", *WINDOW, "--json"])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["groups"][0]["metrics"]["reception_volume"] == 2


# -- time zones --------------------------------------------------------------------------

def test_offset_less_times_are_read_in_the_floor_zone_setting(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, *WINDOW)
    assert (doc["from"], doc["to"]) == ("2026-11-22T09:00:00+08:00", "2026-11-22T10:00:00+08:00")


def test_offset_less_times_are_read_in_tz_when_given(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, *WINDOW, "--tz", "UTC")  # 17:00–18:00 Shanghai
    assert doc["from"] == "2026-11-22T09:00:00+00:00"
    assert doc["groups"][0]["metrics"]["reception_volume"] == 0


def test_an_explicit_offset_is_kept_as_given(capsys, floor_db):
    doc = as_json(capsys, "--db", floor_db, "--from", "2026-11-22T01:00Z",
                  "--to", "2026-11-22T01:30:00+00:00")
    assert doc["from"] == "2026-11-22T01:00:00+00:00"
    assert doc["groups"][0]["metrics"]["reception_volume"] == 1  # 09:00 Shanghai only


# -- the table ---------------------------------------------------------------------------

def test_table_shows_chinese_names_percentages_and_dashes(capsys, floor_db):
    assert run("--db", floor_db, *WINDOW, "--by", "store") == 0
    out = capsys.readouterr().out
    assert "接待量" in out and "首次30秒应答率" in out and "询单转化率" in out
    jd_row = next(line for line in out.splitlines() if "(jd)" in line)
    assert "0.0%" in jd_row and "—" in jd_row  # replied none; no first response, no rating


def test_table_columns_line_up_for_chinese_text():
    metrics = dict.fromkeys(METRICS, None)
    table = cli_metrics.table([Group({"agent": "王小美"}, metrics), Group({"agent": "Li"}, metrics)])
    widths = {cli_metrics._width(line) for line in table.splitlines()}
    assert len(widths) == 1


# -- refusals ----------------------------------------------------------------------------

def test_a_bad_iso_time_is_refused(capsys, floor_db):
    line = refused(capsys, "--db", floor_db, "--from", "yesterday", "--to", "2026-11-22T10:00")
    assert "--from" in line and "ISO 8601" in line


def test_an_unknown_zone_is_refused(capsys, floor_db):
    assert "Mars/Olympus" in refused(capsys, "--db", floor_db, *WINDOW, "--tz", "Mars/Olympus")


def test_from_not_before_to_is_refused(capsys, floor_db):
    line = refused(capsys, "--db", floor_db, "--from", "2026-11-22T10:00",
                   "--to", "2026-11-22T10:00")
    assert "must be before" in line


def test_a_missing_database_is_refused_and_not_created(capsys, tmp_path):
    path = tmp_path / "nope" / "floor.db"
    assert str(path) in refused(capsys, "--db", str(path), *WINDOW)
    assert not path.exists() and not path.parent.exists()


def test_the_default_database_is_not_created_either(capsys, tmp_path, monkeypatch):
    path = tmp_path / "data" / "floorwatch.db"
    monkeypatch.setattr(cli_metrics, "default_db_path", lambda: path)
    assert str(path) in refused(capsys, *WINDOW)
    assert not path.exists()


def test_a_database_from_a_newer_schema_is_refused(capsys, floor_db):
    conn = sqlite3.connect(floor_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert "newer Floorwatch" in refused(capsys, "--db", floor_db, *WINDOW)


def test_a_file_that_is_not_a_database_is_refused(capsys, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 100, encoding="utf-8")
    assert str(path) in refused(capsys, "--db", str(path), *WINDOW)
