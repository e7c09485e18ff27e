"""A button that picks several items from a filterable, checkable list (stores, agents)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu,
                               QToolButton, QVBoxLayout, QWidget, QWidgetAction)


class MultiPicker(QToolButton):
    changed = Signal()

    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.setPopupMode(QToolButton.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Type to filter"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Choices"))
        self.list.setMinimumWidth(260)
        self.list.setMinimumHeight(220)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        action = QWidgetAction(self)
        action.setDefaultWidget(body)
        menu = QMenu(self)
        menu.addAction(action)
        menu.aboutToShow.connect(self.filter.setFocus)
        self.setMenu(menu)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        self._labels: dict[Hashable, str] = {}
        self._show_text()

    def showEvent(self, event) -> None:
        """Named after the form label that points at it ("Stores:"), for screen readers."""
        super().showEvent(event)
        if not self.accessibleName():
            labels = self.parent().findChildren(QLabel) if self.parent() else []
            named = [label.text() for label in labels if label.buddy() is self]
            self.setAccessibleName(re.sub(r"\(&\w\)|&|[:：]\s*$", "", named[0]).strip()
                                   if named else self.placeholder)

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        """Replace the choices, keeping those still offered checked."""
        keep = set(self.selected())
        self.list.blockSignals(True)
        self.list.clear()
        self._labels = {}
        for key, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if key in keep else Qt.Unchecked)
            self.list.addItem(item)
            self._labels[key] = label
        self.list.blockSignals(False)
        self._show_text()

    def set_selected(self, keys: Iterable[Hashable]) -> None:
        wanted = set(keys)
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)
        self.list.blockSignals(False)
        self._show_text()

    def selected(self) -> list[Hashable]:
        return [self.list.item(n).data(Qt.UserRole) for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.Checked]

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._show_text()
        self.changed.emit()

    def _show_text(self) -> None:
        names = [self._labels.get(k, str(k)) for k in self.selected()]
        comma = self.tr(", ", "list separator")
        if not names:
            self.setText(self.placeholder)
        elif len(names) <= 2:
            self.setText(comma.join(names))
        else:
            self.setText(self.tr("%1 and %2 more").replace("%1", comma.join(names[:2]))
                         .replace("%2", str(len(names) - 2)))
        self.setToolTip("\n".join(names))
        self.setAccessibleDescription(self.text())
