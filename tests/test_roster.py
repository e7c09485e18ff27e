"""The roster: stores, accounts, agents and assignments, edited with history and never deleted."""

from __future__ import annotations

import sqlite3

import pytest

from app import roster
from app.roster import RosterEntry, RosterError

T = 1_763_800_000.0


def test_a_store_is_added_with_sane_defaults_and_the_addition_is_logged(db):
    sid = roster.add_store(db, "tmall", "花语美妆旗舰店", at=T, by="主管")
    (store,) = roster.stores(db)
    assert (store.id, store.platform, store.name) == (sid, "tmall", "花语美妆旗舰店")
    assert (store.min_agents, store.service_start, store.service_end,
            store.quiet_minutes) == (1, "08:00", "24:00", 30)
    (change,) = roster.history(db, "store", sid)
    assert (change.action, change.by, change.at) == ("added", "主管", T)
    assert change.detail["name"] == "花语美妆旗舰店"


def test_platforms_may_be_named_in_chinese_and_unknown_ones_are_refused(db):
    roster.add_store(db, "京东", "星河数码", at=T)
    assert roster.stores(db)[0].platform == "jd"
    with pytest.raises(RosterError, match="unknown platform"):
        roster.add_store(db, "ebay", "x", at=T)


def test_an_edit_records_old_and_new_values_and_only_what_changed(db):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    changed = roster.edit_store(db, sid, at=T + 60, by="主管", min_agents=3,
                                service_start="9:00", service_end="24:00")
    assert changed == {"min_agents": [1, 3], "service_start": ["08:00", "09:00"]}
    assert roster.history(db, "store", sid)[-1].detail == changed
    assert roster.edit_store(db, sid, at=T + 120, min_agents=3) == {}
    assert len(roster.history(db, "store", sid)) == 2


@pytest.mark.parametrize("fields, message", [
    ({"min_agents": -1}, "at least 0"),
    ({"min_agents": "two"}, "whole number"),
    ({"service_start": "25:00"}, "time of day"),
    ({"service_end": "8am"}, "time of day"),
    ({"name": "  "}, "must not be empty"),
])
def test_bad_store_values_are_refused_with_a_clear_message_and_nothing_changes(db, fields,
                                                                              message):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    with pytest.raises(RosterError, match=message):
        roster.edit_store(db, sid, at=T, **fields)
    assert roster.stores(db)[0] == roster.RosterStore(sid, "tmall", "A店")


def test_a_duplicate_name_is_a_roster_error_not_a_database_error(db):
    roster.add_agent(db, "王小美", at=T)
    with pytest.raises(RosterError, match="already exists"):
        roster.add_agent(db, "王小美", at=T)


def test_retiring_an_agent_keeps_them_and_their_history_and_hands_back_their_accounts(db):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    acc = roster.add_account(db, sid, "A店:王小美", at=T)
    aid = roster.add_agent(db, "王小美", team="美妆组", at=T)
    assert roster.assign(db, acc, aid, at=T + 10)
    roster.retire_agent(db, aid, at=T + 3600, by="主管")

    assert roster.agents(db) == []
    (kept,) = roster.agents(db, include_retired=True)
    assert kept.retired_at == T + 3600 and kept.team == "美妆组"
    assert roster.assignments(db) == []
    (past,) = roster.assignments(db, at=T + 100)
    assert (past.since, past.until) == (T + 10, T + 3600)
    actions = [c.action for c in roster.history(db)]
    assert actions == ["added", "added", "added", "assigned", "retired", "unassigned"]

    roster.restore_agent(db, aid, at=T + 7200)
    assert [a.name for a in roster.agents(db)] == ["王小美"]


def test_a_retired_account_cannot_be_assigned(db):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    acc = roster.add_account(db, sid, "A店:1", at=T)
    aid = roster.add_agent(db, "王小美", at=T)
    roster.retire_account(db, acc, at=T)
    with pytest.raises(RosterError, match="retired"):
        roster.assign(db, acc, aid, at=T)


def test_retiring_a_store_retires_its_accounts(db):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    roster.add_account(db, sid, "A店:1", at=T)
    roster.retire_store(db, sid, at=T + 1)
    assert roster.stores(db) == [] and roster.accounts(db) == []
    assert len(roster.accounts(db, include_retired=True)) == 1


def test_assigning_twice_is_a_no_op_and_unassigning_ends_the_period(db):
    sid = roster.add_store(db, "tmall", "A店", at=T)
    acc = roster.add_account(db, sid, "A店:1", at=T)
    aid = roster.add_agent(db, "王小美", at=T)
    assert roster.assign(db, acc, aid, at=T)
    assert not roster.assign(db, acc, aid, at=T + 5)
    assert roster.holders(db) == {acc: {aid}}
    assert roster.unassign(db, acc, aid, at=T + 50)
    assert not roster.unassign(db, acc, aid, at=T + 60)
    assert roster.holders(db) == {}
    assert roster.assign(db, acc, aid, at=T + 100)  # a second period, the first one kept
    assert len(roster.assignments(db, at=T + 20)) == 1
    assert roster.assignments(db, at=T + 70) == []


def test_the_change_log_cannot_be_edited_or_deleted(db):
    roster.add_agent(db, "王小美", at=T)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE roster_changes SET by = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM roster_changes")


def test_entries_create_the_roster_once_and_a_second_run_changes_nothing(db):
    entries = [
        RosterEntry("tmall", "A店", "A店:王小美", "王小美", team="美妆组", min_agents=2),
        RosterEntry("tmall", "A店", "A店:李娜", "李娜", team="美妆组"),
        RosterEntry("jd", "B店", "B店:王小美", "王小美", team="美妆组"),
    ]
    first = roster.apply_entries(db, entries, at=T)
    assert first.added == {"store": 2, "agent": 2, "account": 3}
    assert first.assigned == 3
    assert roster.stores(db)[1].min_agents == 2  # tmall A店 (sorted by platform)
    second = roster.apply_entries(db, entries, at=T + 60)
    assert not second.changed
    assert len(roster.history(db)) == 10


def test_entries_apply_all_or_nothing(db):
    entries = [RosterEntry("tmall", "A店", "A店:1", "王小美"),
               RosterEntry("tmall", "B店", "B店:1", "李娜", min_agents=-3)]
    with pytest.raises(RosterError):
        roster.apply_entries(db, entries, at=T)
    assert roster.stores(db) == [] and roster.agents(db) == [] and roster.history(db) == []


def test_entries_restore_a_retired_agent_they_name(db):
    aid = roster.add_agent(db, "王小美", at=T)
    roster.retire_agent(db, aid, at=T + 1)
    roster.apply_entries(db, [RosterEntry("tmall", "A店", "A店:1", "王小美")], at=T + 2)
    assert [a.name for a in roster.agents(db)] == ["王小美"]


def test_upgrading_an_older_database_treats_every_pair_seen_online_as_an_assignment(tmp_path):
    import shutil
    from pathlib import Path

    from app.db import open_database

    src = Path(__file__).parent / "data" / "schema_v3.db"
    path = tmp_path / "old.db"
    shutil.copy(src, path)
    db = open_database(path)
    (a,) = roster.assignments(db)
    first_seen = db.execute("SELECT min(at) FROM session_events").fetchone()[0]
    assert a.since == first_seen and a.until is None
