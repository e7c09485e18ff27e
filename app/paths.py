"""Default locations: the database in the user data directory."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    return Path(user_data_dir("floorwatch", appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "floorwatch.db"
