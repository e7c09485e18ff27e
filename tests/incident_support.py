"""Helpers for the incident tests: the shipped playbooks in use, a small roster, a clock."""

from __future__ import annotations

import pytest

from app.playbooks import load_playbooks, use_playbooks

T0 = 1_795_000_000.0  # 2026-11-19 — any fixed instant; the tests move a ManualClock from here


@pytest.fixture(autouse=True)
def shipped_playbooks(tmp_path):
    """The shipped playbooks, whatever the developer keeps in their own data directory."""
    use_playbooks(load_playbooks(tmp_path / "no-user-copy.json"))
    yield
    use_playbooks(None)


def add_roster(db) -> dict[str, int]:
    """Two stores and two agents; name → id."""
    ids = {}
    with db.atomic():
        for platform, name in (("tmall", "花语美妆旗舰店"), ("jd", "花语京东自营店")):
            ids[name] = db.execute("INSERT INTO stores (platform, name) VALUES (?, ?)",
                                   [platform, name]).lastrowid
        for name in ("王小美", "李佳琪"):
            ids[name] = db.execute("INSERT INTO agents (name, team) VALUES (?, 'A')",
                                   [name]).lastrowid
    return ids
