"""Data sources in words: kinds, states, "offline since … retry at …" lines."""

from __future__ import annotations

import datetime as dt
import re

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
    words.update({  # an HTTP feed's codes (app/http_fetch.py FeedOffline)
        "refused": translate("Sources", "the server refused the connection (is the feed "
                                        "server running?)"),
        "dns": translate("Sources", "the server's name cannot be found (network or address?)"),
        "timeout": translate("Sources", "the server did not answer in time"),
        "slow": translate("Sources", "the server's answer came too slowly"),
        "reset": translate("Sources", "the connection was cut during the answer"),
        "tls": translate("Sources", "the secure connection failed (certificate?)"),
        "protocol": translate("Sources", "the server's answer is not valid HTTP"),
        "network": translate("Sources", "the network cannot reach the server"),
        "http_status": translate("Sources", "the server answered with an error (%1)"),
        "auth": translate("Sources", "the server refused the token; set it again in Data "
                                     "sources"),
        "redirect": translate("Sources", "the server redirects elsewhere; enter the new "
                                         "address"),
        "too_big": translate("Sources", "the server's answer is too large"),
        "malformed": translate("Sources", "the server's answer is not valid JSON"),
        "shape": translate("Sources", "the server's answer is not in the feed's format"),
        "bad_event": translate("Sources", "an event in the answer is not valid (see the log)"),
    })
    if status.code == "http_status":
        found = re.search(r"HTTP (\d{3})", status.detail)
        return words["http_status"].replace("%1", found.group(1) if found else "HTTP")
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
