"""The Chinese catalogue: complete, in step with the code, compiled, and loaded by the app.

Every user-visible string in ui/ and widgets/ goes through Qt's tr(); English is the source
language and resources/translations/floorwatch_zh_CN.ts holds the Chinese. When one of these
tests fails after you added or changed a string:

    bash resources/translations/update.sh      # pick up the new strings
    # add their Chinese to ZH in resources/translations/fill_zh.py
    python resources/translations/fill_zh.py   # write it into the .ts
    bash resources/translations/update.sh      # compile the .qm
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "floorwatch_zh_CN.ts"
QM = TRANSLATIONS / "floorwatch_zh_CN.qm"
SCANNED = ("ui", "widgets")
HOW_TO_FIX = ("run `bash resources/translations/update.sh`, add the Chinese to ZH in "
              "resources/translations/fill_zh.py, run `python resources/translations/fill_zh.py`, "
              "then `bash resources/translations/update.sh` again")


def find_tool(name: str) -> str | None:
    """The project venv's tool, else the one next to this Python, else the one on PATH."""
    for folder in (ROOT / ".venv" / "bin", Path(sys.executable).parent):
        found = shutil.which(name, path=str(folder))
        if found:
            return found
    return shutil.which(name)


def tool_or_skip(name: str) -> str:
    tool = find_tool(name)
    if tool is None:
        pytest.skip(f"{name} not found in .venv/bin/, next to {sys.executable} or on PATH "
                    "(it comes with PySide6)")
    return tool


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation comment) -> <message>, for messages the app uses
    (lupdate keeps no longer used ones as vanished/obsolete only without -no-obsolete)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def describe(key: tuple[str, str, str]) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def translation_text(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else "".join(translation.itertext())


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str, str], ET.Element]:
    assert TS.exists(), f"{TS.relative_to(ROOT)} is missing: {HOW_TO_FIX}"
    return messages(TS)


@pytest.fixture
def zh_translator(qapp):
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load as a Qt translation file"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_string_of_the_code_is_in_the_committed_catalogue(tmp_path, committed):
    lupdate = tool_or_skip("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for folder in SCANNED
                     for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    fresh = tmp_path / "fresh_zh_CN.ts"
    done = subprocess.run([lupdate, *sources, "-source-language", "en",
                           "-target-language", "zh_CN", "-ts", str(fresh)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    in_code = messages(fresh)
    assert in_code, "lupdate found no strings at all in ui/ and widgets/"
    missing = sorted(set(in_code) - set(committed))
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in {TS.relative_to(ROOT)}:\n  "
        + "\n  ".join(describe(k) for k in missing) + f"\nTo fix: {HOW_TO_FIX}.")


def test_every_string_is_in_a_named_context(committed):
    """tr() outside a QObject subclass lands in context "" while the code looks it up under
    another name, so it would never be translated: use QCoreApplication.translate("Ctx", ...)."""
    nameless = [describe(k) for k in committed if not k[0]]
    assert not nameless, ("strings with no context (a bare tr() call outside a class?): "
                          + ", ".join(nameless))


def test_no_message_is_unfinished_or_empty(committed):
    unfinished = [describe(k) for k, m in committed.items()
                  if m.find("translation") is None
                  or m.find("translation").get("type") == "unfinished"]
    empty = [describe(k) for k, m in committed.items() if not translation_text(m).strip()]
    assert not unfinished, f"unfinished translations: {', '.join(unfinished)}. {HOW_TO_FIX}"
    assert not empty, f"empty translations: {', '.join(empty)}. {HOW_TO_FIX}"


def test_every_translation_keeps_the_placeholders_of_its_source(committed):
    placeholder = re.compile(r"%\d+")
    wrong = [f"{describe(k)} -> {translation_text(m)!r}" for k, m in committed.items()
             if Counter(placeholder.findall(k[1]))
             != Counter(placeholder.findall(translation_text(m)))]
    assert not wrong, "placeholders (%1, %2…) differ from the source:\n  " + "\n  ".join(wrong)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    lrelease = tool_or_skip("pyside6-lrelease")
    assert QM.exists(), f"{QM.relative_to(ROOT)} is missing: run resources/translations/update.sh"
    fresh = tmp_path / "fresh_zh_CN.qm"
    done = subprocess.run([lrelease, str(TS), "-qm", str(fresh)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert fresh.read_bytes() == QM.read_bytes(), (
        f"{QM.relative_to(ROOT)} is out of date with {TS.relative_to(ROOT)}: "
        "run `bash resources/translations/update.sh`")


def test_the_app_loads_the_catalogue_from_where_update_sh_writes_it():
    from app.resources import resource_path

    assert resource_path("translations", "floorwatch_zh_CN.qm").resolve() == QM.resolve()


def test_the_translator_turns_main_window_strings_into_chinese(zh_translator):
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("MainWindow", "&Wallboard (full screen)") \
        == "大屏模式（全屏）(&W)"


def test_strings_translated_outside_a_class_are_chinese_too(zh_translator):
    from ui.formatting import ago

    assert ago(42) == "42秒"
    assert ago(3 * 3600 + 5 * 60) == "3小时5分钟"
