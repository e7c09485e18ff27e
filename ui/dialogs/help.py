"""Help menu: a short quick guide (resources/help/guide_<lang>.md) and the list of every
keyboard shortcut, collected from the window's menus, actions and shortcuts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QDockWidget,
                               QHeaderView, QLineEdit, QMainWindow, QMenu, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from app.resources import resource_path
from ui.formatting import plain

_KEY_IN_TEXT = re.compile(r"\s*[（(]([^()（）]*)[)）]\s*$")


@dataclass(frozen=True)
class ShortcutRow:
    what: str  # the action, without its & accelerator
    keys: str  # "Ctrl+N", or the menu path by keyboard ("Alt+F, N") when it has none
    where: str  # the menu or panel it belongs to


def guide_text(lang: str) -> str:
    """The quick guide in Markdown, in `lang` (English when there is none)."""
    path = resource_path("help", f"guide_{lang}.md")
    if not path.exists():
        path = resource_path("help", "guide_en.md")
    return path.read_text(encoding="utf-8")


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def _native(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.NativeText)


def _menu_rows(menu: QMenu, path: list[str], keys: list[str]) -> list[ShortcutRow]:
    rows = []
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        step = keys + [_mnemonic(action.text())] if keys and _mnemonic(action.text()) else []
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), path + [plain(action.text())], step)
            continue
        shown = ", ".join(_native(s) for s in action.shortcuts())
        by_menu = ", ".join(step) if step else ""
        rows.append(ShortcutRow(plain(action.text()), shown or by_menu, " → ".join(path)))
    return rows


def _place(widget: QObject | None, window: QMainWindow) -> str:
    while widget is not None and widget is not window:
        if isinstance(widget, QDockWidget):
            return widget.windowTitle()
        widget = widget.parent()
    return window.windowTitle()


def _described(shortcut: QShortcut) -> str:
    """What a bare QShortcut does: its whatsThis, else the tooltip or placeholder of the
    widget beside it that names the same keys ("Find store… (Ctrl+F)")."""
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    parent = shortcut.parent()
    keys = {shortcut.key().toString(QKeySequence.PortableText), _native(shortcut.key())}
    widgets = parent.findChildren(QWidget) if isinstance(parent, QWidget) else []
    for widget in widgets:
        for text in (widget.toolTip(), widget.placeholderText()
                     if isinstance(widget, QLineEdit) else ""):
            found = _KEY_IN_TEXT.search(text or "")
            if found and found.group(1) in keys:
                return text[:found.start()].strip()
    return parent.accessibleName() if isinstance(parent, QWidget) else ""


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu action (with its shortcut, or the Alt path to it) and every other action
    or shortcut of the window that has keys."""
    rows: list[ShortcutRow] = []
    in_menus: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        rows += _menu_rows(top.menu(), [plain(top.text())], ["Alt+" + _mnemonic(top.text())]
                           if _mnemonic(top.text()) else [])
        in_menus |= {id(a) for a in _all_actions(top.menu())}
    for action in window.findChildren(QAction):
        if id(action) in in_menus or not action.shortcuts() or not action.text():
            continue
        rows.append(ShortcutRow(plain(action.text()),
                                ", ".join(_native(s) for s in action.shortcuts()),
                                _place(action.parent(), window)))
    for shortcut in window.findChildren(QShortcut):
        what = _described(shortcut)
        rows.append(ShortcutRow(what or _native(shortcut.key()), _native(shortcut.key()),
                                _place(shortcut.parent(), window)))
    return rows


def _all_actions(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        out.append(action)
        if action.menu() is not None:
            out += _all_actions(action.menu())
    return out


def _close_below(dialog: QDialog, content: QWidget) -> None:
    """Lay out `content` with a Close button (Esc) under it."""
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Quick guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(lang))
        _close_below(self, self.browser)
        self.resize(640, 600)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"),
                                              self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for n, row in enumerate(self.rows):
            for col, text in enumerate((row.what, row.keys, row.where)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        _close_below(self, self.table)
        self.resize(720, 560)


class HelpController(QObject):
    """Help → Quick guide (F1) and Keyboard shortcuts (Ctrl+/)."""

    def __init__(self, window: QMainWindow, lang: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.lang = lang
        self.guide_action = QAction(self.tr("&Quick guide"), window)
        self.guide_action.setShortcut(QKeySequence.HelpContents)
        self.guide_action.setShortcutContext(Qt.ApplicationShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.setShortcutContext(Qt.ApplicationShortcut)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)

    def open_guide(self) -> GuideDialog:
        dialog = GuideDialog(self.lang, self.window_)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window_)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog
