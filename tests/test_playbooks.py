"""Playbooks as data: the eight types of the floor with their subtypes and steps, bilingual,
validated on load; a supervisor's broken copy is named, explained and not used."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.playbooks import (PlaybookError, load_playbooks, parse_playbooks, read_playbooks,
                           shipped_path)
from incident_support import shipped_playbooks  # noqa: F401


def shipped_data():
    return json.loads(shipped_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="playbooks.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data,
                    encoding="utf-8")
    return path


def test_the_shipped_playbooks_have_the_eight_incident_types_in_order():
    types = read_playbooks(shipped_path())
    assert [t.key for t in types] == [
        "public_opinion", "store_anomaly", "outage", "system_fault", "reception_surge",
        "staff_health", "floor_emotion", "serious_complaint"]
    by_key = {t.key: t for t in types}
    assert len(by_key["public_opinion"].subtypes) == 5
    assert [s.key for s in by_key["store_anomaly"].subtypes] == [
        "coupon_price", "stock", "page_description", "page_parameters"]
    assert {s.key for s in by_key["system_fault"].subtypes} == {
        "computer", "orders_not_shown", "no_order_popup", "starred_chats_lost", "client_fault"}
    assert len(by_key["floor_emotion"].steps) == 6
    assert [s.key for s in by_key["serious_complaint"].steps] == [
        "locate", "rules", "worst_case", "compensation", "talk", "confirm"]


def test_every_type_subtype_and_step_is_bilingual():
    for t in read_playbooks(shipped_path()):
        labels = [t.label] + [s.label for s in t.subtypes] + [s.label for s in t.steps]
        for label in labels:
            assert label.zh and label.en and label.zh != label.en
            assert any("\u4e00" <= ch <= "\u9fff" for ch in label.zh)


def test_the_store_anomaly_escalates_after_five_minutes_without_an_answer():
    anomaly = next(t for t in read_playbooks(shipped_path()) if t.key == "store_anomaly")
    [rule] = anomaly.deadlines
    assert (rule.starts, rule.until, rule.minutes) == ("reported_to_ops", "ops_answered", 5)
    assert "钉钉" in rule.escalation.zh and "DingTalk" in rule.escalation.en


def test_a_valid_supervisor_copy_overrides_the_shipped_file(tmp_path):
    data = shipped_data()
    data["types"][1]["steps"].append({"key": "screenshot", "zh_CN": "截图留证",
                                      "en": "Screenshot kept as evidence"})
    path = write(tmp_path, data)
    loaded = load_playbooks(path)
    assert loaded.source == path and loaded.problems == ()
    assert loaded["store_anomaly"].steps[-1].label.zh == "截图留证"


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d["types"][1]["steps"][0].pop("zh_CN"),
     'types[1] "store_anomaly" → steps[0] "reported_to_ops": \'zh_CN\' must be a non-empty '
     'text and is missing'),
    (lambda d: d["types"][1]["deadlines"][0].update(minutes="five"),
     'types[1] "store_anomaly" → deadlines[0] "ops_answer": \'minutes\' must be a number above '
     '0 and at most 10080, found "five"'),
    (lambda d: d["types"][1]["deadlines"][0].update(until="ops_replied"),
     '\'until\' must be one of this type\'s step keys, found "ops_replied"'),
    (lambda d: d["types"][2].update(key="store_anomaly"),
     'types[2] "store_anomaly": key "store_anomaly" is used twice'),
    (lambda d: d["types"][0].update(severity="urgent"),
     "'severity' must be one of low, medium, high, critical"),
    (lambda d: d["types"][3]["steps"][0].update(subtypes=["laptop"]),
     'subtype "laptop" is not one of this type\'s subtypes'),
    (lambda d: d["types"].pop(7), 'type "serious_complaint" is missing'),
    (lambda d: d["types"][7]["complaint"].update(supervisor_max=50),
     "'supervisor_max' must be at least 'resolve_max'"),
    (lambda d: d["types"][7]["steps"].pop(2), "missing: worst_case"),
    (lambda d: d["types"][4].update(steps=[]), "'steps' is empty"),
    (lambda d: d.update(format=2), "'format' must be 1"),
])
def test_a_broken_entry_is_named_with_its_file_its_place_and_the_problem(tmp_path, edit,
                                                                         expected):
    data = shipped_data()
    edit(data)
    path = write(tmp_path, data)
    with pytest.raises(PlaybookError) as caught:
        read_playbooks(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_every_problem_of_a_file_is_listed_not_just_the_first():
    data = shipped_data()
    data["types"][0].pop("en")
    data["types"][5]["steps"][0]["key"] = "Cover Arranged"
    _, problems = parse_playbooks(data, "p.json")
    assert len(problems) == 2
    assert problems[0].startswith('p.json: types[0] "public_opinion"')


def test_a_file_that_is_not_json_says_where_it_breaks(tmp_path):
    path = write(tmp_path, '{"format": 1, "types": [\n  {"key": "x",}\n]}')
    with pytest.raises(PlaybookError,
                       match=r"not valid JSON at line 2, column 15: Expecting property name"):
        read_playbooks(path)


def test_a_broken_supervisor_copy_falls_back_to_the_shipped_playbooks_with_the_reason(tmp_path):
    data = shipped_data()
    data["types"][1]["deadlines"][0]["minutes"] = -5
    path = write(tmp_path, data)
    loaded = load_playbooks(path)
    assert loaded.source == shipped_path()
    assert loaded.rejected == path
    assert len(loaded.problems) == 1 and "'minutes'" in loaded.problems[0]
    assert loaded["store_anomaly"].deadlines[0].minutes == 5  # the shipped value


def test_no_supervisor_copy_means_the_shipped_playbooks_and_no_problem(tmp_path):
    loaded = load_playbooks(tmp_path / "absent.json")
    assert (loaded.source, loaded.problems, loaded.rejected) == (shipped_path(), (), None)


def test_the_playbooks_command_checks_a_file_and_names_every_problem(tmp_path):
    def floorwatch(*args):
        return subprocess.run([sys.executable, "-m", "ui.cli", "playbooks", *args],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ,
                                   "XDG_DATA_HOME": str(tmp_path / "data")})

    good = floorwatch("--check", str(shipped_path()))
    assert good.returncode == 0 and "OK (8 incident types" in good.stdout
    data = shipped_data()
    data["types"][0].pop("en")
    data["types"][1]["deadlines"][0]["minutes"] = 0
    bad = floorwatch("--check", str(write(tmp_path, data)))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 2
    copy = floorwatch("--edit-copy")
    made = copy.stdout.strip()
    assert copy.returncode == 0 and made.startswith(str(tmp_path / "data"))
    assert read_playbooks(Path(made))
