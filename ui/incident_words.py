"""The translated words of the incident screens: statuses, severities, moves, entry kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# Inline error text in the incident dialogs (a label, never a blocking message box).
# How each severity and status looks in a table (glyph and colour from widgets/status_style).
SEVERITY_STATE = {"low": None, "medium": "warning", "high": "alarm", "critical": "alarm"}
STATUS_STATE = {"open": "alarm", "acknowledged": "warning", "mitigated": "warning",
                "resolved": "ok", "closed": "closed"}


def status_words() -> dict[str, str]:
    return {"open": translate("Incidents", "Open"),
            "acknowledged": translate("Incidents", "Acknowledged"),
            "mitigated": translate("Incidents", "Mitigated"),
            "resolved": translate("Incidents", "Resolved"),
            "closed": translate("Incidents", "Closed")}


def severity_words() -> dict[str, str]:
    return {"low": translate("Incidents", "Low"), "medium": translate("Incidents", "Medium"),
            "high": translate("Incidents", "High"),
            "critical": translate("Incidents", "Critical")}


def move_words() -> dict[tuple[str, str], str]:
    """The button for each legal status move (app.incidents.TRANSITIONS)."""
    acknowledge = translate("Incidents", "Acknowledge")
    mitigated = translate("Incidents", "Mitigated")
    resolve = translate("Incidents", "Resolve")
    reopen = translate("Incidents", "Reopen")
    return {
        ("open", "acknowledged"): acknowledge, ("open", "mitigated"): mitigated,
        ("open", "resolved"): resolve, ("acknowledged", "mitigated"): mitigated,
        ("acknowledged", "resolved"): resolve, ("mitigated", "acknowledged"): reopen,
        ("mitigated", "resolved"): resolve, ("resolved", "closed"): translate("Incidents", "Close"),
        ("resolved", "acknowledged"): reopen,
    }


def kind_words() -> dict[str, str]:
    """What each kind of timeline entry (app.incident_log.KINDS) is called."""
    return {
        "opened": translate("Incidents", "Logged"),
        "note": translate("Incidents", "Note"),
        "correction": translate("Incidents", "Correction"),
        "status": translate("Incidents", "Status"),
        "field": translate("Incidents", "Changed"),
        "step_done": translate("Incidents", "Step done"),
        "step_undone": translate("Incidents", "Step withdrawn"),
        "deadline_started": translate("Incidents", "Clock started"),
        "deadline_met": translate("Incidents", "Clock met"),
        "deadline_cancelled": translate("Incidents", "Clock cancelled"),
        "escalated": translate("Incidents", "Escalated"),
        "promise": translate("Incidents", "Promise"),
        "reported": translate("Incidents", "Reported"),
        "offer": translate("Incidents", "Offer"),
        "follow_up": translate("Incidents", "Follow-up"),
        "alert": translate("Incidents", "Alert"),
    }


def field_words() -> dict[str, str]:
    return {"severity": translate("Incidents", "Severity"),
            "owner": translate("Incidents", "Owner"), "title": translate("Incidents", "Title"),
            "subtype": translate("Incidents", "Subtype"),
            "stores": translate("Incidents", "Stores"), "agents": translate("Incidents", "Agents")}


def band_words() -> dict[str, str]:
    """The serious-complaint authority bands; %1 is the band's limit in yuan."""
    return {"resolve": translate("Incidents", "Within ¥%1: soothe and resolve quickly"),
            "supervisor": translate("Incidents", "Within the supervisor's range (¥%1): "
                                                 "resolve it yourself"),
            "escalate": translate("Incidents", "Above ¥%1: report to the manager and "
                                               "operations before continuing")}


def privacy_note() -> str:
    """Shown on staff-health and on-floor-emotion incidents."""
    return translate("Incidents", "No health details here: name who and what was done. "
                                  "Private notes belong to the agent's wellbeing case.")


def countdown(seconds: float) -> str:
    """A live countdown: 4:59, 1:02:03; overdue shows as +0:42."""
    sign = "" if seconds >= 0 else "+"
    s = int(seconds) if seconds >= 0 else int(-seconds + 0.999)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"
