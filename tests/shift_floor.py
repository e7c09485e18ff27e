"""A small, fully known floor day for the patrol and shift-report tests (not a fixture file).

Day 2026-11-21, floor zone Asia/Shanghai, early shift 08:00-16:00:
- 花语美妆旗舰店 (tmall): 张三 online 08:00-12:00 and 12:30-16:00 → uncovered 12:00-12:30;
  王五 online 07:45-08:00. Night arrivals at 02:00 (nobody online) and 07:50 (王五 online).
- 京东数码专营店 (jd): 李四 online 09:00-16:00 → uncovered 08:00-09:00; arrival at 07:30
  (nobody online).
- 12 conversations in the early shift, 3 incidents: a system fault opened the evening
  before and resolved at 09:30; a store anomaly opened at 10:05 whose 5-minute operations
  clock escalated at 10:20; a surge opened at 17:00, after the shift.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from app.deadlines import fire_escalations
from app.incidents import add_entry, change_status, open_incident, tick_step
from app.ingest import Ingestor
from app.records import Conversation, SessionEvent
from app.settings import set_setting

ZONE = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 11, 21)
TMALL, JD = ("tmall", "花语美妆旗舰店"), ("jd", "京东数码专营店")


def at(hhmm: str, day: dt.date = DAY) -> float:
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(h, m), tzinfo=ZONE).timestamp()


SHIFT_START, SHIFT_END = at("08:00"), at("16:00")


def session(hhmm: str, store: tuple[str, str], account: str, agent: str,
            status: str) -> SessionEvent:
    return SessionEvent(at(hhmm), store[0], store[1], account, agent, status)


def conversation(n: int, hhmm: str, store: tuple[str, str], agent: str | None,
                 wait: float | None, **kw) -> Conversation:
    start = at(hhmm)
    return Conversation(platform=store[0], store=store[1], customer=f"c{n}", started_at=start,
                        conversation_id=f"conv-{n}", agent=agent,
                        account=("a1" if store == TMALL else "b1") if agent else None,
                        first_reply_at=None if wait is None else start + wait,
                        ended_at=start + 600, **kw)


def build(db) -> None:
    set_setting(db, "floor_tz", "Asia/Shanghai")
    set_setting(db, "floor_name", "杭州客服一部")
    set_setting(db, "supervisor", "陈主管")
    events = [
        session("07:45", TMALL, "a1", "王五", "online"),
        session("08:00", TMALL, "a1", "王五", "offline"),
        session("08:00", TMALL, "a1", "张三", "online"),
        session("12:00", TMALL, "a1", "张三", "offline"),
        session("12:30", TMALL, "a1", "张三", "online"),
        session("16:00", TMALL, "a1", "张三", "offline"),
        session("09:00", JD, "b1", "李四", "online"),
        session("16:00", JD, "b1", "李四", "offline"),
        conversation(1, "02:00", TMALL, None, None, customer_messages=1),
        conversation(2, "07:30", JD, None, None, customer_messages=2),
        conversation(3, "07:50", TMALL, "王五", 12, customer_messages=2, agent_messages=2,
                     replies=2, reply_seconds_total=30),
    ]
    waits = [8, 12, 25, 40, 9, 70, None, 15, 20, 31, 5, 18]
    for i, wait in enumerate(waits):
        store = TMALL if i % 2 == 0 else JD
        agent = ("张三" if store == TMALL else "李四") if wait is not None else None
        events.append(conversation(
            10 + i, f"{8 + i // 2:02d}:{10 + (i % 2) * 20:02d}", store, agent, wait,
            customer_messages=3, agent_messages=4 if wait else 0, replies=3 if wait else 0,
            reply_seconds_total=3 * (wait or 0), inquiry=i % 3 == 0,
            paid_amount=120.0 * (i % 4 == 0), refund_amount=20.0 * (i == 4),
            rating=None if i % 3 else (5 if i < 9 else 2)))
    Ingestor(db, source="test").ingest(events)
    old = open_incident(db, at=at("21:00", DAY - dt.timedelta(days=1)), type="system_fault",
                        title="千牛客户端闪退", severity="high")
    add_entry(db, old, at=at("09:00"), text="技术人员重装客户端")
    change_status(db, old, "resolved", at=at("09:30"), by="陈主管")
    coupon = open_incident(db, at=at("10:05"), type="store_anomaly", title="优惠券设置错误")
    tick_step(db, coupon, "reported_to_ops", at=at("10:10"), by="陈主管")
    fire_escalations(db, at("10:20"))  # operations did not answer within 5 minutes
    open_incident(db, at=at("17:00"), type="reception_surge", title="直播引流接待量暴涨")


def floor_file(path: Path) -> Path:
    """A database file at `path` holding this floor day."""
    from app.db import open_database

    db = open_database(path)
    try:
        build(db)
    finally:
        db.close()
    return path


def floor_context(db, db_path: Path, hhmm: str):
    """The console's context on this floor day (built into `db`), its clock at `hhmm`."""
    from app.clock import ManualClock
    from ui.context import AppContext

    build(db)
    return AppContext(db=db, db_path=db_path, clock=ManualClock(at(hhmm)), zone=ZONE,
                      lang="zh_CN", demo=False)
