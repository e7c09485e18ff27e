"""The main window's periodic refresh: costly panels read on the snapshot reader, one round
at a time, and show what they read when it arrives, each in its own slice of the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from app.records import ChangeSet
from ui.docks.base import PanelDock
from ui.snapshot_reader import SnapshotReader


class BackgroundRefresh:
    """Rounds of panel refreshes whose reads run on a SnapshotReader.

    A panel with `reads_in_background` asks for its snapshot here (request_snapshot) and is
    given it by the reader (deliver); the others refresh in place. `round_done` runs when
    the last snapshot of a round has been shown, `failed` for each read that failed.
    """

    def __init__(self, db_path: Path, docks: Sequence[PanelDock], parent: QObject,
                 round_done: Callable[[], None],
                 failed: Callable[[BaseException], None]) -> None:
        self.reader = SnapshotReader(db_path, parent)
        self.docks = docks
        self.round_done = round_done
        self.failed = failed
        self._out = 0  # snapshots of this round still being read

    @property
    def busy(self) -> bool:
        return self._out > 0

    def start(self, changes: ChangeSet | None) -> None:
        """Refresh every panel for `changes`; call only when not busy."""
        jobs = []
        for dock in self.docks:
            if not dock.reads_in_background:
                dock.refresh(changes)
                continue
            request = dock.request_snapshot(changes)
            if request is not None:
                jobs.append((dock, *request))
        self._out = len(jobs)
        for dock, generation, job in jobs:
            self.reader.submit(job, lambda snap, d=dock, g=generation: self._arrived(d, g, snap),
                               self._failed)
        if not jobs:
            self.round_done()

    def _arrived(self, dock: PanelDock, generation: int, snapshot: object) -> None:
        self._out -= 1
        dock.deliver(generation, snapshot)
        if not self._out:
            self.round_done()

    def _failed(self, exc: BaseException) -> None:
        self._out -= 1
        self.failed(exc)
        if not self._out:
            self.round_done()

    def close(self) -> None:
        self.reader.close()
