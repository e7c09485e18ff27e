"""The roster editor's small forms: a store, a store account, an agent, picking an agent.

A form saves through a callback when OK is pressed; a RosterError stays in the form as an
inline message next to the field it is about, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from app.catalog import platform_keys, platform_name
from app.roster import RosterAccount, RosterAgent, RosterError, RosterStore
from ui.roster_words import field_words, roster_error
from ui.storage_words import error_text
from ui.theme import error_label

Save = Callable[[dict[str, Any]], object]


class RosterForm(QDialog):
    """A form of named fields, an inline message and OK / Cancel."""

    def __init__(self, title: str, save: Save, entity: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.entity = entity
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.message = error_label()
        self.message.setObjectName("rosterFormMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_line(self, name: str, value: str = "", hint: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(hint)
        self._add(name, edit)
        return edit

    def add_combo(self, name: str, items: Sequence[tuple[str, Any]], current: Any = None,
                  editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            found = combo.findData(current)
            if found >= 0:
                combo.setCurrentIndex(found)
            elif editable:
                combo.setEditText(str(current))
        self._add(name, combo)
        return combo

    def _add(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"field.{name}")
        self.fields[name] = widget
        self.form.addRow(field_words(self.entity).get(name, name), widget)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if not widget.isEnabled():
                continue
            if isinstance(widget, QLineEdit):
                out[name] = widget.text()
            elif widget.isEditable():
                out[name] = widget.currentText()
            else:
                out[name] = widget.currentData()
        return out

    def show_error(self, text: str, field: str | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def accept(self) -> None:
        try:
            self.save(self.values())
        except RosterError as exc:
            self.show_error(*roster_error(str(exc)))
            return
        except Exception as exc:  # storage trouble (disk full, locked): said here, not raised
            self.show_error(self.tr("Not saved: %1").replace("%1", error_text(exc)))
            return
        super().accept()


class StoreForm(RosterForm):
    def __init__(self, save: Save, store: RosterStore | None, lang: str, parent=None) -> None:
        title = self.tr("Add store") if store is None else self.tr("Edit store")
        super().__init__(title, save, "store", parent)
        s = store or RosterStore(0, platform_keys()[0], "")
        self.add_combo("platform", [(platform_name(k, lang), k) for k in platform_keys()],
                       s.platform)
        self.add_line("name", s.name, self.tr("as the platform shows it"))
        self.add_line("min_agents", str(s.min_agents), self.tr("agents, 0 or more"))
        self.add_line("service_start", s.service_start, "08:00")
        self.add_line("service_end", s.service_end, "24:00")
        self.add_line("quiet_minutes", str(s.quiet_minutes), self.tr("minutes"))


class AccountForm(RosterForm):
    def __init__(self, save: Save, account: RosterAccount | None,
                 stores: Sequence[RosterStore], lang: str, parent=None) -> None:
        title = (self.tr("Add store account") if account is None
                 else self.tr("Rename store account"))
        super().__init__(title, save, "account", parent)
        store = self.add_combo(
            "store_id", [(f"{platform_name(s.platform, lang)} · {s.name}", s.id) for s in stores],
            account.store_id if account else None)
        store.setEnabled(account is None)  # an account belongs to its store for good
        self.add_line("name", account.name if account else "", self.tr("the sub-account login"))


class AgentForm(RosterForm):
    def __init__(self, save: Save, agent: RosterAgent | None, teams: Sequence[str],
                 skill_groups: Sequence[str], parent=None) -> None:
        title = self.tr("Add agent") if agent is None else self.tr("Edit agent")
        super().__init__(title, save, "agent", parent)
        a = agent or RosterAgent(0, "")
        self.add_line("name", a.name)
        self.add_combo("team", [(t, t) for t in teams], a.team, editable=True)
        self.add_combo("skill_group", [(g, g) for g in skill_groups], a.skill_group,
                       editable=True)
        hint = self.tr("empty: not known")
        self.add_line("shift_start", a.shift_start, hint)
        self.add_line("shift_end", a.shift_end, hint)


class PickAgentDialog(RosterForm):
    """Pick one agent from a list (to give them an account, or to take it back)."""

    def __init__(self, title: str, prompt: str, agents: Sequence[RosterAgent], save: Save,
                 parent=None) -> None:
        super().__init__(title, save, "assignment", parent)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.form.addRow(label)
        items = [(f"{a.name} · {a.team}" if a.team else a.name, a.id) for a in agents]
        self.combo = self.add_combo("agent", items)
        self.form.labelForField(self.combo).setText(self.tr("Agent"))
