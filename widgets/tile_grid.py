"""A scrolling grid of large status tiles (title, big value, words + glyph) for the wallboard."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from widgets.kpi_tile import KpiTile

TILE_WIDTH = 220  # at scale 1; the grid fits as many columns as the width allows


class TileGrid(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Status tiles"))
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setSpacing(8)
        self.setWidget(self._body)
        self._tiles: dict[Hashable, KpiTile] = {}
        self._order: list[Hashable] = []
        self._scale = 1.0
        self._columns = 0

    def update(self, tiles: Sequence[tuple[Hashable, str, str, str, str]]) -> None:
        """tiles: (key, title, value, detail, state) in display order."""
        keys = [t[0] for t in tiles]
        for key in set(self._tiles) - set(keys):
            self._tiles.pop(key).deleteLater()
        for key, title, value, detail, state in tiles:
            tile = self._tiles.get(key)
            if tile is None:
                tile = self._tiles[key] = KpiTile(title)
                tile.set_scale(self._scale)
            tile.set_title(title)
            tile.set_value(value, detail, state)
        if keys != self._order:
            self._order = keys
            self._layout()

    def tile(self, key: Hashable) -> KpiTile | None:
        return self._tiles.get(key)

    def set_scale(self, factor: float) -> None:
        self._scale = factor
        for tile in self._tiles.values():
            tile.set_scale(factor)
        self._layout()

    def _fit_columns(self) -> int:
        return max(1, self.viewport().width() // int(TILE_WIDTH * self._scale))

    def _layout(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        self._columns = self._fit_columns()
        for i, key in enumerate(self._order):
            self._grid.addWidget(self._tiles[key], i // self._columns, i % self._columns)
        self._grid.setRowStretch(len(self._order) // self._columns + 1, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_columns() != self._columns:
            self._layout()
