"""Finding incidents by type, status, store, agent, date and text; CSV export that Excel
opens and cannot be tricked into running formulas; alerts prefill new incidents."""

import csv
import datetime as dt

from app.alerts import raise_alert
from app.incident_drafts import draft_from_alert
from app.incident_export import export_incidents
from app.incident_search import ACTIVE_FILTER, IncidentFilter, find_incidents
from app.incidents import add_entry, change_status, open_incident, tick_step
from incident_support import T0, add_roster, shipped_playbooks  # noqa: F401

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
DAY = 86400.0


def floor(db):
    roster = add_roster(db)
    tmall, jd = roster["花语美妆旗舰店"], roster["花语京东自营店"]
    ids = {
        "price": open_incident(db, at=T0, type="store_anomaly", subtype="coupon_price",
                               title="满减券设置错误", store_ids=[tmall],
                               agent_ids=[roster["王小美"]], owner="陈主管"),
        "surge": open_incident(db, at=T0 + DAY, type="reception_surge", title="大促接待量暴涨",
                               store_ids=[jd]),
        "outage": open_incident(db, at=T0 + 2 * DAY, type="outage", title="3 楼断网",
                                agent_ids=[roster["李佳琪"]]),
    }
    add_entry(db, ids["surge"], at=T0 + DAY + 60, text="运营说是直播间引流")
    change_status(db, ids["outage"], "resolved", at=T0 + 2 * DAY + 600, by="陈主管")
    return roster, ids


def found(db, **kw):
    return [s.incident.title for s in find_incidents(db, IncidentFilter(**kw))]


def test_incidents_are_listed_newest_first_with_their_stores_agents_and_ticks(db):
    roster, ids = floor(db)
    tick_step(db, ids["price"], "reported_to_ops", at=T0 + 5, by="陈主管")
    summaries = find_incidents(db)
    assert [s.incident.title for s in summaries] == ["3 楼断网", "大促接待量暴涨", "满减券设置错误"]
    price = summaries[2]
    assert (price.stores, price.agents, price.steps_done) == (
        ("花语美妆旗舰店",), ("王小美",), frozenset({"reported_to_ops"}))


def test_filters_by_type_status_store_agent_and_date(db):
    roster, ids = floor(db)
    assert found(db, type="reception_surge") == ["大促接待量暴涨"]
    assert found(db, status="resolved") == ["3 楼断网"]
    assert found(db, status=ACTIVE_FILTER) == ["大促接待量暴涨", "满减券设置错误"]
    assert found(db, store_id=roster["花语美妆旗舰店"]) == ["满减券设置错误"]
    assert found(db, agent_id=roster["李佳琪"]) == ["3 楼断网"]
    assert found(db, since=T0 + DAY, until=T0 + 2 * DAY) == ["大促接待量暴涨"]


def test_full_text_search_reads_titles_timelines_stores_agents_and_owners(db):
    floor(db)
    assert found(db, text="直播间") == ["大促接待量暴涨"]  # a timeline entry
    assert found(db, text="京东") == ["大促接待量暴涨"]  # a store name
    assert found(db, text="王小美") == ["满减券设置错误"]  # an agent
    assert found(db, text="陈主管 断网") == ["3 楼断网"]  # every word must match
    assert found(db, text="100%") == []  # LIKE wildcards are literal


def test_the_csv_export_has_one_row_per_incident_in_the_floor_zone(db, tmp_path):
    floor(db)
    path = tmp_path / "incidents.csv"
    assert export_incidents(db, path, SHANGHAI, IncidentFilter(status=ACTIVE_FILTER)) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:7] == ["编号", "开始时间", "类型", "子类型", "级别", "状态", "标题"]
    surge = rows[1]
    assert surge[1] == dt.datetime.fromtimestamp(T0 + DAY, SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
    assert surge[2:7] == ["接待量暴涨", "", "中", "未处理", "大促接待量暴涨"]
    assert surge[8] == "花语京东自营店" and surge[10:12] == ["0", "4"]


def test_cells_that_look_like_formulas_are_neutralised(db, tmp_path):
    incident_id = open_incident(db, at=T0, type="outage", title="=HYPERLINK(\"http://x\")",
                                owner="@admin")
    add_entry(db, incident_id, at=T0 + 1, text="+86 138 0000 0000")
    add_entry(db, incident_id, at=T0 + 2, text="-1 台电脑")
    path = tmp_path / "incidents.csv"
    export_incidents(db, path, SHANGHAI, lang="en")
    row = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))[1]
    assert row[6] == "'=HYPERLINK(\"http://x\")" and row[7] == "'@admin"
    timeline = tmp_path / "timeline.csv"
    assert export_incidents(db, timeline, SHANGHAI, lang="en", timeline=True) == 3
    texts = [r[6] for r in csv.reader(timeline.read_text(encoding="utf-8-sig").splitlines())]
    assert texts == ["text", "'=HYPERLINK(\"http://x\")", "'+86 138 0000 0000", "'-1 台电脑"]


def test_an_alert_prefills_type_severity_title_store_and_agent(db):
    roster = add_roster(db)
    surge = raise_alert(db, "surge:store:1", "surge", "alarm", "接待量暴涨：花语美妆旗舰店",
                        "Surge: Huayu", T0, store_id=roster["花语美妆旗舰店"])
    draft = draft_from_alert(surge, "zh_CN")
    assert (draft.type, draft.severity, draft.title, draft.store_ids, draft.source_alert_id) == (
        "reception_surge", "high", "接待量暴涨：花语美妆旗舰店", (roster["花语美妆旗舰店"],),
        surge.id)
    metric = raise_alert(db, "metric:reply_rate:agent", "metric", "warning", "回复率低", "Low",
                         T0, agent_id=roster["王小美"])
    draft = draft_from_alert(metric, "en")
    assert (draft.type, draft.severity, draft.agent_ids) == (None, "medium", (roster["王小美"],))
