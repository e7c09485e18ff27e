"""Translated words the wellbeing dialogs share (audit actions, coverage states, statuses)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication

from app.db import StorageError
from app.wellbeing.vault import VaultError
from ui.storage_words import error_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def audit_words() -> dict[str, str]:
    return {
        "setup": translate("Wellbeing", "Passphrase set up"),
        "unlock": translate("Wellbeing", "Unlocked"),
        "unlock_failed": translate("Wellbeing", "Wrong passphrase typed"),
        "lock": translate("Wellbeing", "Locked"),
        "idle_lock": translate("Wellbeing", "Locked after idle time"),
        "passphrase_changed": translate("Wellbeing", "Passphrase changed"),
        "view_roster": translate("Wellbeing", "Levels shown in the roster"),
        "view_case": translate("Wellbeing", "Case viewed"),
        "view_contacts": translate("Wellbeing", "Emergency contacts viewed"),
        "view_care": translate("Wellbeing", "Care log viewed"),
        "view_audit": translate("Wellbeing", "Audit log viewed"),
        "checkin_added": translate("Wellbeing", "Check-in recorded"),
        "case_opened": translate("Wellbeing", "Case opened"),
        "case_step": translate("Wellbeing", "Case step recorded"),
        "case_paused": translate("Wellbeing", "Case paused"),
        "case_resumed": translate("Wellbeing", "Case resumed"),
        "case_closed": translate("Wellbeing", "Case closed"),
        "accounts_moved": translate("Wellbeing", "Store accounts moved"),
        "accounts_returned": translate("Wellbeing", "Store accounts handed back"),
        "contact_attempt": translate("Wellbeing", "Call to a contact recorded"),
        "contacts_changed": translate("Wellbeing", "Emergency contacts changed"),
        "care_added": translate("Wellbeing", "Care entry added"),
        "report_included": translate("Wellbeing", "Named in a shift report"),
    }


def cover_words() -> dict[str, str]:
    return {"ok": translate("Wellbeing", "Covered"),
            "below": translate("Wellbeing", "Below minimum"),
            "uncovered": translate("Wellbeing", "Nobody online"),
            "closed": translate("Wellbeing", "Closed now")}


def status_words() -> dict[str, str]:
    return {"online": translate("Wellbeing", "Online"),
            "away": translate("Wellbeing", "Away"),
            "offline": translate("Wellbeing", "Offline")}


def at_time(t: float | None, zone: dt.tzinfo) -> str:
    if t is None:
        return "—"
    return dt.datetime.fromtimestamp(t, zone).strftime("%m-%d %H:%M")


# What a write can raise that the supervisor must read as a message, never a traceback: a
# refusal worded by the app layer (ValueError and its kinds), a damaged sealed value, or a
# busy / read-only database.
SAVE_ERRORS = (ValueError, VaultError, sqlite3.Error, StorageError)


def problem(exc: BaseException) -> str:
    if isinstance(exc, (sqlite3.Error, StorageError)):  # worded as everywhere (storage_words)
        return "✖ " + translate("Wellbeing", "Not saved: %1").replace("%1", error_text(exc))
    return f"✖ {exc}"


def who(name: str) -> str:
    return name or translate("Wellbeing", "(supervisor not set)")
