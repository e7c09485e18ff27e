"""The patrol checklist, the supervisor's way: reorder (Ctrl+Up/Down), add, retire, restore.

Every change is saved at once; retiring keeps the item's past answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from app.patrol import add_item, checklist, reorder_items, restore_item, retire_item
from app.settings import get_setting
from ui.context import AppContext
from ui.storage_words import error_text


class PatrolItemsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dialog.patrolItems")
        self.setWindowTitle(self.tr("Patrol items"))
        self.resize(560, 480)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Patrol items in order"))
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.retire = QPushButton(self.tr("Retire"))
        self.restore = QPushButton(self.tr("Restore"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.retire.clicked.connect(self.retire_selected)
        self.restore.clicked.connect(self.restore_selected)
        self.list.installEventFilter(self)
        side = QVBoxLayout()
        for button in (self.up, self.down, self.retire, self.restore):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        self.title_zh = QLineEdit()
        self.title_en = QLineEdit()
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("New item (Chinese)"), self.title_zh)
        form.addRow(self.tr("New item (English)"), self.title_en)
        form.addRow("", self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda _: self._buttons())
        self.fill()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt virtual)
        """Ctrl+Up / Ctrl+Down move the selected item (plain arrows just select)."""
        if watched is self.list and event.type() == QEvent.KeyPress \
                and event.modifiers() & Qt.ControlModifier \
                and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.move(-1 if event.key() == Qt.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def fill(self, select: str | None = None) -> None:
        self.items = checklist(self.ctx.db, include_retired=True)
        self.list.clear()
        for item in self.items:
            text = item.title(self.ctx.lang)
            if item.retired_at is not None:
                text = self.tr("%1 (retired)").replace("%1", text)
            row = QListWidgetItem(text)
            row.setData(Qt.UserRole, item.key)
            row.setToolTip(item.detail(self.ctx.lang))
            if item.retired_at is not None:
                row.setForeground(Qt.gray)
            self.list.addItem(row)
        keys = [i.key for i in self.items]
        self.list.setCurrentRow(keys.index(select) if select in keys else 0)
        self._buttons()

    def selected_key(self) -> str | None:
        row = self.list.currentItem()
        return row.data(Qt.UserRole) if row else None

    def _buttons(self) -> None:
        key = self.selected_key()
        item = next((i for i in self.items if i.key == key), None)
        self.retire.setEnabled(item is not None and item.retired_at is None)
        self.restore.setEnabled(item is not None and item.retired_at is not None)

    def move(self, step: int) -> None:
        key = self.selected_key()
        keys = [i.key for i in self.items]
        if key is None:
            return
        i = keys.index(key)
        j = i + step
        if not 0 <= j < len(keys):
            return
        keys[i], keys[j] = keys[j], keys[i]
        self._save(lambda: reorder_items(self.ctx.db, keys), key)

    def retire_selected(self) -> None:
        key = self.selected_key()
        if key:
            self._save(lambda: retire_item(self.ctx.db, key, at=self.ctx.now()), key)

    def restore_selected(self) -> None:
        key = self.selected_key()
        if key:
            self._save(lambda: restore_item(self.ctx.db, key), key)

    def add(self) -> None:
        added = []

        def write() -> None:
            added.append(add_item(self.ctx.db, self.title_zh.text(), self.title_en.text(),
                                  at=self.ctx.now(), by=get_setting(self.ctx.db, "supervisor")))

        if self._save(write, None):
            self.title_zh.clear()
            self.title_en.clear()
            self.fill(added[0].key)

    def _save(self, write, select: str | None) -> bool:
        try:
            write()
        except (ValueError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        except Exception as exc:  # storage problems: shown, never a traceback dialog
            self.message.setText(self.tr("Not saved: %1").replace(
                "%1", error_text(exc, self.ctx.lang)))
            return False
        self.message.setText("")
        if select is not None:
            self.fill(select)
        return True
