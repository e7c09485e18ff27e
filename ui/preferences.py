"""A desk preference with a fixed set of values, kept in QSettings (language, theme)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings


def read_choice(key: str, choices: Sequence[str]) -> str:
    """The stored value, or the first choice (the default) when it is missing or unknown."""
    value = QSettings().value(key, choices[0])
    return value if value in choices else choices[0]


def write_choice(key: str, value: str, choices: Sequence[str]) -> None:
    if value not in choices:
        raise ValueError(f"{key} must be one of {', '.join(choices)}, not {value!r}")
    QSettings().setValue(key, value)
