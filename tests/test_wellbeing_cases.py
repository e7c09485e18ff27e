"""Cases, handover and records of the wellbeing feature, below the UI: steps in order and
timestamped, accounts moved without uncovering a store and handed back, health events with
their calls, the roster's breaks and shift counts, and the shift report's section."""

from __future__ import annotations

import pytest

from app import roster
from app.incidents import list_incidents
from app.wellbeing import care, cases, checkins, contacts, handover, vault
from app.wellbeing.cases import CaseError
from app.wellbeing.floor_view import agent_lines, last_breaks
from app.wellbeing.handover import HandoverError
from app.wellbeing_report import WellbeingAccess, wellbeing_section
from wellbeing_floor import (FAST_KDF, NOW, PASSPHRASE, ZONE, account_id, at, build,
                             online_per_store)

BY = "陈主管"


@pytest.fixture
def floor(db):
    ids = build(db)
    return db, ids, vault.setup(db, PASSPHRASE, FAST_KDF)


def _emotion_case(db, ids, cipher) -> int:
    return cases.open_case(db, cipher, ids["王小美"], "emotion", at=NOW, by=BY)


def test_the_roster_shows_time_since_the_last_break_and_conversations_this_shift(floor):
    db, ids, cipher = floor
    lines = {a.name: a for a in agent_lines(db, NOW, ZONE, cipher)}
    wang = lines["王小美"]
    assert wang.breaks.last_break_end == at("09:15")
    assert wang.breaks.online_since == at("09:15")
    assert wang.handled_shift == 3  # the 07:30 conversation belongs to the night shift
    assert lines["张伟"].status == "away" and lines["张伟"].breaks.on_break_since == at("09:50")
    assert last_breaks(db, NOW)[ids["李娜"]].last_break_end is None


def test_levels_are_hidden_without_the_key_and_the_latest_check_in_counts(floor):
    db, ids, cipher = floor
    checkins.record_checkin(db, cipher, ids["王小美"], 3, at=at("08:30"), by=BY)
    checkins.record_checkin(db, cipher, ids["王小美"], 1, at=at("09:55"), by=BY, note="哭了")
    locked = {a.name: a for a in agent_lines(db, NOW, ZONE)}
    assert locked["王小美"].checkin is None and locked["王小美"].open_case is None
    unlocked = {a.name: a for a in agent_lines(db, NOW, ZONE, cipher)}
    assert unlocked["王小美"].checkin.level == 1
    with pytest.raises(ValueError):
        checkins.record_checkin(db, cipher, ids["王小美"], 5, at=NOW, by=BY)


def test_candidates_are_online_agents_who_add_cover_first(floor):
    db, ids, _ = floor
    found = handover.candidates(db, ids["王小美"], NOW, ZONE)
    names = [c.name for c in found]
    assert "张伟" not in names  # away
    # 赵敏 is online in neither affected store; 李娜 is already online in 花语.
    assert names[0] == "赵敏" and names[1] == "李娜"
    assert found[0].adds_cover == 2 and found[1].adds_cover == 1


def test_a_move_that_leaves_a_store_with_nobody_online_is_refused_and_writes_nothing(floor):
    db, ids, cipher = floor
    case = _emotion_case(db, ids, cipher)
    choices = {account_id(db, "花语:王"): ids["李娜"], account_id(db, "星河:王"): None}
    plan = handover.plan_handover(db, ids["王小美"], choices, NOW, ZONE)
    assert [s.store for s in plan.blocked] == ["星河京东店"]
    before = online_per_store(db)
    with pytest.raises(HandoverError, match="星河京东店"):
        cases.cover_step(db, cipher, case, "replacement", choices, now=NOW, zone=ZONE, by=BY)
    assert online_per_store(db) == before
    assert roster.holders(db)[account_id(db, "星河:王")] == {ids["王小美"]}
    assert cases.replayed(db, cipher, case).current.key == "replacement"


def test_the_six_steps_end_to_end_keep_every_store_covered_and_hand_the_accounts_back(floor):
    db, ids, cipher = floor
    wang, li = ids["王小美"], ids["李娜"]
    case = _emotion_case(db, ids, cipher)
    moved = {account_id(db, "花语:王"): li, account_id(db, "星河:王"): li}
    plan, changes = cases.cover_step(db, cipher, case, "replacement", moved, now=at("10:01"),
                                     zone=ZONE, by=BY)
    assert changes.roster and changes.sessions
    assert {(s.store, s.before, s.after) for s in plan.stores} == {
        ("花语旗舰店", 2, 1), ("星河京东店", 1, 1)}
    assert online_per_store(db) == {"花语旗舰店": 1, "星河京东店": 1, "云朵拼多多店": 1}
    assert handover.held_accounts(db, wang) == []
    assert {h.account for h in handover.held_accounts(db, li)} == {"花语:李", "花语:王", "星河:王"}
    with pytest.raises(CaseError):  # steps go in order
        cases.record_step(db, cipher, case, "listen", {}, at=at("10:02"), by=BY)
    cases.record_step(db, cipher, case, "quiet_place", {"note": "会议室B"}, at=at("10:03"), by=BY)
    cases.record_step(db, cipher, case, "tissues_water", {}, at=at("10:04"), by=BY)
    assert cases.start_timer(db, cipher, case, "listen", at=at("10:05"), by=BY) == at("10:05")
    cases.record_step(db, cipher, case, "listen", {"cause": "customer", "note": "被骂"},
                      at=at("10:20"), by=BY)
    with pytest.raises(CaseError):
        cases.record_step(db, cipher, case, "emotion_first", {"outcomes": []},
                          at=at("10:25"), by=BY)
    cases.record_step(db, cipher, case, "emotion_first",
                      {"outcomes": ["escalation"], "escalated_to": "刘经理"}, at=at("10:25"), by=BY)
    with pytest.raises(CaseError, match="both"):
        cases.close_case(db, cipher, case, "confirm", {"agent_ok": True}, at=at("10:30"), by=BY)
    changes = cases.close_case(db, cipher, case, "confirm",
                               {"agent_ok": True, "supervisor_ok": True, "level": 3},
                               at=at("10:30"), by=BY)
    assert changes.incidents
    state = cases.replayed(db, cipher, case)
    assert not state.case.open and state.case.closed_at == at("10:30")
    assert [state.done[k].at for k in ("replacement", "quiet_place", "tissues_water", "listen",
                                       "emotion_first", "confirm")] == [
        at("10:01"), at("10:03"), at("10:04"), at("10:20"), at("10:25"), at("10:30")]
    assert state.moved is None
    assert {h.account for h in handover.held_accounts(db, wang)} == {"花语:王", "星河:王"}
    assert {h.account for h in handover.held_accounts(db, li)} == {"花语:李"}
    assert online_per_store(db) == {"花语旗舰店": 2, "星河京东店": 1, "云朵拼多多店": 1}
    assert list_incidents(db)[0].status == "resolved"
    # The roster history keeps both moves.
    actions = [c.action for c in roster.history(db, "assignment")][-6:]
    assert actions.count("assigned") == 3 and actions.count("unassigned") == 3


def test_the_coverage_timeline_never_drops_to_nobody_during_the_swap(floor):
    from app.coverage import online_steps

    db, ids, cipher = floor
    case = _emotion_case(db, ids, cipher)
    zhao = ids["赵敏"]
    cases.cover_step(db, cipher, case, "replacement",
                     {account_id(db, "花语:王"): zhao, account_id(db, "星河:王"): zhao},
                     now=at("10:01"), zone=ZONE, by=BY)
    for step in ("quiet_place", "tissues_water", "listen"):
        cases.record_step(db, cipher, case, step, {}, at=at("10:05"), by=BY)
    cases.record_step(db, cipher, case, "emotion_first", {"outcomes": ["none"]},
                      at=at("10:06"), by=BY)
    cases.close_case(db, cipher, case, "confirm", {"agent_ok": True, "supervisor_ok": True},
                     at=at("10:10"), by=BY)
    xinghe = db.execute("SELECT id FROM stores WHERE name = '星河京东店'").fetchone()[0]
    steps = online_steps(db, at("09:55"), at("10:30"))[xinghe]
    assert min(steps.counts) >= 1, list(zip(steps.times, steps.counts))


def test_a_case_can_be_paused_and_resumed_with_what_was_typed(floor):
    db, ids, cipher = floor
    case = _emotion_case(db, ids, cipher)
    cases.pause_case(db, cipher, case, at=at("10:02"), by=BY,
                     draft={"step": "replacement", "note": "先找李娜"})
    state = cases.replayed(db, cipher, case)
    assert state.paused and state.draft["note"] == "先找李娜"
    with pytest.raises(CaseError, match="paused"):
        cases.cover_step(db, cipher, case, "replacement", {}, now=NOW, zone=ZONE, by=BY)
    cases.resume_case(db, cipher, case, at=at("10:10"), by=BY)
    state = cases.replayed(db, cipher, case)
    assert not state.paused and state.current.key == "replacement"
    assert [e.event for e in state.entries] == ["opened", "paused", "resumed"]


def test_one_open_case_per_agent(floor):
    db, ids, cipher = floor
    _emotion_case(db, ids, cipher)
    with pytest.raises(CaseError, match="already"):
        cases.open_case(db, cipher, ids["王小美"], "acute_illness", at=NOW, by=BY)
    assert cases.open_case_count(db) == 1


def test_acute_illness_says_no_medicine_and_records_each_call_to_the_family(floor):
    db, ids, cipher = floor
    wang = ids["王小美"]
    contacts.set_contact(db, cipher, wang, "relative1", name="王大妈", relation="母亲",
                         phone="13800138000", verified_on="2026-03-01", at=NOW, by=BY)
    case = cases.open_case(db, cipher, wang, "acute_illness", at=NOW, by=BY)
    kind = cases.replayed(db, cipher, case).kind
    assert [s.type for s in kind.steps] == ["cover", "check", "contacts", "prompt", "close"]
    assert "不要给员工用药" in kind.step("no_medicine").guide.zh
    cases.cover_step(db, cipher, case, "cover",
                     {account_id(db, "花语:王"): ids["李娜"], account_id(db, "星河:王"): ids["赵敏"]},
                     now=at("10:01"), zone=ZONE, by=BY)
    with pytest.raises(CaseError, match="confirm"):
        cases.record_step(db, cipher, case, "no_medicine", {}, at=at("10:02"), by=BY)
    cases.record_step(db, cipher, case, "no_medicine", {"confirmed": True}, at=at("10:02"),
                      by=BY)
    cases.record_attempt(db, cipher, case, "family", "relative1", "no_answer", at=at("10:03"),
                         by=BY)
    cases.record_attempt(db, cipher, case, "family", "relative1", "reached", at=at("10:06"),
                         by=BY, note="妈妈来接")
    cases.record_step(db, cipher, case, "family", {}, at=at("10:07"), by=BY)
    cases.record_step(db, cipher, case, "doctor", {"note": "社区医院"}, at=at("10:30"), by=BY)
    cases.close_case(db, cipher, case, "close", {}, at=at("10:40"), by=BY, hand_back=False)
    state = cases.replayed(db, cipher, case)
    assert [(a.at, a.data["result"]) for a in state.attempts] == [
        (at("10:03"), "no_answer"), (at("10:06"), "reached")]
    assert state.moved is not None  # the accounts stay with the cover while she is away
    assert handover.held_accounts(db, wang) == []


def test_contacts_are_validated_and_the_three_slots_are_fixed(floor):
    db, ids, cipher = floor
    with pytest.raises(contacts.ContactError) as bad:
        contacts.set_contact(db, cipher, ids["李娜"], "relative1", name="李妈妈", relation="母亲",
                             phone="call me", verified_on="", at=NOW, by=BY)
    assert bad.value.field == "phone"
    with pytest.raises(contacts.ContactError):
        contacts.set_contact(db, cipher, ids["李娜"], "cousin", name="x", relation="",
                             phone="13800000000", verified_on="", at=NOW, by=BY)
    contacts.set_contact(db, cipher, ids["李娜"], "friend", name="小红", relation="同学",
                         phone="+86 139-0000-0000", verified_on="2026-11-01", at=NOW, by=BY)
    assert contacts.contact_counts(db) == {ids["李娜"]: 1}


def test_recognitions_name_their_dimensions_and_care_actions_may_be_for_the_team(floor):
    db, ids, cipher = floor
    with pytest.raises(ValueError, match="dimension"):
        care.add_care(db, cipher, "recognition", agent_id=ids["李娜"], at=NOW, by=BY)
    care.add_care(db, cipher, "recognition", agent_id=ids["李娜"], at=NOW, by=BY,
                  dimensions=("hard_work", "helping"))
    care.add_care(db, cipher, "care", agent_id=None, at=NOW, by=BY, note="下午茶点心")
    log = care.care_log(db, cipher, at=NOW, by=BY)
    assert {(e.kind, e.dimensions) for e in log} == {("recognition", ("hard_work", "helping")),
                                                     ("care", ())}
    assert care.counts_between(db, NOW - 1, NOW + 1) == {"care": 1, "one_to_one": 0,
                                                        "recognition": 1}


def test_the_shift_report_counts_anonymously_and_names_only_with_the_key(floor):
    db, ids, cipher = floor
    checkins.record_checkin(db, cipher, ids["王小美"], 2, at=at("09:30"), by=BY, note="私密")
    cases.open_case(db, cipher, ids["王小美"], "emotion", at=at("09:40"), by=BY)
    care.add_care(db, cipher, "one_to_one", agent_id=ids["李娜"], at=at("09:45"), by=BY,
                  note="私密谈话")
    start, end = at("08:00"), at("16:00")
    anonymous = wellbeing_section(db, start, end)
    counts = {c.label_en: c.count for c in anonymous.counts}
    assert counts["Emotion check-ins"] == 1 and counts["Wellbeing cases opened"] == 1
    assert counts["Cases still open at the end"] == 1 and counts["One-to-ones"] == 1
    assert anonymous.named == ()
    assert wellbeing_section(db, start, end, include_names=True).named == ()  # no key
    named = wellbeing_section(db, start, end, include_names=True,
                              access=WellbeingAccess(cipher, "zh_CN", ZONE)).named
    assert ("王小美", "11-20 09:30 情绪分级：2 · 受影响但有觉察") in named
    assert any(who == "李娜" and "一对一" in what for who, what in named)
    assert not any("私密" in what for _, what in named)  # notes never go into a report
