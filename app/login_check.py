"""Patrol item 1, the login check: every store account's status now, and what is wrong.

An account is *expected* online when its store is in service hours and one of its holders
is on shift now (or a holder's shift is not known). Problems: an expected account nobody
is logged in to, an account online that the roster gives to nobody, a store in service
hours with nobody online.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import sqlite_utils

from app.catalog import platform_name
from app.floor import StoreStatus, account_statuses, in_service_hours, store_statuses
from app.patrol import Answer, record_item

ITEM_KEY = "login_check"
NOT_LOGGED_IN, UNASSIGNED, UNCOVERED = "not_logged_in", "unassigned", "uncovered"


@dataclass(frozen=True)
class AccountCheck:
    account_id: int
    store_id: int
    platform: str
    store: str
    account: str
    holders: tuple[str, ...]
    status: str  # online / away / offline
    since: float | None
    agents_on: tuple[str, ...]
    expected: bool
    problem: str | None  # NOT_LOGGED_IN, UNASSIGNED or None


@dataclass(frozen=True)
class LoginCheck:
    at: float
    accounts: tuple[AccountCheck, ...]
    uncovered_stores: tuple[str, ...]  # "店铺（平台）" of stores in service with nobody online

    @property
    def problems(self) -> list[AccountCheck]:
        return [a for a in self.accounts if a.problem]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.uncovered_stores

    def summary(self, lang: str = "zh_CN") -> str:
        """One line for the patrol note, e.g. 检查 30 个子账号：28 在线，2 个问题。"""
        online = sum(1 for a in self.accounts if a.status == "online")
        problems = len(self.problems) + len(self.uncovered_stores)
        if lang.startswith("zh"):
            text = f"检查 {len(self.accounts)} 个子账号：{online} 个在线"
            return text + (f"，发现 {problems} 个问题。" if problems else "，全部正常。")
        text = f"Checked {len(self.accounts)} store accounts: {online} online"
        return text + (f", {problems} problem(s) found." if problems else ", all in order.")

    def problem_lines(self, lang: str = "zh_CN") -> list[str]:
        """Each problem in words, for the note and for an incident's first entry."""
        zh = lang.startswith("zh")
        lines = [(f"店铺无人在线：{s}" if zh else f"Store with nobody online: {s}")
                 for s in self.uncovered_stores]
        for a in self.problems:
            where = f"{a.store}（{platform_name(a.platform, lang)}） {a.account}"
            if a.problem == NOT_LOGGED_IN:
                who = "、".join(a.holders) if zh else ", ".join(a.holders)
                lines.append(f"未登录：{where}（应由 {who} 在线）" if zh
                             else f"Not logged in: {where} (held by {who})")
            else:
                who = "、".join(a.agents_on) if zh else ", ".join(a.agents_on)
                lines.append(f"无人分配却在线：{where}（{who}）" if zh
                             else f"Online but assigned to nobody: {where} ({who})")
        return lines

    def detail(self) -> dict:
        """The evidence stored with the patrol answer (JSON-serialisable)."""
        return {"at": self.at, "uncovered_stores": list(self.uncovered_stores),
                "accounts": [asdict(a) for a in self.accounts]}


def _on_shift(shift: tuple[str, str] | None, now: float, zone: dt.tzinfo) -> bool:
    if shift is None or not shift[0] or not shift[1]:
        return True  # shift unknown: the account is expected whenever the store is open
    return in_service_hours(shift[0], shift[1], now, zone)


def run_login_check(db: sqlite_utils.Database, now: float, zone: dt.tzinfo,
                    statuses: list[StoreStatus] | None = None) -> LoginCheck:
    """Check every active store account at `now` (reads only); `statuses`: the stores'
    store_statuses() at `now` if already read."""
    if statuses is None:
        statuses = store_statuses(db, now, zone)
    stores = {s.store_id: s for s in statuses}
    shifts = {name: (start, end) for name, start, end in db.execute(
        "SELECT name, shift_start, shift_end FROM agents WHERE retired_at IS NULL")}
    checks = []
    for a in account_statuses(db):
        store = stores.get(a.store_id)
        if store is None:
            continue  # a retired store's account
        expected = store.in_service and any(_on_shift(shifts.get(h), now, zone)
                                            for h in a.holders)
        live = a.status != "offline"
        problem = (UNASSIGNED if live and not a.holders
                   else NOT_LOGGED_IN if expected and not live else None)
        checks.append(AccountCheck(a.account_id, a.store_id, store.platform, store.name,
                                   a.name, a.holders, a.status, a.since, a.agents_on,
                                   expected, problem))
    uncovered = tuple(f"{s.name}（{platform_name(s.platform, 'zh_CN')}）"
                      for s in stores.values() if s.state == "uncovered")
    return LoginCheck(now, tuple(checks), uncovered)


def record_login_check(db: sqlite_utils.Database, check: LoginCheck, day: dt.date | str,
                       shift: str, *, by: str, lang: str = "zh_CN") -> Answer:
    """Write the check into the (day, shift) patrol record as item 1's answer."""
    note = "\n".join([check.summary(lang)] + check.problem_lines(lang))
    return record_item(db, day, shift, ITEM_KEY, "ok" if check.ok else "problem", note, by,
                       check.at, check.detail())
