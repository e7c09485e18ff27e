"""Pick the UI language (FLOORWATCH_LANG, the Settings choice, else the system locale) and
install the translators and the matching QLocale for dates, numbers and money."""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from ui.preferences import read_choice, write_choice

LANGUAGES = ("zh_CN", "en")
LANGUAGE_KEY = "language"  # QSettings: known before the database is opened
LANGUAGE_CHOICES = ("system",) + LANGUAGES


def language_preference() -> str:
    """The Settings choice: "system" (follow the system locale), "zh_CN" or "en"."""
    return read_choice(LANGUAGE_KEY, LANGUAGE_CHOICES)


def set_language_preference(choice: str) -> None:
    """Store the choice; it is used from the next start."""
    write_choice(LANGUAGE_KEY, choice, LANGUAGE_CHOICES)


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def chosen_language() -> str:
    override = os.environ.get("FLOORWATCH_LANG", "")
    if override in LANGUAGES:
        return override
    choice = language_preference()
    return choice if choice in LANGUAGES else system_language()


def locale_for(lang: str) -> QLocale:
    """zh_CN: China's conventions. en: the system's English locale (en_GB writes dates
    day first), else US English."""
    if lang.startswith("zh"):
        return QLocale(QLocale.Chinese, QLocale.SimplifiedHanScript, QLocale.China)
    system = QLocale.system()
    if system.language() == QLocale.English:
        return system
    return QLocale(QLocale.English, QLocale.UnitedStates)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue for `lang` and Qt's own, and make its locale the default.

    English is the source language; floorwatch_en.qm is its identity catalogue, so a
    wording fix in floorwatch_en.ts changes the English UI without touching the code."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"floorwatch_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(locale_for(lang))
    return installed
