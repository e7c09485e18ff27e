"""A table model fed with whole snapshots that emits dataChanged only for changed cells."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from widgets.status_style import state_style

SORT_ROLE = Qt.UserRole + 1
STATE_ROLE = Qt.UserRole + 2


@dataclass(frozen=True)
class CellValue:
    text: str
    sort: Any = None
    state: str | None = None  # coloured with a glyph where set
    align_right: bool = False


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
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.DisplayRole or role == Qt.AccessibleTextRole:
            if cell.state:
                return f"{state_style(cell.state).glyph} {cell.text}"
            return cell.text
        if role == SORT_ROLE:
            return cell.sort if cell.sort is not None else cell.text
        if role == STATE_ROLE:
            return cell.state
        if role == Qt.BackgroundRole and cell.state:
            return state_style(cell.state).background
        if role == Qt.ForegroundRole and cell.state:
            return state_style(cell.state).foreground
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if cell.align_right else Qt.AlignLeft) | Qt.AlignVCenter)
        return None
