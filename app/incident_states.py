"""An incident's statuses: constants the panels use without loading the incident workflow."""

STATUSES = ("open", "acknowledged", "mitigated", "resolved", "closed")
ACTIVE = ("open", "acknowledged", "mitigated")
ACTIVE_FILTER = "active"  # a status filter: open, acknowledged or mitigated
