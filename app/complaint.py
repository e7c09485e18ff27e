"""The serious-complaint workflow's rules: what each of the six steps must record, and the
authority bands of the worst-case amount. Pure functions over a playbook and a timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.incident_log import Entry, WorkflowError, standing, steps_done
from app.playbooks import ComplaintRules, IncidentType

TIERS = 3


@dataclass(frozen=True)
class ComplaintState:
    """What the timeline says so far, for the guided form."""

    done: dict[str, Entry]
    amount: float | None = None
    band: str | None = None
    reports: dict[str, Entry] = field(default_factory=dict)  # manager / operations
    tiers: tuple[str, ...] = ()
    offers: tuple[Entry, ...] = ()
    follow_up_owner: str = ""
    feedback: tuple[Entry, ...] = ()


def rules_of(t: IncidentType) -> ComplaintRules:
    if t.complaint is None:
        raise WorkflowError(f"\"{t.key}\" is not a serious-complaint type")
    return t.complaint


def complaint_state(t: IncidentType, timeline: list[Entry]) -> ComplaintState:
    rules = rules_of(t)
    done = steps_done(timeline)
    worst = done.get("worst_case")
    amount = float(worst.data["amount"]) if worst and "amount" in worst.data else None
    tiers = tuple(done["compensation"].data.get("tiers", ())) if "compensation" in done else ()
    confirm = done.get("confirm")
    return ComplaintState(
        done=done, amount=amount, band=rules.band(amount) if amount is not None else None,
        reports={e.data.get("to"): e for e in standing(timeline, "reported")},
        tiers=tiers, offers=tuple(standing(timeline, "offer")),
        follow_up_owner=confirm.data.get("follow_up_owner", "") if confirm else "",
        feedback=tuple(standing(timeline, "follow_up")))


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def check_step(t: IncidentType, timeline: list[Entry], step: str,
               data: dict[str, Any] | None) -> dict[str, Any]:
    """The record a step of the complaint form stores, or WorkflowError saying what is
    missing. Step 3 applies the authority bands: above the supervisor's range the risk
    must have been reported to the manager and to operations first."""
    rules = rules_of(t)
    data = dict(data or {})
    if step == "locate":
        given = data.get("sources") if isinstance(data.get("sources"), dict) else {}
        sources = {c.key: _text(given, c.key) for c in rules.sources}
        missing = [c.label for c in rules.sources if not sources[c.key]]
        if missing:
            raise WorkflowError("Step 1 checks every source, none may be skipped; still to "
                                "record: " + ", ".join(m.en for m in missing),
                                "第一步每个信息来源都要核实，一个都不能少；还需记录："
                                + "、".join(m.zh for m in missing))
        return {"sources": sources}
    if step == "rules":
        if not _text(data, "responsibility"):
            raise WorkflowError("Step 2 records who is responsible under the platform rules",
                                "第二步需记录按平台规则确定的责任方")
        return {"rules": _text(data, "rules"), "responsibility": _text(data, "responsibility")}
    if step == "worst_case":
        amount = data.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0:
            raise WorkflowError("Step 3 records the worst-case amount in yuan (0 or more)",
                                "第三步需记录最坏情况的金额（元，不小于 0）")
        band = rules.band(float(amount))
        state = complaint_state(t, timeline)
        if band == "escalate":
            missing = [c.label for c in rules.escalate_to if c.key not in state.reports]
            if missing:
                raise WorkflowError(
                    f"¥{amount:,.2f} is above the supervisor's range "
                    f"(¥{rules.supervisor_max:,.0f}): before continuing, report the risk, the "
                    "worst case and the plan to: " + ", ".join(m.en for m in missing),
                    f"¥{amount:,.2f} 超出主管权限（¥{rules.supervisor_max:,.0f}）："
                    "继续之前须向以下各方报备风险、最坏结果和处理方案："
                    + "、".join(m.zh for m in missing))
        return {"amount": float(amount), "band": band, "plan": _text(data, "plan")}
    if step == "compensation":
        tiers = data.get("tiers")
        if not isinstance(tiers, list) or len(tiers) != TIERS or \
                not all(isinstance(x, str) and x.strip() for x in tiers):
            raise WorkflowError("Step 4 records three compensation tiers, mildest first",
                                "第四步需记录三个等级的补偿方案（由轻到重）")
        return {"tiers": [x.strip() for x in tiers]}
    if step == "talk":
        if not _text(data, "notes"):
            raise WorkflowError("Step 5 records how the talk with the customer went",
                                "第五步需记录与顾客沟通的情况")
        return {"notes": _text(data, "notes")}
    if step == "confirm":
        if not _text(data, "solution") or not _text(data, "follow_up_owner"):
            raise WorkflowError("Step 6 records the agreed solution and names the follow-up "
                                "owner", "第六步需记录双方确认的方案并指定跟进人")
        return {"solution": _text(data, "solution"),
                "follow_up_owner": _text(data, "follow_up_owner")}
    return data


def check_resolve(t: IncidentType, timeline: list[Entry]) -> None:
    """A serious complaint is resolved only once all six steps are done."""
    done = steps_done(timeline)
    missing = [s.label for s in t.steps if s.key not in done]
    if missing:
        raise WorkflowError("A serious complaint is resolved after its six steps; still open: "
                            + "; ".join(m.en for m in missing),
                            "严重客诉须完成六个步骤才能标记为已解决；未完成："
                            + "；".join(m.zh for m in missing))


def check_offer(t: IncidentType, timeline: list[Entry], tier: int) -> str:
    """The text of tier `tier` (1-3) when it may be offered now."""
    state = complaint_state(t, timeline)
    if not state.tiers:
        raise WorkflowError("Offer a tier after step 4 has recorded the three tiers",
                            "第四步记录三个补偿等级后才能给出方案")
    if not 1 <= tier <= len(state.tiers):
        raise WorkflowError(f"tier must be 1 to {len(state.tiers)}",
                            f"补偿等级须为 1 到 {len(state.tiers)}")
    return state.tiers[tier - 1]


def check_feedback(t: IncidentType, timeline: list[Entry]) -> str:
    """The follow-up owner, when step 6 has named one."""
    state = complaint_state(t, timeline)
    if not state.follow_up_owner:
        raise WorkflowError("Follow-up feedback is collected once step 6 names its owner",
                            "第六步指定跟进人后才能记录跟进反馈")
    return state.follow_up_owner
