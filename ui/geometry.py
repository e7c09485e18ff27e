"""Keep a restored window on a screen that exists (a laptop away from its second monitor)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect

MIN_VISIBLE = 120  # pixels of the window that must be on some screen in each direction


def fit_to_screens(window: QRect, screens: Sequence[QRect], primary: QRect) -> QRect:
    """`window` unchanged when enough of it is on a screen, else fitted into `primary`."""
    for screen in screens:
        overlap = window.intersected(screen)
        title_reachable = screen.top() <= window.top() < screen.bottom()
        if (title_reachable and overlap.width() >= min(MIN_VISIBLE, window.width())
                and overlap.height() >= min(MIN_VISIBLE, window.height())):
            return window
    width = min(window.width(), primary.width())
    height = min(window.height(), primary.height())
    left = primary.left() + (primary.width() - width) // 2
    top = primary.top() + (primary.height() - height) // 2
    return QRect(left, top, width, height)
