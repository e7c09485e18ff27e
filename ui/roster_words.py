"""The translated words of the roster editor: field names, actions, history lines, errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.catalog import platform_name
from app.roster import RosterChange

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def field_words(entity: str = "store") -> dict[str, str]:
    """What each field of a store, store account or agent is called."""
    return {
        "platform": translate("Roster", "Platform"),
        "name": name_words().get(entity, translate("Roster", "Store name")),
        "store_id": translate("Roster", "Store"),
        "min_agents": translate("Roster", "Minimum agents online"),
        "service_start": translate("Roster", "Service starts"),
        "service_end": translate("Roster", "Service ends"),
        "quiet_minutes": translate("Roster", "Alert after minutes without customers"),
        "team": translate("Roster", "Team"),
        "skill_group": translate("Roster", "Skill group"),
        "shift_start": translate("Roster", "Shift starts"),
        "shift_end": translate("Roster", "Shift ends"),
    }


def name_words() -> dict[str, str]:
    return {"store": translate("Roster", "Store name"),
            "account": translate("Roster", "Account name"),
            "agent": translate("Roster", "Agent name")}


def action_words() -> dict[str, str]:
    return {
        "added": translate("Roster", "Added"),
        "edited": translate("Roster", "Edited"),
        "retired": translate("Roster", "Retired"),
        "restored": translate("Roster", "Restored"),
        "assigned": translate("Roster", "Assigned"),
        "unassigned": translate("Roster", "Handed back"),
    }


def entity_words() -> dict[str, str]:
    return {"store": translate("Roster", "store"), "account": translate("Roster", "store account"),
            "agent": translate("Roster", "agent")}


# -- RosterError messages (app/roster.py words them in English) ---------------------------
# The subject of a message → the form field it is about.
_SUBJECT_FIELD = {
    "store name": "name", "agent name": "name", "account name": "name",
    "minimum agents online": "min_agents", "minutes without customers": "quiet_minutes",
    "service start": "service_start", "service end": "service_end",
    "shift start": "shift_start", "shift end": "shift_end",
}


def _subject(subject: str) -> str:
    if subject.endswith(" name"):
        return name_words().get(subject[:-5], subject)
    field = _SUBJECT_FIELD.get(subject)
    return field_words()[field] if field else subject


def _entity(name: str) -> str:
    return entity_words().get(name, name)


def _unquoted(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" \
        else value


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern
    text: Callable[[], str]  # the translated template, %1 … from the groups
    fields: Callable[[tuple[str, ...]], tuple[str, ...]]  # groups → what fills %1 …


_PATTERNS = (
    _Pattern(re.compile(r"(.+) must be a time of day like 08:00 \(got (.*)\)"),
             lambda: translate("Roster", "%1 must be a time of day like 08:00 (not %2)."),
             lambda g: (_subject(g[0]), _unquoted(g[1]))),
    _Pattern(re.compile(r"(.+) must be a whole number \(got (.*)\)"),
             lambda: translate("Roster", "%1 must be a whole number (not %2)."),
             lambda g: (_subject(g[0]), _unquoted(g[1]))),
    _Pattern(re.compile(r"(.+) must be at least (-?\d+) \(got (.*)\)"),
             lambda: translate("Roster", "%1 must be at least %2 (not %3)."),
             lambda g: (_subject(g[0]), g[1], g[2])),
    _Pattern(re.compile(r"(.+) must not be empty"),
             lambda: translate("Roster", "%1 must not be empty."),
             lambda g: (_subject(g[0]),)),
    _Pattern(re.compile(r"(.+) is longer than (\d+) characters"),
             lambda: translate("Roster", "%1 is longer than %2 characters."),
             lambda g: (_subject(g[0]), g[1])),
    _Pattern(re.compile(r"unknown platform (.*) \(known: (.*)\)"),
             lambda: translate("Roster", "Unknown platform %1 (known: %2)."),
             lambda g: (_unquoted(g[0]), g[1])),
    _Pattern(re.compile(r"an? (store|account|agent) with that name already exists"),
             lambda: translate("Roster", "There is already a %1 with that name."),
             lambda g: (_entity(g[0]),)),
    _Pattern(re.compile(r"no (store|account|agent) with id (\d+)"),
             lambda: translate("Roster", "That %1 is no longer there (id %2); close the roster "
                                         "and open it again."),
             lambda g: (_entity(g[0]), g[1])),
    _Pattern(re.compile(r"that (store|account|agent) is retired; restore it first"),
             lambda: translate("Roster", "That %1 is retired; restore it first."),
             lambda g: (_entity(g[0]),)),
)


def roster_error(message: str) -> tuple[str, str | None]:
    """A RosterError's message in the UI language, and the form field it is about (or None).

    A message app/roster.py words in a way not listed here is shown as it is.
    """
    for pattern in _PATTERNS:
        m = pattern.regex.fullmatch(message.strip())
        if m is None:
            continue
        text = pattern.text()
        for i, value in enumerate(pattern.fields(m.groups()), start=1):
            text = text.replace(f"%{i}", value)
        subject = m.group(1)
        return text, _SUBJECT_FIELD.get(subject)
    return message, None


# -- history ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Names:
    """Names of every store, account and agent (retired ones too), for history lines."""

    stores: dict[int, str]
    accounts: dict[int, str]
    agents: dict[int, str]


def _value(field: str, value: object, names: Names, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if field == "platform":
        return platform_name(str(value), lang)
    if field == "store_id":
        return names.stores.get(int(value), f"#{value}")
    return str(value)


def change_text(change: RosterChange, names: Names, lang: str) -> str:
    """What one roster change did, in words (the action and time are shown beside it)."""
    words = field_words(change.entity)
    detail = change.detail
    if change.entity == "assignment":
        agent = names.agents.get(detail.get("agent_id"), "?")
        account = names.accounts.get(detail.get("account_id"), "?")
        template = (translate("Roster", "%1 holds %2") if change.action == "assigned"
                    else translate("Roster", "%1 no longer holds %2"))
        return template.replace("%1", agent).replace("%2", account)
    if change.action == "edited":
        return translate("Roster", "; ").join(
            translate("Roster", "%1: %2 → %3").replace("%1", words.get(f, f))
            .replace("%2", _value(f, old, names, lang)).replace("%3", _value(f, new, names, lang))
            for f, (old, new) in detail.items())
    if change.action == "added":
        return translate("Roster", "; ").join(
            translate("Roster", "%1: %2").replace("%1", words.get(f, f))
            .replace("%2", _value(f, value, names, lang)) for f, value in detail.items())
    return ""
