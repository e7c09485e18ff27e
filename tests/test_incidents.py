"""An incident: fields, stores and agents, a status that moves only along the legal paths,
a checklist with who and when, and a timeline the storage keeps append-only."""

import itertools
import sqlite3

import pytest

from app.incident_log import WorkflowError, entries, steps_done
from app.incidents import (STATUSES, TRANSITIONS, add_entry, change_status, checklist,
                           correct_entry, get_incident, list_incidents, open_incident,
                           set_agents, set_stores, tick_step, untick_step, update_fields)
from incident_support import T0, add_roster, shipped_playbooks  # noqa: F401


def store_anomaly(db, roster, **kw):
    return open_incident(db, at=T0, type="store_anomaly", subtype="coupon_price",
                         title="满减券设置错误", owner="陈主管",
                         store_ids=[roster["花语美妆旗舰店"]], agent_ids=[roster["王小美"]], **kw)


def test_a_new_incident_records_every_field_and_opens_its_timeline(db):
    roster = add_roster(db)
    incident_id = store_anomaly(db, roster)
    incident = get_incident(db, incident_id)
    assert (incident.type, incident.subtype, incident.title, incident.owner, incident.status) == \
        ("store_anomaly", "coupon_price", "满减券设置错误", "陈主管", "open")
    assert incident.severity == "high"  # the type's default in the playbook
    assert incident.store_ids == (roster["花语美妆旗舰店"],)
    assert incident.agent_ids == (roster["王小美"],)
    [opened] = entries(db, incident_id)
    assert opened.kind == "opened" and opened.author == "陈主管" and opened.at == T0
    assert opened.data["stores"] == ["花语美妆旗舰店"] and opened.data["agents"] == ["王小美"]


@pytest.mark.parametrize("bad, message", [
    (dict(type="fire"), "unknown incident type"),
    (dict(severity="urgent"), "severity"),
    (dict(title="  "), "title"),
    (dict(subtype="stock_error"), "subtype"),
    (dict(store_ids=[999]), "unknown store"),
])
def test_a_new_incident_with_a_bad_field_is_refused(db, bad, message):
    fields = dict(at=T0, type="store_anomaly", title="x") | bad
    with pytest.raises(ValueError, match=message):
        open_incident(db, **fields)
    assert list_incidents(db) == []


def test_the_status_moves_forward_and_every_move_is_on_the_timeline(db):
    incident_id = open_incident(db, at=T0, type="outage", title="3 楼停电")
    for n, status in enumerate(("acknowledged", "mitigated", "resolved", "closed"), 1):
        change_status(db, incident_id, status, at=T0 + n * 60, by="陈主管")
    assert get_incident(db, incident_id).status == "closed"
    moves = [(e.data["from"], e.data["to"], e.author, e.at) for e in entries(db, incident_id)
             if e.kind == "status"]
    assert moves == [("open", "acknowledged", "陈主管", T0 + 60),
                     ("acknowledged", "mitigated", "陈主管", T0 + 120),
                     ("mitigated", "resolved", "陈主管", T0 + 180),
                     ("resolved", "closed", "陈主管", T0 + 240)]


@pytest.mark.parametrize("path, refused", [
    (["resolved"], "open"),  # no way back to open
    ([], "closed"),  # closing needs resolved first
    (["acknowledged"], "open"),
    (["resolved", "closed"], "acknowledged"),  # closed is final
    (["acknowledged", "mitigated"], "mitigated"),  # not a move
])
def test_an_illegal_status_change_is_refused_and_changes_nothing(db, path, refused):
    incident_id = open_incident(db, at=T0, type="outage", title="断网")
    for status in path:
        change_status(db, incident_id, status, at=T0, by="x")
    before = entries(db, incident_id)
    with pytest.raises(WorkflowError):
        change_status(db, incident_id, refused, at=T0 + 1, by="x")
    assert get_incident(db, incident_id).status == (path[-1] if path else "open")
    assert entries(db, incident_id) == before


def test_a_reopen_needs_a_reason(db):
    incident_id = open_incident(db, at=T0, type="reception_surge", title="接待量暴涨")
    change_status(db, incident_id, "resolved", at=T0, by="x")
    with pytest.raises(WorkflowError, match="reason"):
        change_status(db, incident_id, "acknowledged", at=T0 + 1, by="x")
    change_status(db, incident_id, "acknowledged", at=T0 + 2, by="x", reason="又涨了")
    assert get_incident(db, incident_id).status == "acknowledged"


def test_the_storage_accepts_exactly_the_documented_status_moves(db):
    """The trigger of migration 6 and TRANSITIONS agree on every pair of statuses, even for
    a write that bypasses app.incidents."""
    paths = {"open": []}  # a legal path from "open" to each status
    frontier = ["open"]
    while frontier:
        status = frontier.pop()
        for nxt in TRANSITIONS[status]:
            if nxt not in paths:
                paths[nxt] = paths[status] + [nxt]
                frontier.append(nxt)
    assert set(paths) == set(STATUSES)
    for old, new in itertools.permutations(STATUSES, 2):
        probe = open_incident(db, at=T0, type="outage", title=f"{old}>{new}")
        for status in paths[old]:
            db.execute("UPDATE incidents SET status = ? WHERE id = ?", [status, probe])
        if new in TRANSITIONS[old]:
            db.execute("UPDATE incidents SET status = ? WHERE id = ?", [new, probe])
        else:
            with pytest.raises(sqlite3.IntegrityError, match="illegal incident status"):
                db.execute("UPDATE incidents SET status = ? WHERE id = ?", [new, probe])


def test_the_timeline_refuses_edits_and_deletions_at_the_storage_layer(db):
    incident_id = open_incident(db, at=T0, type="outage", title="停电")
    note = add_entry(db, incident_id, at=T0 + 5, text="IT 说 10 分钟恢复", author="陈主管")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE incident_entries SET text = 'nothing happened' WHERE id = ?", [note])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM incident_entries WHERE id = ?", [note])
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM incidents WHERE id = ?", [incident_id])
    with pytest.raises(sqlite3.IntegrityError, match="opening time"):
        db.execute("UPDATE incidents SET opened_at = opened_at + 3600 WHERE id = ?",
                   [incident_id])
    assert [e.text for e in entries(db, incident_id)] == ["停电", "IT 说 10 分钟恢复"]


def test_a_correction_is_a_new_entry_that_points_at_the_one_it_corrects(db):
    incident_id = open_incident(db, at=T0, type="outage", title="停电")
    wrong = add_entry(db, incident_id, at=T0 + 5, text="5 楼停电", author="陈主管")
    fix = correct_entry(db, incident_id, wrong, at=T0 + 9, text="是 3 楼，不是 5 楼",
                        author="陈主管")
    timeline = entries(db, incident_id)
    assert [(e.id, e.kind, e.text, e.corrects) for e in timeline[1:]] == [
        (wrong, "note", "5 楼停电", None), (fix, "correction", "是 3 楼，不是 5 楼", wrong)]


def test_a_correction_must_point_into_its_own_incident(db):
    first = open_incident(db, at=T0, type="outage", title="停电")
    other = open_incident(db, at=T0, type="outage", title="断网")
    note = add_entry(db, first, at=T0, text="x")
    with pytest.raises(ValueError, match="not on incident"):
        correct_entry(db, other, note, at=T0, text="y", author="")
    with pytest.raises(sqlite3.IntegrityError, match="its incident"):
        db.execute("INSERT INTO incident_entries (incident_id, at, kind, text, corrects) "
                   "VALUES (?, ?, 'correction', 'y', ?)", [other, T0, note])


def test_a_closed_incident_takes_corrections_only(db):
    incident_id = open_incident(db, at=T0, type="outage", title="停电")
    change_status(db, incident_id, "resolved", at=T0, by="x")
    change_status(db, incident_id, "closed", at=T0, by="x")
    with pytest.raises(sqlite3.IntegrityError, match="corrections only"):
        add_entry(db, incident_id, at=T0 + 1, text="one more thing")
    opened = entries(db, incident_id)[0].id
    correct_entry(db, incident_id, opened, at=T0 + 2, text="标题应为：3 楼停电", author="x")
    assert entries(db, incident_id)[-1].kind == "correction"


def test_field_changes_and_involvement_are_logged_with_old_and_new_values(db):
    roster = add_roster(db)
    incident_id = store_anomaly(db, roster)
    changed = update_fields(db, incident_id, at=T0 + 1, by="陈主管", severity="critical",
                            owner="刘组长", title="满减券设置错误")
    assert changed == ["severity", "owner"]
    set_stores(db, incident_id, [roster["花语美妆旗舰店"], roster["花语京东自营店"]],
               at=T0 + 2, by="陈主管")
    set_agents(db, incident_id, [], at=T0 + 3, by="陈主管")
    incident = get_incident(db, incident_id)
    assert (incident.severity, incident.owner, incident.agent_ids) == ("critical", "刘组长", ())
    assert len(incident.store_ids) == 2
    fields = [(e.data["field"], e.data["from"], e.data["to"]) for e in entries(db, incident_id)
              if e.kind == "field"]
    assert fields == [("severity", "high", "critical"), ("owner", "陈主管", "刘组长"),
                      ("stores", ["花语美妆旗舰店"], ["花语美妆旗舰店", "花语京东自营店"]),
                      ("agents", ["王小美"], [])]


def test_the_checklist_shows_who_ticked_each_step_and_when(db):
    roster = add_roster(db)
    incident_id = store_anomaly(db, roster)
    tick_step(db, incident_id, "customers_told", at=T0 + 30, by="王小美")
    items = checklist(db, get_incident(db, incident_id))
    assert [i.step.key for i in items] == ["reported_to_ops", "ops_answered", "customers_told",
                                           "followed_up"]
    told = items[2]
    assert (told.done, told.done_by, told.done_at) == (True, "王小美", T0 + 30)
    assert not items[0].done


def test_withdrawing_a_tick_is_a_new_entry_and_the_old_tick_stays_on_record(db):
    incident_id = open_incident(db, at=T0, type="reception_surge", title="接待量暴涨")
    tick = tick_step(db, incident_id, "reported", at=T0 + 10, by="陈主管")
    untick_step(db, incident_id, "reported", at=T0 + 20, by="陈主管", reason="点错了")
    timeline = entries(db, incident_id)
    assert steps_done(timeline) == {}
    assert [(e.kind, e.corrects) for e in timeline[1:]] == [("step_done", None),
                                                            ("step_undone", tick)]


def test_the_checklist_follows_the_subtype(db):
    computer = open_incident(db, at=T0, type="system_fault", subtype="computer", title="死机")
    popup = open_incident(db, at=T0, type="system_fault", subtype="no_order_popup",
                          title="已拍下无弹窗")
    assert [i.step.key for i in checklist(db, get_incident(db, computer))] == \
        ["accounts_moved", "technician", "restart_reported"]
    assert [i.step.key for i in checklist(db, get_incident(db, popup))] == ["order_list_checked"]
    with pytest.raises(WorkflowError, match="not a step"):
        tick_step(db, popup, "technician", at=T0, by="x")


def test_incidents_logged_before_migration_7_keep_their_record_and_gain_the_guards(db_path):
    from app.db import migrate_database, open_database

    old = open_database(db_path, migrate=False)
    migrate_database(old, target=5)
    with old.atomic():
        old.execute("INSERT INTO incidents (opened_at, type, title) VALUES (?, 'outage', '停电')",
                    [T0])
        old.execute("INSERT INTO incident_entries (incident_id, at, kind, text) "
                    "VALUES (1, ?, 'opened', '停电')", [T0])
    old.close()
    db = open_database(db_path)
    incident = get_incident(db, 1)
    assert (incident.title, incident.status, incident.store_ids) == ("停电", "open", ())
    change_status(db, 1, "resolved", at=T0 + 60, by="陈主管")
    with pytest.raises(sqlite3.IntegrityError, match="illegal incident status"):
        db.execute("UPDATE incidents SET status = 'open' WHERE id = 1")
    assert [e.kind for e in entries(db, 1)] == ["opened", "status"]
    db.close()
