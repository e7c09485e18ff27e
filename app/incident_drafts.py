"""A new incident prefilled from an alert: type, severity, title, store and agent."""

from __future__ import annotations

from dataclasses import dataclass

from app import surge
from app.alerts import Alert

# Alert severities (info < warning < alarm) → incident severities (low … critical).
# "critical" is never implied by an alert: only the supervisor sets it.
SEVERITY_FOR_ALERT = {"info": "low", "warning": "medium", "alarm": "high"}
# Alert kinds whose incident type is known; for the others the supervisor picks.
TYPE_FOR_ALERT_KIND = {surge.KIND: surge.INCIDENT_TYPE}


@dataclass(frozen=True)
class IncidentDraft:
    type: str | None = None
    subtype: str = ""
    severity: str | None = None  # None: the type's default
    title: str = ""
    store_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    source_alert_id: int | None = None


def draft_from_alert(alert: Alert, lang: str) -> IncidentDraft:
    return IncidentDraft(
        type=TYPE_FOR_ALERT_KIND.get(alert.kind),
        severity=SEVERITY_FOR_ALERT.get(alert.severity),
        title=alert.message(lang),
        store_ids=(alert.store_id,) if alert.store_id is not None else (),
        agent_ids=(alert.agent_id,) if alert.agent_id is not None else (),
        source_alert_id=alert.id)
