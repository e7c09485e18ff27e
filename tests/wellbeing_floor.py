"""A small, fully known floor for the wellbeing tests (not a fixture file).

2026-11-20, Asia/Shanghai, early shift 08:00-16:00; "now" is 10:00.
- 花语旗舰店 (tmall, minimum 1): 王小美 holds 花语:王, 李娜 holds 花语:李; both online.
- 星河京东店 (jd, minimum 1): 王小美 holds 星河:王 (online), 张伟 holds 星河:张 but is away
  since 09:50 — so 王小美 is the only agent online there.
- 云朵拼多多店 (pinduoduo, minimum 1): 赵敏 holds 云朵:赵 (online).
- 王小美 came online at 08:00, took a break (away) 09:00-09:15, online since 09:15; she
  took 3 conversations this shift and 1 before it (07:30, in the night shift).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app import roster
from app.ingest import Ingestor
from app.records import Conversation, SessionEvent
from app.roster import RosterEntry
from app.settings import set_setting
from app.wellbeing.vault import KdfParams

ZONE = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 11, 20)
FAST_KDF = KdfParams(n=2 ** 14)  # the shipped default (2**17) is deliberately slow
PASSPHRASE = "晚班加油 correct horse"
HUAYU, XINGHE, YUNDUO = ("tmall", "花语旗舰店"), ("jd", "星河京东店"), ("pinduoduo", "云朵拼多多店")


def at(hhmm: str) -> float:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(DAY, dt.time(h, m), tzinfo=ZONE).timestamp()


NOW = at("10:00")


def _s(hhmm: str, store: tuple[str, str], account: str, agent: str, status: str):
    return SessionEvent(at(hhmm), store[0], store[1], account, agent, status)


def build(db) -> dict[str, int]:
    """Write the floor; returns agent name → id."""
    set_setting(db, "supervisor", "陈主管")
    roster.apply_entries(db, [
        RosterEntry(*HUAYU, "花语:王", "王小美", team="美妆组"),
        RosterEntry(*HUAYU, "花语:李", "李娜", team="美妆组"),
        RosterEntry(*XINGHE, "星河:王", "王小美", team="美妆组"),
        RosterEntry(*XINGHE, "星河:张", "张伟", team="数码组"),
        RosterEntry(*YUNDUO, "云朵:赵", "赵敏", team="数码组"),
    ], at=at("07:00"))
    events = []
    for store, account in ((HUAYU, "花语:王"), (XINGHE, "星河:王")):
        events += [_s("08:00", store, account, "王小美", "online"),
                   _s("09:00", store, account, "王小美", "away"),
                   _s("09:15", store, account, "王小美", "online")]
    events += [_s("08:00", HUAYU, "花语:李", "李娜", "online"),
               _s("08:00", XINGHE, "星河:张", "张伟", "online"),
               _s("09:50", XINGHE, "星河:张", "张伟", "away"),
               _s("08:00", YUNDUO, "云朵:赵", "赵敏", "online")]
    convs = [Conversation(platform=HUAYU[0], store=HUAYU[1], customer=f"c{n}",
                          started_at=at(t), conversation_id=f"wb-{n}", account="花语:王",
                          agent="王小美", first_reply_at=at(t) + 20, ended_at=at(t) + 300)
             for n, t in enumerate(("07:30", "08:30", "09:20", "09:40"))]
    Ingestor(db).ingest(events + convs)
    return {name: agent_id for agent_id, name in db.execute("SELECT id, name FROM agents")}


def account_id(db, name: str) -> int:
    return db.execute("SELECT id FROM accounts WHERE name = ?", [name]).fetchone()[0]


def online_per_store(db) -> dict[str, int]:
    from app.floor import store_statuses

    return {s.name: s.agents_online for s in store_statuses(db, NOW, ZONE)}
