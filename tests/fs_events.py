"""Wait for another process to change a folder: woken by inotify (Linux), never by sleeping.

For tests that wait on outside programs (Xvfb's socket, the CUPS scheduler, cups-pdf's
output): the condition is checked, then re-checked each time the folder changes.
"""

from __future__ import annotations

import ctypes
import os
import select
import time
from collections.abc import Callable
from pathlib import Path

IN_MODIFY, IN_CLOSE_WRITE, IN_MOVED_TO, IN_CREATE = 0x2, 0x8, 0x80, 0x100
_WATCHED = IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE


def wait_for(folder: Path, condition: Callable[[], bool], timeout: float) -> bool:
    """True as soon as condition() holds, checked at start and after each change in
    `folder` (which must exist); False when `timeout` seconds pass first."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
    if fd < 0:
        raise OSError(ctypes.get_errno(), "inotify_init1 failed")
    try:
        if libc.inotify_add_watch(fd, os.fsencode(folder), _WATCHED) < 0:
            raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
        deadline = time.monotonic() + timeout
        while not condition():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                os.read(fd, 65536)  # drain: what changed does not matter, the condition does
        return True
    finally:
        os.close(fd)
