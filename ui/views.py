"""One way to make a read-only data table: row selection, sortable proxy, columns sized once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.table import SORT_ROLE

FIT_ROWS = 100  # rows measured when columns are fitted to their contents


def data_table(model: QAbstractItemModel, parent: QWidget | None = None, *, name: str = "",
               sortable: bool = True, single: bool = False
               ) -> tuple[QTableView, QSortFilterProxyModel | None]:
    """A read-only table of `model` (behind a sorting, filtering proxy when `sortable`).

    Columns are fitted when rows or headers are replaced, from the first FIT_ROWS rows, and
    never on a changed cell: ResizeToContents re-measured the whole table on every
    dataChanged (10-17 s per refresh for a few hundred rows; docs/performance.md).
    """
    proxy = None
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(parent)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(FIT_ROWS)
    model.modelReset.connect(view.resizeColumnsToContents)
    model.headerDataChanged.connect(view.resizeColumnsToContents)
    if name:
        view.setAccessibleName(name)
    return view, proxy
