"""Shared fixtures: headless Qt, a fresh database per test, settings kept out of $HOME."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS_DIR = tempfile.mkdtemp(prefix="floorwatch-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS_DIR
os.environ.setdefault("FLOORWATCH_LANG", "zh_CN")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from app.db import open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "floorwatch.db"


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def qsettings_isolated(tmp_path: Path):
    """Each GUI test starts with empty QSettings in its own folder."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def fw_app(qapp, qsettings_isolated):
    """The QApplication set up as the console sets it up (fonts, style, translations)."""
    from ui.application import make_application

    return make_application()


@pytest.fixture
def make_window(fw_app, qtbot, db_path):
    """make(demo=True) → (MainWindow, FeedController or None) on this test's database."""
    import argparse

    from ui.application import build_window

    made = []

    def make(demo=True):
        without_patrol_reminder(db_path)
        args = argparse.Namespace(db=str(db_path), demo=demo, demo_speed=1.0, demo_seed=7)
        window, feed = build_window(args)
        qtbot.addWidget(window)
        made.append((window, feed))
        return window, feed

    yield make
    for window, feed in made:
        if feed is not None:
            feed.stop()
        hub = getattr(window, "feed_hub", None)
        if hub is not None:  # sources added in the Data sources dialog run there too
            hub.stop()


@pytest.fixture(autouse=True)
def memory_keyring():
    """No test touches the developer's real keyring: every test gets an empty in-memory one."""
    from memory_keyring import MemoryKeyring, installed

    with installed(MemoryKeyring()) as backend:
        yield backend


def without_patrol_reminder(db_path: Path) -> None:
    """Window tests run on the real clock: after 10:00 the patrol reminder would add an
    alert to what they count. Their database starts with the reminder off."""
    import app.patrol  # noqa: F401  (declares the patrol_due setting)
    from app.db import open_database
    from app.settings import set_setting

    db = open_database(db_path)
    try:
        set_setting(db, "patrol_due", "")
    finally:
        db.close()
