"""A table model fed with whole snapshots that emits dataChanged only for changed cells."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from widgets.status_style import state_style

SORT_ROLE = Qt.UserRole + 1
STATE_ROLE = Qt.UserRole + 2


class CellValue(NamedTuple):
    """One cell. A tuple, so comparing two snapshots of a large table runs in C."""

    text: str
    sort: Any = None
    state: str | None = None  # coloured with a glyph where set
    align_right: bool = False
    tooltip: str = ""


class SnapshotTableModel(QAbstractTableModel):
    """Rows keyed by a stable id; `update()` diffs the new snapshot against the old."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._keys: list[Hashable] = []
        self._rows: list[tuple[CellValue, ...]] = []
        self.changed_cells = 0  # for tests and the benchmark
        self.resets = 0

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Horizontal, 0, max(0, len(headers) - 1))

    def update(self, keys: Sequence[Hashable], rows: Sequence[tuple[CellValue, ...]]) -> None:
        keys = list(keys)
        if keys != self._keys or (rows and len(rows[0]) != self.columnCount()):
            self.beginResetModel()
            self._keys, self._rows = keys, list(rows)
            self.endResetModel()
            self.resets += 1
            return
        for r, (old, new) in enumerate(zip(self._rows, rows)):
            if old == new:
                continue
            cols = [c for c, (a, b) in enumerate(zip(old, new)) if a != b]
            self._rows[r] = new
            self.changed_cells += len(cols)
            self.dataChanged.emit(self.index(r, cols[0]), self.index(r, cols[-1]))

    def key_at(self, row: int) -> Hashable:
        return self._keys[row]

    def cell(self, row: int, column: int) -> CellValue:
        return self._rows[row][column]

    # -- Qt interface --------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        # Asked for every section and role when a view is set up: plain ints, no enum compare.
        if int(role) == _DISPLAY and orientation == _HORIZONTAL \
                and section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Called for every visible cell and role on each paint: reject unknown roles before
        # touching the index, and dispatch on plain ints (Qt enum comparisons are slow here).
        getter = _ROLE_GETTERS.get(int(role))
        if getter is None or not index.isValid():
            return None
        return getter(self._rows[index.row()][index.column()])


def _display(cell: CellValue) -> str:
    return f"{state_style(cell.state).glyph} {cell.text}" if cell.state else cell.text


_DISPLAY = int(Qt.DisplayRole)
_HORIZONTAL = Qt.Orientation.Horizontal
_LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_ROLE_GETTERS = {
    int(Qt.DisplayRole): _display,
    int(Qt.AccessibleTextRole): _display,
    int(SORT_ROLE): lambda c: c.sort if c.sort is not None else c.text,
    int(STATE_ROLE): lambda c: c.state,
    int(Qt.BackgroundRole): lambda c: state_style(c.state).background if c.state else None,
    int(Qt.ForegroundRole): lambda c: state_style(c.state).foreground if c.state else None,
    int(Qt.TextAlignmentRole): lambda c: _RIGHT if c.align_right else _LEFT,
    int(Qt.ToolTipRole): lambda c: c.tooltip or None,
}
