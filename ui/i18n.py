"""Pick the UI language (setting, then system locale) and install the translators."""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

LANGUAGES = ("zh_CN", "en")


def chosen_language() -> str:
    override = os.environ.get("FLOORWATCH_LANG") or QSettings().value("language", "")
    if override in LANGUAGES:
        return override
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load our zh_CN catalogue and Qt's own; English is the source language."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"floorwatch_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    return installed
