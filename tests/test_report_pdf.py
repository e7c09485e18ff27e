"""The shift report as a PDF, made headless by `floorwatch report`: A4, numbered pages,
Chinese fonts embedded, the headings and counts in the text layer, ink on every page, greys
only (it must read in black and white), and clear refusals."""

import re
import subprocess

import pytest

from report_pdf_tools import floorwatch, ink_and_colour, page_count, pdf_text, poppler, \
    radicals, render_pages
from shift_floor import floor_file

HEADINGS_ZH = ["交接班报告", "核心指标", "指标走势", "店铺覆盖", "事件", "巡店", "员工关怀",
               "交接备注"]


@pytest.fixture(scope="module")
def floor_db(tmp_path_factory):
    return floor_file(tmp_path_factory.mktemp("floor") / "floor.db")


@pytest.fixture(scope="module")
def shift_pdf(floor_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "早班交接.pdf"
    done = floorwatch("report", "--db", str(floor_db), "--from", "2026-11-21T08:00",
                      "--to", "2026-11-21T16:00", "--pdf", str(out), "--lang", "zh_CN",
                      "--note", "京东店 8-9 点无人在线，请晚班关注")
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    return out


def test_the_pdf_is_a4_with_the_chinese_fonts_embedded(shift_pdf):
    info = subprocess.run([poppler("pdfinfo"), str(shift_pdf)], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842", info)
    fonts = subprocess.run([poppler("pdffonts"), str(shift_pdf)], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    assert any("CJK" in line for line in fonts)


def test_the_text_has_the_chinese_headings_the_numbers_and_the_incident_counts(shift_pdf):
    text = pdf_text(shift_pdf)
    for heading in HEADINGS_ZH:
        assert heading in text
    assert radicals(text) == ""  # 心 stays 心 (not the radical ⼼) when copied or searched
    assert "新开 1 起 · 已解决 1 起 · 未关闭 1 起 · 升级 1 次" in text
    assert "杭州客服一部" in text and "陈主管" in text and "2026-11-21 早班" in text
    assert "91.7%" in text and "08:00–09:00" in text.replace("‒", "–")
    assert "京东店 8-9 点无人在线，请晚班关注" in text
    assert "无员工关怀记录" in text


def test_every_page_is_numbered(shift_pdf):
    pages = page_count(shift_pdf)
    text = pdf_text(shift_pdf)
    assert pages >= 2
    for n in range(1, pages + 1):
        assert re.search(rf"第\s*{n}\s*/\s*{pages}\s*页", text)


def test_every_page_has_ink_and_only_greys(shift_pdf, tmp_path):
    pngs = render_pages(shift_pdf, tmp_path)
    assert len(pngs) == page_count(shift_pdf)
    for png in pngs:
        ink, spread = ink_and_colour(png)
        assert ink > 0.01, f"{png.name} is (nearly) blank"
        assert spread <= 8, f"{png.name} uses colour: it must read in black and white"


def test_the_report_speaks_english_when_asked(floor_db, tmp_path):
    out = tmp_path / "early.pdf"
    done = floorwatch("report", "--db", str(floor_db), "--shift", "early", "--day",
                      "2026-11-21", "--pdf", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    for heading in ("Shift report", "Headline KPIs", "Store coverage", "Incidents",
                    "Store patrol", "Wellbeing", "Hand-over note for the next shift"):
        assert heading in text
    assert "Opened 1 · resolved 1 · still open 1 · escalations 1" in text
    assert "2026-11-21 Early shift 08:00" in text and "91.7%" in text


def test_a_longer_period_gets_hourly_charts_and_more_pages(floor_db, tmp_path):
    out = tmp_path / "three-days.pdf"
    done = floorwatch("report", "--db", str(floor_db), "--from", "2026-11-20T00:00",
                      "--to", "2026-11-23T00:00", "--pdf", str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "2026-11-20 00:00 – 2026-11-23 00:00" in text.replace("‒", "–")
    assert "新开 3 起" in text
    pages = page_count(out)
    assert re.search(rf"第\s*{pages}\s*/\s*{pages}\s*页", text)


def test_an_unknown_printer_is_a_clear_error(floor_db, tmp_path):
    done = floorwatch("report", "--db", str(floor_db), "--shift", "early", "--day",
                      "2026-11-21", "--printer", "没有这台打印机")
    assert done.returncode == 2
    assert "no printer named '没有这台打印机'" in done.stderr
    assert "installed printers" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-11-21T16:00", "--to", "2026-11-21T08:00"], "must be before"),
    (["--from", "yesterday", "--to", "2026-11-21T08:00"], "not an ISO 8601 time"),
    (["--shift", "brunch"], "unknown shift"),
    (["--from", "2026-11-21T08:00"], "give the period"),
])
def test_a_bad_period_is_refused_in_one_line(floor_db, tmp_path, args, message):
    done = floorwatch("report", "--db", str(floor_db), *args, "--pdf", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_database_is_refused_and_not_created(tmp_path):
    missing = tmp_path / "nope.db"
    done = floorwatch("report", "--db", str(missing), "--shift", "early",
                      "--pdf", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "no Floorwatch database" in done.stderr
    assert not missing.exists()


def test_nothing_to_do_is_refused(floor_db):
    done = floorwatch("report", "--db", str(floor_db), "--shift", "early")
    assert done.returncode == 2 and "--pdf" in done.stderr


def test_a_busy_shift_keeps_every_section_across_pages(tmp_path):
    from busy_floor import make_report_database

    db_path = tmp_path / "busy.db"
    make_report_database(db_path, stores=12, incidents=40)
    out = tmp_path / "busy.pdf"
    done = floorwatch("report", "--db", str(db_path), "--shift", "early", "--day",
                      "2026-11-20", "--pdf", str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert page_count(out) >= 3
    for heading in HEADINGS_ZH + ["升级", "无员工关怀记录"]:
        assert heading in text  # nothing after a long table is lost
    assert re.search(r"新开 40 起 · 已解决 14 起 · 未关闭 26 起 · 升级 [1-9]\d* 次", text)
    assert text.count("创建时间") >= 2  # the incident table's header repeats on its next page


def test_the_command_uses_the_floors_own_shift_times(floor_db, tmp_path):
    import shutil

    from app.db import open_database
    from app.settings import set_shift_times

    own = tmp_path / "own-times.db"
    shutil.copy(floor_db, own)
    db = open_database(own)
    set_shift_times(db, {"early": ("09:00", "17:00"), "late": ("17:00", "24:00")})
    db.close()
    out = tmp_path / "own.pdf"
    done = floorwatch("report", "--db", str(own), "--shift", "early", "--day", "2026-11-21",
                      "--pdf", str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    assert "2026-11-21 早班 09:00–17:00" in pdf_text(out).replace("‒", "–")
