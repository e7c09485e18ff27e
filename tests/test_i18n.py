"""Languages: zh_CN and en catalogues in resources/translations, the language chosen by
FLOORWATCH_LANG, then Settings, then the system; dates, numbers and money in its locale;
domain data (playbooks, patrol items, metric names…) bilingual in resources/data."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from test_translations import (ROOT, TS, describe, messages, tool_or_skip,
                               translation_text)
from ui import i18n
from ui.formatting import clock_time, date_time, metric_value, money, number

TRANSLATIONS = ROOT / "resources" / "translations"
TS_EN = TRANSLATIONS / "floorwatch_en.ts"
QM_EN = TRANSLATIONS / "floorwatch_en.qm"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
T = dt.datetime(2025, 11, 22, 17, 26, 5, tzinfo=SHANGHAI).timestamp()


@pytest.fixture
def locale_of():
    """Set the default QLocale as ui/i18n does for a language; restored afterwards."""
    before = QLocale()
    yield lambda lang: QLocale.setDefault(i18n.locale_for(lang))
    QLocale.setDefault(before)


# -- catalogues ----------------------------------------------------------------------------
def test_the_english_catalogue_has_every_message_of_the_chinese_one():
    zh, en = messages(TS), messages(TS_EN)
    assert set(zh) == set(en), (
        "floorwatch_en.ts and floorwatch_zh_CN.ts differ; run "
        "`bash resources/translations/update.sh`: "
        + ", ".join(describe(k) for k in sorted(set(zh) ^ set(en))[:10]))


def test_english_translations_are_finished_and_keep_their_placeholders():
    for key, message in messages(TS_EN).items():
        text = translation_text(message)
        assert message.find("translation").get("type") != "unfinished", describe(key)
        assert text.strip(), describe(key)
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", key[1])), \
            describe(key)


def test_the_english_qm_is_compiled_from_the_english_ts(tmp_path):
    lrelease = tool_or_skip("pyside6-lrelease")
    fresh = tmp_path / "en.qm"
    subprocess.run([lrelease, str(TS_EN), "-qm", str(fresh)], check=True,
                   capture_output=True, timeout=60)
    assert fresh.read_bytes() == QM_EN.read_bytes(), "run resources/translations/update.sh"


def test_fill_en_gives_new_messages_their_source_and_keeps_edited_wording():
    sys.path.insert(0, str(TRANSLATIONS))
    from fill_en import fill_identity

    ts = ("<context><name>X</name>"
          "<message><source>Save &amp; close</source>"
          "<translation type=\"unfinished\"></translation></message>"
          "<message><source>Colour</source><translation>Color</translation></message>"
          "</context>")
    filled, count = fill_identity(ts)
    assert count == 1
    assert "<translation>Save &amp; close</translation>" in filled
    assert "<translation>Color</translation>" in filled


def test_both_catalogues_load_as_qt_translations(qapp):
    for lang in i18n.LANGUAGES:
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"floorwatch_{lang}.qm")), lang
    english = QTranslator()
    english.load(str(QM_EN))
    qapp.installTranslator(english)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        qapp.removeTranslator(english)


# -- which language ------------------------------------------------------------------------
def test_the_environment_wins_then_settings_then_the_system(qsettings_isolated, monkeypatch):
    monkeypatch.setenv("FLOORWATCH_LANG", "en")
    QSettings().setValue("language", "zh_CN")
    assert i18n.chosen_language() == "en"
    monkeypatch.delenv("FLOORWATCH_LANG")
    assert i18n.chosen_language() == "zh_CN"
    i18n.set_language_preference("system")
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.chosen_language() == "zh_CN"


def test_a_setting_that_is_not_a_language_means_follow_the_system(qsettings_isolated):
    QSettings().setValue("language", "klingon")
    assert i18n.language_preference() == "system"
    with pytest.raises(ValueError):
        i18n.set_language_preference("fr")


def test_the_language_applies_at_the_next_start(tmp_path):
    """A fresh process reads the saved choice: English menus, US number conventions."""
    script = (
        "import sys; sys.path.insert(0, '.')\n"
        "from PySide6.QtCore import QSettings, QCoreApplication\n"
        "from ui.application import make_application\n"
        "app = make_application()\n"
        "print(app.property('floorwatch_lang'), "
        "QCoreApplication.translate('MainWindow', '&File'))\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    conf = tmp_path / "Floorwatch" / "floorwatch.conf"
    conf.parent.mkdir(parents=True)
    for choice, expected in (("en", "en &File"), ("zh_CN", "zh_CN 文件(&F)")):
        conf.write_text(f"[General]\nlanguage={choice}\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == expected


# -- formatting ----------------------------------------------------------------------------
def test_chinese_dates_numbers_and_money(locale_of):
    locale_of("zh_CN")
    assert date_time(T, SHANGHAI) == "2025-11-22 17:26"
    assert clock_time(T, SHANGHAI) == "17:26:05"
    assert number(1234567) == "1,234,567"
    assert money(1299.5) == "¥1,300" and money(89.9) == "¥89.90" and money(-12) == "-¥12.00"
    assert metric_value(0.9853, "ratio") == "98.5%"


def test_english_dates_follow_the_english_locale(locale_of, monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.German, QLocale.Germany)))
    locale_of("en")  # not an English system: US conventions
    assert date_time(T, SHANGHAI) == "11/22/25 5:26\u202fPM"
    assert clock_time(T, SHANGHAI) == "5:26:05\u202fPM"
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.English, QLocale.UnitedKingdom)))
    locale_of("en")  # an English system keeps its own (British: day first, 24-hour)
    assert date_time(T, SHANGHAI) == "22/11/2025 17:26"
    assert money(1299.5) == "¥1,300"
    assert metric_value(1234, "count") == "1,234"


# -- bilingual data ------------------------------------------------------------------------
def _bilingual_pairs(node, path="") -> list[tuple[str, object, object]]:
    """(where, zh, en) for every object holding a Chinese/English pair."""
    pairs = []
    if isinstance(node, dict):
        for zh_key in [k for k in node if k == "zh_CN" or k.endswith(("_zh_CN", "_zh"))]:
            en_key = "en" if zh_key == "zh_CN" else zh_key.rsplit("_zh", 1)[0] + "_en"
            pairs.append((f"{path}.{zh_key}", node.get(zh_key), node.get(en_key)))
        for key, value in node.items():
            pairs += _bilingual_pairs(value, f"{path}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            pairs += _bilingual_pairs(value, f"{path}[{n}]")
    return pairs


@pytest.mark.parametrize("name", ["playbooks.json", "patrol_items.json", "metrics.json",
                                  "shifts.json", "platforms.json", "demo_floor.json",
                                  "import_messages.json"])
def test_domain_data_is_written_in_both_languages(name):
    path = ROOT / "resources" / "data" / name
    if not path.exists():
        pytest.skip(f"{name} is not in this checkout")
    pairs = _bilingual_pairs(json.loads(path.read_text(encoding="utf-8")), name)
    assert pairs, f"{name} holds no bilingual text"
    for where, zh, en in pairs:
        assert zh and en, f"{where}: Chinese {zh!r} / English {en!r}"
        words = re.sub(r"\{\w+\}", "", zh) if isinstance(zh, str) else ""
        if zh != en and re.search(r"[A-Za-z]{2}", re.sub(r"\{\w+\}", "", str(en))):
            assert any("\u4e00" <= ch <= "\u9fff" for ch in words), \
                f"{where} is not Chinese: {zh!r}"


def test_help_guides_exist_in_both_languages_with_the_same_sections():
    help_dir = ROOT / "resources" / "help"
    sections = {lang: [line for line in (help_dir / f"guide_{lang}.md").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")] for lang in i18n.LANGUAGES}
    assert len(sections["zh_CN"]) == len(sections["en"]) >= 4


def test_resources_hold_the_sources_the_compiled_files_and_the_command():
    for name in ("floorwatch_zh_CN.ts", "floorwatch_zh_CN.qm", "floorwatch_en.ts",
                 "floorwatch_en.qm", "update.sh", "fill_zh.py", "fill_en.py"):
        assert (TRANSLATIONS / name).is_file(), name
    assert "floorwatch_en.ts" in (TRANSLATIONS / "update.sh").read_text()


