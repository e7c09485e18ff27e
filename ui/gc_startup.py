"""The cyclic GC at start-up: paused until the window's first paint, then what start-up made is
frozen (never scanned again) and collection resumes."""

from __future__ import annotations

import gc


def pause_collection() -> None:
    """Called first thing by `floorwatch`: the imports and the window allocate hundreds of
    thousands of objects that live as long as the app, and the GC's passes over them took
    ~58 ms of a 0.78 s start (docs/performance.md)."""
    gc.disable()


def freeze_start_up() -> None:
    """After the first paint: what start-up made lives as long as the app, so it is frozen
    (at 100 stores the full passes over it paused every thread ~70 ms a few times a minute)
    and the GC runs again for what comes after. Harmless when collection was never paused."""
    gc.freeze()
    gc.enable()
