"""Data sources in words: kinds, states, "offline since … retry at …" lines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.sources import SourceStatus
from ui.formatting import clock_time


translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {"demo": translate("Sources", "Demo floor"),
            "folder": translate("Sources", "Watched folder"),
            "http": translate("Sources", "HTTP feed")}.get(kind, kind)


def state_name(state: str) -> str:
    return {"demo": translate("Sources", "● Demo running"),
            "live": translate("Sources", "● Live"),
            "offline": translate("Sources", "✖ Offline"),
            "error": translate("Sources", "✖ Error"),
            "stopped": translate("Sources", "○ Stopped"),
            "starting": translate("Sources", "◌ Connecting"),
            "disabled": translate("Sources", "○ Disabled"),
            "restart": translate("Sources", "↻ Starts after a restart")}.get(state, state)


def reason(status: SourceStatus) -> str:
    """Why a source is failing, in the console's language when the source gave a code."""
    p = status.params
    words = {
        "folder_missing": translate("Sources", "the folder is not there (a network drive "
                                               "that is not connected?)"),
        "folder_unreadable": translate("Sources", "the folder cannot be read: %1").replace(
            "%1", str(p.get("why", ""))),
        "imported_not_moved": translate("Sources", "%1 was imported but could not be moved "
                                                   "to %2/: %3"),
        "rejected_not_moved": translate("Sources", "%1 was rejected but could not be moved "
                                                   "to %2/: %3"),
    }
    text = words.get(status.code)
    if text is None:
        return status.detail
    return (text.replace("%1", str(p.get("file", ""))).replace("%2", str(p.get("folder", "")))
            .replace("%3", str(p.get("why", ""))))


def source_problem_text(status: SourceStatus, zone: dt.tzinfo, *, named: bool = True) -> str:
    """"<label>: <why> · retry at 14:05" for an offline or failing source."""
    why = reason(status)
    text = (f"{status.label}: {why}" if why else status.label) if named else why
    if status.next_try:
        text += " · " + translate("Sources", "retry at %1").replace(
            "%1", clock_time(status.next_try, zone))
    return text


def last_success_text(status: SourceStatus | None, stored: float | None, zone: dt.tzinfo) -> str:
    when = (status.last_success if status and status.last_success else None) or stored
    return clock_time(when, zone) if when else translate("Sources", "never")


def source_status_line(status: SourceStatus, zone: dt.tzinfo) -> str:
    """One line per source for the status bar's tooltip."""
    line = f"{state_name(status.state)} {status.label} ({kind_name(status.kind)})"
    if status.state in ("offline", "error"):
        line += " — " + source_problem_text(status, zone)
    elif status.detail:
        line += " — " + status.detail
    if status.last_success:
        line += " · " + translate("Sources", "last success %1").replace(
            "%1", clock_time(status.last_success, zone))
    return line
