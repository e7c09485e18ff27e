"""The serious-complaint workflow: six steps in order; every source checked; the worst case
within the authority bands (≤ 100 yuan resolve, ≤ 1000 the supervisor's range, above:
manager and operations first); three tiers and each offer with its time; a follow-up owner
whose feedback is collected until the complaint is closed."""

import pytest

from app.complaint import complaint_state
from app.complaint_records import add_feedback, record_offer, report_risk
from app.incident_log import WorkflowError, entries
from app.incidents import change_status, get_incident, open_incident, tick_step, untick_step
from app.playbooks import playbooks
from incident_support import T0, shipped_playbooks  # noqa: F401

SOURCES = {"chat_log": "顾客 10:02 说少发一件", "order_notes": "备注：赠品缺货",
           "after_sales": "售后小张：已补发申请中"}


@pytest.fixture
def complaint(db):
    return open_incident(db, at=T0, type="serious_complaint", title="顾客投诉少发货并要求赔偿",
                         owner="陈主管")


def state(db, incident_id):
    return complaint_state(playbooks()["serious_complaint"], entries(db, incident_id))


def through_step_2(db, incident_id):
    tick_step(db, incident_id, "locate", at=T0 + 60, by="陈主管", data={"sources": SOURCES})
    tick_step(db, incident_id, "rules", at=T0 + 120, by="陈主管",
              data={"rules": "发货总则第 3 条", "responsibility": "商家"})


def worst_case(db, incident_id, amount, at=T0 + 180):
    return tick_step(db, incident_id, "worst_case", at=at, by="陈主管",
                     data={"amount": amount, "plan": "补发并赔付"})


def test_step_1_needs_every_source_none_may_be_skipped(db, complaint):
    partial = {"chat_log": "看过", "order_notes": "看过", "after_sales": " "}
    with pytest.raises(WorkflowError) as caught:
        tick_step(db, complaint, "locate", at=T0, by="陈主管", data={"sources": partial})
    assert "The after-sales staff who handled it" in caught.value.message("en")
    assert "处理过该工单的售后人员复述" in caught.value.message("zh_CN")
    tick_step(db, complaint, "locate", at=T0, by="陈主管", data={"sources": SOURCES})
    assert state(db, complaint).done["locate"].data == {"sources": SOURCES}


def test_the_steps_are_done_in_order(db, complaint):
    with pytest.raises(WorkflowError, match="in order"):
        worst_case(db, complaint, 50)


@pytest.mark.parametrize("amount, band", [
    (0, "resolve"), (99.99, "resolve"), (100, "resolve"), (100.01, "supervisor"),
    (1000, "supervisor"), (1000.01, "escalate"), (25000, "escalate")])
def test_the_worst_case_amount_falls_in_its_authority_band(amount, band):
    assert playbooks()["serious_complaint"].complaint.band(amount) == band


@pytest.mark.parametrize("amount", [100, 1000])
def test_within_the_supervisors_range_step_3_is_recorded_without_escalation(db, complaint,
                                                                            amount):
    through_step_2(db, complaint)
    worst_case(db, complaint, amount)
    s = state(db, complaint)
    assert (s.amount, s.band) == (amount, "resolve" if amount == 100 else "supervisor")


def test_above_the_supervisors_range_the_form_refuses_to_continue_until_both_are_told(
        db, complaint):
    through_step_2(db, complaint)
    with pytest.raises(WorkflowError) as caught:
        worst_case(db, complaint, 1500)
    assert "Manager, Operations" in caught.value.message("en")
    assert "上级主管、运营部门" in caught.value.message("zh_CN")
    report_risk(db, complaint, "manager", at=T0 + 200, by="陈主管", text="电话汇报刘经理")
    with pytest.raises(WorkflowError, match="Operations"):
        worst_case(db, complaint, 1500)
    with pytest.raises(WorkflowError, match="in order"):  # step 4 waits for step 3
        tick_step(db, complaint, "compensation", at=T0 + 210, by="陈主管",
                  data={"tiers": ["道歉+补发", "补发+50元", "退款+100元"]})
    report_risk(db, complaint, "operations", at=T0 + 220, by="陈主管", text="钉钉报备运营")
    worst_case(db, complaint, 1500, at=T0 + 230)
    s = state(db, complaint)
    assert (s.amount, s.band, sorted(s.reports)) == (1500, "escalate", ["manager", "operations"])


def test_a_higher_estimate_later_is_held_to_the_band_again(db, complaint):
    through_step_2(db, complaint)
    worst_case(db, complaint, 80)
    with pytest.raises(WorkflowError, match="above the supervisor's range"):
        worst_case(db, complaint, 3000, at=T0 + 300)
    assert state(db, complaint).amount == 80


def test_step_4_records_three_tiers_and_each_offer_with_its_time(db, complaint):
    through_step_2(db, complaint)
    worst_case(db, complaint, 300)
    with pytest.raises(WorkflowError, match="three compensation tiers"):
        tick_step(db, complaint, "compensation", at=T0 + 240, by="陈主管",
                  data={"tiers": ["道歉", "补发"]})
    with pytest.raises(WorkflowError, match="after step 4"):
        record_offer(db, complaint, 1, at=T0 + 241, by="陈主管")
    tick_step(db, complaint, "compensation", at=T0 + 240, by="陈主管",
              data={"tiers": ["道歉+补发", "补发+20元券", "补发+50元"]})
    record_offer(db, complaint, 1, at=T0 + 300, by="陈主管")
    record_offer(db, complaint, 2, at=T0 + 420, by="陈主管", text="顾客仍不满意")
    offers = [(o.data["tier"], o.data["offer"], o.at) for o in state(db, complaint).offers]
    assert offers == [(1, "道歉+补发", T0 + 300), (2, "补发+20元券", T0 + 420)]
    with pytest.raises(WorkflowError, match="tier must be 1 to 3"):
        record_offer(db, complaint, 4, at=T0 + 500, by="陈主管")


def test_step_6_names_the_follow_up_owner_and_collects_feedback_until_closed(db, complaint):
    through_step_2(db, complaint)
    with pytest.raises(WorkflowError, match="step 6"):
        add_feedback(db, complaint, at=T0, text="已补发")
    worst_case(db, complaint, 300)
    tick_step(db, complaint, "compensation", at=T0 + 240, by="陈主管",
              data={"tiers": ["道歉+补发", "补发+20元券", "补发+50元"]})
    tick_step(db, complaint, "talk", at=T0 + 600, by="陈主管", data={"notes": "顾客接受第二档"})
    with pytest.raises(WorkflowError, match="follow-up owner"):
        tick_step(db, complaint, "confirm", at=T0 + 700, by="陈主管",
                  data={"solution": "补发+20元券"})
    tick_step(db, complaint, "confirm", at=T0 + 700, by="陈主管",
              data={"solution": "补发+20元券", "follow_up_owner": "小张"})
    add_feedback(db, complaint, at=T0 + 3600, text="已补发，单号 SF123")
    add_feedback(db, complaint, at=T0 + 86400, text="顾客已收到，确认满意")
    s = state(db, complaint)
    assert s.follow_up_owner == "小张"
    assert [(f.author, f.text) for f in s.feedback] == [("小张", "已补发，单号 SF123"),
                                                        ("小张", "顾客已收到，确认满意")]
    change_status(db, complaint, "resolved", at=T0 + 90000, by="陈主管")
    change_status(db, complaint, "closed", at=T0 + 90001, by="陈主管")
    with pytest.raises(WorkflowError, match="closed"):
        add_feedback(db, complaint, at=T0 + 90002, text="又来反馈")


def test_a_serious_complaint_is_resolved_only_after_its_six_steps(db, complaint):
    through_step_2(db, complaint)
    with pytest.raises(WorkflowError, match="six steps"):
        change_status(db, complaint, "resolved", at=T0 + 200, by="陈主管")
    assert get_incident(db, complaint).status == "open"
    worst_case(db, complaint, 300)
    tick_step(db, complaint, "compensation", at=T0 + 240, by="陈主管",
              data={"tiers": ["a", "b", "c"]})
    tick_step(db, complaint, "talk", at=T0 + 600, by="陈主管", data={"notes": "ok"})
    tick_step(db, complaint, "confirm", at=T0 + 700, by="陈主管",
              data={"solution": "b", "follow_up_owner": "小张"})
    change_status(db, complaint, "resolved", at=T0 + 800, by="陈主管")


def test_an_earlier_step_is_withdrawn_only_after_the_later_ones(db, complaint):
    through_step_2(db, complaint)
    with pytest.raises(WorkflowError, match="later steps first"):
        untick_step(db, complaint, "locate", at=T0 + 300, by="陈主管")
    untick_step(db, complaint, "rules", at=T0 + 300, by="陈主管")
    untick_step(db, complaint, "locate", at=T0 + 301, by="陈主管")
    assert state(db, complaint).done == {}


def test_recording_a_step_again_keeps_the_first_record_on_the_timeline(db, complaint):
    through_step_2(db, complaint)
    first = worst_case(db, complaint, 300)
    second = worst_case(db, complaint, 450, at=T0 + 400)
    s = state(db, complaint)
    assert s.amount == 450
    assert s.done["worst_case"].corrects == first and s.done["worst_case"].id == second
    amounts = [e.data["amount"] for e in entries(db, complaint) if e.step == "worst_case"]
    assert amounts == [300, 450]
